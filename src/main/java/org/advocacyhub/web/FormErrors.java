package org.advocacyhub.web;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The messages of one form submission, by field name, in the order the fields appear.
 * Templates use it for the error summary at the top and for the message beside each field
 * (see templates/tags/field.html); the field name is also the input's id, so the summary links work.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Bean Validation messages, keyed by the last node of the property path (the form field). */
    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        FormErrors errors = new FormErrors();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> {
                    String path = v.getPropertyPath().toString();
                    errors.add(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
                });
        return errors;
    }

    /** Keeps the first message for a field: one clear message beats a list. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** Puts these messages in place of any other for their fields (new fields go last). */
    public FormErrors replaceAll(Map<String, String> messages) {
        byField.putAll(messages);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isAny() {
        return !byField.isEmpty();
    }

    public Collection<Map.Entry<String, String>> getEntries() {
        return byField.entrySet();
    }

    /** Reorders the messages to follow the fields on the page. */
    public FormErrors inFieldOrder(String... fields) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String f : fields) {
            if (byField.containsKey(f)) {
                ordered.put(f, byField.get(f));
            }
        }
        ordered.putAll(byField);
        byField.clear();
        byField.putAll(ordered);
        return this;
    }
}

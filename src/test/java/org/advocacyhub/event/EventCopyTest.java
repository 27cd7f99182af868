package org.advocacyhub.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A duplicate copies every field of the event: every mapped field is compared by reflection, so a field
 * added to {@link Event} fails here until {@link EventCopy} copies it (or lists it, with its reason, in
 * {@link EventCopy#NOT_COPIED}).
 */
class EventCopyTest {

    @Test
    void everyMappedFieldIsCopiedOrNamedAsNotCopied() throws Exception {
        Event source = new Event();
        List<Field> mapped = mappedFields();
        int n = 0;
        for (Field f : mapped) {
            f.set(source, sample(f, n++));
        }
        source.timeZone = "America/Chicago";
        source.startsAt = LocalDateTime.parse("2027-03-01T18:00").atZone(ZoneId.of("America/Chicago")).toInstant();
        source.endsAt = source.startsAt.plusSeconds(5400);
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.parse("2027-04-05T19:00"), ZoneId.of("America/Chicago"));

        Event copy = EventCopy.of(source, start);

        List<String> lost = new ArrayList<>();
        for (Field f : mapped) {
            if (!EventCopy.NOT_COPIED.contains(f.getName()) && !java.util.Objects.equals(f.get(source), f.get(copy))) {
                lost.add(f.getName());
            }
        }
        assertEquals(List.of(), lost, "fields a copy loses: copy them in EventCopy.of or list them in NOT_COPIED");
        for (String name : EventCopy.NOT_COPIED) {
            assertTrue(mapped.stream().anyMatch(f -> f.getName().equals(name)), "NOT_COPIED names a field Event no longer has: " + name);
        }
        assertEquals(start.toInstant(), copy.startsAt);
        assertEquals(start.toInstant().plusSeconds(5400), copy.endsAt);
        assertEquals(EventStatus.PENDING, copy.status);
        assertNotNull(copy.slug);
        assertEquals(null, copy.seriesId);
        assertEquals(null, copy.publishedAt);
    }

    /** Every field Hibernate stores: not static, not transient. */
    static List<Field> mappedFields() {
        List<Field> fields = new ArrayList<>();
        for (Field f : Event.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Transient.class)
                    || f.getName().startsWith("$$")) {
                continue;
            }
            f.setAccessible(true);
            fields.add(f);
        }
        return fields;
    }

    /** A value of the field's type that no default has, different for each field. */
    private static Object sample(Field f, int n) {
        Class<?> t = f.getType();
        if (t == String.class) {
            return "value-" + f.getName();
        } else if (t == Long.class || t == long.class) {
            return 1000L + n;
        } else if (t == Integer.class || t == int.class) {
            return 7 + n % 3;
        } else if (t == Double.class || t == double.class) {
            return 40.5 + n;
        } else if (t == boolean.class || t == Boolean.class) {
            return true;
        } else if (t == java.time.Instant.class) {
            return java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n);
        } else if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[constants.length - 1];
        }
        throw new AssertionError("EventCopyTest cannot make a sample " + t + " for " + f.getName() + ": teach sample() the type");
    }
}

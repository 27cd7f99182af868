package org.advocacyhub.call;

import java.time.Instant;
import java.util.Locale;
import org.advocacyhub.letter.CampaignStatus;
import org.advocacyhub.letter.LetterMessages;
import org.advocacyhub.letter.LetterText;
import org.advocacyhub.letter.Targets;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Text;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/** The coordinator's call campaign form as typed; {@link #validate} checks it, {@link #applyTo} copies it. */
public class CallCampaignForm {

    static final String[] FIELD_ORDER = {"title", "slug", "why", "chambers", "script"};

    @RestForm public String title = "";
    @RestForm public String slug = "";
    @RestForm @Typed.MultiLine public String why = "";
    @RestForm public String chambers = Targets.BOTH.name();
    @RestForm @Typed.MultiLine public String script = "";
    /** Which button: "preview" shows the script without saving, anything else saves. */
    @RestForm public String action = "";

    static CallCampaignForm from(CallCampaign c) {
        CallCampaignForm f = new CallCampaignForm();
        f.title = c.title;
        f.slug = c.slug;
        f.why = c.why;
        f.chambers = c.chambers.name();
        f.script = c.script;
        return f;
    }

    boolean isPreview() {
        return "preview".equals(action);
    }

    FormErrors validate(CallCampaign existing, CallMessages m, LetterMessages lm) {
        FormErrors errors = FormErrors.none();
        title = strip(title);
        why = LetterText.normalise(why);
        script = LetterText.normalise(script);
        plain(errors, "title", title, m.titleMissing(), m.titleLabel(), 120, lm);
        if (existing == null || existing.status == CampaignStatus.DRAFT) {
            slug = strip(slug).toLowerCase(Locale.ROOT);
            boolean typed = !slug.isEmpty();
            if (!typed) {
                slug = Text.slug(title, 60);
            }
            if (!typed && slug.isEmpty()) {
                slug = "";
                if (!title.isEmpty()) {
                    errors.add("slug", lm.slugFormat());
                }
            } else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
                errors.add("slug", lm.slugFormat());
            } else if (CallCampaign.findBySlug(slug).filter(c -> existing == null || !c.id.equals(existing.id)).isPresent()) {
                errors.add("slug", m.slugTaken(slug));
            }
        } else {
            // Links to an open campaign are out in the world: its address stays.
            slug = existing.slug;
        }
        plain(errors, "why", why, m.whyMissing(), m.whyLabel(), 2000, lm);
        if (Targets.parse(chambers) == null) {
            errors.add("chambers", m.chambersMissing());
        }
        plain(errors, "script", script, m.scriptMissing(), m.scriptLabel(), CallScript.MAX, lm);
        if (!errors.has("script")) {
            var unknown = CallScript.unknownPlaceholders(script);
            if (!unknown.isEmpty()) {
                errors.add("script", lm.unknownPlaceholders(unknown.size(), String.join(", ", unknown),
                        String.join(", ", CallScript.PLACEHOLDERS.stream().map(k -> "{" + k + "}").toList())));
            }
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }

    void applyTo(CallCampaign c) {
        c.title = title;
        c.slug = slug;
        c.why = why;
        c.chambers = Targets.parse(chambers);
        c.script = script;
        c.updatedAt = Instant.now();
    }

    CallCampaign unsaved() {
        CallCampaign c = new CallCampaign();
        applyTo(c);
        return c;
    }

    private static void plain(FormErrors errors, String field, String value, String missing, String label, int max, LetterMessages m) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, m.tooLong(label, max, value.length()));
        } else if (LetterText.hasHtml(value)) {
            errors.add(field, m.plainText(label));
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

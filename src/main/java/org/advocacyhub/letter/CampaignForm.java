package org.advocacyhub.letter;

import java.time.Instant;
import java.util.Locale;
import org.advocacyhub.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The coordinator's campaign form as typed; {@link #validate} checks it, {@link #applyTo} copies it. */
public class CampaignForm {

    static final String[] FIELD_ORDER = {"title", "slug", "intro", "talkingPoints", "chambers", "subjectTemplate", "bodyTemplate"};

    @RestForm public String title = "";
    @RestForm public String slug = "";
    @RestForm public String intro = "";
    @RestForm public String talkingPoints = "";
    @RestForm public String chambers = Targets.BOTH.name();
    @RestForm public String subjectTemplate = "";
    @RestForm public String bodyTemplate = "";
    /** Which button: "preview" shows the letter without saving, anything else saves. */
    @RestForm public String action = "";

    public static CampaignForm from(LetterCampaign c) {
        CampaignForm f = new CampaignForm();
        f.title = c.title;
        f.slug = c.slug;
        f.intro = c.intro;
        f.talkingPoints = c.talkingPoints == null ? "" : c.talkingPoints;
        f.chambers = c.chambers.name();
        f.subjectTemplate = c.subjectTemplate;
        f.bodyTemplate = c.bodyTemplate;
        return f;
    }

    public boolean isPreview() {
        return "preview".equals(action);
    }

    /** @param existing the campaign being edited, or null for a new one */
    public FormErrors validate(LetterCampaign existing) {
        FormErrors errors = FormErrors.none();
        title = WriterForm.strip(title);
        intro = LetterText.normalise(intro);
        talkingPoints = LetterText.normalise(talkingPoints);
        subjectTemplate = WriterForm.strip(subjectTemplate).replaceAll("[\\r\\n]+", " ");
        bodyTemplate = LetterText.normalise(bodyTemplate);
        plain(errors, "title", title, "Title", 120);
        if (existing == null || existing.status == CampaignStatus.DRAFT) {
            slug = WriterForm.strip(slug).toLowerCase(Locale.ROOT);
            boolean typed = !slug.isEmpty();
            if (!typed) {
                slug = slugOf(title);
            }
            if (!typed && slug.isEmpty()) {
                // No title yet: its own message says so; the address follows from it.
                slug = "";
            } else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
                errors.add("slug", "Use lower-case letters, digits and dashes only, like fund-ms-research, up to 80 characters");
            } else if (LetterCampaign.findBySlug(slug).filter(c -> existing == null || !c.id.equals(existing.id)).isPresent()) {
                errors.add("slug", "Another campaign has the web address " + slug + ". Choose another.");
            }
        } else {
            // Links to an open campaign are out in the world: its address stays.
            slug = existing.slug;
        }
        plain(errors, "intro", intro, "Introduction", 2000);
        if (talkingPoints.length() > 3000) {
            errors.add("talkingPoints", LetterText.tooLong("Talking points", 3000, talkingPoints.length()));
        } else if (LetterText.hasHtml(talkingPoints)) {
            errors.add("talkingPoints", "Talking points must be plain text. Remove the HTML tags, like <p> or <b>.");
        }
        if (Targets.parse(chambers) == null) {
            errors.add("chambers", "Choose whom the letters go to");
        }
        String problem = LetterText.templateProblem("Subject", subjectTemplate, LetterText.SUBJECT_TEMPLATE_MAX);
        if (problem != null) {
            errors.add("subjectTemplate", problem);
        }
        problem = LetterText.templateProblem("Letter", bodyTemplate, LetterText.BODY_TEMPLATE_MAX);
        if (problem != null) {
            errors.add("bodyTemplate", problem);
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }

    public void applyTo(LetterCampaign c) {
        c.title = title;
        c.slug = slug;
        c.intro = intro;
        c.talkingPoints = talkingPoints.isEmpty() ? null : talkingPoints;
        c.chambers = Targets.parse(chambers);
        c.subjectTemplate = subjectTemplate;
        c.bodyTemplate = bodyTemplate;
        c.updatedAt = Instant.now();
    }

    /** A campaign built from the form, not stored: what the preview shows. */
    LetterCampaign unsaved() {
        LetterCampaign c = new LetterCampaign();
        applyTo(c);
        return c;
    }

    private static void plain(FormErrors errors, String field, String value, String label, int max) {
        if (value.isEmpty()) {
            errors.add(field, "Enter the " + label.toLowerCase(Locale.ROOT));
        } else if (value.length() > max) {
            errors.add(field, LetterText.tooLong(label, max, value.length()));
        } else if (LetterText.hasHtml(value)) {
            errors.add(field, label + " must be plain text. Remove the HTML tags, like <p> or <b>.");
        }
    }

    static String slugOf(String title) {
        return org.advocacyhub.web.Text.slug(title, 60);
    }
}

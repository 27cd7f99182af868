package org.advocacyhub.letter;

import java.time.Instant;
import java.util.Locale;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/** The coordinator's campaign form as typed; {@link #validate} checks it, {@link #applyTo} copies it. */
public class CampaignForm {

    static final String[] FIELD_ORDER = {"title", "slug", "intro", "talkingPoints", "chambers", "subjectTemplate", "bodyTemplate"};

    @RestForm public String title = "";
    @RestForm public String slug = "";
    @RestForm @Typed.MultiLine public String intro = "";
    @RestForm @Typed.MultiLine public String talkingPoints = "";
    @RestForm public String chambers = Targets.BOTH.name();
    @RestForm public String subjectTemplate = "";
    @RestForm @Typed.MultiLine public String bodyTemplate = "";
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

    /**
     * @param existing the campaign being edited, or null for a new one
     * @param m the words of the messages, in the coordinator's language
     */
    public FormErrors validate(LetterCampaign existing, LetterMessages m) {
        FormErrors errors = FormErrors.none();
        title = WriterForm.strip(title);
        intro = LetterText.normalise(intro);
        talkingPoints = LetterText.normalise(talkingPoints);
        subjectTemplate = WriterForm.strip(subjectTemplate).replaceAll("[\\r\\n]+", " ");
        bodyTemplate = LetterText.normalise(bodyTemplate);
        plain(errors, "title", title, m.titleMissing(), m.titleLabel(), 120, m);
        if (existing == null || existing.status == CampaignStatus.DRAFT) {
            slug = WriterForm.strip(slug).toLowerCase(Locale.ROOT);
            boolean typed = !slug.isEmpty();
            if (!typed) {
                slug = slugOf(title);
            }
            if (!typed && slug.isEmpty()) {
                // No title yet: its own message says so; the address follows from it.
                slug = "";
                if (!title.isEmpty()) {
                    // A title without a Latin letter or digit ("李小龙", "😀") makes no address: ask for one.
                    errors.add("slug", m.slugFormat());
                }
            } else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
                errors.add("slug", m.slugFormat());
            } else if (LetterCampaign.findBySlug(slug).filter(c -> existing == null || !c.id.equals(existing.id)).isPresent()) {
                errors.add("slug", m.slugTaken(slug));
            }
        } else {
            // Links to an open campaign are out in the world: its address stays.
            slug = existing.slug;
        }
        plain(errors, "intro", intro, m.introMissing(), m.introLabel(), 2000, m);
        if (talkingPoints.length() > 3000) {
            errors.add("talkingPoints", m.tooLong(m.talkingPointsName(), 3000, talkingPoints.length()));
        } else if (LetterText.hasHtml(talkingPoints)) {
            errors.add("talkingPoints", m.plainText(m.talkingPointsName()));
        }
        if (Targets.parse(chambers) == null) {
            errors.add("chambers", m.chambersMissing());
        }
        String problem = LetterText.templateProblem(subjectTemplate, LetterText.SUBJECT_TEMPLATE_MAX,
                m.subjectTemplateMissing(), m.subjectLabel(), m);
        if (problem != null) {
            errors.add("subjectTemplate", problem);
        }
        problem = LetterText.templateProblem(bodyTemplate, LetterText.BODY_TEMPLATE_MAX, m.bodyTemplateMissing(), m.bodyLabel(), m);
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

    private static void plain(FormErrors errors, String field, String value, String missing, String label, int max,
            LetterMessages m) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, m.tooLong(label, max, value.length()));
        } else if (LetterText.hasHtml(value)) {
            errors.add(field, m.plainText(label));
        }
    }

    static String slugOf(String title) {
        return org.advocacyhub.web.Text.slug(title, 60);
    }
}

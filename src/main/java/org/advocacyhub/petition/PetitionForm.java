package org.advocacyhub.petition;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/** The coordinator's petition form as typed. */
public class PetitionForm {

    static final String[] FIELD_ORDER = {"title", "slug", "summary", "body", "target", "goal", "deadline",
        "nextActionLabel", "nextActionUrl"};

    @RestForm public String title = "";
    @RestForm public String slug = "";
    @RestForm @Typed.MultiLine public String summary = "";
    @RestForm @Typed.MultiLine public String body = "";
    @RestForm public String target = "";
    @RestForm public String goal = "";
    @RestForm public String deadline = "";
    @RestForm public String nextActionLabel = "";
    @RestForm public String nextActionUrl = "";

    int goalValue;
    LocalDate deadlineValue;

    public static PetitionForm from(Petition p) {
        PetitionForm f = new PetitionForm();
        f.title = p.title;
        f.slug = p.slug;
        f.summary = p.summary;
        f.body = p.bodyMarkdown;
        f.target = p.target;
        f.goal = String.valueOf(p.goal);
        f.deadline = p.deadline == null ? "" : p.deadline.toString();
        f.nextActionLabel = p.nextActionLabel == null ? "" : p.nextActionLabel;
        f.nextActionUrl = p.nextActionUrl == null ? "" : p.nextActionUrl;
        return f;
    }

    /**
     * Checks everything; {@code self} is the petition being edited (null for a new one), for the slug
     * check; the messages are in the words of {@code m}, the coordinator's language.
     */
    public FormErrors validate(Petition self, PetitionMessages m) {
        FormErrors errors = FormErrors.none();
        title = strip(title);
        slug = strip(slug);
        summary = strip(summary);
        body = strip(body);
        target = strip(target);
        nextActionLabel = strip(nextActionLabel);
        nextActionUrl = strip(nextActionUrl);
        text(errors, "title", title, m.titleMissing(), m.titleName(), 150, m);
        boolean typed = !slug.isEmpty();
        if (!typed) {
            slug = slugOf(title);
        }
        if (!typed && slug.isEmpty()) {
            slug = ""; // no title yet: its own message says so, and the address follows from it
            if (!title.isEmpty()) {
                // A title without a Latin letter or digit ("李小龙", "😀") makes no address: ask for one.
                errors.add("slug", m.slugFormat());
            }
        } else if (!slug.matches("[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])")) {
            errors.add("slug", m.slugFormat());
        } else if (Petition.findBySlug(slug).filter(p -> self == null || !p.id.equals(self.id)).isPresent()) {
            errors.add("slug", m.slugTaken());
        }
        text(errors, "summary", summary, m.summaryMissing(), m.summaryName(), 280, m);
        text(errors, "body", body, m.bodyMissing(), m.bodyName(), 20_000, m);
        text(errors, "target", target, m.targetMissing(), m.targetName(), 200, m);
        try {
            goalValue = Integer.parseInt(strip(goal).replace(",", ""));
            if (goalValue < 1 || goalValue > 10_000_000) {
                errors.add("goal", m.goalRange());
            }
        } catch (NumberFormatException e) {
            errors.add("goal", m.goalNumber());
        }
        deadlineValue = null;
        if (!strip(deadline).isEmpty()) {
            try {
                deadlineValue = LocalDate.parse(strip(deadline));
                if (!Typed.isPlausible(deadlineValue)) {
                    deadlineValue = null;
                    errors.add("deadline", m.deadlineFormat());
                } else if (deadlineValue.isBefore(LocalDate.now(Petition.DEADLINE_ZONE))) {
                    errors.add("deadline", m.deadlinePast());
                }
            } catch (DateTimeException e) {
                errors.add("deadline", m.deadlineFormat());
            }
        }
        if (!nextActionUrl.isEmpty()) {
            if (!isLocalOrWeb(nextActionUrl) || nextActionUrl.length() > 500) {
                errors.add("nextActionUrl", m.nextActionUrlFormat());
            }
            if (nextActionLabel.isEmpty()) {
                errors.add("nextActionLabel", m.nextActionLabelMissing());
            }
        }
        if (nextActionLabel.length() > 120) {
            errors.add("nextActionLabel", m.nextActionLabelTooLong());
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }

    void applyTo(Petition p) {
        p.title = title;
        p.slug = slug;
        p.summary = summary;
        p.bodyMarkdown = body;
        p.target = target;
        p.goal = goalValue;
        p.deadline = deadlineValue;
        p.nextActionLabel = nextActionUrl.isEmpty() ? null : nextActionLabel;
        p.nextActionUrl = nextActionUrl.isEmpty() ? null : nextActionUrl;
        p.updatedAt = Instant.now();
    }

    private static void text(FormErrors errors, String field, String value, String missing, String label, int max,
            PetitionMessages m) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, m.tooLong(label, max, value.length()));
        }
    }

    private static boolean isLocalOrWeb(String url) {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return true;
        }
        try {
            URI u = URI.create(url);
            return "https".equals(u.getScheme()) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String slugOf(String title) {
        return org.advocacyhub.web.Text.slug(title, 80);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

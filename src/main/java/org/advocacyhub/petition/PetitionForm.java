package org.advocacyhub.petition;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.advocacyhub.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The coordinator's petition form as typed. */
public class PetitionForm {

    static final String[] FIELD_ORDER = {"title", "slug", "summary", "body", "target", "goal", "deadline",
        "nextActionLabel", "nextActionUrl"};

    @RestForm public String title = "";
    @RestForm public String slug = "";
    @RestForm public String summary = "";
    @RestForm public String body = "";
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

    /** Checks everything; {@code self} is the petition being edited (null for a new one), for the slug check. */
    public FormErrors validate(Petition self) {
        FormErrors errors = FormErrors.none();
        title = strip(title);
        slug = strip(slug);
        summary = strip(summary);
        body = strip(body);
        target = strip(target);
        nextActionLabel = strip(nextActionLabel);
        nextActionUrl = strip(nextActionUrl);
        text(errors, "title", title, "Enter a title", "Title", 150);
        boolean typed = !slug.isEmpty();
        if (!typed) {
            slug = slugOf(title);
        }
        if (!typed && slug.isEmpty()) {
            slug = ""; // no title yet: its own message says so, and the address follows from it
        } else if (!slug.matches("[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])")) {
            errors.add("slug", "Use 3 to 80 lower-case letters, digits and hyphens, like fund-ms-research");
        } else if (Petition.findBySlug(slug).filter(p -> self == null || !p.id.equals(self.id)).isPresent()) {
            errors.add("slug", "Another petition already has this address; choose another");
        }
        text(errors, "summary", summary, "Write a short summary: it shows in link previews and lists", "The summary", 280);
        text(errors, "body", body, "Write the petition's text", "The text", 20_000);
        text(errors, "target", target, "Say who the petition is to, like U.S. Congress", "The target", 200);
        try {
            goalValue = Integer.parseInt(strip(goal).replace(",", ""));
            if (goalValue < 1 || goalValue > 10_000_000) {
                errors.add("goal", "Enter a goal from 1 to 10,000,000 signatures");
            }
        } catch (NumberFormatException e) {
            errors.add("goal", "Enter the goal as a whole number, like 5000");
        }
        deadlineValue = null;
        if (!strip(deadline).isEmpty()) {
            try {
                deadlineValue = LocalDate.parse(strip(deadline));
                if (deadlineValue.isBefore(LocalDate.now(Petition.DEADLINE_ZONE))) {
                    errors.add("deadline", "The last day to sign cannot be in the past");
                }
            } catch (DateTimeException e) {
                errors.add("deadline", "Enter the last day to sign as a date");
            }
        }
        if (!nextActionUrl.isEmpty()) {
            if (!isLocalOrWeb(nextActionUrl) || nextActionUrl.length() > 500) {
                errors.add("nextActionUrl", "Enter a path on this site, like /events, or a link starting with https://");
            }
            if (nextActionLabel.isEmpty()) {
                errors.add("nextActionLabel", "Say what the next step is, like: Write to your senators");
            }
        }
        if (nextActionLabel.length() > 120) {
            errors.add("nextActionLabel", "The next step must be 120 characters or fewer");
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

    private static void text(FormErrors errors, String field, String value, String missing, String label, int max) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, String.format(Locale.US, "%s must be %,d characters or fewer; it has %,d", label, max, value.length()));
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

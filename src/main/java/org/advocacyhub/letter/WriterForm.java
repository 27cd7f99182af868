package org.advocacyhub.letter;

import java.util.ArrayList;
import java.util.List;
import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.legislator.Legislator;
import org.advocacyhub.legislator.LegislatorMessages;
import org.advocacyhub.supporter.Supporter;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Everything a supporter has typed, carried from step to step in hidden fields and checked again at
 * every step: their details (step 1), their district when the ZIP code has several, and their letters
 * (step 2), one subject and body per legislator, in the order of {@link #legislator}.
 */
public class WriterForm {

    static final String[] FIELD_ORDER = {"firstName", "lastName", "email", "street", "city", "zip", "district"};

    @RestForm public String firstName = "";
    @RestForm public String lastName = "";
    @RestForm public String email = "";
    @RestForm public String street = "";
    @RestForm public String city = "";
    @RestForm public String zip = "";
    @RestForm public String district = "";
    /** Bioguide ids of the legislators written to, in the order of the letters below. */
    @RestForm public List<String> legislator = new ArrayList<>();
    @RestForm public List<String> subject = new ArrayList<>();
    @RestForm @Typed.MultiLine public List<String> body = new ArrayList<>();
    /** One paragraph typed once for every letter; added to each when the letters go to review, then emptied. */
    @RestForm @Typed.MultiLine public String personal = "";
    /** On the review page: how the letters reach the offices (DeliveryRoute.Choice); we send them unless told. */
    @RestForm public String delivery = "";

    /** One letter on the page: index i is field subject-i and body-i. */
    public record Draft(int index, Legislator legislator, String subject, String body) {
        public String getSubjectId() {
            return "subject-" + index;
        }

        public String getBodyId() {
            return "body-" + index;
        }
    }

    /** A signed-in person starts with what their account, and their last action, told us. */
    public static WriterForm prefilled(CurrentUser user) {
        WriterForm f = new WriterForm();
        if (user.isSignedIn()) {
            f.firstName = user.getFirstName();
            f.lastName = user.getLastName();
            f.email = user.getEmail();
            Supporter.findBySubject(user.getSubject()).map(s -> s.zip).ifPresent(z -> f.zip = z == null ? "" : z);
        }
        return f;
    }

    public LetterText.Writer writer() {
        return new LetterText.Writer(firstName, lastName, city, zip);
    }

    /** Step 1: who is writing; the messages in the words of {@code m}. */
    public FormErrors validateWriter(LetterMessages m) {
        FormErrors errors = FormErrors.none();
        firstName = strip(firstName);
        lastName = strip(lastName);
        email = strip(email);
        street = strip(street);
        city = strip(city);
        zip = strip(zip);
        line(errors, "firstName", firstName, m.firstNameMissing(), m.firstNameLabel(), 100, m);
        line(errors, "lastName", lastName, m.lastNameMissing(), m.lastNameLabel(), 100, m);
        if (email.isEmpty()) {
            errors.add("email", m.emailMissing());
        } else if (!org.advocacyhub.web.Text.isEmailAddress(email)) {
            errors.add("email", m.emailFormat());
        }
        if (street.length() > 200) {
            errors.add("street", m.tooLong(m.streetLabel(), 200, street.length()));
        }
        line(errors, "city", city, m.cityMissing(), m.cityLabel(), 100, m);
        if (!zip.matches("\\d{5}")) {
            errors.add("zip", m.zipFormat());
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }

    /**
     * The letters for these legislators: the supporter's own when the form carries them for exactly these
     * people, else the campaign's text filled in for each.
     */
    public List<Draft> drafts(LetterCampaign campaign, List<Legislator> to) {
        boolean own = carriesLettersFor(to);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            Legislator l = to.get(i);
            drafts.add(own ? new Draft(i, l, subject.get(i), body.get(i))
                    : new Draft(i, l, LetterText.fill(campaign.subjectTemplate, l, writer()),
                            LetterText.fill(campaign.bodyTemplate, l, writer())));
        }
        return drafts;
    }

    /**
     * Step 2: the letters as edited. Field names in the errors are subject-i and body-i; the messages are
     * in the words of {@code m}, and name each legislator as {@code names} does.
     */
    public FormErrors validateLetters(List<Legislator> to, LetterMessages m, LegislatorMessages names, LetterDeliveryMessages d) {
        FormErrors errors = FormErrors.none();
        if (!carriesLettersFor(to)) {
            errors.add("subject-0", m.lettersForOthers());
            return errors;
        }
        subject = new ArrayList<>(subject);
        body = new ArrayList<>(body);
        personal = LetterText.normalise(personal);
        if (personal.length() > PERSONAL_MAX) {
            errors.add("personal", m.tooLong(d.personalName(), PERSONAL_MAX, personal.length()));
            return errors;
        }
        if (LetterText.hasHtml(personal)) {
            errors.add("personal", m.plainText(d.personalName()));
            return errors;
        }
        if (!personal.isEmpty()) {
            for (int i = 0; i < body.size(); i++) {
                body.set(i, withPersonal(LetterText.normalise(body.get(i)), personal));
            }
            // In the letters now, each editable on its own: going back must not add it a second time.
            personal = "";
        }
        for (int i = 0; i < to.size(); i++) {
            String s = strip(subject.get(i)).replaceAll("[\\r\\n]+", " ");
            String b = LetterText.normalise(body.get(i));
            subject.set(i, s);
            body.set(i, b);
            String who = names.named(to.get(i), to.get(i).lastName);
            if (s.isEmpty()) {
                errors.add("subject-" + i, m.subjectMissing(who));
            } else if (s.length() > LetterText.SUBJECT_MAX) {
                errors.add("subject-" + i, m.tooLong(m.subjectOf(who), LetterText.SUBJECT_MAX, s.length()));
            } else if (LetterText.hasHtml(s)) {
                errors.add("subject-" + i, m.subjectHtml(who));
            }
            if (b.isEmpty()) {
                errors.add("body-" + i, m.bodyMissing(who));
            } else if (b.length() > LetterText.BODY_MAX) {
                errors.add("body-" + i, m.tooLong(m.letterTo(who), LetterText.BODY_MAX, b.length()));
            } else if (LetterText.hasHtml(b)) {
                errors.add("body-" + i, m.bodyHtml(who));
            }
        }
        return errors;
    }

    static final int PERSONAL_MAX = 2000;

    /** The paragraph after the greeting ("Dear Senator Welch,") when the letter opens with one, else at its end. */
    static String withPersonal(String body, String paragraph) {
        int end = body.indexOf("\n\n");
        String first = end < 0 ? body : body.substring(0, end);
        if (end > 0 && !first.contains("\n") && (first.endsWith(",") || first.endsWith(":"))) {
            return first + "\n\n" + paragraph + body.substring(end);
        }
        return body.isEmpty() ? paragraph : body + "\n\n" + paragraph;
    }

    private boolean carriesLettersFor(List<Legislator> to) {
        if (legislator == null || subject == null || body == null) {
            return false;
        }
        List<String> ids = to.stream().map(l -> l.bioguideId).toList();
        return !ids.isEmpty() && ids.equals(legislator) && subject.size() == ids.size() && body.size() == ids.size();
    }

    private static void line(FormErrors errors, String field, String value, String missing, String label, int max,
            LetterMessages m) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else if (value.length() > max) {
            errors.add(field, m.tooLong(label, max, value.length()));
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

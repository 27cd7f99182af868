package org.advocacyhub.petition;

import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/** The signing form as typed. It asks only what a petition needs, and nothing is ticked for you. */
public class SignForm {

    static final String[] FIELD_ORDER = {"firstName", "lastName", "email", "zip", "comment", "showName", "emailUpdates"};
    static final int COMMENT_MAX = 500;

    @RestForm public String firstName = "";
    @RestForm public String lastName = "";
    @RestForm public String email = "";
    @RestForm public String zip = "";
    @RestForm @Typed.MultiLine public String comment = "";
    @RestForm public String showName = "";
    @RestForm public String emailUpdates = "";
    /** The honeypot: hidden from people, so only a robot fills it in. */
    @RestForm public String website = "";
    /** When the form was shown, signed: a person takes a few seconds to fill it in. */
    @RestForm public String started = "";

    public static SignForm prefilled(CurrentUser user) {
        SignForm f = new SignForm();
        if (user.isSignedIn()) {
            f.firstName = user.getFirstName();
            f.lastName = user.getLastName();
            f.email = user.getEmail();
        }
        return f;
    }

    public boolean isShowingName() {
        return "yes".equals(showName);
    }

    public boolean isConsenting() {
        return "yes".equals(emailUpdates);
    }

    /** Checks what was typed; the messages are in the words of {@code m}, the signer's language. */
    public FormErrors validate(PetitionMessages m) {
        FormErrors errors = FormErrors.none();
        firstName = strip(firstName);
        lastName = strip(lastName);
        email = strip(email);
        zip = strip(zip);
        comment = strip(comment);
        if (firstName.isEmpty()) {
            errors.add("firstName", m.firstNameMissing());
        } else if (firstName.length() > 100) {
            errors.add("firstName", m.firstNameTooLong());
        }
        if (lastName.isEmpty()) {
            errors.add("lastName", m.lastNameMissing());
        } else if (lastName.length() > 100) {
            errors.add("lastName", m.lastNameTooLong());
        }
        if (email.isEmpty()) {
            errors.add("email", m.emailMissing());
        } else if (!org.advocacyhub.web.Text.isEmailAddress(email)) {
            errors.add("email", m.emailFormat());
        }
        if (!zip.matches("\\d{5}")) {
            errors.add("zip", m.zipFormat());
        }
        if (comment.length() > COMMENT_MAX) {
            errors.add("comment", m.commentTooLong(COMMENT_MAX, comment.length()));
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

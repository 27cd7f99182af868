package org.advocacyhub.event;

import org.advocacyhub.account.CurrentUser;
import org.advocacyhub.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The RSVP form as typed. Asks only what the host needs: a name, an address to write to, a ZIP. */
public class RsvpForm {

    static final String[] FIELD_ORDER = {"firstName", "lastName", "email", "zip", "guests", "emailUpdates"};

    @RestForm public String firstName = "";
    @RestForm public String lastName = "";
    @RestForm public String email = "";
    @RestForm public String zip = "";
    @RestForm public String guests = "0";
    /** The unticked-by-default consent box: "yes" when ticked. */
    @RestForm public String emailUpdates = "";
    /** The honeypot: hidden from people, so only a robot fills it in (web/BotCheck). */
    @RestForm public String website = "";
    /** When the form was shown, signed: a person takes a few seconds to fill it in. */
    @RestForm public String started = "";

    int guestCount;

    /** A signed-in person's form starts with what their account knows. */
    public static RsvpForm prefilled(CurrentUser user) {
        RsvpForm f = new RsvpForm();
        if (user.isSignedIn()) {
            f.firstName = user.getFirstName();
            f.lastName = user.getLastName();
            f.email = user.getEmail();
        }
        return f;
    }

    public boolean isConsenting() {
        return "yes".equals(emailUpdates);
    }

    /**
     * Checks the answer; the messages are in the words given (the reader's language). {@code maxGuests}
     * is the event's own cap on guests per answer (the host's choice, 0 to 10).
     */
    public FormErrors validate(EventWords words, int maxGuests) {
        EventMessages m = words.m();
        FormErrors errors = FormErrors.none();
        firstName = EventForm.strip(firstName);
        lastName = EventForm.strip(lastName);
        email = EventForm.strip(email);
        zip = EventForm.strip(zip);
        if (firstName.isEmpty()) {
            errors.add("firstName", m.firstNameRequired());
        } else if (firstName.length() > 100) {
            errors.add("firstName", words.tooLong(m.lengthFirstName(), 100, firstName.length()));
        }
        if (lastName.length() > 100) {
            errors.add("lastName", words.tooLong(m.lengthLastName(), 100, lastName.length()));
        }
        if (email.isEmpty()) {
            errors.add("email", m.emailRequired());
        } else if (!org.advocacyhub.web.Text.isEmailAddress(email)) {
            errors.add("email", m.emailInvalid());
        }
        if (!zip.isEmpty() && !zip.matches("\\d{5}")) {
            errors.add("zip", m.rsvpZipInvalid());
        }
        try {
            guestCount = Integer.parseInt(EventForm.strip(guests).isEmpty() ? "0" : EventForm.strip(guests));
            if (guestCount < 0 || guestCount > 10) {
                errors.add("guests", m.guestsRange());
            } else if (guestCount > maxGuests) {
                errors.add("guests", m.guestsOverCap(maxGuests));
            }
        } catch (NumberFormatException e) {
            errors.add("guests", m.guestsNumber());
        }
        return errors.inFieldOrder(FIELD_ORDER);
    }
}

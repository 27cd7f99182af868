package org.advocacyhub.event;

import org.advocacyhub.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** Someone at the door who never answered, as the host types them in: a name; an address and consent if they like. */
public class WalkInForm {

    @RestForm public String firstName = "";
    @RestForm public String lastName = "";
    @RestForm public String email = "";
    /** The unticked-by-default consent box, read out to the person: "yes" when ticked. */
    @RestForm public String emailUpdates = "";

    public boolean isConsenting() {
        return "yes".equals(emailUpdates);
    }

    FormErrors validate(EventWords words, AttendeeMessages m) {
        FormErrors errors = FormErrors.none();
        firstName = EventForm.strip(firstName);
        lastName = EventForm.strip(lastName);
        email = EventForm.strip(email);
        if (firstName.isEmpty()) {
            errors.add("firstName", m.walkInFirstNameRequired());
        } else if (firstName.length() > 100) {
            errors.add("firstName", words.tooLong(words.m().lengthFirstName(), 100, firstName.length()));
        }
        if (lastName.length() > 100) {
            errors.add("lastName", words.tooLong(words.m().lengthLastName(), 100, lastName.length()));
        }
        if (!email.isEmpty() && !org.advocacyhub.web.Text.isEmailAddress(email)) {
            errors.add("email", words.m().emailInvalid());
        }
        if (isConsenting() && email.isEmpty()) {
            errors.add("emailUpdates", m.walkInConsentNeedsEmail());
        }
        return errors.inFieldOrder("firstName", "lastName", "email", "emailUpdates");
    }
}

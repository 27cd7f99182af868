package org.advocacyhub.event;

import org.advocacyhub.web.FormErrors;
import org.advocacyhub.web.Typed;
import org.jboss.resteasy.reactive.RestForm;

/** A host's message to attendees as typed: who it goes to, its subject and words, and whether replies reach them. */
public class MessageForm {

    static final int SUBJECT_MAX = 150;
    static final int BODY_MAX = 5000;

    @RestForm public String audience = AttendeeMessage.Audience.GOING.name();
    @RestForm public String subject = "";
    @RestForm @Typed.MultiLine public String body = "";
    /** "yes" when the writer lets replies reach their own address. */
    @RestForm public String showAddress = "";
    /** "send" from the preview; "edit" goes back to the form with the words kept. */
    @RestForm public String action = "";

    AttendeeMessage.Audience chosen;

    public boolean isShowingAddress() {
        return "yes".equals(showAddress);
    }

    FormErrors validate(AttendeeMessages m, boolean writerHasAddress) {
        FormErrors errors = FormErrors.none();
        subject = EventForm.strip(subject);
        body = body == null ? "" : body.strip();
        chosen = null;
        for (AttendeeMessage.Audience a : AttendeeMessage.Audience.values()) {
            if (a.name().equals(audience)) {
                chosen = a;
            }
        }
        if (chosen == null) {
            errors.add("audience", m.audienceRequired());
        }
        if (subject.isEmpty()) {
            errors.add("subject", m.subjectRequired());
        } else if (subject.length() > SUBJECT_MAX) {
            errors.add("subject", m.subjectTooLong(SUBJECT_MAX, subject.length()));
        }
        if (body.isEmpty()) {
            errors.add("body", m.bodyRequired());
        } else if (body.length() > BODY_MAX) {
            errors.add("body", m.bodyTooLong(BODY_MAX, body.length()));
        }
        if (isShowingAddress() && !writerHasAddress) {
            errors.add("showAddress", m.noAddressToShow());
        }
        return errors.inFieldOrder("audience", "subject", "body", "showAddress");
    }
}

package org.advocacyhub.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The messages sent to an event's attendees, for its page's host tools: {@code inject:attendeeMessages.of(event)}. */
@ApplicationScoped
@Named("attendeeMessages")
public class SentMessages {

    public List<AttendeeMessage> of(Event event) {
        return AttendeeMessage.of(event);
    }
}

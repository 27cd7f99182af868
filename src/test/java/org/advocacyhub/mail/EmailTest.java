package org.advocacyhub.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.qute.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTest {

    @Test
    void headersSurviveTheTripThroughTheirColumnInOrder() {
        Email email = Email.of("test", "ann@example.org", "Hello", "Hi.")
                .withHeader("List-Unsubscribe", "<https://advocacyhub.localhost/u/1>, <mailto:u@advocacyhub.localhost>")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        String stored = email.headerLines();

        assertEquals("List-Unsubscribe: <https://advocacyhub.localhost/u/1>, <mailto:u@advocacyhub.localhost>\n"
                + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n", stored);
        assertEquals(email.headers(), Email.parseHeaderLines(stored));
        assertEquals(Map.of(), Email.parseHeaderLines(null));
        assertNull(Email.of("test", "ann@example.org", "Hello", "Hi.").headerLines());
    }

    @Test
    void theFeaturesTemplatesAreRenderedIntoTheTextAndHtmlParts() {
        Engine qute = Engine.builder().addDefaults().build();

        Email email = Email.of("rsvp-confirmation", "ann@example.org", "You are coming",
                qute.parse("Hello {name}, see you at the walk.").data("name", "Ann"),
                qute.parse("<p>Hello {name}.</p>").data("name", "Ann"));
        Email textOnly = Email.of("rsvp-confirmation", "ann@example.org", "You are coming",
                qute.parse("Hello {name}.").data("name", "Bo"), null);

        assertEquals("Hello Ann, see you at the walk.", email.text());
        assertEquals("<p>Hello Ann.</p>", email.html());
        assertEquals("Hello Bo.", textOnly.text());
        assertNull(textOnly.html());
    }

    @Test
    void aLineBreakCannotSmuggleInAHeader() {
        Email email = Email.of("test", "ann@example.org", "Hello", "Hi.");
        assertThrows(IllegalArgumentException.class,
                () -> Email.of("test", "ann@example.org", "Hello\r\nBcc: all@example.org", "Hi."));
        assertThrows(IllegalArgumentException.class, () -> email.withReplyTo("x@example.org\nBcc: all@example.org"));
        assertThrows(IllegalArgumentException.class, () -> email.withHeader("X-Note", "one\r\nBcc: all@example.org"));
        assertThrows(IllegalArgumentException.class, () -> email.withHeader("Bad Name", "value"));
        assertThrows(IllegalArgumentException.class, () -> email.withAttachment("a\n.ics", "text/calendar", ""));
    }

    @Test
    void everyMessageNeedsAKindARecipientASubjectAndAText() {
        assertThrows(IllegalArgumentException.class, () -> Email.of(" ", "ann@example.org", "Hello", "Hi."));
        assertThrows(IllegalArgumentException.class, () -> Email.of("test", "", "Hello", "Hi."));
        assertThrows(IllegalArgumentException.class, () -> Email.of("test", "ann@example.org", null, "Hi."));
        assertThrows(NullPointerException.class, () -> Email.of("test", "ann@example.org", "Hello", (String) null));
    }
}

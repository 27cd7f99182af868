package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

/** The one rule for typed text, without the app: what is refused, what is kept. */
class TypedTest {

    public static class Sample {
        @RestForm public String name = "";
        @RestForm @Typed.MultiLine public String notes = "";
        @RestForm public List<String> body = new ArrayList<>();
        public String notAField = "\u0000";
    }

    @Test
    void controlCharactersAreRefusedLineBreaksOnlyWhereAFieldHasLines() {
        for (char c = 0; c < 0x20; c++) {
            assertFalse(Typed.isOneLine("a" + c + "b"), "one line refuses U+" + Integer.toHexString(c));
        }
        assertFalse(Typed.isOneLine("a\u007fb"));
        assertFalse(Typed.isOneLine("a\u0085b"));
        assertFalse(Typed.isMultiLine("a\u0000b"));
        assertTrue(Typed.isMultiLine("line one\r\nline two\n\tindented"));
        assertFalse(Typed.isOneLine("Ann\u2028e"));
        assertTrue(Typed.isMultiLine("Ann\u2028e"));
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreRefusedEverywhere() {
        for (char c : "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069".toCharArray()) {
            assertFalse(Typed.isOneLine("a" + c + "b"));
            assertFalse(Typed.isMultiLine("a" + c + "b"));
        }
        assertFalse(Typed.isOneLine("a\ud800b"));
        assertFalse(Typed.isOneLine("a\udc00"));
        assertFalse(Typed.isOneLine("\ud800"));
    }

    @Test
    void textInAnyScriptAndEmojiIsText() {
        for (String s : List.of("Zoë", "李小龙", "محمد", "שָׁלוֹם", "👩‍👩‍👧‍👦", "👍🏽", "🏳️‍🌈", "𝕬𝖓𝖓𝖊", "a\u200fb", "Anne\u00a0Marie",
                "'; DROP TABLE x; --", "<script>", "{name}", "")) {
            assertTrue(Typed.isOneLine(s), s);
        }
        assertTrue(Typed.isOneLine(null));
    }

    @Test
    void aFormGetsTheMessageOnEachBadFieldInPlaceOfAnyOther() {
        Sample form = new Sample();
        form.name = "Ann\u0000e";
        form.notes = "fine\nlines";
        form.body = List.of("ok", "bad\u202e");
        FormErrors errors = FormErrors.none().add("name", "Too long").add("other", "Other");
        Typed.check(form, errors, "No control characters");
        assertEquals("No control characters", errors.get("name"));
        assertEquals("No control characters", errors.get("body-1"));
        assertFalse(errors.has("notes"));
        assertFalse(errors.has("body-0"));
        assertFalse(errors.has("notAField"));
        assertEquals(List.of("name", "body-1", "other"), errors.getEntries().stream().map(e -> e.getKey()).toList(),
                "in the order of the form's fields");
    }

    @Test
    void datesArePlausibleOnlyWithinTheCalendarPeopleUse() {
        assertTrue(Typed.isPlausible(LocalDate.of(2030, 1, 1)));
        assertFalse(Typed.isPlausible(LocalDate.parse("+99999-01-01")));
        assertFalse(Typed.isPlausible(LocalDate.of(1, 1, 1)));
        assertFalse(Typed.isPlausible(null));
    }
}

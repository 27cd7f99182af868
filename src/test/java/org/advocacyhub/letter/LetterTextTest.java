package org.advocacyhub.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.advocacyhub.legislator.Chamber;
import org.advocacyhub.legislator.Legislator;
import org.junit.jupiter.api.Test;

class LetterTextTest {

    static Legislator senator() {
        Legislator l = new Legislator();
        l.firstName = "Bernard";
        l.lastName = "Sanders";
        l.fullName = "Bernard Sanders";
        l.chamber = Chamber.SENATE;
        l.state = "VT";
        return l;
    }

    @Test
    void everyPlaceholderIsFilledAndNoneIsLeft() {
        StringBuilder all = new StringBuilder();
        LetterText.PLACEHOLDERS.keySet().forEach(k -> all.append('{').append(k).append("} "));
        String filled = LetterText.fill(all.toString(), senator(), new LetterText.Writer("Ann", "Lee", "Burlington", "05401"));
        assertEquals("Senator Bernard Sanders Bernard Sanders VT Ann Lee Burlington 05401 ", filled);
        assertFalse(filled.contains("{"), filled);
    }

    @Test
    void aValueThatLooksLikeAPlaceholderStaysAsTyped() {
        String filled = LetterText.fill("Hi {supporter.firstName}", senator(),
                new LetterText.Writer("{legislator.lastName}", "$1 \\", "Town", "05401"));
        assertEquals("Hi {legislator.lastName}", filled);
    }

    @Test
    void unknownPlaceholdersAndHtmlAreFound() {
        assertEquals(List.of("{legislator.nickname}", "{name}"),
                LetterText.unknownPlaceholders("Dear {legislator.nickname} {name} {legislator.title} {name}"));
        assertTrue(LetterText.hasHtml("Hello <b>there</b>"));
        assertTrue(LetterText.hasHtml("<script src=x></script>"));
        assertTrue(LetterText.hasHtml("a <!-- hidden --> b"));
        assertFalse(LetterText.hasHtml("I <3 research and 2 < 5 > 1"));
    }

    @Test
    void delegatesAndTheResidentCommissionerAreAddressedByTheirTitle() {
        Legislator l = senator();
        l.chamber = Chamber.HOUSE;
        l.district = 0;
        l.state = "DC";
        assertEquals("Delegate", l.getTitle());
        l.state = "PR";
        assertEquals("Resident Commissioner", l.getTitle());
        l.state = "VT";
        assertEquals("Representative", l.getTitle());
        assertEquals("VT at-large", l.getSeat());
    }
}

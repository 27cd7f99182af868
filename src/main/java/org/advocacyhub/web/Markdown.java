package org.advocacyhub.web;

import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown that coordinators write, made safe to show: raw HTML is escaped (so no script, no event
 * handler attribute), and links and images keep only http, https and mailto addresses.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private static final UrlSanitizer WEB_ONLY = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url);
        }
    };

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(WEB_ONLY)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if ("a".equals(tagName)) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    static String safe(String url) {
        String u = url.strip();
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so we do too.
        String squeezed = u.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
        int colon = squeezed.indexOf(':');
        int slash = squeezed.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (!hasScheme) {
            return u; // a relative link on this site
        }
        return squeezed.startsWith("http:") || squeezed.startsWith("https:") || squeezed.startsWith("mailto:") ? u : "";
    }
}

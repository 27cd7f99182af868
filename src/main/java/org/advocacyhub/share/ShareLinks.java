package org.advocacyhub.share;

import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain share and "add to calendar" links, built here so the pages load nothing from those sites:
 * the browser goes there only when the person chooses a link. Templates read the site's address as
 * {@code {inject:site.baseUrl}} for canonical and Open Graph URLs.
 */
@ApplicationScoped
@Named("site")
public class ShareLinks {

    private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OUTLOOK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @ConfigProperty(name = "advocacy.base-url")
    String baseUrl;

    public String getBaseUrl() {
        return baseUrl;
    }

    /** The same services the petition's thank-you page offers, by their names (e-mail in the reader's words). */
    public static Map<String, String> shareLinks(ShareMessages m, String title, String summary, String text, String url) {
        Map<String, String> share = new LinkedHashMap<>();
        share.put(m.shareByEmail(), "mailto:?subject=" + enc(title) + "&body=" + enc((summary == null ? "" : summary + "\n\n") + url));
        share.put("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + enc(url));
        share.put("Bluesky", "https://bsky.app/intent/compose?text=" + enc(text + " " + url));
        share.put("X (Twitter)", "https://twitter.com/intent/tweet?text=" + enc(text) + "&url=" + enc(url));
        share.put("WhatsApp", "https://wa.me/?text=" + enc(text + " " + url));
        return share;
    }

    /** What a calendar link carries: the public page's details only, never a private link. */
    public record CalendarEntry(String title, String details, String location, Instant start, Instant end) {
    }

    public static String googleCalendar(CalendarEntry e) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + enc(e.title())
                + "&dates=" + GOOGLE.format(e.start()) + "/" + GOOGLE.format(e.end())
                + "&details=" + enc(e.details()) + "&location=" + enc(e.location());
    }

    public static String outlookCalendar(CalendarEntry e) {
        return "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject="
                + enc(e.title()) + "&startdt=" + OUTLOOK.format(e.start()) + "&enddt=" + OUTLOOK.format(e.end())
                + "&body=" + enc(e.details()) + "&location=" + enc(e.location());
    }

    /** A description short enough for a link preview: the first 200 characters, cut at a space. */
    @TemplateExtension(matchName = "shareExcerpt")
    public static String shareExcerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 200) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 197);
        return flat.substring(0, cut > 100 ? cut : 197) + "…";
    }

    public static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

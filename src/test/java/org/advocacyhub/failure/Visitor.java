package org.advocacyhub.failure;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person with a browser's cookie jar: opens a page, reads its form's hidden fields (CSRF token,
 * the signed "started" time) and posts the form as the browser would. Redirects are not followed, so
 * the test sees the 303 that means "stored, here is your thank-you page".
 */
final class Visitor {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Page(int status, String body, Map<String, String> hidden) {
    }

    record Answer(int status, String body) {
    }

    Page get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(r.body());
        while (m.find()) {
            hidden.putIfAbsent(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return new Page(r.statusCode(), r.body(), hidden);
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs the petition at {@code base} (e.g. http://127.0.0.1:port) with this e-mail; the status of
     * the POST (303 = signed) and its body, or those of the page if it could not be opened.
     */
    Answer sign(String base, String slug, String email) throws IOException, InterruptedException {
        Page page = get(base + "/petitions/" + slug);
        if (page.status() != 200) {
            return new Answer(page.status(), page.body());
        }
        Map<String, String> form = new LinkedHashMap<>(page.hidden());
        form.put("firstName", "Load");
        form.put("lastName", "Tester");
        form.put("email", email);
        form.put("zip", "10001");
        HttpResponse<String> r = post(base + "/petitions/" + slug + "/sign", form);
        return new Answer(r.statusCode(), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.advocacyhub.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posting forms as a browser does: the CSRF cookie and the token from the page that has the form. */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    public record Page(Map<String, String> cookies, String token, Response response) {
        /** A form POST with this page's CSRF cookie and token, not following the redirect. */
        public RequestSpecification form() {
            return given().redirects().follow(false).cookies(cookies)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", token);
        }
    }

    public static Page open(String path) {
        Response r = given().get(path);
        Matcher m = TOKEN.matcher(r.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + path + " (status " + r.statusCode() + ")");
        }
        return new Page(r.getCookies(), m.group(1), r);
    }
}

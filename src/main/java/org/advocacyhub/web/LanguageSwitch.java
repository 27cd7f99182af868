package org.advocacyhub.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The header's "Español / English" links. Choosing a language is a plain link, not a form: it changes only how pages read, like
 * the text size of a browser, so it also works on an error page, where no form token exists.
 */
@Path("/language")
public class LanguageSwitch {

    @Inject
    Language language;

    /** Remembers the choice for a year and goes back to the page the visitor was on. */
    @GET
    public Response choose(@QueryParam("to") String to, @QueryParam("then") String then) {
        String tag = Language.supportedOrDefault(to);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(tag).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(then))).cookie(cookie).build();
    }

    /** Only a path on this site: "//evil.example" or "https://..." would make the switch an open redirect. */
    static String localPath(String then) {
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.startsWith("/\\")
                || then.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return then;
    }
}

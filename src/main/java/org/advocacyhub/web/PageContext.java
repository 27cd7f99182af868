package org.advocacyhub.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the layout needs to know about the request it renders: {@code {inject:page.signInUrl}}. */
@RequestScoped
@Named("page")
public class PageContext {

    @Inject
    RoutingContext request;

    @Inject
    Language language;

    /**
     * Where "Sign in" goes: back to the page they are on, and Keycloak's sign-in page in the site's
     * language (ui_locales, forwarded by quarkus.oidc.authentication.forward-params).
     */
    public String getSignInUrl() {
        String path = request.request().path();
        String locale = "ui_locales=" + language.getTag();
        if (path == null || path.equals("/") || path.startsWith("/account/") || path.equals("/logout")) {
            return "/account/sign-in?" + locale;
        }
        return "/account/sign-in?then=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&" + locale;
    }

    /** This page's path and query, URL-encoded, for the language switch to come back to. */
    public String getHere() {
        String uri = request.request().uri();
        return URLEncoder.encode(uri == null || !uri.startsWith("/") ? "/" : uri, StandardCharsets.UTF_8);
    }

    /**
     * Whether the CSRF filter ran for this request. It has not when a page is an error page rendered
     * before the resource was reached (a 403, say); the layout then offers sign-out as a plain link.
     */
    public boolean isFormTokenReady() {
        return request.get("csrf_token") != null;
    }
}

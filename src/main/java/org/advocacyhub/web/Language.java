package org.advocacyhub.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.advocacyhub.supporter.Supporter;

/**
 * The language of this request, English or Spanish: the visitor's choice from the switcher in the
 * header (a cookie) when there is one, else the first of ours in their browser's Accept-Language,
 * else English. Templates read it as {@code {inject:lang.tag}}; {@link LanguageSwitch} gives it to
 * every page and Java code asks it for the feature's message bundle:
 *
 * <pre>{@code
 * EventMessages m = language.bundle(EventMessages.class);
 * errors.add("title", m.titleRequired());
 * }</pre>
 *
 * Jobs that mail someone outside a request (reminders) use {@link #bundle(Class, String)} with the
 * language stored on the supporter.
 */
@RequestScoped
@Named("lang")
public class Language {

    /** The languages the site speaks; the first is the default. */
    public static final List<String> SUPPORTED = List.of("en", "es");
    public static final String DEFAULT = "en";
    static final String COOKIE = "lang";

    @Inject
    CurrentVertxRequest request;

    private String tag;

    /** "en" or "es". */
    public String getTag() {
        if (tag == null) {
            // Outside an HTTP request (a job, a test calling a bean), there is no visitor: English.
            RoutingContext current = request.getCurrent();
            tag = current == null ? DEFAULT : of(current);
        }
        return tag;
    }

    /** The language of a request: the switcher's cookie, else Accept-Language, else English. */
    public static String of(RoutingContext request) {
        Cookie chosen = request.request().getCookie(COOKIE);
        return chosen != null && SUPPORTED.contains(chosen.getValue())
                ? chosen.getValue()
                : fromAcceptLanguage(request.request().getHeader("Accept-Language"));
    }

    /**
     * A page that says its language in its address (an embed on a partner's site, {@code ?lang=es}: a
     * frame on another site gets none of our cookies). An unknown tag leaves the visitor's language.
     */
    public void choose(String requested) {
        if (requested != null && SUPPORTED.contains(requested)) {
            tag = requested;
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getTag());
    }

    public boolean isSpanish() {
        return "es".equals(getTag());
    }

    /** Consent given on a form: its source and the exact words of the tick box, as this visitor read them. */
    public Supporter.Consent consent(String source) {
        return new Supporter.Consent(source, bundle(SiteMessages.class).consentLabel());
    }

    /** The message bundle of a feature in this request's language. */
    public <T> T bundle(Class<T> bundle) {
        return bundle(bundle, getTag());
    }

    /** The message bundle of a feature in a given language; an unknown one gives English. */
    public static <T> T bundle(Class<T> bundle, String tag) {
        return "es".equals(tag) ? MessageBundles.get(bundle, Localized.Literal.of("es")) : MessageBundles.get(bundle);
    }

    /** A stored or typed language tag made safe: one of {@link #SUPPORTED}, else the default. */
    public static String supportedOrDefault(String tag) {
        return tag != null && SUPPORTED.contains(tag) ? tag : DEFAULT;
    }

    /** The first supported language in an Accept-Language header, by its q weights; English otherwise. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && SUPPORTED.contains(language)) {
                    return language;
                }
                if (language.equals("*")) {
                    return DEFAULT;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A header we cannot read is no reason to refuse the page.
        }
        return DEFAULT;
    }
}

package org.advocacyhub.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Renders every template made during a request in the visitor's {@link Language}: its message bundles,
 * dates and numbers, pages and the e-mails a request queues alike. A template made outside a request
 * (a scheduled reminder) is in English unless its caller sets the recipient's language.
 */
@ApplicationScoped
public class LanguageFilter implements TemplateInstance.Initializer {

    @Inject
    Language language;

    @Inject
    CurrentVertxRequest http;

    /**
     * Quarkus does not pick up an Initializer bean by itself (only template globals): without this, a
     * page had Spanish words only when Accept-Language made REST-Qute choose a Spanish variant, never
     * from the switcher's cookie, and template extensions reading the "locale" attribute got nothing.
     */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance template) {
        // A job (reminders) may run with a request context but no HTTP request: it sets the language itself.
        if (Arc.container().requestContext().isActive() && http.getCurrent() != null) {
            template.setLocale(language.getLocale());
        }
    }

    /** Tells browsers and screen readers the language of every page. */
    @ServerResponseFilter
    public void contentLanguage(ContainerResponseContext response) {
        // A page returned in a Response (a form with errors, the event search) has no media type yet.
        if (response.getMediaType() != null ? "text".equals(response.getMediaType().getType())
                : response.getEntity() instanceof TemplateInstance) {
            response.getHeaders().putSingle("Content-Language", language.getTag());
        }
    }
}

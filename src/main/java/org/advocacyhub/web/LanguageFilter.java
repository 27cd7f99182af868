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

    @Override
    public void accept(TemplateInstance template) {
        // Only while answering a visitor: a job or a test thread can have a request context and no request.
        if (Arc.container().requestContext().isActive() && http.getCurrent() != null) {
            template.setLocale(language.getLocale());
        }
    }

    /**
     * Quarkus does not register {@link TemplateInstance.Initializer} beans with the engine by itself:
     * without this, pages took their words from Accept-Language (Qute's selected variant) and ignored the
     * switcher's cookie, and {@code fmt:} dates were always English.
     */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    /** Tells browsers and screen readers the language of every page. */
    @ServerResponseFilter
    public void contentLanguage(ContainerResponseContext response) {
        if (response.getMediaType() != null && "text".equals(response.getMediaType().getType())) {
            response.getHeaders().putSingle("Content-Language", language.getTag());
        }
    }
}

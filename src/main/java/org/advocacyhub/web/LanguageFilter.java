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
     * Quarkus does not pick up an Initializer for being a bean: it has to be added to the engine as it is
     * built. Without this, only Accept-Language reached the message bundles (through Quarkus REST's
     * variant selection), the switcher's cookie did not, and {fmt:...} always wrote English.
     */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance template) {
        // A job or a test can have a request context without an HTTP request, hence no language to read.
        if (Arc.container().requestContext().isActive() && http.getCurrent() != null) {
            template.setLocale(language.getLocale());
        }
    }

    /** Tells browsers and screen readers the language of every page. */
    @ServerResponseFilter
    public void contentLanguage(ContainerResponseContext response) {
        if (response.getMediaType() != null && "text".equals(response.getMediaType().getType())) {
            response.getHeaders().putSingle("Content-Language", language.getTag());
        }
    }
}

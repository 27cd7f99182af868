package org.advocacyhub.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Renders every template made during a request in the visitor's {@link Language}: its message bundles,
 * dates and numbers, pages and the e-mails a request queues alike. A template made outside a request
 * (a scheduled reminder) is in English unless its caller sets the recipient's language.
 */
@ApplicationScoped
public class LanguageFilter {

    @Inject
    Language language;

    void initialiseEveryTemplate(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::inRequestLanguage);
    }

    private void inRequestLanguage(TemplateInstance template) {
        if (Arc.container().requestContext().isActive()) {
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

package org.advocacyhub.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the HTTP router the app was started with, so that {@link AccessMatrixTest} can list the
 * routes registered on it directly (such as the one-click unsubscribe) from the framework itself.
 */
@ApplicationScoped
public class RouterRoutes {

    static volatile Router router;

    void keep(@Observes Router started) {
        router = started;
    }
}

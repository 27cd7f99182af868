package org.advocacyhub.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real services every test runs against, started once per test run, before the app:
 * PostgreSQL's test database and a Keycloak server. (The machine's PostgreSQL is already running.)
 */
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(KeycloakServer.class)
public final class TestResources {
    private TestResources() {
    }
}

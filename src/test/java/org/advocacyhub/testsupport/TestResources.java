package org.advocacyhub.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The real services every test runs against, started once per test run, before the app:
 * PostgreSQL's test database, a Keycloak server and an SMTP server. (The machine's PostgreSQL is
 * already running.)
 */
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(KeycloakServer.class)
@QuarkusTestResource(MailServer.class)
public final class TestResources {
    private TestResources() {
    }
}

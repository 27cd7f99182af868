package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advocacyhub.testsupport.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * Production refuses the secrets anyone could know. The prod profile of our own application.properties
 * is read as the app reads it, with the environment a careless deployment would give it.
 */
class ProductionSecretsTest {

    private static final String STRONG = "k3J9vQ2xLw8ZrT5nB7yH1cF4mP6sD0aE";

    @Test
    void theDevelopmentSecretsAndTheOldComposePlaceholdersAreRefusedInProduction() throws IOException {
        // The values the dev profile falls back to, and the old compose file's placeholders.
        Map<String, String> dev = Map.of("OIDC_CLIENT_SECRET", "dev-only-client-secret",
                "OIDC_ENCRYPTION_SECRET", "dev-only-session-encryption-key-0123456789",
                "CSRF_SIGNATURE_KEY", "dev-only-csrf-signature-key-0123456789abcdef",
                "TOKEN_SECRET", "dev-only-token-secret-0123456789abcdef");
        assertEquals(4, problemsInProduction(dev).size(), problemsInProduction(dev).toString());
        Map<String, String> compose = Map.of("OIDC_CLIENT_SECRET", "change-me-client-secret",
                "OIDC_ENCRYPTION_SECRET", "change-me-at-least-32-characters-long",
                "CSRF_SIGNATURE_KEY", "change-me-at-least-32-characters-long",
                "TOKEN_SECRET", "change-me-at-least-32-characters-long");
        assertEquals(4, problemsInProduction(compose).size());
    }

    @Test
    void shortOrSharedSecretsAreRefusedAndTheMessageNeverShowsTheValue() throws IOException {
        Map<String, String> env = new HashMap<>(strong());
        env.put("TOKEN_SECRET", "short-but-random-Zq81");
        env.put("CSRF_SIGNATURE_KEY", env.get("OIDC_ENCRYPTION_SECRET"));
        List<String> problems = problemsInProduction(env);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.contains("TOKEN_SECRET is shorter than 32 characters"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("is the same as")), problems.toString());
        assertFalse(problems.toString().contains("short-but-random"), "a secret's value must not reach the log");
    }

    @Test
    void fourStrongDifferentSecretsStart() throws IOException {
        assertEquals(List.of(), problemsInProduction(strong()));
    }

    private static Map<String, String> strong() {
        return Map.of("OIDC_CLIENT_SECRET", STRONG, "OIDC_ENCRYPTION_SECRET", STRONG.replace('k', 'q'),
                "CSRF_SIGNATURE_KEY", STRONG.replace('k', 'w'), "TOKEN_SECRET", STRONG.replace('k', 'z'));
    }

    /** What ProductionSecrets finds in the prod profile of application.properties with this environment. */
    private static List<String> problemsInProduction(Map<String, String> env) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("prod")
                .withSources(new PropertiesConfigSource(
                        ProjectFiles.root().resolve("src/main/resources/application.properties").toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(env, "environment", 300))
                .build();
        return ProductionSecrets.problems(name -> config.getOptionalValue(name, String.class));
    }
}

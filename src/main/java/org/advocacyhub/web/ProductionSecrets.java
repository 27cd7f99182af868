package org.advocacyhub.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production refuses to start with a secret anyone could know. The dev and test profiles, the compose
 * file and the realm file have published example values; a deployment that forgot to replace one
 * would let anyone forge sign-in sessions, CSRF tokens or the signed links in e-mails (cancel an RSVP,
 * unsubscribe, see someone's data), or act as the app towards Keycloak. So in the prod profile every
 * secret must be at least {@value #MIN_LENGTH} characters, must not be a known development value, and
 * no two may be the same. The message names the setting, never the value.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final int MIN_LENGTH = 32;

    /** Setting → the environment variable that gives it in production (docs/operations.md). */
    static final Map<String, String> SECRETS = Map.of(
            "quarkus.oidc.credentials.secret", "OIDC_CLIENT_SECRET",
            "quarkus.oidc.token-state-manager.encryption-secret", "OIDC_ENCRYPTION_SECRET",
            "quarkus.rest-csrf.token-signature-key", "CSRF_SIGNATURE_KEY",
            "advocacy.token-secret", "TOKEN_SECRET");

    /** Values published in this repository, its history or its documentation. */
    static final List<String> KNOWN_MARKERS = List.of("dev-only", "change-me", "changeme", "example", "0123456789");

    void check(@Observes StartupEvent startup) {
        // The README's run command is a NORMAL launch too, in the dev profile, with the dev secrets.
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.isProfileActive("prod")) {
            return;
        }
        var config = ConfigProvider.getConfig();
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production with unsafe secrets: " + String.join("; ", problems)
                    + ". Give each its own random value of " + MIN_LENGTH + " characters or more (docs/operations.md).");
        }
    }

    /** What is wrong with the configured secrets, one line per setting, without their values. */
    static List<String> problems(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        SECRETS.keySet().stream().sorted().forEach(name -> {
            String variable = SECRETS.get(name);
            String value = lookup.apply(name).orElse("");
            String lower = value.toLowerCase(Locale.ROOT);
            if (value.isBlank()) {
                problems.add(variable + " is not set");
            } else if (KNOWN_MARKERS.stream().anyMatch(lower::contains)) {
                problems.add(variable + " is a published example value");
            } else if (value.length() < MIN_LENGTH) {
                problems.add(variable + " is shorter than " + MIN_LENGTH + " characters");
            } else if (seen.containsKey(value)) {
                problems.add(variable + " is the same as " + seen.get(value));
            }
            seen.putIfAbsent(value, variable);
        });
        return problems;
    }
}

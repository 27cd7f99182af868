package org.advocacyhub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak for the test run, through the same launcher as the run command
 * (docker/local/keycloak.sh). One per run: when a Keycloak already answers on :8180
 * (a dev run, say) it is used and left alone; the one this started is stopped at the end.
 * With KEYCLOAK_URL set, that server is used and nothing is started.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String URL = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");

    private boolean startedHere;

    @Override
    public Map<String, String> start() {
        if (System.getenv("KEYCLOAK_URL") == null) {
            String out = launcher("start");
            startedHere = out.contains("STARTED");
        }
        return Map.of("advocacy.keycloak.url", URL);
    }

    @Override
    public void stop() {
        if (startedHere) {
            launcher("stop");
        }
    }

    private static String launcher(String command) {
        Path script = ProjectFiles.root().resolve("docker/local/keycloak.sh");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(6, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("keycloak.sh " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

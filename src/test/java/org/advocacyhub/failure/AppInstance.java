package org.advocacyhub.failure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/quarkus-app/quarkus-run.jar, prod profile) as a process of its own, so a
 * test can kill it with SIGKILL or run two side by side. Its log goes to target/failure-logs/.
 */
final class AppInstance implements AutoCloseable {

    private static final String[] RUN_SECRETS = java.util.stream.Stream.generate(() -> {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }).limit(4).toArray(String[]::new);

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    final String name;
    final int port;
    final int managementPort;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Path log;
    private Process process;

    /**
     * An instance on free ports, with what every failure test needs: the given database and SMTP server,
     * no bot or rate limit in the way of a load test, mail sent soon after it is queued.
     */
    AppInstance(String name, String jdbcUrl, int smtpPort) {
        this.name = name;
        this.port = freePort();
        this.managementPort = freePort();
        this.log = Path.of("target", "failure-logs", name + ".log");
        set("quarkus.http.port", String.valueOf(port));
        // Health and metrics may live on the management interface (quarkus.management.enabled); its port
        // is set either way, and waitUntilReady() asks whichever answers.
        set("quarkus.management.port", String.valueOf(managementPort));
        set("quarkus.datasource.jdbc.url", jdbcUrl);
        set("quarkus.datasource.username", "postgres");
        set("quarkus.datasource.password", "");
        set("quarkus.mailer.host", "127.0.0.1");
        set("quarkus.mailer.port", String.valueOf(smtpPort));
        set("quarkus.mailer.start-tls", "DISABLED");
        set("quarkus.mailer.mock", "false");
        set("quarkus.mailer.timeout", "5s");
        set("advocacy.mail.poll-interval", "1s");
        set("advocacy.mail.retry-base", "1s");
        set("advocacy.mail.retry-max", "2s");
        set("advocacy.mail.max-attempts", "1000");
        set("advocacy.petitions.min-fill-time", "0s");
        set("advocacy.petitions.rate.per-ip", "1000000");
        set("advocacy.petitions.rate.per-email", "1000000");
        set("advocacy.events.min-fill-time", "0s");
        set("advocacy.events.rate.per-ip", "1000000");
        set("advocacy.events.rate.per-email", "1000000");
        set("advocacy.base-url", "http://localhost:" + port);
        // The prod profile insists on real secrets (web/ProductionSecrets): this test run's own, random,
        // the same for every instance of the run, as on a real deployment.
        set("quarkus.oidc.credentials.secret", RUN_SECRETS[0]);
        set("quarkus.oidc.token-state-manager.encryption-secret", RUN_SECRETS[1]);
        set("quarkus.rest-csrf.token-signature-key", RUN_SECRETS[2]);
        set("quarkus.rest-csrf.cookie-force-secure", "false");
        set("quarkus.oidc.authentication.cookie-force-secure", "false");
        set("advocacy.token-secret", RUN_SECRETS[3]);
        set("advocacy.letters.delivery-address", "letters@failure.test");
        set("advocacy.events.reminders.enabled", "false");
    }

    AppInstance set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Starts the process and waits until its readiness check is UP. */
    AppInstance start() throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the failure tests run after `package`");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(JAR.toString());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        // A test JVM that is stopped (Ctrl-C, a timeout) takes its app processes with it.
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        Duration waited = waitUntil("UP", Duration.ofSeconds(300));
        System.out.printf("[failure] %s started on :%d in %d ms (log %s)%n", name, port, waited.toMillis(), log);
        return this;
    }

    /** SIGKILL: no shutdown hook, no commit, no flush; what the kernel does to a process out of memory. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The readiness check's status ("UP", "DOWN"), or null if the app does not answer. */
    String readiness() {
        for (int p : new int[] {managementPort, port}) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 404) {
                    continue;
                }
                // SmallRye Health answers 200 when every check is UP, 503 when one is DOWN.
                return r.statusCode() == 200 ? "UP" : r.statusCode() == 503 ? "DOWN" : "HTTP " + r.statusCode();
            } catch (ConnectException e) {
                // Not this port (no management interface), or not listening yet.
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Polls the readiness check until it says {@code status}; fails the test after {@code limit}. */
    Duration waitUntil(String status, Duration limit) throws InterruptedException {
        Instant start = Instant.now();
        Instant end = start.plus(limit);
        while (Instant.now().isBefore(end)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (status.equals(readiness())) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " did not report " + status + " within " + limit + "; see " + log);
    }

    /** A graceful stop (SIGTERM), as an orchestrator does. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}

package org.advocacyhub.failure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl), on a free port: the failure tests stop and
 * start it, which they must never do to the machine's shared server. As root, the server programs run as
 * the "postgres" user (initdb refuses root); the cluster lives in the system's temporary directory, which
 * that user can reach wherever the project is checked out, and is deleted at the end.
 */
final class ThrowawayPostgres implements AutoCloseable {

    private static final Path BIN = findBin();

    final int port;
    private final Path dir;

    private ThrowawayPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static ThrowawayPostgres create(String name) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("advocacy-failure-pg-" + name + "-");
        ThrowawayPostgres pg = new ThrowawayPostgres(dir, AppInstance.freePort());
        if (asRoot()) {
            pg.run(List.of("chown", "postgres", dir.toString()), false);
        }
        pg.run(List.of(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"), true);
        pg.start();
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    void start() throws IOException, InterruptedException {
        // fsync off: the tests kill the app, never the database server, and want it fast.
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100",
                "start"), true);
    }

    /** A fast shutdown: the server ends every session, as in a restart for an upgrade or a failover. */
    void stop() throws IOException, InterruptedException {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-m", "fast", "stop"), true);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
            stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Debian's server programs (postgresql-NN); the newest if several are installed. */
    private static Path findBin() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server programs under " + root));
        } catch (IOException e) {
            throw new IllegalStateException("the failure tests need PostgreSQL's server programs under " + root, e);
        }
    }
}

package org.advocacyhub.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The benchmark's ceiling for pages (docker/local/benchmark.sh, docs/benchmarks.md): the same server
 * sending a saved copy of a page as a static file, under /bench-static/. Off unless the benchmark
 * sets advocacy.bench.static-dir on the command line; a deployment never sets it, so nothing is
 * served from the disk.
 */
@Singleton
public class BenchStaticCopy {

    @ConfigProperty(name = "advocacy.bench.static-dir")
    Optional<String> dir;

    void register(@Observes Router router) {
        dir.filter(d -> Files.isDirectory(Path.of(d))).ifPresent(d -> router.route("/bench-static/*")
                .handler(StaticHandler.create(FileSystemAccess.ROOT, Path.of(d).toAbsolutePath().toString())));
    }
}

package org.advocacyhub.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's own files are, whatever directory the tests run in. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("project.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("docker"))) {
                return p;
            }
        }
        throw new IllegalStateException("project root not found from " + start);
    }
}

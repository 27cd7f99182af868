package org.advocacyhub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The tests' own database on the machine's PostgreSQL, created when missing; Flyway cleans and
 * migrates it at start (see %test in application.properties), so every run begins empty.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String HOST = System.getenv().getOrDefault("TEST_DB_HOST", "127.0.0.1:5432");
    static final String NAME = System.getenv().getOrDefault("TEST_DB_NAME", "advocacy_test");
    static final String USER = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    public static final String JDBC_URL = "jdbc:postgresql://" + HOST + "/" + NAME;

    @Override
    public Map<String, String> start() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, NAME);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + NAME);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + " is needed for the tests: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", JDBC_URL,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
    }
}

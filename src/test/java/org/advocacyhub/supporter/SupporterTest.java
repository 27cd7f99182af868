package org.advocacyhub.supporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import org.advocacyhub.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Flyway built the schema on the real PostgreSQL; the one-person-per-e-mail rule holds there. */
@QuarkusTest
class SupporterTest {

    @Test
    void flywayMigratedTheTestDatabaseAtStart() throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void anEmailIsOnePersonWhateverItsCaseOrSpaces() {
        QuarkusTransaction.requiringNew().run(() -> {
            Supporter s = new Supporter();
            s.email = Supporter.normaliseEmail("  Ann.Example@Mail.ORG ");
            s.firstName = "Ann";
            s.persist();
        });
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Supporter.findByEmail("ann.example@mail.org ").isPresent()));
        // The database refuses an address that skipped normalisation, so no code path can split a person in two.
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Supporter s = new Supporter();
            s.email = "Ann.Example@Mail.ORG";
            s.persist();
        }));
    }
}

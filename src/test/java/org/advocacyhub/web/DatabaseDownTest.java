package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Which errors get the 503 page. The shapes are those seen when PostgreSQL restarted under load
 * (DatabaseRestartFailureIT): the driver's error is sometimes only a suppressed exception of the
 * transaction manager's RollbackException, raised at commit.
 */
class DatabaseDownTest {

    @Test
    void aConnectionEndedByTheServerAtCommitIsAnOutage() {
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        // The driver's error as PostgreSQL sends it: SQL state 57P01, admin_shutdown.
        atCommit.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        assertTrue(DatabaseDown.causes(new RuntimeException("Error invoking subclass method", atCommit)));
    }

    @Test
    void aRefusedConnectionAndAnExhaustedPoolAreOutages() {
        assertTrue(DatabaseDown.causes(new RuntimeException(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        assertTrue(DatabaseDown.causes(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(DatabaseDown.causes(new IllegalStateException("a bug")));
        assertFalse(DatabaseDown.causes(new RuntimeException(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))));
        RuntimeException loop = new RuntimeException("loops");
        RuntimeException other = new RuntimeException(loop);
        loop.addSuppressed(other);
        assertFalse(DatabaseDown.causes(other));
    }
}

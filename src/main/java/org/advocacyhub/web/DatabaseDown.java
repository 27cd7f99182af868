package org.advocacyhub.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached from a bug: the first is an outage the visitor can wait out
 * (503), the second a 500 with a reference. Read from the exception's causes, because Hibernate, the
 * transaction manager and RESTEasy each wrap the driver's error in their own.
 */
final class DatabaseDown {

    private DatabaseDown() {
    }

    static boolean causes(Throwable error) {
        return causes(error, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Follows causes and suppressed exceptions: when a commit fails, the transaction manager throws a
     * RollbackException whose driver error is only among the suppressed ones.
     */
    private static boolean causes(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        // Agroal's pool gives up waiting for a connection with a plain SQLException and no state.
        if (t instanceof SQLException && t.getMessage() != null
                && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        return causes(t.getCause(), seen);
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), and PostgreSQL's
     * 57P01..57P03 (the server is shutting down, was terminated by the administrator, or is starting).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** The innermost message, for one log line without the stack trace. */
    static String describe(Throwable error) {
        Throwable last = error;
        for (int depth = 0; depth < 20 && last.getCause() != null && last.getCause() != last; depth++) {
            last = last.getCause();
        }
        return last.getClass().getSimpleName() + ": " + last.getMessage();
    }
}

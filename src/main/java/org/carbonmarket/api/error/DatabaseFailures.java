package org.carbonmarket.api.error;

import java.sql.SQLException;

/** Recognises a failure that means "the database cannot be reached now", as opposed to a bug. */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P: the server is shutting down or starting; 53300: too many connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true; // the pool waited its configured time and got no connection
                }
            }
        }
        return false;
    }
}

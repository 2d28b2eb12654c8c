package org.carbonmarket.api.error;

import java.sql.SQLException;
import java.util.Optional;
import org.carbonmarket.common.TransactionTimedOutException;

/** Recognises a failure that means "the database cannot serve this now", as opposed to a bug. */
final class DatabaseFailures {

    /** The database is up but could not serve this write in time; a retry soon may well succeed. */
    enum Busy {
        /** lock_not_available (55P03): a lock was not granted within the lock timeout. */
        LOCKED("Another write holds data this one needs (an import, or a change of the same resource); nothing was "
                + "changed. Retry shortly."),
        /** query_canceled (57014): a statement ran past its timeout; or the transaction did. */
        TIMED_OUT("The database did not finish this request in time; nothing was changed. Retry shortly.");

        final String detail;

        Busy(String detail) {
            this.detail = detail;
        }
    }

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

    static Optional<Busy> busy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return Optional.of(Busy.LOCKED);
            }
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState()) || cause instanceof TransactionTimedOutException) {
                return Optional.of(Busy.TIMED_OUT);
            }
        }
        return Optional.empty();
    }
}

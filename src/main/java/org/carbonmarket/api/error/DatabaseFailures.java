package org.carbonmarket.api.error;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.transaction.xa.XAException;
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

    /**
     * The connection failed while the database was committing: it may have committed or not, and nobody
     * here can tell. The transaction manager reports a failed commit as an XAException, attached to the
     * exception it throws as a cause or, for the one-phase commit of a single database, as a suppressed one.
     * (A failure before the commit, as in a flush, is no XAException: then nothing was stored.)
     */
    static boolean isCommitUncertain(Throwable failure) {
        return related(failure).anyMatch(t -> t instanceof XAException && related(t).anyMatch(DatabaseFailures::isConnectionLost));
    }

    /** 08: connection exceptions; 57P01 and 57P02: the server ended the session (terminated, crashed). */
    private static boolean isConnectionLost(Throwable failure) {
        String state = failure instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02"));
    }

    /** The failure, its causes and the exceptions suppressed along the way, each once. */
    private static Stream<Throwable> related(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Stream.Builder<Throwable> all = Stream.builder();
        collect(failure, seen, all);
        return all.build();
    }

    private static void collect(Throwable failure, Set<Throwable> seen, Stream.Builder<Throwable> all) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        all.add(failure);
        collect(failure.getCause(), seen, all);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, seen, all);
        }
    }

    /**
     * A statement's failure, or the commit's: a commit moves the data version (R__trigger_functions.sql), which may wait
     * for a lock too, and its failure arrives as a suppressed exception of the transaction manager's.
     */
    static Optional<Busy> busy(Throwable failure) {
        return related(failure).map(DatabaseFailures::busyAlone).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Busy> busyAlone(Throwable failure) {
        if (failure instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
            return Optional.of(Busy.LOCKED);
        }
        if (failure instanceof SQLException sql && "57014".equals(sql.getSQLState()) || failure instanceof TransactionTimedOutException) {
            return Optional.of(Busy.TIMED_OUT);
        }
        return Optional.empty();
    }
}

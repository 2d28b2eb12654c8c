package org.carbonmarket.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which database failures mean "retry", "unknown outcome" or "unreachable", in the shapes the stack throws them. */
class DatabaseFailuresUnitTest {

    private static SQLException sql(String state) {
        return new SQLException("from the driver", state);
    }

    /** A one-phase commit that failed: the resource's XAException is suppressed, not the cause. */
    private static RollbackException commitFailedWith(SQLException cause) {
        var commit = new RollbackException("Could not commit transaction.");
        var resource = new XAException("Error trying to transactionCommit local transaction");
        resource.initCause(cause);
        commit.addSuppressed(resource);
        return commit;
    }

    @Test
    void knowsThatACommitCutOffByACrashHasAnUnknownOutcome() {
        assertTrue(DatabaseFailures.isCommitUncertain(new RuntimeException(commitFailedWith(sql("08006")))));
        assertTrue(DatabaseFailures.isCommitUncertain(commitFailedWith(sql("57P01"))));
    }

    @Test
    void knowsThatAFailureBeforeTheCommitStoredNothing() {
        var flush = new RollbackException("Could not commit transaction.");
        flush.initCause(new IllegalStateException("flush failed", sql("08006")));
        assertFalse(DatabaseFailures.isCommitUncertain(flush));
        assertTrue(DatabaseFailures.isUnavailable(flush));
        assertFalse(DatabaseFailures.isCommitUncertain(commitFailedWith(sql("23505"))), "a refused commit is no lost connection");
    }

    @Test
    void tellsLockWaitsFromStatementTimeouts() {
        assertEquals(Optional.of(DatabaseFailures.Busy.LOCKED), DatabaseFailures.busy(new RuntimeException(sql("55P03"))));
        assertEquals(Optional.of(DatabaseFailures.Busy.TIMED_OUT), DatabaseFailures.busy(sql("57014")));
        assertEquals(Optional.empty(), DatabaseFailures.busy(sql("23505")));
    }
}

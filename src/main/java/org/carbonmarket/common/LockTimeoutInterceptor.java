package org.carbonmarket.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.carbonmarket.config.WriteConfig;

/**
 * Sets PostgreSQL's {@code lock_timeout} for the rest of the write's transaction: a statement that waits
 * longer for a lock fails (SQLState 55P03) instead of waiting out the transaction timeout.
 * {@code set_config(..., true)} is {@code set local}: the setting ends with the transaction, so the pooled
 * connection never carries it into the reads and imports it serves next.
 *
 * <p>Running inside the transaction, it also sees whether the transaction ended under the method's feet:
 * only the transaction timeout does that. It tells {@link TransactionTimeoutInterceptor}, which alone sees
 * the failure that the commit of a dead transaction then throws.
 */
@WriteTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300) // inside @Transactional's interceptor (200)
class LockTimeoutInterceptor {

    static final String TIMED_OUT = LockTimeoutInterceptor.class.getName() + ".timedOut";

    private final EntityManager entityManager;
    private final TransactionManager transactions;
    private final String lockTimeout;

    LockTimeoutInterceptor(EntityManager entityManager, TransactionManager transactions, WriteConfig config) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.lockTimeout = config.lockTimeout().toMillis() + "ms";
    }

    @AroundInvoke
    Object bound(InvocationContext invocation) throws Exception {
        entityManager.createNativeQuery("select set_config('lock_timeout', ?1, true)").setParameter(1, lockTimeout).getSingleResult();
        try {
            return invocation.proceed();
        } finally {
            if (endedMeanwhile()) {
                invocation.getContextData().put(TIMED_OUT, Boolean.TRUE);
            }
        }
    }

    private boolean endedMeanwhile() throws SystemException {
        int status = transactions.getStatus();
        return status == Status.STATUS_ROLLEDBACK || status == Status.STATUS_ROLLING_BACK;
    }
}

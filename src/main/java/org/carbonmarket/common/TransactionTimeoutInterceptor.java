package org.carbonmarket.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Names the failure of a write whose transaction timed out. Whatever the write was doing when the timeout
 * rolled its transaction back, the failure that reaches the caller is the commit's refusal of a transaction
 * that is no longer active, which says nothing about why; {@link LockTimeoutInterceptor} saw why.
 */
@WriteTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // outside @Transactional's interceptor (200), which commits
class TransactionTimeoutInterceptor {

    @AroundInvoke
    Object name(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (Boolean.TRUE.equals(invocation.getContextData().get(LockTimeoutInterceptor.TIMED_OUT))) {
                throw new TransactionTimedOutException(e);
            }
            throw e;
        }
    }
}

package org.carbonmarket.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A curator's single write, on a method that is {@code @Transactional} too: it waits for a database lock
 * at most {@code carbonmarket.writes.lock-timeout} ({@link LockTimeoutInterceptor}), and a transaction
 * that times out fails as a {@link TransactionTimedOutException} ({@link TransactionTimeoutInterceptor}),
 * so that both answer 503 rather than 500.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WriteTransaction {
}

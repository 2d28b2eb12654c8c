package org.carbonmarket.common;

/** A write's transaction ran past its timeout and was rolled back: nothing of it was stored. */
public class TransactionTimedOutException extends RuntimeException {

    public TransactionTimedOutException(Throwable cause) {
        super("The write's transaction timed out and was rolled back.", cause);
    }
}

package org.carbonmarket.common;

/** The request is larger than this endpoint accepts: too many bytes or too many rows. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}

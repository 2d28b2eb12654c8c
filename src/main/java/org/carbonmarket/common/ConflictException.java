package org.carbonmarket.common;

/** The request contradicts what is stored: a duplicate, or a change the current state forbids. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

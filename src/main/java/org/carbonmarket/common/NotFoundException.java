package org.carbonmarket.common;

/** A named resource does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }
}

package org.carbonmarket.curation;

/** The client changed a version it no longer holds: somebody else changed the row since it read it. */
public class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(String message) {
        super(message);
    }
}

package org.carbonmarket.api.error;

/** A change came without If-Match: we will not let it overwrite a version the client may never have seen. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This change needs an If-Match header with the ETag of the version it is based on; GET the resource to learn it.");
    }
}

package org.carbonmarket.curation;

import org.carbonmarket.common.Checks;

/**
 * Who makes a change, why, and which version of the row they based it on ({@code null}: any version,
 * as {@code If-Match: *} asks).
 */
public record Change(String actor, String comment, Long expectedVersion) {

    public static Change create(String actor, String comment) {
        return new Change(actor, comment, null);
    }

    /** A comment is required for every change: history without a reason is of little use to the next curator. */
    public void check(Checks checks) {
        checks.required("comment", comment, 2000);
    }

    public void requireVersionOf(Curated row, String what) {
        if (expectedVersion != null && expectedVersion != row.getVersion()) {
            throw new VersionMismatchException(what + " is at version " + row.getVersion() + ", not "
                    + expectedVersion + "; read it again and reapply the change");
        }
    }
}

package org.carbonmarket.curation;

import org.carbonmarket.common.Checks;

/** The writable fields of a curated row, as curators and dataset files give them. */
public interface Draft {

    /** Checks the fields on their own; whether what they refer to exists is the service's to check. */
    void check(Checks checks);
}

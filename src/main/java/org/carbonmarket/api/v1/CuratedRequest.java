package org.carbonmarket.api.v1;

import org.carbonmarket.curation.Draft;

/** The body that creates or replaces a curated resource: its writable fields and why the change is made. */
interface CuratedRequest<D extends Draft> {

    D toDraft();

    String comment();
}

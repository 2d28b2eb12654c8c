package org.carbonmarket.curation;

/** What a write did to one row. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED
}

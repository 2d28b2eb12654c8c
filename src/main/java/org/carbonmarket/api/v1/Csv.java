package org.carbonmarket.api.v1;

/** The CSV media type that every list and series also answers in. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }
}

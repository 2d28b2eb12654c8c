package org.carbonmarket.http;

/** The CSV media type that every list and series also answers in. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }
}

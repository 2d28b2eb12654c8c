package org.carbonmarket.http;

import java.util.List;

/** A page of a collection, as the HTTP layer writes it in other media types than JSON (see {@link CsvPageWriter}). */
public interface Page<T> {

    List<T> items();
}

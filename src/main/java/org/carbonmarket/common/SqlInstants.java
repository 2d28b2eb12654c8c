package org.carbonmarket.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The instant of a timestamptz that a native query answers, in whichever Java type the driver and Hibernate give it. */
public final class SqlInstants {

    private SqlInstants() {
    }

    public static Instant of(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}

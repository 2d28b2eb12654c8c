package org.carbonmarket.source;

import org.carbonmarket.common.CodedEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of a publication date is known. */
@Schema(enumeration = {"day", "month", "year", "unknown"})
public enum DatePrecision implements CodedEnum {
    DAY, MONTH, YEAR, UNKNOWN;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.carbonmarket.common.CodedEnumConverter<DatePrecision> {
    }
}

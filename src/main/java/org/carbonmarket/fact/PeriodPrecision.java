package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of a period's dates the source states. */
@Schema(enumeration = {"day", "month", "year"})
public enum PeriodPrecision implements CodedEnum {
    DAY, MONTH, YEAR;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.carbonmarket.common.CodedEnumConverter<PeriodPrecision> {
    }
}

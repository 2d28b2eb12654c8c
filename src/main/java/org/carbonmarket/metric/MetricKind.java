package org.carbonmarket.metric;

import org.carbonmarket.common.CodedEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of value a metric's facts hold. */
@Schema(enumeration = {"quantity", "share", "count", "rank", "date", "text"})
public enum MetricKind implements CodedEnum {
    QUANTITY, SHARE, COUNT, RANK, DATE, TEXT;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.carbonmarket.common.CodedEnumConverter<MetricKind> {
    }
}

package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.common.CodedEnumConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a fact's time means. A STATE holds at a reference time that lies within its period (a share, a level, a
 * rank, a cumulative total: "the coal share fell to 56.2%"); a FLOW is an amount over its period (tonnes traded in
 * 2023); a CHANGE is a change over its period from its baseline ("fell by 26.4% over the decade").
 */
@Schema(enumeration = {"state", "flow", "change"})
public enum TimeKind implements CodedEnum {
    STATE, FLOW, CHANGE;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnumConverter<TimeKind> {
    }
}

package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a published figure relates to the true value; "about 4.5 billion" is ABOUT, never rounded away. */
@Schema(enumeration = {"exact", "about", "more_than", "at_least", "less_than", "up_to"})
public enum Qualifier implements CodedEnum {
    EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, UP_TO;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.carbonmarket.common.CodedEnumConverter<Qualifier> {
    }
}

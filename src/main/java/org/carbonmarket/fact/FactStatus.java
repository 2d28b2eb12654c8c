package org.carbonmarket.fact;

import org.carbonmarket.common.CodedEnum;

/** Facts are never deleted: a wrong one is retired, with a reason, and stays readable by id. */
public enum FactStatus implements CodedEnum {
    PUBLISHED, RETIRED;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.carbonmarket.common.CodedEnumConverter<FactStatus> {
        public Converter() {
            super(FactStatus.class);
        }
    }
}

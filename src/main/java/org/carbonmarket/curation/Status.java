package org.carbonmarket.curation;

import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.common.CodedEnumConverter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Curated rows are never deleted: a wrong or obsolete one is retired, with a reason, and stays readable by id. */
@Schema(enumeration = {"published", "retired"})
public enum Status implements CodedEnum {
    PUBLISHED, RETIRED;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnumConverter<Status> {
    }
}

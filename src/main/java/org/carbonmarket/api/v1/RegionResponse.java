package org.carbonmarket.api.v1;

import java.util.List;
import org.carbonmarket.http.Language;
import org.carbonmarket.region.RegionDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A region that facts name: a country, a subdivision, a former state or an entity "
        + "without an ISO code, with the codes it came from and became, to join series across a border change.")
public record RegionResponse(
        @Schema(examples = "SUHH") String code,
        @Schema(enumeration = {"iso3166-1", "iso3166-2", "iso3166-3", "user-assigned"},
                description = "ISO 3166-1 alpha-2, ISO 3166-2, ISO 3166-3 (a former country) or user-assigned (no ISO code).")
        String system,
        @Schema(description = "In the language Accept-Language asks for (English or Simplified Chinese).",
                examples = "USSR (Union of Soviet Socialist Republics)") String name,
        @Schema(nullable = true, description = "Hanyu Pinyin, for Chinese regions.", examples = "Běijīng") String pinyin,
        @Schema(nullable = true, description = "When it began to exist as this entity: a year or a day, as known.",
                examples = "1922-12-30") String validFrom,
        @Schema(nullable = true, description = "When it ceased to; null while it exists.", examples = "1991-12-26") String validTo,
        @Schema(description = "The codes of the regions it came from.") List<String> predecessors,
        @Schema(description = "The codes of the regions it became.", examples = "[\"RU\", \"UA\", \"BY\"]") List<String> successors,
        @Schema(description = "The names sources give it, e.g. CDIAC-FF's.", examples = "[\"USSR\"]") List<String> sourceNames,
        @Schema(nullable = true) String note) {

    static RegionResponse from(RegionDetails region, Language language) {
        return new RegionResponse(region.code(), region.system(), language.pick(region.name(), region.nameZh()), region.pinyin(),
                region.validFrom(), region.validTo(), region.predecessors(), region.successors(), region.sourceNames(),
                region.note());
    }
}

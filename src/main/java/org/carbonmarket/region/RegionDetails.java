package org.carbonmarket.region;

import java.util.List;

/**
 * A region of the catalogue: its code and system, its names, when it existed as that entity (a year or a day, as
 * known), the codes it came from and became, and the names sources give it (CDIAC-FF's "CHINA (MAINLAND)").
 */
public record RegionDetails(String code, String system, String name, String nameZh, String pinyin, String validFrom,
        String validTo, List<String> predecessors, List<String> successors, List<String> sourceNames, String note) {
}

package org.carbonmarket.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.region.RegionDetails;
import org.carbonmarket.region.RegionRepository;

/**
 * Fills the regions catalogue from {@value #REGIONS} and the names CDIAC-FF gives its entities ({@value #CDIAC_NAMES}),
 * adding the regions it does not hold yet.
 */
@ApplicationScoped
class RegionCatalogue {

    static final String REGIONS = "datasets/regions/regions.csv";
    static final String CDIAC_NAMES = "datasets/regions/cdiac-entities.csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final RegionRepository regions;

    RegionCatalogue(RegionRepository regions) {
        this.regions = regions;
    }

    /** Adds the regions of the catalogue that are not stored yet; returns how many it holds. */
    @Transactional
    int load(byte[] catalogue) {
        var all = read(catalogue);
        all.forEach(regions::insertMissing);
        return all.size();
    }

    /** The catalogue's regions, each with the names CDIAC-FF gives it (as the import profile maps them). */
    static List<RegionDetails> read(byte[] catalogue) {
        Map<String, List<String>> names = new HashMap<>();
        CdiacProfile.REGIONS.forEach((name, code) -> names.computeIfAbsent(code, key -> new ArrayList<>()).add(name));
        return records(catalogue).stream().map(row -> new RegionDetails(row.get("code"), row.get("system"), row.get("name"),
                row.get("name_zh"), blankToNull(row.get("pinyin")), blankToNull(row.get("valid_from")),
                blankToNull(row.get("valid_to")), codes(row.get("predecessors")), codes(row.get("successors")),
                names.getOrDefault(row.get("code"), List.of()), blankToNull(row.get("note")))).toList();
    }

    private static List<CSVRecord> records(byte[] csv) {
        try (CSVParser parser = FORMAT.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable regions catalogue", e);
        }
    }

    private static List<String> codes(String spaced) {
        return spaced.isBlank() ? List.of() : List.of(spaced.strip().split(" "));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}

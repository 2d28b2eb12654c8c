package org.carbonmarket.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.PayloadTooLargeException;
import org.carbonmarket.fact.FactDraft;
import org.carbonmarket.metric.MetricDraft;
import org.carbonmarket.source.SourceDraft;

/**
 * Import profile {@value #NAME}: turns CDIAC-FF's national fossil-fuel CO2 file (as published by the
 * datahub.io dataset co2-fossil-by-nation) into every entity's annual emissions, total and by fuel, each under its
 * code of the regions catalogue. Values are kept exactly as published, in thousand metric tonnes of carbon (per
 * capita: metric tonnes of carbon per person), not converted to CO2; each fact quotes its line of the file.
 */
final class CdiacProfile {

    static final String NAME = "cdiac-fossil-co2";

    static final String HEADER = "Year,Country,Total,Solid Fuel,Liquid Fuel,Gas Fuel,Cement,Gas Flaring,Per Capita,Bunker fuels (Not in Total)";
    private static final String FILE = "data/fossil-fuel-co2-emissions-by-nation.csv";

    /** Every entity of the file by its name there, and the code of the regions catalogue it is served under. */
    static final Map<String, String> REGIONS = entities();

    static final SourceDraft SOURCE = new SourceDraft("cdiac-ff-fossil-co2-by-nation-1751-2020",
            "Global, Regional, and National Fossil-Fuel CO2 Emissions: 1751-2020",
            "CDIAC-FF, Research Institute for Environment, Energy, and Economics, Appalachian State University",
            "datahub.io core dataset co2-fossil-by-nation",
            new SourceDraft.Published(LocalDate.of(2023, 1, 1), "year"), "en", null,
            "https://github.com/datasets/co2-fossil-by-nation/blob/8545c9bec352c31960bf9340a38fce81cd44a8df/" + FILE,
            "Open Data Commons Public Domain Dedication and License v1.0 (ODC-PDDL-1.0). Requested citation: Hefner, M., "
                    + "and G. Marland. 2023. Global, Regional, and National Fossil-Fuel CO2 Emissions: 1751-2020. CDIAC-FF, "
                    + "Research Institute for Environment, Energy, and Economics, Appalachian State University.",
            List.of("XW"), // every nation: the world
            "Values are in thousand metric tonnes of carbon (per capita: metric tonnes of carbon per person), not CO2, "
                    + "although the dataset's datapackage.json says million; the service converts carbon to CO2 on request "
                    + "with the ratio of molar masses 44/12 (CDIAC multiplies by 3.664). Each entity of the file is a region "
                    + "of the regions catalogue (datasets/regions/cdiac-entities.csv): China is CHINA (MAINLAND), which "
                    + "excludes Hong Kong, Macau and Taiwan; former states keep ISO 3166-3 codes (USSR: SUHH).");

    /** The file's value columns and the metric each becomes. */
    private record Column(String header, MetricDraft metric) {
    }

    private static final List<Column> COLUMNS = List.of(
            column("Total", "total", "Carbon in fossil-fuel CO2 emissions, total (kt C, not CO2)",
                    "Carbon dioxide emitted from fossil-fuel burning, cement production and gas flaring, counted as carbon.",
                    "化石燃料二氧化碳排放中的碳,总量(千吨碳,非二氧化碳)"),
            column("Solid Fuel", "solid-fuel", "Carbon in CO2 emissions from solid fuel (kt C, not CO2)",
                    "Carbon dioxide emitted from burning solid fuels (chiefly coal), counted as carbon.",
                    "固体燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)"),
            column("Liquid Fuel", "liquid-fuel", "Carbon in CO2 emissions from liquid fuel (kt C, not CO2)",
                    "Carbon dioxide emitted from burning liquid fuels (chiefly oil), counted as carbon.",
                    "液体燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)"),
            column("Gas Fuel", "gas-fuel", "Carbon in CO2 emissions from gas fuel (kt C, not CO2)",
                    "Carbon dioxide emitted from burning natural gas, counted as carbon.",
                    "气体燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)"),
            column("Cement", "cement", "Carbon in CO2 emissions from cement production (kt C, not CO2)",
                    "Carbon dioxide emitted by cement production, counted as carbon.",
                    "水泥生产二氧化碳排放中的碳(千吨碳,非二氧化碳)"),
            column("Gas Flaring", "gas-flaring", "Carbon in CO2 emissions from gas flaring (kt C, not CO2)",
                    "Carbon dioxide emitted by flaring natural gas, counted as carbon.",
                    "天然气火炬燃烧二氧化碳排放中的碳(千吨碳,非二氧化碳)"),
            new Column("Per Capita", new MetricDraft("emissions.fossil-co2.per-capita",
                    "Carbon in fossil-fuel CO2 emissions per person (t C, not CO2)",
                    "Total fossil-fuel carbon dioxide emissions divided by population, counted as carbon.",
                    "emissions", "t C per person", "quantity", "人均化石燃料二氧化碳排放中的碳(吨碳,非二氧化碳)", null)),
            column("Bunker fuels (Not in Total)", "bunker-fuels", "Carbon in CO2 emissions from bunker fuels (kt C, not CO2)",
                    "Carbon dioxide emitted by international aviation and shipping fuels sold in the country, counted as "
                            + "carbon; not part of the total.",
                    "国际航空和航运燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)"));

    private CdiacProfile() {
    }

    private static Map<String, String> entities() {
        try (InputStream in = CdiacProfile.class.getClassLoader().getResourceAsStream(RegionCatalogue.CDIAC_NAMES);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> regions = new TreeMap<>();
            parser.forEach(row -> regions.put(row.get("cdiac_name"), row.get("code")));
            return Collections.unmodifiableMap(regions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CDIAC entities of the regions catalogue", e);
        }
    }

    private static Column column(String header, String code, String name, String description, String nameZh) {
        return new Column(header, new MetricDraft("emissions.fossil-co2." + code, name, description, "emissions", "kt C", "quantity",
                nameZh, null));
    }

    /** Reads the file a line at a time: each line's facts go to the intake under that line. */
    static ParsedImport parse(Reader input, int maxRows, FactIntake intake) {
        BufferedReader reader = new BufferedReader(input);
        int rows = 0;
        try {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new InvalidRequestException("header", "must be exactly: " + HEADER);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (++rows > maxRows) {
                    throw new PayloadTooLargeException("The import has more than " + maxRows + " rows.");
                }
                CSVRecord record = CSVParser.parse(line, CSVFormat.RFC4180).getRecords().get(0);
                if (record.size() != COLUMNS.size() + 2) {
                    intake.reject(lineNumber, List.of("is not a line of the CDIAC national file"));
                    continue;
                }
                String region = REGIONS.get(record.get(1));
                if (region == null) {
                    // No entity is dropped silently: one the catalogue does not map is a rejected row.
                    intake.reject(lineNumber, List.of("Country: '" + record.get(1)
                            + "' is no entity of the regions catalogue (datasets/regions/cdiac-entities.csv)"));
                    continue;
                }
                addFacts(record, region, line, lineNumber, intake);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("body", "is not readable CSV: " + FactCsv.readable(e));
        }
        var metrics = COLUMNS.stream().map(Column::metric).toList();
        return new ParsedImport(new Dataset(null, List.of(SOURCE), metrics, null), rows);
    }

    private static void addFacts(CSVRecord record, String region, String line, int lineNumber, FactIntake intake) {
        int year;
        try {
            year = Integer.parseInt(record.get(0));
        } catch (NumberFormatException e) {
            intake.reject(lineNumber, List.of("Year: must be a year"));
            return;
        }
        var period = new FactDraft.PeriodDraft(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", Integer.toString(year),
                false, null);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            String cell = record.get(i + 2);
            if (cell.isEmpty()) {
                continue; // the file leaves a value out where it has none, e.g. gas flaring for China before 1971 and after 2013
            }
            BigDecimal value;
            try {
                value = new BigDecimal(cell);
            } catch (NumberFormatException e) {
                intake.reject(lineNumber, List.of(column.header() + ": must be a number"));
                continue;
            }
            // Emissions of a year, and emissions per person in a year: flows.
            intake.add(lineNumber, new FactDraft(null, column.metric().code(), SOURCE.id(), value, null, column.metric().unit(), "exact", null,
                    region, "flow", period, null, null, line, FILE + ", line " + lineNumber + ", column \"" + column.header() + "\"",
                    null));
        }
    }
}

package org.carbonmarket.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * datahub.io dataset co2-fossil-by-nation) into China's annual emissions, total and by fuel. Values are kept
 * exactly as published, in thousand metric tonnes of carbon (per capita: metric tonnes of carbon per person),
 * not converted to CO2; each fact quotes its line of the file.
 */
final class CdiacProfile {

    static final String NAME = "cdiac-fossil-co2";

    static final String HEADER = "Year,Country,Total,Solid Fuel,Liquid Fuel,Gas Fuel,Cement,Gas Flaring,Per Capita,Bunker fuels (Not in Total)";
    private static final String CHINA = "CHINA (MAINLAND)";
    private static final String FILE = "data/fossil-fuel-co2-emissions-by-nation.csv";

    static final SourceDraft SOURCE = new SourceDraft("cdiac-ff-fossil-co2-by-nation-1751-2020",
            "Global, Regional, and National Fossil-Fuel CO2 Emissions: 1751-2020",
            "CDIAC-FF, Research Institute for Environment, Energy, and Economics, Appalachian State University",
            "datahub.io core dataset co2-fossil-by-nation",
            new SourceDraft.Published(LocalDate.of(2023, 1, 1), "year"), "en", null,
            "https://github.com/datasets/co2-fossil-by-nation/blob/8545c9bec352c31960bf9340a38fce81cd44a8df/" + FILE,
            "Open Data Commons Public Domain Dedication and License v1.0 (ODC-PDDL-1.0). Requested citation: Hefner, M., "
                    + "and G. Marland. 2023. Global, Regional, and National Fossil-Fuel CO2 Emissions: 1751-2020. CDIAC-FF, "
                    + "Research Institute for Environment, Energy, and Economics, Appalachian State University.",
            List.of("CN"),
            "Values are in thousand metric tonnes of carbon (per capita: metric tonnes of carbon per person), although the "
                    + "dataset's datapackage.json says million; multiply by 3.664 for CO2. China is the entity CHINA (MAINLAND), "
                    + "which excludes Hong Kong, Macau and Taiwan.");

    /** The file's value columns and the metric each becomes. */
    private record Column(String header, MetricDraft metric) {
    }

    private static final List<Column> COLUMNS = List.of(
            column("Total", "total", "Total fossil-fuel CO2 emissions (as carbon)",
                    "Carbon dioxide emitted from fossil-fuel burning, cement production and gas flaring, counted as carbon.",
                    "化石燃料二氧化碳排放总量(以碳计)"),
            column("Solid Fuel", "solid-fuel", "CO2 emissions from solid fuel (as carbon)",
                    "Carbon dioxide emitted from burning solid fuels (chiefly coal), counted as carbon.",
                    "固体燃料二氧化碳排放量(以碳计)"),
            column("Liquid Fuel", "liquid-fuel", "CO2 emissions from liquid fuel (as carbon)",
                    "Carbon dioxide emitted from burning liquid fuels (chiefly oil), counted as carbon.",
                    "液体燃料二氧化碳排放量(以碳计)"),
            column("Gas Fuel", "gas-fuel", "CO2 emissions from gas fuel (as carbon)",
                    "Carbon dioxide emitted from burning natural gas, counted as carbon.",
                    "气体燃料二氧化碳排放量(以碳计)"),
            column("Cement", "cement", "CO2 emissions from cement production (as carbon)",
                    "Carbon dioxide emitted by cement production, counted as carbon.",
                    "水泥生产二氧化碳排放量(以碳计)"),
            column("Gas Flaring", "gas-flaring", "CO2 emissions from gas flaring (as carbon)",
                    "Carbon dioxide emitted by flaring natural gas, counted as carbon.",
                    "天然气火炬燃烧二氧化碳排放量(以碳计)"),
            new Column("Per Capita", new MetricDraft("emissions.fossil-co2.per-capita",
                    "Fossil-fuel CO2 emissions per person (as carbon)",
                    "Total fossil-fuel carbon dioxide emissions divided by population, counted as carbon.",
                    "emissions", "t C per person", "quantity", "化石燃料人均二氧化碳排放量(以碳计)", null)),
            column("Bunker fuels (Not in Total)", "bunker-fuels", "CO2 emissions from bunker fuels (as carbon)",
                    "Carbon dioxide emitted by international aviation and shipping fuels sold in the country, counted as "
                            + "carbon; not part of the total.",
                    "国际航空和航运燃料二氧化碳排放量(以碳计)"));

    private CdiacProfile() {
    }

    private static Column column(String header, String code, String name, String description, String nameZh) {
        return new Column(header, new MetricDraft("emissions.fossil-co2." + code, name, description, "emissions", "kt C", "quantity",
                nameZh, null));
    }

    static ParsedImport parse(Reader input, int maxRows) {
        BufferedReader reader = new BufferedReader(input);
        List<FactDraft> facts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
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
                if (!line.contains(CHINA)) {
                    continue; // other nations are read, counted and left out
                }
                CSVRecord record = CSVParser.parse(line, CSVFormat.RFC4180).getRecords().get(0);
                if (record.size() != COLUMNS.size() + 2 || !CHINA.equals(record.get(1))) {
                    errors.add(new RowError(lineNumber, null, List.of("is not a line of the CDIAC national file")));
                    continue;
                }
                addFacts(record, line, lineNumber, facts, lines, errors);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("body", "is not readable CSV: " + FactCsv.readable(e));
        }
        var metrics = COLUMNS.stream().map(Column::metric).toList();
        return new ParsedImport(new Dataset(List.of(), List.of(SOURCE), metrics, facts), rows, lines, errors);
    }

    private static void addFacts(CSVRecord record, String line, int lineNumber, List<FactDraft> facts, List<Integer> lines,
            List<RowError> errors) {
        int year;
        try {
            year = Integer.parseInt(record.get(0));
        } catch (NumberFormatException e) {
            errors.add(new RowError(lineNumber, null, List.of("Year: must be a year")));
            return;
        }
        var period = new FactDraft.PeriodDraft(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", Integer.toString(year),
                false, null);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            String cell = record.get(i + 2);
            if (cell.isEmpty()) {
                continue; // the file leaves a value out where it has none, e.g. gas flaring for China
            }
            BigDecimal value;
            try {
                value = new BigDecimal(cell);
            } catch (NumberFormatException e) {
                errors.add(new RowError(lineNumber, null, List.of(column.header() + ": must be a number")));
                continue;
            }
            // Emissions of a year, and emissions per person in a year: flows.
            facts.add(new FactDraft(null, column.metric().code(), SOURCE.id(), value, null, column.metric().unit(), "exact", null,
                    "CN", "flow", period, null, null, line, FILE + ", line " + lineNumber + ", column \"" + column.header() + "\"",
                    null));
            lines.add(lineNumber);
        }
    }
}

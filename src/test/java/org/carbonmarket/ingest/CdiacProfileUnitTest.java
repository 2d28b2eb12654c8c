package org.carbonmarket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.PayloadTooLargeException;
import org.carbonmarket.fact.FactDraft;
import org.carbonmarket.metric.MetricDraft;
import org.junit.jupiter.api.Test;

/** CDIAC-FF's national file, a few lines of it: China's lines become facts exactly as published, others are counted. */
class CdiacProfileUnitTest {

    private static final String CHILE_2020 = "2020,CHILE,22077,6876,11745,3014,439,3,1.149422635490304,357";
    private static final String CHINA_1971 = "1971,CHINA (MAINLAND),239060,200990,32776,1958,3121,216,0.2868894985408056,0";
    private static final String CHINA_2020 = "2020,CHINA (MAINLAND),2915650,2095946,415680,184627,219397,,2.047509753915947,13570";
    private static final String FILE = "data/fossil-fuel-co2-emissions-by-nation.csv";

    private static ReadBody parse(String... lines) {
        return read(String.join("\n", lines) + "\n", 100);
    }

    private static ReadBody read(String csv, int maxRows) {
        return ReadBody.of(intake -> CdiacProfile.parse(new StringReader(csv), maxRows, intake));
    }

    @Test
    void makesAFactOfEveryValueOfEveryNationsLines() {
        ReadBody parsed = parse(CdiacProfile.HEADER, CHILE_2020, CHINA_1971, CHINA_2020);
        assertEquals(3, parsed.rowsRead());
        List<FactDraft> facts = parsed.facts();
        int chile = (int) List.of(CHILE_2020.split(",", -1)).subList(2, 10).stream().filter(cell -> !cell.isEmpty()).count();
        assertEquals(chile + 8 + 7, facts.size(), "2020 gives China no gas flaring: an empty cell is no value");
        assertEquals(List.of(), parsed.errors());
        assertEquals("CL", facts.get(0).region(), "Chile is served under its ISO 3166-1 code");

        assertEquals(new FactDraft(null, "emissions.fossil-co2.total", "cdiac-ff-fossil-co2-by-nation-1751-2020",
                new BigDecimal("2915650"), null, "kt C", "exact", null, "CN", "flow", new FactDraft.PeriodDraft(LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 12, 31), "year", "2020", false, null), null, null, CHINA_2020,
                FILE + ", line 4, column \"Total\"", null), facts.get(chile + 8));
        assertEquals(List.of("emissions.fossil-co2.total", "emissions.fossil-co2.solid-fuel", "emissions.fossil-co2.liquid-fuel",
                "emissions.fossil-co2.gas-fuel", "emissions.fossil-co2.cement", "emissions.fossil-co2.per-capita",
                "emissions.fossil-co2.bunker-fuels"), facts.subList(chile + 8, chile + 15).stream().map(FactDraft::metric).toList());
    }

    @Test
    void servesFormerStatesUnderTheirIso3166Dash3CodesAndRejectsAnUnknownEntity() {
        ReadBody parsed = parse(CdiacProfile.HEADER, "1950,USSR,1,1,0,0,0,,,0", "1950,ATLANTIS,1,1,0,0,0,,,0");
        assertEquals("SUHH", parsed.facts().get(0).region());
        assertEquals(List.of(new RowError(3, null, List.of("Country: 'ATLANTIS' is no entity of the regions catalogue "
                + "(datasets/regions/cdiac-entities.csv)"))), parsed.errors());
    }

    @Test
    void keepsTheDigitsAndUnitsAsPublished() {
        List<FactDraft> facts = parse(CdiacProfile.HEADER, CHINA_1971).facts();
        assertEquals(List.of("239060", "200990", "32776", "1958", "3121", "216", "0.2868894985408056", "0"),
                facts.stream().map(fact -> fact.value().toPlainString()).toList());
        assertEquals(List.of("kt C", "kt C", "kt C", "kt C", "kt C", "kt C", "t C per person", "kt C"),
                facts.stream().map(FactDraft::unit).toList());
        assertEquals(FILE + ", line 2, column \"Gas Flaring\"", facts.get(5).locator());
        assertEquals(FILE + ", line 2, column \"Bunker fuels (Not in Total)\"", facts.get(7).locator());
    }

    @Test
    void bringsItsSourceAndTheMetricOfEachColumn() {
        ReadBody read = parse(CdiacProfile.HEADER);
        Dataset dataset = read.catalogue();
        assertEquals(List.of(CdiacProfile.SOURCE), dataset.sources());
        assertEquals("https://github.com/datasets/co2-fossil-by-nation/blob/8545c9bec352c31960bf9340a38fce81cd44a8df/" + FILE,
                dataset.sources().get(0).retrievedFrom());
        assertEquals(List.of("emissions.fossil-co2.total", "emissions.fossil-co2.solid-fuel", "emissions.fossil-co2.liquid-fuel",
                        "emissions.fossil-co2.gas-fuel", "emissions.fossil-co2.cement", "emissions.fossil-co2.gas-flaring",
                        "emissions.fossil-co2.per-capita", "emissions.fossil-co2.bunker-fuels"),
                dataset.metrics().stream().map(MetricDraft::code).toList());
        assertTrue(dataset.metrics().stream().allMatch(metric -> metric.topic().equals("emissions") && metric.kind().equals("quantity")));
        assertEquals(List.of(), read.facts());
    }

    @Test
    void rejectsEachBadLineWithItsLine() {
        ReadBody parsed = parse(CdiacProfile.HEADER,
                "19x1,CHINA (MAINLAND),1,1,0,0,0,,,0",
                "1972,CHINA (MAINLAND),many,1,0,0,0,,,0",
                "1973,CHINA (MAINLAND),1,1",
                CHINA_1971);
        assertEquals(List.of(
                new RowError(2, null, List.of("Year: must be a year")),
                new RowError(3, null, List.of("Total: must be a number")),
                new RowError(4, null, List.of("is not a line of the CDIAC national file"))), parsed.errors());
        // The rest of a line with one bad cell is still read, so that one import reports every problem.
        assertEquals(List.of(3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5), parsed.lines());
    }

    @Test
    void refusesAnotherFilesHeader() {
        var refused = assertThrows(InvalidRequestException.class, () -> parse("Year,Country,Total"));
        assertEquals(List.of(new Violation("header", "must be exactly: " + CdiacProfile.HEADER)), refused.violations());
        assertThrows(InvalidRequestException.class, () -> read("", 100));
    }

    @Test
    void countsEveryNationsLinesAgainstTheLimit() {
        String csv = String.join("\n", CdiacProfile.HEADER, CHILE_2020, CHILE_2020, CHILE_2020) + "\n";
        assertEquals(3, read(csv, 3).rowsRead());
        var tooMany = assertThrows(PayloadTooLargeException.class, () -> read(csv, 2));
        assertEquals("The import has more than 2 rows.", tooMany.getMessage());
    }
}

package org.carbonmarket.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decimal conversion between scales of one family: exact where the decimal ends, 34 digits where it does not. */
class UnitsUnitTest {

    @ParameterizedTest(name = "{0} {1} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            4500000000  | t CO2/year      | Gt   | 4.5         | Gt CO2/year
            4500000000  | t CO2/year      | Mt   | 4500        | Mt CO2/year
            4.5         | Gt CO2/year     | t    | 4500000000  | t CO2/year
            696000000   | t               | Mt   | 696         | Mt
            1           | kt C            | t    | 1000        | t C
            2915650     | kt C            | Mt   | 2915.65     | Mt C
            100000000000 | kWh            | TWh  | 100         | TWh
            0.5         | GWh             | MWh  | 500         | MWh
            15          | mu              | ha   | 1           | ha
            1           | ha              | mu   | 15          | mu
            100         | ha              | km²  | 1           | km²
            3000000000  | t CO2e/year     | Gt   | 3           | Gt CO2e/year
            24.020      | t               | t    | 24.02       | t
            0           | Mt              | t    | 0           | t
            -1.5        | Mt              | kt   | -1500       | kt
            """)
    void convertsExactlyWhereTheDecimalEnds(String value, String unit, String target, String expected, String expectedUnit) {
        var converted = Units.convert(new BigDecimal(value), unit, target);
        assertEquals(new Units.Converted(new BigDecimal(expected), expectedUnit, true), converted);
        assertEquals(expected, converted.value().toPlainString(), "the digits, without trailing zeros or an exponent");
    }

    @Test
    void neverWritesAnExponent() {
        var converted = Units.convert(new BigDecimal("4.5"), "Gt", "t");
        assertEquals("4500000000", converted.value().toString());
        assertEquals(0, converted.value().scale());
    }

    @Test
    void roundsANonTerminatingQuotientTo34DigitsAndSaysSo() {
        // 278,000,000 mu x 10000/15 m² per mu / 1,000,000 m² per km² = 185,333.33... km²
        assertEquals(new Units.Converted(new BigDecimal("185333.3333333333333333333333333333"), "km²", false),
                Units.convert(new BigDecimal("278000000"), "mu", "km²"));
        assertEquals(new Units.Converted(new BigDecimal("18533333.33333333333333333333333333"), "ha", false),
                Units.convert(new BigDecimal("278000000"), "mu", "ha"));
        assertEquals(34, Units.convert(BigDecimal.ONE, "mu", "ha").value().precision());
        assertEquals(new Units.Converted(new BigDecimal("1500"), "mu", true), Units.convert(BigDecimal.ONE, "km²", "mu"));
    }

    @Test
    void knowsTheScalesAndTheirSpellings() {
        assertEquals(Optional.of("km²"), Units.scale("km²"));
        assertEquals(Optional.of("km²"), Units.scale("km2"));
        assertEquals(Optional.of("Mt"), Units.scale("Mt"));
        assertEquals(Optional.empty(), Units.scale("mt"), "scales are case-sensitive: mt is not Mt");
        assertEquals(Optional.empty(), Units.scale("furlong"));
        assertEquals(List.of("t", "kt", "Mt", "Gt", "kWh", "MWh", "GWh", "TWh", "mu", "ha", "km²", "t CO2", "kt CO2", "Mt CO2",
                "Gt CO2"), Units.SCALE_NAMES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            t CO2/year        | t, kt, Mt, Gt
            kt C              | t, kt, Mt, Gt, t CO2, kt CO2, Mt CO2, Gt CO2
            t/year            | t, kt, Mt, Gt
            MWh               | kWh, MWh, GWh, TWh
            mu                | mu, ha, km²
            CNY               | ''
            CNY/t             | ''
            %                 | ''
            t C per person    | t, kt, Mt, Gt, t CO2, kt CO2, Mt CO2, Gt CO2
            tonnes            | ''
            """)
    void namesTheScalesAUnitConvertsTo(String unit, String scales) {
        assertEquals(scales.isEmpty() ? List.of() : List.of(scales.split(", ")), Units.compatible(unit));
    }

    @Test
    void convertsNothingWithoutAUnit() {
        assertEquals(List.of(), Units.compatible(null));
    }

    @Test
    void refusesWhatDoesNotConvert() {
        assertEquals("CNY converts to nothing",
                assertThrows(IllegalArgumentException.class, () -> Units.convert(BigDecimal.ONE, "CNY", "t")).getMessage());
        assertEquals("t CO2/year does not convert to kWh",
                assertThrows(IllegalArgumentException.class, () -> Units.convert(BigDecimal.ONE, "t CO2/year", "kWh")).getMessage());
        assertEquals("t does not convert to furlong",
                assertThrows(IllegalArgumentException.class, () -> Units.convert(BigDecimal.ONE, "t", "furlong")).getMessage());
    }

    @Test
    void convertsCarbonToTheMassOfItsCo2WithTheRatioOfMolarMasses() {
        // China 2020: 2,915,650 kt C is 10,690,716.67 kt CO2 (44/12 is 11/3, which no decimal states exactly).
        assertEquals(new Units.Converted(new BigDecimal("10690716.66666666666666666666666667"), "kt CO2", false),
                Units.convert(new BigDecimal("2915650"), "kt C", "kt CO2"));
        assertEquals(new Units.Converted(new BigDecimal("11"), "t CO2", true), Units.convert(new BigDecimal("3"), "t C", "t CO2"));
        assertEquals(new Units.Converted(new BigDecimal("11"), "t CO2 per person", true),
                Units.convert(new BigDecimal("3"), "t C per person", "t CO2"));
        assertEquals(List.of(), Units.compatible("t CO2/year").stream().filter(unit -> unit.endsWith("CO2")).toList(),
                "CO2 is never converted to CO2 again");
    }
}

package org.carbonmarket.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts values between units of one family (mass, energy, area) with decimal arithmetic. A unit as
 * published is a scale followed by what is measured ("t CO2/year" is the scale t and " CO2/year"); only
 * the scale changes, except that a mass of carbon ("kt C") converts to the mass of the CO2 it is in ("t CO2") when
 * that is asked for: times 44/12, the ratio of the molar masses of CO2 and carbon (CDIAC's documentation
 * rounds it to 3.664). Currencies and every other unit stay as published.
 */
public final class Units {

    /** A scale's size in its family's base unit, as the exact fraction numerator / denominator. */
    private record Scale(String family, BigDecimal numerator, BigDecimal denominator) {
    }

    private static final Map<String, Scale> SCALES = new LinkedHashMap<>();

    static {
        mass("t", "1");
        mass("kt", "1000");
        mass("Mt", "1000000");
        mass("Gt", "1000000000");
        energy("kWh", "1");
        energy("MWh", "1000");
        energy("GWh", "1000000");
        energy("TWh", "1000000000");
        SCALES.put("mu", new Scale("area", new BigDecimal("10000"), new BigDecimal("15"))); // 1 mu = 10000/15 m²
        SCALES.put("ha", new Scale("area", new BigDecimal("10000"), BigDecimal.ONE));
        SCALES.put("km²", new Scale("area", new BigDecimal("1000000"), BigDecimal.ONE));
    }

    /** What a mass of carbon is measured as, and what it converts to. */
    private static final String CARBON = " C";
    private static final String CO2 = " CO2";

    /** The molar masses of CO2 and of carbon, in g/mol: a mass of carbon times 44/12 is the mass of its CO2. */
    private static final BigDecimal CO2_PER_CARBON_NUMERATOR = new BigDecimal("44");
    private static final BigDecimal CO2_PER_CARBON_DENOMINATOR = new BigDecimal("12");

    /** Every unit a client may name in a {@code unit} parameter: the scales, and the masses of CO2 carbon converts to. */
    public static final List<String> SCALE_NAMES = List.of("t", "kt", "Mt", "Gt", "kWh", "MWh", "GWh", "TWh", "mu", "ha", "km²",
            "t CO2", "kt CO2", "Mt CO2", "Gt CO2");

    /** Spellings a client may type for a scale. */
    private static final Map<String, String> ALIASES = Map.of("km2", "km²");

    private Units() {
    }

    private static void mass(String name, String tonnes) {
        SCALES.put(name, new Scale("mass", new BigDecimal(tonnes), BigDecimal.ONE));
    }

    private static void energy(String name, String kilowattHours) {
        SCALES.put(name, new Scale("energy", new BigDecimal(kilowattHours), BigDecimal.ONE));
    }

    /** A value in a new unit; {@code exact} is false when the decimal had to be rounded (to 34 digits). */
    public record Converted(BigDecimal value, String unit, boolean exact) {
    }

    /** The unit a client asked for, in its canonical spelling, if it is one we know. */
    public static Optional<String> scale(String requested) {
        String name = ALIASES.getOrDefault(requested, requested);
        return SCALE_NAMES.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** The units a value in {@code unit} converts to; empty when it converts to nothing. */
    public static List<String> compatible(String unit) {
        return leadingScale(unit)
                .map(scale -> {
                    List<String> scales = SCALES.entrySet().stream()
                            .filter(entry -> entry.getValue().family().equals(SCALES.get(scale).family()))
                            .map(Map.Entry::getKey).toList();
                    if (!isCarbon(unit, scale)) {
                        return scales;
                    }
                    var withCo2 = new ArrayList<>(scales);
                    scales.forEach(mass -> withCo2.add(mass + CO2));
                    return List.copyOf(withCo2);
                })
                .orElse(List.of());
    }

    /** Converts {@code value} in {@code unit} to {@code target}, which must be compatible (see {@link #compatible}). */
    public static Converted convert(BigDecimal value, String unit, String target) {
        String from = leadingScale(unit).orElseThrow(() -> new IllegalArgumentException(unit + " converts to nothing"));
        if (!compatible(unit).contains(target)) {
            throw new IllegalArgumentException(unit + " does not convert to " + target);
        }
        boolean toCo2 = target.endsWith(CO2);
        String scale = toCo2 ? target.substring(0, target.length() - CO2.length()) : target;
        Scale source = SCALES.get(from);
        Scale goal = SCALES.get(scale);
        String measured = unit.substring(from.length());
        String converted = scale + (toCo2 ? CO2 + measured.substring(CARBON.length()) : measured);
        BigDecimal numerator = value.multiply(source.numerator()).multiply(goal.denominator());
        BigDecimal denominator = source.denominator().multiply(goal.numerator());
        if (toCo2) {
            numerator = numerator.multiply(CO2_PER_CARBON_NUMERATOR);
            denominator = denominator.multiply(CO2_PER_CARBON_DENOMINATOR);
        }
        try {
            return new Converted(plain(numerator.divide(denominator)), converted, true);
        } catch (ArithmeticException nonTerminating) {
            return new Converted(plain(numerator.divide(denominator, MathContext.DECIMAL128)), converted, false);
        }
    }

    /** Drops trailing zeros that the arithmetic added, without turning 4500000 into 4.5E+6. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A mass of carbon: a mass scale followed by " C", alone or per something ("t C per person"). */
    private static boolean isCarbon(String unit, String scale) {
        String measured = unit.substring(scale.length());
        return SCALES.get(scale).family().equals("mass") && (measured.equals(CARBON) || measured.startsWith(CARBON + " ")
                || measured.startsWith(CARBON + "/"));
    }

    private static Optional<String> leadingScale(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        int end = 0;
        while (end < unit.length() && unit.charAt(end) != ' ' && unit.charAt(end) != '/') {
            end++;
        }
        String scale = unit.substring(0, end);
        return SCALES.containsKey(scale) ? Optional.of(scale) : Optional.empty();
    }
}

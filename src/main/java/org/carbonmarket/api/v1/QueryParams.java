package org.carbonmarket.api.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.common.Window;
import org.carbonmarket.fact.FactSort;
import org.carbonmarket.unit.Units;

/**
 * Parses query parameters from their raw text, collecting every problem so that one 400 names all
 * the bad parameters at once. Parameters arrive as strings so that "abc" for a number is our 400,
 * not the framework's.
 */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final Checks checks = new Checks();

    /** The instant of a read that takes no other parameter; {@code null} (now) when absent. */
    static Instant at(AsOfParam asOf) {
        var params = new QueryParams();
        Instant at = params.asOf(asOf);
        params.validate();
        return at;
    }

    /** A page by number, whose items lie within {@link Window#MAX_DEPTH}. */
    Window page(Paging raw) {
        int page = integer("page", raw.page, 1, 1, Window.MAX_DEPTH);
        int size = size(raw);
        if ((long) page * size > Window.MAX_DEPTH) {
            checks.that("page", false, "reaches beyond item " + Window.MAX_DEPTH + " (page × size): follow the next link's cursor "
                    + "from an earlier page instead");
            return Window.page(1, size);
        }
        return Window.page(page, size);
    }

    int size(Paging raw) {
        return integer("size", raw.size(), DEFAULT_SIZE, 1, raw.maxSize());
    }

    /** An instant such as {@code 2026-11-30T09:00:00Z}; {@code null} (now) when absent. */
    Instant asOf(AsOfParam raw) {
        return instant("asOf", raw.asOf);
    }

    /** An instant within years 1 to 9999, which PostgreSQL's timestamps and ISO 8601's plain form both hold. */
    Instant instant(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            Instant instant = Instant.parse(raw);
            if (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // reported below, like an instant out of range
        }
        checks.that(name, false, "must be an instant such as 2026-11-30T09:00:00Z, from " + EARLIEST + " to " + LATEST);
        return null;
    }

    /** A unit scale to convert values to (t, kt, Mt, Gt, kWh, MWh, GWh, TWh, mu, ha, km²); {@code null} keeps them as published. */
    String unit(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var scale = Units.scale(raw.strip());
        if (scale.isEmpty()) {
            checks.that("unit", false, "must be one of " + String.join(", ", Units.SCALE_NAMES));
        }
        return scale.orElse(null);
    }

    /** {@code true} or {@code false}; absent is false. */
    boolean flag(String name, String raw) {
        checks.that(name, raw == null || raw.equals("true") || raw.equals("false"), "must be true or false");
        return "true".equals(raw);
    }

    /** A rule between two parameters, such as "sort by relevance needs q". */
    void require(boolean condition, String name, String message) {
        checks.that(name, condition, message);
    }

    /** A valid page request and the instant it answers for ({@code null}: now). */
    record Listing(Window window, Instant at) {
    }

    LocalDate date(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            checks.that(name, false, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            checks.that("from", false, "must not be after 'to'");
        }
    }

    String region(String raw) {
        if (raw != null && !Checks.REGION.matcher(raw).matches()) {
            checks.that("region", false, "must be a region code: ISO 3166-1 (CN), ISO 3166-2 (CN-BJ) or four letters (ISO 3166-3: SUHH)");
        }
        return raw;
    }

    String text(String name, String raw, int maxLength) {
        if (raw != null && raw.length() > maxLength) {
            checks.that(name, false, "must be at most " + maxLength + " characters");
        }
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** {@code period,-value}: comma-separated fields, each descending when prefixed with '-'. */
    List<FactSort.Order> sort(String raw) {
        List<FactSort.Order> orders = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return orders;
        }
        for (String term : raw.split(",", -1)) {
            boolean descending = term.startsWith("-");
            String field = descending ? term.substring(1) : term;
            try {
                orders.add(new FactSort.Order(CodedEnum.fromCode(FactSort.class, field), descending));
            } catch (IllegalArgumentException e) {
                checks.that("sort", false, "unknown sort field '" + field + "'; sortable: "
                        + String.join(", ", CodedEnum.codes(FactSort.class)));
            }
        }
        return orders;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Throws the collected problems, if any. */
    void validate() {
        checks.throwIfAny();
    }

    /**
     * The problems collected so far, for a service to add those only it can find (a topic that does not exist) and
     * answer all of them in one 400.
     */
    Checks checks() {
        return checks;
    }

    int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        checks.that(name, false, "must be an integer between " + min + " and " + max);
        return fallback;
    }
}

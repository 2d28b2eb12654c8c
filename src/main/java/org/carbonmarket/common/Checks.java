package org.carbonmarket.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.carbonmarket.common.InvalidRequestException.Violation;

/**
 * Collects field-level problems of one input, so that a client learns about all of them at once.
 * Bounds mirror the schema's, so that no input reaches the database in a shape it would refuse.
 */
public final class Checks {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * A region code of the regions catalogue: ISO 3166-1 alpha-2 (CN), ISO 3166-2 (CN-BJ), or four letters for a
     * former country (ISO 3166-3, SUHH) or an entity without an ISO code (user-assigned, XPAK).
     */
    public static final String REGION_REGEX = "^([A-Z]{2}(-[A-Z0-9]{1,3})?|[A-Z]{4})$";
    public static final Pattern REGION = Pattern.compile(REGION_REGEX);
    public static final Pattern WEB_ADDRESS = Pattern.compile("(https?://)?[^\\s/]+\\.[^\\s/]+(/\\S*)?");
    public static final int TEXT_MAX = 10_000;

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final int DIGITS_MAX = 1000;

    private final List<Violation> violations = new ArrayList<>();
    private InvalidRequestException.Entry entry;

    public List<Violation> violations() {
        return violations;
    }

    /** Names the following fields as parts of the {@code index}th entry of a list, e.g. {@code facts[3].}. */
    public Checks at(String list, int index) {
        this.entry = new InvalidRequestException.Entry(list, index);
        return this;
    }

    public boolean that(String field, boolean condition, String message) {
        if (!condition) {
            violations.add(new Violation(entry == null ? field : entry.prefix() + field, message, entry));
        }
        return condition;
    }

    public boolean notNull(String field, Object value) {
        return that(field, value != null, "is required");
    }

    /** Optional text: if given, at most {@code max} characters, and storable. */
    public boolean optional(String field, String value, int max) {
        return value == null
                || that(field, value.length() <= max, "must be at most " + max + " characters") && storable(field, value);
    }

    /**
     * Text that PostgreSQL can store and compare: it refuses a NUL in any statement, even in a lookup, and a
     * lone surrogate such as U+D800 (which a JSON string may escape) has no UTF-8 form, so the driver would
     * store "?" instead.
     */
    private boolean storable(String field, String value) {
        return that(field, value.indexOf('\0') < 0, "must not contain the NUL character")
                && that(field, wellFormed(value), "must not contain a lone surrogate (half of a UTF-16 pair, such as \\ud800)");
    }

    private static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public boolean required(String field, String value, int max) {
        return that(field, value != null && !value.isBlank(), "is required") && optional(field, value, max);
    }

    public void matches(String field, String value, Pattern pattern, int max) {
        if (required(field, value, max)) {
            that(field, pattern.matcher(value).matches(), "must match " + pattern.pattern());
        }
    }

    public <E extends Enum<E> & CodedEnum> boolean oneOf(String field, String value, Class<E> type) {
        List<String> codes = CodedEnum.codes(type);
        return required(field, value, 50) && that(field, codes.contains(value), "must be one of " + String.join(", ", codes));
    }

    public void date(String field, LocalDate value) {
        if (value != null) {
            that(field, !value.isBefore(EARLIEST) && !value.isAfter(LATEST), "must lie between years 1 and 9999");
        }
    }

    public void decimal(String field, BigDecimal value) {
        if (value != null) {
            that(field, value.precision() - value.scale() <= DIGITS_MAX && value.scale() <= DIGITS_MAX,
                    "must have at most " + DIGITS_MAX + " digits before and after the decimal point");
        }
    }

    /** A web address, with or without its http(s) scheme (sources often record "host/path" as it was read). */
    public void webAddress(String field, String value) {
        if (optional(field, value, 2000) && value != null) {
            that(field, WEB_ADDRESS.matcher(value).matches(), "must be a web address such as https://example.org/page");
        }
    }

    /**
     * Looks up a reference. A value already found invalid is not looked up: no row can have it, and the
     * database may refuse to compare it at all.
     */
    public void exists(String field, String value, Predicate<String> exists) {
        if (value != null && !hasViolation(field) && storable(field, value)) {
            that(field, exists.test(value), "'" + value + "' does not exist");
        }
    }

    private boolean hasViolation(String field) {
        String path = entry == null ? field : entry.prefix() + field;
        return violations.stream().anyMatch(violation -> violation.field().equals(path));
    }

    /** Throws the collected problems, if any. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}

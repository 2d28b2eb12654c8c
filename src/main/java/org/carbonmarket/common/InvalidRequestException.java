package org.carbonmarket.common;

import java.util.List;

/** The request cannot be served as asked; each violation names the offending field or parameter. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.size() + " invalid field(s) or parameter(s)");
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One problem: the field's full path ({@code facts[3].unit}), why, and the entry of a list it belongs to, if
     * any, so that an import can tell rejected rows from the violations themselves.
     */
    public record Violation(String field, String message, Entry entry) {

        public Violation(String field, String message) {
            this(field, message, null);
        }

        /** The field's name within its entry ({@code unit}), or the whole path outside any. */
        public String name() {
            return entry == null ? field : field.substring(entry.prefix().length());
        }
    }

    /** The {@code index}th entry of a list in a body, such as the fourth fact of a dataset ({@code facts[3]}). */
    public record Entry(String list, int index) {

        public String prefix() {
            return list + "[" + index + "].";
        }
    }
}

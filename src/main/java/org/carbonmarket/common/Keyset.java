package org.carbonmarket.common;

import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of keyset pagination over an order of several terms, for repositories: the ORDER BY of a window (its
 * order, or the reverse to read a page before a position), and the condition that keeps the rows after the
 * window's position. A cursor's key holds the terms' values as text, which the condition casts back to each
 * term's type, so that the comparison is the one the database's order makes.
 */
public final class Keyset {

    /**
     * One term of an order.
     *
     * @param expression what it orders by, such as {@code f.period_start}
     * @param type its SQL type, to read a cursor's text as: {@code date}, {@code numeric}, {@code text}, ...
     * @param descending whether larger values come first
     * @param nullsFirst whether nulls come before every value, rather than after
     * @param nullable whether it can be null: a term that cannot needs no null tests, and the first such term of an
     *     order bounds the rows beyond a position in a way an index can start from
     */
    public record Term(String expression, String type, boolean descending, boolean nullsFirst, boolean nullable) {

        public static Term ascending(String expression, String type) {
            return new Term(expression, type, false, false, true);
        }

        /** Ascending, of an expression that is never null, such as a key or a column declared not null. */
        public static Term ascendingNotNull(String expression, String type) {
            return new Term(expression, type, false, false, false);
        }

        /** The same term in the direction asked for, nulls last. */
        public Term sorted(boolean descending) {
            return new Term(expression, type, descending, false, nullable);
        }

        /** The same term, ordering {@code expression} instead, such as an outer query's name for it. */
        public Term as(String expression) {
            return new Term(expression, type, descending, nullsFirst, nullable);
        }

        Term reversed() {
            return new Term(expression, type, !descending, !nullsFirst, nullable);
        }

        String orderBy() {
            return expression + (descending ? " desc" : " asc") + (nullsFirst ? " nulls first" : " nulls last");
        }
    }

    private Keyset() {
    }

    /** The ORDER BY that reads {@code window}'s rows: the order's, or its reverse before a position. */
    public static String orderBy(List<Term> order, Window window) {
        return String.join(", ", read(order, window).stream().map(Term::orderBy).toList());
    }

    /**
     * The condition that keeps the rows beyond the window's position in its reading direction ({@code true} for a
     * page number or the start); its values join {@code parameters} as {@code k0}, {@code k1}, ...
     */
    public static String beyond(List<Term> order, Window window, Map<String, Object> parameters) {
        List<String> key = window.key();
        if (window.position() == null || key == null) {
            return "true";
        }
        if (key.size() != order.size()) {
            throw new IllegalArgumentException("a key of " + key.size() + " values for an order of " + order.size() + " terms");
        }
        List<Term> terms = read(order, window);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            values.add(key.get(i) == null ? null : "cast(:k" + i + " as " + terms.get(i).type() + ")");
            if (key.get(i) != null) {
                parameters.put("k" + i, key.get(i));
            }
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String after = after(terms.get(i), values.get(i));
            if (after == null) {
                continue;
            }
            List<String> conjuncts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                conjuncts.add(values.get(j) == null ? terms.get(j).expression() + " is null"
                        : terms.get(j).expression() + " = " + values.get(j));
            }
            conjuncts.add(after);
            alternatives.add(conjuncts.size() == 1 ? after : "(" + String.join(" and ", conjuncts) + ")");
        }
        if (alternatives.isEmpty()) {
            return "false";
        }
        String beyond = "(" + String.join(" or ", alternatives) + ")";
        // The alternatives all lie on one side of the first term's value, unless nulls come after it: saying so
        // lets the database start an index scan at the position rather than read every row before it.
        Term first = terms.get(0);
        if (values.get(0) != null && (!first.nullable() || first.nullsFirst())) {
            beyond = "(" + first.expression() + (first.descending() ? " <= " : " >= ") + values.get(0) + " and " + beyond + ")";
        }
        return beyond;
    }

    /**
     * For an order by one unique, non-null field of an entity (HQL): the condition that keeps the rows beyond the
     * window's position, whose value is the parameter {@code key}, or {@code true}.
     */
    public static String beyond(String field, Window window) {
        if (window.key() == null) {
            return "true";
        }
        return field + (window.before() ? " < :key" : " > :key");
    }

    /** For an order by one unique field (HQL): the sort that reads the window's rows. */
    public static Sort sort(String field, Window window) {
        return window.before() ? Sort.descending(field) : Sort.ascending(field);
    }

    private static List<Term> read(List<Term> order, Window window) {
        return window.before() ? order.stream().map(Term::reversed).toList() : order;
    }

    /** The rows that come after {@code value} in the term's order; {@code null} when none do. */
    private static String after(Term term, String value) {
        if (value == null) {
            return term.nullsFirst() ? term.expression() + " is not null" : null;
        }
        String compared = term.expression() + (term.descending() ? " < " : " > ") + value;
        return term.nullsFirst() || !term.nullable() ? compared : "(" + compared + " or " + term.expression() + " is null)";
    }
}

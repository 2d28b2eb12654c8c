package org.carbonmarket.fact;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.Outcome;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The facts of a bulk write, at database speed. As a body is read, its facts are streamed by {@code COPY} into a
 * staging table of the write's own transaction, so memory does not grow with the body; their references and keys
 * are then checked, and they are merged into the facts by natural key (created, updated or left alone), each step
 * one set-based statement. The facts' statement triggers write history and move the data version.
 *
 * <p>Use: {@link FactService#stage}, {@link #add} each fact, {@link #endCopy}, {@link #rejections}, then one of {@link #merge},
 * {@link #insertMissing} or {@link #count}.
 */
public final class FactStaging {

    /** Where a staged fact goes: the stored fact of its key (same source, metric, region and period). */
    private static final String SAME_KEY = """
            f.source_id = s.source_id and f.metric_code = s.metric_code and f.region = s.region
            and f.period_start is not distinct from s.period_start and f.period_end is not distinct from s.period_end""";

    /** The writable fields besides the key. Numbers compare as text: 48.00 is not 48.0, as published. */
    private static final List<String> FIELDS = List.of("value::text", "value_text", "unit", "qualifier", "rounded_to::text",
            "time_kind", "period_precision", "period_label", "period_inferred", "period_basis", "baseline", "scope", "quote",
            "locator", "note");

    private static final String DIFFERS = "(" + fields("f") + ") is distinct from (" + fields("s") + ")";

    private static final String COLUMNS = "id, metric_code, source_id, value, value_text, unit, qualifier, rounded_to, region, "
            + "time_kind, period_start, period_end, period_precision, period_label, period_inferred, period_basis, baseline, "
            + "scope, quote, locator, note";

    private final EntityManager entityManager;
    private final Function<String, UUID> freeId;
    private final CopyIn copyIn;
    private final Writer copy;
    private int staged;

    private FactStaging(EntityManager entityManager, Function<String, UUID> freeId, CopyIn copyIn) {
        this.entityManager = entityManager;
        this.freeId = freeId;
        this.copyIn = copyIn;
        this.copy = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(copyIn, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Creates the staging table, dropped when the transaction ends, and starts copying into it. {@code freeId} gives
     * the id that a new fact of a key gets when the key's first id is taken.
     */
    static FactStaging open(EntityManager entityManager, Function<String, UUID> freeId) {
        entityManager.createNativeQuery("""
                create temporary table fact_stage (
                    seq              integer not null,
                    entry            integer not null,
                    id               uuid    not null,
                    metric_code      text    not null,
                    source_id        text    not null,
                    value            numeric,
                    value_text       text,
                    unit             text    not null,
                    qualifier        text    not null,
                    rounded_to       numeric,
                    region           text    not null,
                    time_kind        text    not null,
                    period_start     date,
                    period_end       date,
                    period_precision text    not null,
                    period_label     text,
                    period_inferred  boolean not null,
                    period_basis     text,
                    baseline         text,
                    scope            text,
                    quote            text    not null,
                    locator          text    not null,
                    note             text
                ) on commit drop""").executeUpdate();
        CopyIn copyIn = entityManager.unwrap(Session.class).doReturningWork(connection -> connection.unwrap(PGConnection.class)
                .getCopyAPI().copyIn("copy fact_stage (seq, entry, " + COLUMNS + ") from stdin (format csv)"));
        return new FactStaging(entityManager, freeId, copyIn);
    }

    /**
     * Stages a fact whose fields passed their checks; {@code entry} names it in rejections (a line, which may hold
     * several facts, or an index).
     */
    public void add(int entry, FactDraft fact) {
        var period = fact.period();
        try {
            copy.write(staged + "," + entry);
            for (Object field : new Object[] {fact.firstIdentity(), fact.metric(), fact.source(), fact.value(), fact.valueText(),
                    fact.unit(), fact.qualifier(), fact.roundedTo(), fact.region(), fact.time(), period.start(), period.end(),
                    period.precision(), period.label(), period.inferred(), period.basis(), fact.baseline(), fact.scope(),
                    fact.quote(), fact.locator(), fact.note()}) {
                copy.write(',');
                writeCell(field);
            }
            copy.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage a fact", e);
        }
        staged++;
    }

    /** A CSV cell of COPY: nothing for null, anything else quoted (so an empty text stays empty, not null). */
    private void writeCell(Object field) throws IOException {
        if (field == null) {
            return;
        }
        String text = field instanceof BigDecimal number ? number.toPlainString() : field.toString();
        copy.write('"');
        copy.write(text.replace("\"", "\"\""));
        copy.write('"');
    }

    /** Ends the copy: the staged facts can be checked and merged, and the transaction's connection runs other statements again. */
    public void endCopy() {
        try {
            copy.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the facts", e);
        }
        entityManager.createNativeQuery("analyze fact_stage").executeUpdate(); // the merge's plan depends on how many there are
    }

    /** Gives up a copy under way, so that the transaction's connection can roll back. */
    public void abort() {
        if (copyIn.isActive()) {
            try {
                copyIn.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot cancel staging the facts", e);
            }
        }
    }

    /** A staged fact that may not be written, and why. */
    public record Rejection(int entry, String reason) {
    }

    /**
     * Staged facts whose metric or source does not exist, or that state the fact of an earlier entry again (the same
     * source, metric, region and period): no fact may mean two things in one write. {@code name} names an entry.
     */
    public List<Rejection> rejections(IntFunction<String> name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select entry, 'metric', metric_code, null::integer from fact_stage s where not exists (select 1 from metric m where m.code = s.metric_code)
                union all
                select entry, 'source', source_id, null::integer from fact_stage s where not exists (select 1 from source x where x.id = s.source_id)
                union all
                select entry, 'key', null::text, first from (
                    select entry, row_number() over same_key as nth, first_value(entry) over same_key as first
                    from fact_stage
                    window same_key as (partition by source_id, metric_code, region, period_start, period_end order by seq)) repeated
                where nth > 1
                order by 1, 2""").getResultList();
        List<Rejection> rejections = new ArrayList<>();
        for (Object[] row : rows) {
            int entry = ((Number) row[0]).intValue();
            rejections.add(new Rejection(entry, row[1].equals("key")
                    ? "states the fact of " + name.apply(((Number) row[3]).intValue()) + " again: the same metric, source, region and period"
                    : row[1] + ": '" + row[2] + "' does not exist"));
        }
        return rejections;
    }

    /**
     * Creates the facts of new keys, updates stored facts that differ, and leaves the others alone. A new fact whose
     * key's first id a fact of another key took (its key was changed since) takes the key's next free id.
     */
    public Map<Outcome, Integer> merge(Change change) {
        giveFreeIds();
        int updated = change(change, """
                update fact f set value = s.value, value_text = s.value_text, unit = s.unit, qualifier = s.qualifier,
                    rounded_to = s.rounded_to, time_kind = s.time_kind, period_precision = s.period_precision,
                    period_label = s.period_label, period_inferred = s.period_inferred, period_basis = s.period_basis,
                    baseline = s.baseline, scope = s.scope, quote = s.quote, locator = s.locator, note = s.note,
                    changed_by = :actor, change_comment = :comment
                from fact_stage s
                where""" + " " + SAME_KEY + " and " + DIFFERS);
        int created = insert(change, "");
        return counts(created, updated);
    }

    /**
     * Creates the facts that are not stored yet, for a shipped dataset: a fact is stored when a fact has its key, or has
     * its first id (a fact whose key a curator changed since); however curators changed it, it is left alone.
     */
    public Map<Outcome, Integer> insertMissing(Change change) {
        return counts(insert(change, " and not exists (select 1 from fact f where f.id = s.id)"), 0);
    }

    /** What {@link #merge} would do, written nowhere and locking nothing: for a dry run. */
    public Map<Outcome, Integer> count() {
        Object[] row = (Object[]) entityManager.createNativeQuery("select count(*) filter (where f.id is null), count(*) filter (where f.id is not null and "
                + DIFFERS + ") from fact_stage s left join fact f on " + SAME_KEY).getSingleResult();
        return counts(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private int insert(Change change, String unlessStored) {
        return change(change, "insert into fact (" + COLUMNS + ", status, version, changed_by, change_comment) "
                + "select " + COLUMNS + ", 'published', 0, :actor, :comment from fact_stage s "
                + "where not exists (select 1 from fact f where " + SAME_KEY + ")" + unlessStored);
    }

    private int change(Change change, String sql) {
        return entityManager.createNativeQuery(sql).setParameter("actor", change.actor()).setParameter("comment", change.comment())
                .executeUpdate();
    }

    /** Almost never any: a key whose first fact's key a curator changed since. */
    private void giveFreeIds() {
        @SuppressWarnings("unchecked")
        List<Object[]> moved = entityManager.createNativeQuery("""
                select s.seq, s.source_id, s.metric_code, s.region, s.period_start, s.period_end from fact_stage s
                where exists (select 1 from fact f where f.id = s.id)
                  and not exists (select 1 from fact f where""" + " " + SAME_KEY + ")").getResultList();
        for (Object[] row : moved) {
            String key = FactIdentity.key((String) row[1], (String) row[2], (String) row[3], date(row[4]), date(row[5]));
            UUID id = freeId.apply(key);
            entityManager.createNativeQuery("update fact_stage set id = ?1 where seq = ?2").setParameter(1, id)
                    .setParameter(2, row[0]).executeUpdate();
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private Map<Outcome, Integer> counts(int created, int updated) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        counts.put(Outcome.CREATED, created);
        counts.put(Outcome.UPDATED, updated);
        counts.put(Outcome.UNCHANGED, staged - created - updated);
        return counts;
    }

    private static String fields(String alias) {
        return String.join(", ", FIELDS.stream().map(field -> alias + "." + field).toList());
    }
}

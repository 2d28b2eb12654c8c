package org.carbonmarket.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carbonmarket.common.AsOf;
import org.carbonmarket.common.SqlInstants;
import org.hibernate.Session;

/** Reads snapshots: the instants whose data is fixed, the data version an instant reproduces, and tables' rows. */
@ApplicationScoped
public class SnapshotRepository {

    private final EntityManager entityManager;
    private final AsOf asOf;

    SnapshotRepository(EntityManager entityManager, AsOf asOf) {
        this.entityManager = entityManager;
        this.asOf = asOf;
    }

    /**
     * The latest whole second whose as-of reads can no longer change. A history row is valid from its writing
     * transaction's start, so an instant is fixed only once every transaction that began before it has ended: it
     * lies before the start of every transaction open on this database (and a second before now, for one that
     * began but does not show in pg_stat_activity yet). The service's role must see other roles' sessions there
     * (README, "Snapshots").
     */
    public Instant fixedUntil() {
        return SqlInstants.of(entityManager.createNativeQuery("""
                select date_trunc('second', least(clock_timestamp() - interval '1 second',
                    (select min(xact_start) from pg_stat_activity
                     where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid())))""")
                .getSingleResult());
    }

    /** When the last commit that began at or before {@code at} began; null when none did since V14. */
    public Instant lastCommitStart(Instant at) {
        return SqlInstants.of(entityManager.createNativeQuery("select max(started_at) from data_commit where started_at <= :at")
                .setParameter("at", at).getSingleResult());
    }

    /**
     * The data version whose data an as-of read at {@code at} shows: that of the last commit that began by then, if
     * every earlier commit also began by then. When a commit that began later committed earlier, no data version
     * ever showed exactly this data, and the answer is null; so it is when no commit began by then since V14.
     */
    public Long dataVersion(Instant at) {
        Object[] versions = (Object[]) entityManager.createNativeQuery("""
                select max(version) filter (where started_at <= :at), min(version) filter (where started_at > :at)
                from data_commit""").setParameter("at", at).getSingleResult();
        Long last = versions[0] == null ? null : ((Number) versions[0]).longValue();
        Long next = versions[1] == null ? null : ((Number) versions[1]).longValue();
        return last == null || (next != null && next < last) ? null : last;
    }

    /**
     * Up to {@code limit} rows of {@code table} as they stood at {@code at}, after the row whose key is {@code after}
     * (empty for the first), in order, with the table's columns; in the caller's transaction.
     */
    public Chunk chunk(SnapshotTable table, Instant at, String after, int limit) {
        asOf.apply(at);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(table.chunk())) {
                statement.setString(1, after);
                statement.setInt(2, limit);
                try (ResultSet result = statement.executeQuery()) {
                    int count = result.getMetaData().getColumnCount();
                    List<String> columns = new ArrayList<>(count);
                    for (int i = 1; i <= count; i++) {
                        columns.add(result.getMetaData().getColumnLabel(i));
                    }
                    List<Object[]> rows = new ArrayList<>(limit);
                    while (result.next()) {
                        Object[] values = new Object[count];
                        for (int i = 0; i < count; i++) {
                            values[i] = value(result, i + 1);
                        }
                        rows.add(values);
                    }
                    return new Chunk(columns, rows);
                }
            }
        });
    }

    /** Rows of a table, each its values in the order of the columns; the first is the row's key. */
    public record Chunk(List<String> columns, List<Object[]> rows) {
    }

    /** Null, text, an exact decimal, an integer, a boolean or a list of texts. */
    private static Object value(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value instanceof Array array) {
            return array.getArray();
        }
        return value instanceof UUID id ? id.toString() : value;
    }
}

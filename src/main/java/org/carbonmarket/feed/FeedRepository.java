package org.carbonmarket.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carbonmarket.common.SqlInstants;
import org.carbonmarket.curation.RevisionRepository;

/**
 * Reads the change feed: the history rows of each commit (migration V14), in commit order, and within a commit by
 * kind, key and version. A page after a position reads the rest of the position's commit and then the commits after
 * it, each table's rows of a commit in the order of its index, so that a page costs what it holds however large its
 * commits are (an import of a million rows is one).
 */
@ApplicationScoped
public class FeedRepository {

    private static final String CHANGES = """
            select c.version, c.committed_at, h.kind, h.key, h.version as row_version, h.action, h.changed_by,
                   h.change_comment, i.id as import_id
            from data_commit c
            cross join lateral (%s) h
            left join import_run i on i.xact = c.xact
            where %s
            order by c.version, h.kind, h.key, h.version
            limit :limit""";

    /** A table's changes in one commit, each with what the row's previous version (by primary key) says of it. */
    private static final String HISTORY = """
            (select '%1$s' as kind, h.%2$s::text as key, h.version, h.changed_by, h.change_comment,
                    case when previous.status is null then 'created'
                         when h.status = 'retired' and previous.status = 'published' then 'retired'
                         else 'updated' end as action
             from %1$s_history h
             left join lateral (
                 select p.status from %1$s_history p where p.%2$s = h.%2$s and p.version < h.version
                 order by p.version desc limit 1
             ) previous on true
             where h.xact = c.xact and %3$s
             order by h.%2$s, h.version
             limit :limit)""";

    private final EntityManager entityManager;

    FeedRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The first {@code limit} changes after {@code position} ({@link FeedEntry#position}; {@code null}: the start). */
    public List<FeedEntry> after(List<String> position, int limit) {
        String sql;
        if (position == null) {
            sql = CHANGES.formatted(changes(null), "true");
        } else {
            // The rest of the position's commit, then the commits after it.
            sql = "(" + CHANGES.formatted(changes(position.get(1)), "c.version = :commit") + ") union all ("
                    + CHANGES.formatted(changes(null), "c.version > :commit") + ") order by 1, 3, 4, 5 limit :limit";
        }
        var query = entityManager.createNativeQuery(sql).setParameter("limit", limit);
        if (position != null) {
            query.setParameter("commit", Long.parseLong(position.get(0))).setParameter("key", position.get(2))
                    .setParameter("version", Long.parseLong(position.get(3)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new FeedEntry(((Number) row[0]).longValue(), SqlInstants.of(row[1]), (String) row[2],
                (String) row[3], ((Number) row[4]).longValue(), (String) row[5], (String) row[6], (String) row[7],
                (UUID) row[8])).toList();
    }

    /**
     * Every curated table's changes of a commit, the tables in the order of their names (a change's kind); after a
     * position in it of kind {@code after}, those beyond the position.
     */
    private static String changes(String after) {
        return Stream.of(RevisionRepository.Table.values()).map(table -> {
            String beyond = "true";
            if (after != null) {
                int order = table.table().compareTo(after);
                beyond = order < 0 ? "false" : order > 0 ? "true"
                        : "(h." + table.key() + ", h.version) > (cast(:key as " + table.keyType() + "), :version)";
            }
            return HISTORY.formatted(table.table(), table.key(), beyond);
        }).collect(Collectors.joining(" union all "));
    }
}

-- Snapshots (GET /api/v1/snapshots) name the data version that an as-of instant reproduces. An as-of read sees a
-- transaction's writes from the instant it began (history rows are valid from the writer's now()), not from its
-- commit, so each commit keeps when its transaction began beside when it committed.
alter table data_commit add column started_at timestamptz;

-- Commits before this migration began when their first history row became valid (every row of a transaction
-- shares its now()); a commit that wrote no history (none does today) falls back to its commit instant.
update data_commit c set started_at = coalesce(
    (select min(h.valid_from) from (
        select valid_from from fact_history where xact = c.xact
        union all select valid_from from metric_history where xact = c.xact
        union all select valid_from from source_history where xact = c.xact) h),
    c.committed_at);

alter table data_commit alter column started_at set not null;
create index data_commit_started_idx on data_commit (started_at, version);

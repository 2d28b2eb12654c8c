-- Snapshots (GET /api/v1/snapshots) name the data version that an as-of instant reproduces. An as-of read sees a
-- transaction's writes from the instant it began (history rows are valid from the writer's now()), not from its
-- commit, so each commit keeps when its transaction began beside when it committed. The default fills it: in the
-- deferred trigger that records a commit (R__trigger_functions.sql), now() is the transaction's start; a replica
-- still running the previous release's trigger while this one migrates fills it the same way.
alter table data_commit add column started_at timestamptz default now();

-- Commits before this migration began when their first history row became valid (every row of a transaction
-- shares its now()), or, for an import that changed no row and wrote only its record, when that record was made;
-- anything else falls back to its commit instant.
update data_commit c set started_at = coalesce(
    (select min(h.valid_from) from (
        select valid_from from fact_history where xact = c.xact
        union all select valid_from from metric_history where xact = c.xact
        union all select valid_from from source_history where xact = c.xact) h),
    (select i.created_at from import_run i where i.xact = c.xact),
    c.committed_at);

alter table data_commit alter column started_at set not null;
create index data_commit_started_idx on data_commit (started_at, version);

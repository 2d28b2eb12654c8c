-- The change feed (GET /api/v1/changes): every committed change of a fact, metric or source, in commit order.
--
-- A writing transaction's commit moves the data version on by one while it holds the data_version row
-- (move_data_version, R__trigger_functions.sql), so versions number commits in the order they commit, and a
-- transaction that sees a commit's row sees every commit before it. data_commit keeps that number with the
-- transaction that committed, and every history row keeps the transaction that wrote it: a commit's changes are
-- the history rows of its transaction. A reader that resumes after the last change it was given therefore never
-- skips a change that committed later with an earlier start, nor sees one twice.
create table data_commit (
    version bigint primary key,
    xact xid8 not null unique,
    committed_at timestamptz not null
);

-- Rows written before this migration keep no transaction: the feed begins with the first commit after it.
alter table source_history add column xact xid8;
alter table metric_history add column xact xid8;
alter table fact_history add column xact xid8;
alter table import_run add column xact xid8;
alter table source_history alter column xact set default pg_current_xact_id();
alter table metric_history alter column xact set default pg_current_xact_id();
alter table fact_history alter column xact set default pg_current_xact_id();
alter table import_run alter column xact set default pg_current_xact_id();

-- A commit's changes in the feed's order within it: by key, then version.
create index source_history_xact_idx on source_history (xact, id, version) where xact is not null;
create index metric_history_xact_idx on metric_history (xact, code, version) where xact is not null;
create index fact_history_xact_idx on fact_history (xact, id, version) where xact is not null;
create index import_run_xact_idx on import_run (xact) where xact is not null;

-- Writes at database speed: history written per statement, validity from the database's clock, no deletes,
-- and a data version that moves at commit instead of holding one row locked for a whole transaction.
-- The functions and the triggers that call them are defined in R__trigger_functions.sql.

-- The row triggers of V2-V4 wrote history one row at a time, and the data-version triggers of V3 locked the
-- data_version row from a transaction's first write to its end, so every writer on every replica queued
-- behind the longest one (an import of a million rows).
drop trigger source_history on source;
drop trigger metric_history on metric;
drop trigger fact_history on fact;
drop function record_history();
drop trigger topic_data_version on topic;
drop trigger source_data_version on source;
drop trigger metric_data_version on metric;
drop trigger fact_data_version on fact;
drop trigger import_run_data_version on import_run;
drop function bump_data_version();

-- One row per writing transaction, inserted at its first write and deleted at its commit by a deferred
-- trigger that moves the data version on: the data_version row is locked only while a transaction commits.
-- A rolled-back transaction leaves neither. Unlogged: the table is empty whenever no transaction writes.
create unlogged table data_write (
    xact xid8 primary key default pg_current_xact_id()
);

-- A version is valid from the instant it was written until the next one replaced it; never the other way
-- round. Rows written before this migration are not checked: their instants came from the clocks of the
-- replicas that wrote them.
alter table source_history add constraint source_history_validity_check check (valid_from <= valid_to) not valid;
alter table metric_history add constraint metric_history_validity_check check (valid_from <= valid_to) not valid;
alter table fact_history add constraint fact_history_validity_check check (valid_from <= valid_to) not valid;

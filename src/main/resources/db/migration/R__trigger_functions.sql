-- The one definition of every trigger function, and the triggers that call them. Flyway applies this file
-- after the versioned migrations whenever its text changes, so a function or trigger is changed here, in
-- place (V2-V7 hold earlier definitions, which V12 dropped; applied migrations never change).

-- Every write of a curated row is a new version, and its instants come from the database's clock, never a
-- replica's: the transaction's timestamp, so that every row a transaction writes has the same instant. A
-- transaction that started before another one wrote the row, and writes it after that one committed, does not
-- go back in time: its version starts when the other one's did, which then held for no time at all.
create or replace function stamp_write() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
        new.updated_at := now();
    else
        new.created_at := old.created_at;
        new.updated_at := greatest(now(), old.updated_at);
        new.version := old.version + 1;
    end if;
    return new;
end
$$;

-- Keeps every version of a curated row in <table>_history, valid from its updated_at until the next
-- version's, per statement: a bulk write of a million rows is one insert (and one update) of the history.
-- The history's columns (all of the table's but generated ones) are looked up once per statement; its own
-- columns, the validity and the writing transaction (xact, by default), are not the table's.
create or replace function record_history() returns trigger language plpgsql as $$
declare
    history text := tg_table_name || '_history';
    key text := tg_argv[0];
    columns text;
begin
    select string_agg(quote_ident(attname), ', ' order by attnum) into columns
    from pg_attribute
    where attrelid = history::regclass and attnum > 0 and not attisdropped and attname not in ('valid_from', 'valid_to', 'xact');
    if tg_op = 'UPDATE' then
        execute format('update %I h set valid_to = n.updated_at from old_rows o join new_rows n using (%I) '
                       'where h.%I = o.%I and h.version = o.version', history, key, key, key);
    end if;
    execute format('insert into %I (%s, valid_from, valid_to) select %s, updated_at, ''infinity'' from new_rows',
                   history, columns, columns);
    return null;
end
$$;

-- Rows are retired, never deleted: a deleted row would vanish from its history's last version unseen, and a
-- deleted version from the answers of as-of reads.
create or replace function refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are retired, never deleted', tg_table_name using errcode = 'restrict_violation';
end
$$;

-- The first write of a transaction notes it (once: a transaction-local setting remembers, and a rolled-back
-- savepoint forgets it with the row).
create or replace function note_data_write() returns trigger language plpgsql as $$
begin
    if current_setting('carbonmarket.data_write_noted', true) = 'on' then
        return null;
    end if;
    perform set_config('carbonmarket.data_write_noted', 'on', true);
    insert into data_write default values;
    return null;
end
$$;

-- Runs as the writing transaction commits (a deferred trigger): moves the data version on and takes back the
-- note. The data_version row is locked from here to the end of the commit, so commits take turns for that
-- moment only, and every commit moves the version by one, in commit order; changed_at is the commit's instant.
-- data_commit numbers the transaction with its version, for the change feed (V14); its started_at defaults to
-- now(), the transaction's start, from which as-of reads see its writes (V15, snapshots).
-- The notification tells every replica's listener (DataVersionListener) the new version and the instant, in
-- microseconds since the epoch; PostgreSQL delivers it as the transaction commits, in commit order.
create or replace function move_data_version() returns trigger language plpgsql as $$
declare
    moved data_version%rowtype;
begin
    update data_version set version = version + 1, changed_at = clock_timestamp() returning * into moved;
    delete from data_write where xact = new.xact;
    insert into data_commit (version, xact, committed_at) values (moved.version, new.xact, moved.changed_at);
    perform pg_notify('data_version', moved.version || ' ' || (extract(epoch from moved.changed_at) * 1000000)::bigint);
    return null;
end
$$;

create or replace trigger source_stamp before insert or update on source for each row execute function stamp_write();
create or replace trigger metric_stamp before insert or update on metric for each row execute function stamp_write();
create or replace trigger fact_stamp before insert or update on fact for each row execute function stamp_write();

create or replace trigger source_history_insert after insert on source referencing new table as new_rows
    for each statement execute function record_history('id');
create or replace trigger source_history_update after update on source referencing old table as old_rows new table as new_rows
    for each statement execute function record_history('id');
create or replace trigger metric_history_insert after insert on metric referencing new table as new_rows
    for each statement execute function record_history('code');
create or replace trigger metric_history_update after update on metric referencing old table as old_rows new table as new_rows
    for each statement execute function record_history('code');
create or replace trigger fact_history_insert after insert on fact referencing new table as new_rows
    for each statement execute function record_history('id');
create or replace trigger fact_history_update after update on fact referencing old table as old_rows new table as new_rows
    for each statement execute function record_history('id');

create or replace trigger source_no_delete before delete or truncate on source for each statement execute function refuse_delete();
create or replace trigger metric_no_delete before delete or truncate on metric for each statement execute function refuse_delete();
create or replace trigger fact_no_delete before delete or truncate on fact for each statement execute function refuse_delete();
create or replace trigger source_history_no_delete before delete or truncate on source_history
    for each statement execute function refuse_delete();
create or replace trigger metric_history_no_delete before delete or truncate on metric_history
    for each statement execute function refuse_delete();
create or replace trigger fact_history_no_delete before delete or truncate on fact_history
    for each statement execute function refuse_delete();

create or replace trigger topic_data_write after insert or update or delete on topic
    for each statement execute function note_data_write();
create or replace trigger source_data_write after insert or update or delete on source
    for each statement execute function note_data_write();
create or replace trigger metric_data_write after insert or update or delete on metric
    for each statement execute function note_data_write();
create or replace trigger fact_data_write after insert or update or delete on fact
    for each statement execute function note_data_write();
create or replace trigger import_run_data_write after insert or update or delete on import_run
    for each statement execute function note_data_write();

-- A constraint trigger cannot be replaced in place.
drop trigger if exists data_write_commits on data_write;
create constraint trigger data_write_commits after insert on data_write deferrable initially deferred
    for each row execute function move_data_version();

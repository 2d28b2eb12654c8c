-- The one definition of every trigger function. Flyway applies this file after the versioned migrations
-- whenever its text changes, so a function is changed here, in place, and never again redefined by a
-- versioned migration (V2-V7 hold earlier definitions; applied migrations never change).

-- Every statement that writes a curated table moves the data version on, once per transaction: every
-- update of its one row inside a transaction adds a row version that cannot be pruned before the
-- transaction ends, so moving it per statement made an import of n rows cost O(n^2). A transaction-local
-- setting remembers that it has moved (a rolled-back savepoint forgets it too). A dry-run import
-- (carbonmarket.dry_run) leaves it alone: moving it locks the one row until the transaction ends, and
-- every other write, on every replica, would wait for a dry run that changes nothing.
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('carbonmarket.data_version_moved', true) = 'on'
       or current_setting('carbonmarket.dry_run', true) = 'on' then
        return null;
    end if;
    perform set_config('carbonmarket.data_version_moved', 'on', true);
    update data_version set version = version + 1, changed_at = clock_timestamp();
    return null;
end
$$;

-- Keeps every version of a curated row in <table>_history, valid from its updated_at until the next
-- version's. The history row that a new version closes is found through the history's primary key: the
-- key (tg_argv[0]) is compared in its own type, never as text. The new history row is built once.
create or replace function record_history() returns trigger language plpgsql as $$
declare
    history text := tg_table_name || '_history';
begin
    if tg_op = 'UPDATE' then
        execute format('update %I set valid_to = $1 where %I = ($2).%I and version = $3', history, tg_argv[0], tg_argv[0])
            using new.updated_at, old, old.version;
    end if;
    execute format('insert into %I select * from jsonb_populate_record(null::%I, $1)', history, history)
        using to_jsonb(new) || jsonb_build_object('valid_from', new.updated_at, 'valid_to', 'infinity');
    return new;
end
$$;

-- Bulk writes in linear time, with less work per row.
--
-- The data version moves on once per transaction, not once per statement: every update of its one row
-- inside a transaction adds a row version that cannot be pruned before the transaction ends, and the
-- next update walks all of them, so an import of n rows cost O(n^2). A transaction-local setting
-- remembers that this transaction has already moved it (a rolled-back savepoint forgets it too).
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('carbonmarket.data_version_moved', true) = 'on' then
        return null;
    end if;
    perform set_config('carbonmarket.data_version_moved', 'on', true);
    update data_version set version = version + 1, changed_at = clock_timestamp();
    return null;
end
$$;

-- The history row that a new version closes is found through the history's primary key: the key is
-- compared in its own type (the old row's field) rather than as text, which no index could use. The new
-- history row is built once: "(jsonb_populate_record(...)).*" ran the function once for every column.
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

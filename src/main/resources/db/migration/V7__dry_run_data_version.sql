-- A dry-run import writes what the real import would, to count it exactly, and then rolls back. Its
-- transaction sets carbonmarket.dry_run locally, and the data version is not moved for it: moving it
-- locks the one data_version row until the transaction ends, so every other write, on every replica,
-- would wait for a dry run that changes nothing.
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

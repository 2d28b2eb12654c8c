-- Full-text search, Chinese names, and the data version that HTTP caching validates against.

-- History rows are now written by column name, so that columns the history does not keep (the
-- generated search vectors below) and the order of columns never matter.
create or replace function record_history() returns trigger language plpgsql as $$
declare
    history text := tg_table_name || '_history';
begin
    if tg_op = 'UPDATE' then
        execute format('update %I set valid_to = $1 where %I::text = $2 and version = $3', history, tg_argv[0])
            using new.updated_at, (to_jsonb(old) ->> tg_argv[0]), old.version;
    end if;
    execute format('insert into %I select (jsonb_populate_record(null::%I, $1)).*', history, history)
        using to_jsonb(new) || jsonb_build_object('valid_from', new.updated_at, 'valid_to', 'infinity');
    return new;
end
$$;

-- Chinese (Simplified) names and descriptions; quotes stay in the language of their source.
alter table topic add column name_zh varchar(200);
alter table topic add column description_zh text;
alter table metric add column name_zh varchar(200);
alter table metric add column description_zh text;
alter table metric_history add column name_zh varchar(200);
alter table metric_history add column description_zh text;

-- Ranked full-text search over quotes, metric names and descriptions, and source titles.
alter table fact add column search_vector tsvector generated always as (to_tsvector('english', quote)) stored;
alter table metric add column search_vector tsvector
    generated always as (to_tsvector('english', name || ' ' || description)) stored;
alter table source add column search_vector tsvector generated always as (to_tsvector('english', title)) stored;
create index fact_search_idx on fact using gin (search_vector);
create index metric_search_idx on metric using gin (search_vector);
create index source_search_idx on source using gin (search_vector);

-- Lists filter on when rows changed (updatedSince) and sort on it.
create index fact_updated_idx on fact (updated_at);

-- The as-of views follow the tables' new columns; search vectors are computed as the tables compute them.
drop view asof.source;
drop view asof.metric;
drop view asof.fact;
create view asof.source as
    select h.*, to_tsvector('english', h.title) as search_vector from public.source_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;
create view asof.metric as
    select h.*, to_tsvector('english', h.name || ' ' || h.description) as search_vector from public.metric_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;
create view asof.fact as
    select h.*, to_tsvector('english', h.quote) as search_vector from public.fact_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;

-- One row that every committed write moves on: responses are cached and validated against it, so a
-- write through any replica, or an import, changes every ETag at once. Statement-level triggers keep
-- a bulk import to one bump a statement.
create table data_version (
    singleton  boolean     primary key default true check (singleton),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into data_version values (true, 1, now());

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, changed_at = clock_timestamp();
    return null;
end
$$;

create trigger topic_data_version after insert or update or delete on topic
    for each statement execute function bump_data_version();
create trigger source_data_version after insert or update or delete on source
    for each statement execute function bump_data_version();
create trigger metric_data_version after insert or update or delete on metric
    for each statement execute function bump_data_version();
create trigger fact_data_version after insert or update or delete on fact
    for each statement execute function bump_data_version();
create trigger import_run_data_version after insert or update or delete on import_run
    for each statement execute function bump_data_version();

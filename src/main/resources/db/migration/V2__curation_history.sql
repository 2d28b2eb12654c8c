-- Curation: who changed a row last and why, retirement of sources and metrics, one fact per
-- (source, metric, region, period), and a history of every version of every curated row.

alter table source add column status varchar(10) not null default 'published' check (status in ('published', 'retired'));
alter table source add column changed_by text not null default 'system';
alter table source add column change_comment text not null default 'initial load';

alter table metric add column status varchar(10) not null default 'published' check (status in ('published', 'retired'));
alter table metric add column changed_by text not null default 'system';
alter table metric add column change_comment text not null default 'initial load';

alter table fact add column changed_by text not null default 'system';
alter table fact add column change_comment text not null default 'initial load';

create unique index fact_natural_key on fact (source_id, metric_code, region, period_start, period_end) nulls not distinct;

-- Every version of a row, valid from the instant it was written until the next version replaced it.
-- A later migration that adds a column to a curated table must add it to its _history table too.
create table source_history (like source, valid_from timestamptz not null, valid_to timestamptz not null);
create table metric_history (like metric, valid_from timestamptz not null, valid_to timestamptz not null);
create table fact_history (like fact, valid_from timestamptz not null, valid_to timestamptz not null);
alter table source_history add primary key (id, version);
alter table metric_history add primary key (code, version);
alter table fact_history add primary key (id, version);
create index source_history_valid_idx on source_history (valid_from, valid_to);
create index metric_history_valid_idx on metric_history (valid_from, valid_to);
create index fact_history_valid_idx on fact_history (valid_from, valid_to);

-- Kept by the database rather than the application, so that no write path can skip it.
-- TG_ARGV[0] names the primary-key column.
create function record_history() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        execute format('update %I set valid_to = $1 where %I::text = $2 and version = $3',
                       tg_table_name || '_history', tg_argv[0], tg_argv[0])
            using new.updated_at, (to_jsonb(old) ->> tg_argv[0]), old.version;
    end if;
    execute format('insert into %I select ($1).*, $2, ''infinity''', tg_table_name || '_history')
        using new, new.updated_at;
    return new;
end
$$;

create trigger source_history after insert or update on source for each row execute function record_history('id');
create trigger metric_history after insert or update on metric for each row execute function record_history('code');
create trigger fact_history after insert or update on fact for each row execute function record_history('id');

-- Rows already stored become their first version.
insert into source_history select s.*, s.updated_at, 'infinity' from source s;
insert into metric_history select m.*, m.updated_at, 'infinity' from metric m;
insert into fact_history select f.*, f.updated_at, 'infinity' from fact f;

-- As-of reads: a transaction that puts schema asof first on its search_path and sets
-- carbonmarket.as_of reads every curated table as it stood at that instant, through the same queries.
create schema if not exists asof;
create view asof.source as
    select * from public.source_history
    where valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < valid_to;
create view asof.metric as
    select * from public.metric_history
    where valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < valid_to;
create view asof.fact as
    select * from public.fact_history
    where valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < valid_to;

-- Bulk imports: who ran them, when, and what they did.
create table import_run (
    id         uuid        primary key,
    format     varchar(20) not null,
    profile    varchar(50),
    comment    text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    rows_read  integer     not null,
    created    integer     not null,
    updated    integer     not null,
    unchanged  integer     not null
);
create index import_run_created_idx on import_run (created_at desc);

-- Catalogue and facts. Values are NUMERIC without a fixed scale so that a published
-- figure keeps exactly the digits it was published with (48.00 stays 48.00).

create table topic (
    code        varchar(64)  primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(200) not null,
    description text         not null
);

create table source (
    id                  varchar(100) primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               text         not null,
    publisher           text         not null,
    outlet              text,
    published_on        date,
    published_precision varchar(10)  not null check (published_precision in ('day', 'month', 'year', 'unknown')),
    language            varchar(35)  not null,
    url                 text,
    retrieved_from      text,
    licence             text,
    regions             text[]       not null default '{}',
    note                text,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null,
    check ((published_on is null) = (published_precision = 'unknown'))
);

create table metric (
    code        varchar(100) primary key check (code ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
    name        varchar(200) not null,
    description text         not null,
    topic_code  varchar(64)  not null references topic (code),
    unit        varchar(50)  not null,
    kind        varchar(10)  not null check (kind in ('quantity', 'share', 'count', 'rank', 'date', 'text')),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);

create index metric_topic_idx on metric (topic_code);

create table fact (
    id               uuid         primary key,
    metric_code      varchar(100) not null references metric (code),
    source_id        varchar(100) not null references source (id),
    value            numeric,
    value_text       text,
    unit             varchar(50)  not null,
    qualifier        varchar(10)  not null check (qualifier in ('exact', 'about', 'more_than', 'at_least', 'less_than', 'up_to')),
    region           varchar(10)  not null check (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    period_start     date,
    period_end       date,
    period_precision varchar(10)  not null check (period_precision in ('day', 'month', 'year')),
    period_label     text,
    baseline         text,
    quote            text         not null check (length(quote) > 0),
    locator          text         not null,
    note             text,
    status           varchar(10)  not null check (status in ('published', 'retired')),
    retired_reason   text,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    check (value is not null or value_text is not null),
    check (period_start is not null or period_end is not null),
    check (period_start is null or period_end is null or period_start <= period_end),
    check ((status = 'retired') = (retired_reason is not null))
);

create index fact_metric_period_idx on fact (metric_code, period_start, period_end);
create index fact_source_idx on fact (source_id);
create index fact_region_idx on fact (region);

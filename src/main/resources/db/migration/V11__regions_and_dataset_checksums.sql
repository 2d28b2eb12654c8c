-- The regions catalogue: every code a fact may name, with its names, validity and the codes it came from or
-- became, so that a client can join series across a border change (the USSR and its successors). It is
-- reference data that datasets/regions/regions.csv fills at start-up; it has no history of its own.
create table region (
    code         varchar(10) primary key check (code ~ '^([A-Z]{2}(-[A-Z0-9]{1,3})?|[A-Z]{4})$'),
    system       varchar(20) not null check (system in ('iso3166-1', 'iso3166-2', 'iso3166-3', 'user-assigned')),
    name         text        not null,
    name_zh      text        not null,
    pinyin       text,
    valid_from   varchar(10),
    valid_to     varchar(10),
    predecessors text[]      not null default '{}',
    successors   text[]      not null default '{}',
    source_names text[]      not null default '{}',
    note         text
);

-- What each shipped dataset was when it was last loaded: a start-up reads a dataset again only when its bytes
-- changed.
create table dataset_load (
    resource  text        primary key,
    sha256    varchar(64) not null,
    loaded_at timestamptz not null
);

-- CDIAC-FF counts carbon, not CO2: its metrics say so in their names (2.9 Gt C is about 10.7 Gt CO2). A name a
-- curator changed is left as it is.
update metric set name = v.name, name_zh = v.name_zh,
    version = version + 1, updated_at = clock_timestamp(), changed_by = 'migration V11',
    change_comment = 'The name says the values are carbon (kt C), not CO2.'
from (values
    ('emissions.fossil-co2.total', 'Total fossil-fuel CO2 emissions (as carbon)',
     'Carbon in fossil-fuel CO2 emissions, total (kt C, not CO2)', '化石燃料二氧化碳排放中的碳,总量(千吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.solid-fuel', 'CO2 emissions from solid fuel (as carbon)',
     'Carbon in CO2 emissions from solid fuel (kt C, not CO2)', '固体燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.liquid-fuel', 'CO2 emissions from liquid fuel (as carbon)',
     'Carbon in CO2 emissions from liquid fuel (kt C, not CO2)', '液体燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.gas-fuel', 'CO2 emissions from gas fuel (as carbon)',
     'Carbon in CO2 emissions from gas fuel (kt C, not CO2)', '气体燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.cement', 'CO2 emissions from cement production (as carbon)',
     'Carbon in CO2 emissions from cement production (kt C, not CO2)', '水泥生产二氧化碳排放中的碳(千吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.gas-flaring', 'CO2 emissions from gas flaring (as carbon)',
     'Carbon in CO2 emissions from gas flaring (kt C, not CO2)', '天然气火炬燃烧二氧化碳排放中的碳(千吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.per-capita', 'Fossil-fuel CO2 emissions per person (as carbon)',
     'Carbon in fossil-fuel CO2 emissions per person (t C, not CO2)', '人均化石燃料二氧化碳排放中的碳(吨碳,非二氧化碳)'),
    ('emissions.fossil-co2.bunker-fuels', 'CO2 emissions from bunker fuels (as carbon)',
     'Carbon in CO2 emissions from bunker fuels (kt C, not CO2)', '国际航空和航运燃料二氧化碳排放中的碳(千吨碳,非二氧化碳)')
) as v(code, old_name, name, name_zh)
where metric.code = v.code and metric.name = v.old_name;

-- What a fact's time means, and how precisely its value was published.
--
-- time_kind: a 'state' holds at a reference time that lies within its period (a share, a level, a rank, a
-- cumulative total); a 'flow' is an amount over its period (tonnes traded in 2023); a 'change' is a change over
-- its period from its baseline ("fell by 26.4% over the decade"). period_inferred says that the source states no
-- date and the period was inferred, and period_basis says how. rounded_to is the published rounding step
-- ("212 million" is rounded to 1000000), kept apart from the qualifier ("about"). scope says what a figure
-- covers where that differs between figures of one metric (sectors, an allowance year).
alter table fact
    add column time_kind       varchar(10),
    add column period_inferred boolean not null default false,
    add column period_basis    text,
    add column rounded_to      numeric check (rounded_to > 0),
    add column scope           text,
    add check (not period_inferred or period_basis is not null);
alter table fact_history
    add column time_kind       varchar(10),
    add column period_inferred boolean,
    add column period_basis    text,
    add column rounded_to      numeric,
    add column scope           text;

-- Regions: ISO 3166-1 alpha-2 and 3166-2 codes, and four-letter codes of former countries (ISO 3166-3, e.g.
-- SUHH for the USSR) or of entities without an ISO code (user-assigned, XPAK ...), as the regions catalogue lists.
alter table fact drop constraint fact_region_check;
alter table fact add constraint fact_region_check check (region ~ '^([A-Z]{2}(-[A-Z0-9]{1,3})?|[A-Z]{4})$');

-- Facts written before this migration say what their time means as their shape tells it, as a new version
-- recorded in their history: CDIAC-FF's yearly emissions are flows; a fact of one day is a state; any other
-- span is read as a flow. The shipped datasets' facts are migrated with their reasoning in V10.
update fact
set time_kind = case
        when source_id = 'cdiac-ff-fossil-co2-by-nation-1751-2020' then 'flow'
        when period_start = period_end then 'state'
        else 'flow' end,
    version = version + 1,
    updated_at = clock_timestamp(),
    changed_by = 'migration V9',
    change_comment = 'Says what the fact''s time means: a state, a flow or a change.'
where not changed_by like 'dataset:%';

alter table fact add constraint fact_time_kind_check check (time_kind in ('state', 'flow', 'change'));

-- Versions written before this migration said nothing of inference: they read as stated, as they were published.
drop view asof.fact;
create view asof.fact as
    select h.id, h.metric_code, h.source_id, h.value, h.value_text, h.unit, h.qualifier, h.region, h.period_start,
           h.period_end, h.period_precision, h.period_label, h.baseline, h.quote, h.locator, h.note, h.status,
           h.retired_reason, h.created_at, h.updated_at, h.version, h.changed_by, h.change_comment,
           to_tsvector('english', h.quote) as search_vector, h.time_kind,
           coalesce(h.period_inferred, false) as period_inferred, h.period_basis,
           h.rounded_to, h.scope
    from public.fact_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;

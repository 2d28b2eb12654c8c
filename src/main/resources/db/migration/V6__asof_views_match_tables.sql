-- The as-of views have exactly the columns of their tables, in the same order and of the same types.
-- The same statement runs against a table or its view depending on the search path, and PostgreSQL's
-- prepared statements (which the JDBC driver keeps per connection) refuse a re-plan whose result type
-- changed: views that also showed valid_from and valid_to broke every later read on that connection.
-- A migration that adds a column to a curated table adds it here too (a test compares them).
drop view asof.source;
drop view asof.metric;
drop view asof.fact;

create view asof.source as
    select h.id, h.title, h.publisher, h.outlet, h.published_on, h.published_precision, h.language, h.url,
           h.retrieved_from, h.licence, h.regions, h.note, h.created_at, h.updated_at, h.version, h.status,
           h.changed_by, h.change_comment, to_tsvector('english', h.title) as search_vector
    from public.source_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;

create view asof.metric as
    select h.code, h.name, h.description, h.topic_code, h.unit, h.kind, h.created_at, h.updated_at, h.version,
           h.status, h.changed_by, h.change_comment, h.name_zh, h.description_zh,
           to_tsvector('english', h.name || ' ' || h.description) as search_vector
    from public.metric_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;

create view asof.fact as
    select h.id, h.metric_code, h.source_id, h.value, h.value_text, h.unit, h.qualifier, h.region, h.period_start,
           h.period_end, h.period_precision, h.period_label, h.baseline, h.quote, h.locator, h.note, h.status,
           h.retired_reason, h.created_at, h.updated_at, h.version, h.changed_by, h.change_comment,
           to_tsvector('english', h.quote) as search_vector
    from public.fact_history h
    where h.valid_from <= current_setting('carbonmarket.as_of')::timestamptz
      and current_setting('carbonmarket.as_of')::timestamptz < h.valid_to;

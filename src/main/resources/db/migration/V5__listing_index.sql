-- Listings filter published facts by metric (a topic is a set of metrics) and region, and sort them by
-- period or value. This index answers those filters, their counts and their sort keys without reading
-- the table; only the rows of the page itself are then read (see FactRepository.page).
create index fact_published_metric_region_idx on fact (metric_code, region)
    include (period_start, period_end, value, id) where status = 'published';

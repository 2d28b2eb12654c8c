-- Indexes that other indexes make redundant, and that every write of a fact pays for:
--   fact_source_idx (source_id): the natural key fact_natural_key starts with source_id and serves the same
--     lookups (the facts of a source, and their count) with the same plan;
--   fact_metric_period_idx (metric_code, period_start, period_end) and fact_region_idx (region): listings of
--     published facts by metric, region or both are index-only scans of fact_published_metric_region_idx (V5).
-- Measured on 200,000 synthetic facts (bench/generate.sql), before and after: a region's first page
-- 3.1 -> 0.9 ms (an index-only scan instead of a filtered scan of fact_metric_period_idx), a source's count
-- 1.5 -> 2.0 ms, other listings unchanged; the set-based insert of the 200,000 facts 16.8-17.0 -> 15.8-16.8 s.
drop index fact_source_idx;
drop index fact_metric_period_idx;
drop index fact_region_idx;

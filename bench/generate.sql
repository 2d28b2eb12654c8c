-- Synthetic facts for the benchmarks: :n facts over 200 metrics (spread over the 11 topics), 50 sources,
-- 6 regions and monthly periods, with quotes that full-text search can find. Run after the service has
-- migrated the database and loaded its datasets.
insert into source (id, title, publisher, published_on, published_precision, language, regions, created_at, updated_at,
                    version, changed_by, change_comment, status)
select 'bench-source-' || s, 'Synthetic statistical bulletin ' || s, 'Benchmark Statistics Bureau',
       date '2020-01-01' + s, 'day', 'en', '{CN}', now(), now(), 0, 'bench', 'synthetic', 'published'
from generate_series(1, 50) s;

insert into metric (code, name, description, topic_code, unit, kind, created_at, updated_at, version, changed_by,
                    change_comment, status)
select 'bench.metric-' || m, 'Synthetic indicator ' || m,
       'A synthetic indicator of ' || (array['coal consumption', 'forest cover', 'air quality', 'carbon prices',
                                             'water quality', 'emissions intensity'])[1 + m % 6] || ' for benchmarks.',
       (array['carbon-market', 'emissions', 'energy', 'economy', 'air', 'water', 'soil-and-waste', 'land-and-ecosystems',
              'biodiversity', 'governance-and-law', 'climate-policy'])[1 + m % 11],
       't', 'quantity', now(), now(), 0, 'bench', 'synthetic', 'published'
from generate_series(1, 200) m;

insert into fact (id, metric_code, source_id, value, unit, qualifier, region, time_kind, period_start, period_end,
                  period_precision, period_label, quote, locator, status, created_at, updated_at, version, changed_by,
                  change_comment)
select md5('bench-fact-' || i)::uuid,
       'bench.metric-' || (1 + i % 200),
       'bench-source-' || (1 + (i / 200) % 50),
       round((random() * 1000000000)::numeric, 2),
       't',
       (array['exact', 'about', 'more_than'])[1 + i % 3],
       (array['CN', 'CN-BJ', 'CN-SH', 'CN-GD', 'CN-JS', 'CN-ZJ'])[1 + i % 6],
       'flow',
       date '1990-01-01' + (i / 10000) * 31,
       date '1990-01-01' + (i / 10000) * 31 + 30,
       'month',
       'synthetic month ' || (i / 10000),
       'In this period the ' || (array['coal', 'forest', 'carbon market', 'PM2.5', 'wind power', 'water quality',
                                       'solar capacity'])[1 + i % 7]
           || ' figure reached ' || (i % 997) || ' units, as the bulletin reports in table ' || (i % 50) || '.',
       'table ' || (i % 50),
       'published', now(), now(), 0, 'bench', 'synthetic'
from generate_series(1, :n) i;

analyze;

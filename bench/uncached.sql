-- What the service runs for one uncached page (bench/uncached.lua, sorted by -period): the page's ids with their
-- order keys (FactRepository.page), its facts, and its count, bounded at 10,001 (FactRepository.count). The
-- service reads the ids and the facts in two statements; here they are one.
\set t random(1, 7)
\set r random(1, 6)
\set p random(0, 199)
with page as (
    select page.id, json_build_array(page.k0::text, page.k1::text, page.k2::text, page.k3::text)::text as key from (
        select f.id, f.period_start as k0, f.period_end as k1, f.metric_code as k2, f.id as k3 from fact f
        where f.status = 'published'
          and f.metric_code = any(array(select code from metric
              where topic_code = (array['carbon-market','emissions','energy','economy','air','water','land-and-ecosystems'])[:t]))
          and f.region = (array['CN','CN-BJ','CN-SH','CN-GD','CN-JS','CN-ZJ'])[:r] and true
        order by f.period_start desc nulls last, f.period_end desc nulls last, f.metric_code asc nulls last, f.id asc nulls last
        limit 21 offset :p * 20) page
    order by page.k0 desc nulls last, page.k1 desc nulls last, page.k2 asc nulls last, page.k3 asc nulls last)
select f.*, page.key from fact f join page on page.id = f.id;
select count(*) from (select 1 from fact f
 where f.status = 'published'
   and f.metric_code = any(array(select code from metric
       where topic_code = (array['carbon-market','emissions','energy','economy','air','water','land-and-ecosystems'])[:t]))
   and f.region = (array['CN','CN-BJ','CN-SH','CN-GD','CN-JS','CN-ZJ'])[:r]
 limit 10001) counted;

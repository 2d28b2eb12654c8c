-- What the service runs for one uncached page (bench/uncached.lua, sorted by -period): the page and its count.
\set t random(1, 7)
\set r random(1, 6)
\set p random(0, 199)
select f.* from unnest(array(
    select f.id from fact f
    where f.status = 'published'
      and f.metric_code = any(array(select code from metric
          where topic_code = (array['carbon-market','emissions','energy','economy','air','water','land-and-ecosystems'])[:t]))
      and f.region = (array['CN','CN-BJ','CN-SH','CN-GD','CN-JS','CN-ZJ'])[:r]
    order by f.period_start desc nulls last, f.period_end desc nulls last, f.metric_code asc nulls last,
             f.period_start asc nulls last, f.period_end asc nulls last, f.id
    limit 20 offset :p * 20)) with ordinality as page(id, position)
join fact f on f.id = page.id order by page.position;
select count(*) from fact f
 where f.status = 'published'
   and f.metric_code = any(array(select code from metric
       where topic_code = (array['carbon-market','emissions','energy','economy','air','water','land-and-ecosystems'])[:t]))
   and f.region = (array['CN','CN-BJ','CN-SH','CN-GD','CN-JS','CN-ZJ'])[:r];

-- What the service runs for one uncached page (bench/uncached.lua): the page and its count.
\set t random(1, 7)
\set r random(1, 6)
\set p random(0, 19)
select f.* from fact f join metric tm on tm.code = f.metric_code
 where f.status = 'published'
   and tm.topic_code = (array['carbon-market','emissions','energy','economy','air','water','land-and-ecosystems'])[:t]
   and f.region = (array['CN','CN-BJ','CN-SH','CN-GD','CN-JS','CN-ZJ'])[:r]
 order by f.period_start desc nulls last, f.period_end desc nulls last, f.metric_code asc nulls last, f.id
 limit 20 offset :p * 20;
select count(*) from fact f join metric tm on tm.code = f.metric_code
 where f.status = 'published'
   and tm.topic_code = (array['carbon-market','emissions','energy','economy','air','water','land-and-ecosystems'])[:t]
   and f.region = (array['CN','CN-BJ','CN-SH','CN-GD','CN-JS','CN-ZJ'])[:r];

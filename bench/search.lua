-- Full-text searches with varying words, pages and page sizes (16,400 combinations, against 1,000 answers a
-- replica keeps), so that almost no request finds its answer kept.
local words = {"coal", "forest", "carbon%20market", "wind%20power", "water%20quality", "solar", "PM2.5", "bulletin%20table"}
math.randomseed(os.time() + 1)
request = function()
  return wrk.format("GET", string.format("/api/v1/facts?q=%s&page=%d&size=%d", words[math.random(#words)], math.random(1, 50),
    math.random(10, 50)))
end

-- Filtered, sorted pages whose parameters vary on every request (50,400 combinations, against 1,000 answers
-- a replica keeps), so that almost no request finds its answer kept.
local topics = {"carbon-market", "emissions", "energy", "economy", "air", "water", "land-and-ecosystems"}
local sorts = {"period", "-period", "value", "-value", "metric", "region"}
local regions = {"CN", "CN-BJ", "CN-SH", "CN-GD", "CN-JS", "CN-ZJ"}
math.randomseed(os.time())
request = function()
  local path = string.format("/api/v1/facts?topic=%s&region=%s&sort=%s&page=%d&size=20",
    topics[math.random(#topics)], regions[math.random(#regions)], sorts[math.random(#sorts)], math.random(1, 200))
  return wrk.format("GET", path)
end

-- Full-text searches with varying words and pages.
local words = {"coal", "forest", "carbon%20market", "wind%20power", "water%20quality", "solar", "PM2.5", "bulletin%20table"}
math.randomseed(os.time() + 1)
request = function()
  return wrk.format("GET", string.format("/api/v1/facts?q=%s&page=%d&size=20", words[math.random(#words)], math.random(1, 5)))
end

-- wrk script: every connection waits PACE_MS between requests, so the rate is about
-- connections x 1000 / PACE_MS requests per second (wrk has no rate option; wrk2 is not packaged).
local pace = tonumber(os.getenv("PACE_MS") or "10")
function delay()
  return pace
end

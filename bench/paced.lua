-- wrk script: every connection waits PACE_MS between requests, so the rate is about
-- connections x 1000 / PACE_MS requests per second (wrk has no rate option; wrk2 is not packaged).
-- PATHS (comma-separated, optional) are requested in turn instead of the URL's own path.
local pace = tonumber(os.getenv("PACE_MS") or "10")
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "", "[^,]+") do
  paths[#paths + 1] = path
end
local next_path = 0

function delay()
  return pace
end

function request()
  if #paths == 0 then
    return wrk.format()
  end
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

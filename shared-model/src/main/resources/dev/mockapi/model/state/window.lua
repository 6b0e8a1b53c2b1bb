-- The item count and the items from..to in insertion order, with JavaScript slice() bounds:
-- negative counts from the end, '' means the start (from) or the end (to).
-- KEYS: order, items. ARGV: from, to.
local total = redis.call('ZCARD', KEYS[1])
local function bound(value, default)
  if value == '' then
    return default
  end
  local n = tonumber(value)
  if n < 0 then
    return math.max(total + n, 0)
  end
  return math.min(n, total)
end
local from, to = bound(ARGV[1], 0), bound(ARGV[2], total)
local result = {total}
local chunk = 1000 -- unpack() has a small stack limit
for start = from, to - 1, chunk do
  local ids = redis.call('ZRANGE', KEYS[1], start, math.min(start + chunk, to) - 1)
  if #ids > 0 then
    local values = redis.call('HMGET', KEYS[2], unpack(ids))
    for i = 1, #values do
      result[#result + 1] = values[i]
    end
  end
end
return result

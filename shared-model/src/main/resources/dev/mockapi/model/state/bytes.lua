-- Prelude of the scripts that write items: the bytes a collection's items hold, kept in its meta
-- hash as 'bytes' and changed in the same script as the items, so the count is always exact.
-- A collection stored before the count existed is measured once (HSTRLEN, no copies).
local function heldBytes(items, meta)
  local held = redis.call('HGET', meta, 'bytes')
  if held then
    return tonumber(held)
  end
  local total = 0
  for _, id in ipairs(redis.call('HKEYS', items)) do
    total = total + redis.call('HSTRLEN', items, id)
  end
  redis.call('HSET', meta, 'bytes', total)
  return total
end


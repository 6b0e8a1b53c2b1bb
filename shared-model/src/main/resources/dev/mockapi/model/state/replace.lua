-- Replaces an item only if it is still what the caller read (compare-and-set).
-- KEYS: items. ARGV: id, the item as read, the new item.
-- Returns 1 replaced, 0 the item is gone, -1 it changed meanwhile.
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then
  return 0
end
if current ~= ARGV[2] then
  return -1
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1

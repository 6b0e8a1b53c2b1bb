-- Replaces an item only if it is still what the caller read (compare-and-set).
-- KEYS: items, meta. ARGV: id, the item as read, the new item, max bytes of the collection's items.
-- Returns 1 replaced, 0 the item is gone, -1 it changed meanwhile, -2 the collection would be too large.
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then
  return 0
end
if current ~= ARGV[2] then
  return -1
end
local held = heldBytes(KEYS[1], KEYS[2])
local grown = #ARGV[3] - #current
if grown > 0 and held + grown > tonumber(ARGV[4]) then
  return -2
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HINCRBY', KEYS[2], 'bytes', grown)
return 1

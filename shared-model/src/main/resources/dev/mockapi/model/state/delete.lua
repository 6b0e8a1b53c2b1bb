-- Removes an item and answers it (nil when there was none). KEYS: items, order, meta. ARGV: id.
local item = redis.call('HGET', KEYS[1], ARGV[1])
if item then
  heldBytes(KEYS[1], KEYS[3])
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('HINCRBY', KEYS[3], 'bytes', -#item)
end
return item

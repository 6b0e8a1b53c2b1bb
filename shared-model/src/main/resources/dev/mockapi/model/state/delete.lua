-- Removes an item and answers it (nil when there was none). KEYS: items, order. ARGV: id.
local item = redis.call('HGET', KEYS[1], ARGV[1])
if item then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
end
return item

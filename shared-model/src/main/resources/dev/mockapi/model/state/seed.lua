-- Replaces a collection and its seed with the given items (ids 1..n, in order).
-- KEYS: items, order, meta, seed items, seed order, seed meta, collections.
-- ARGV: collection name, max collections, then the items.
local items, order, meta, seedItems, seedOrder, seedMeta, collections = unpack(KEYS)
if redis.call('SISMEMBER', collections, ARGV[1]) == 0
    and redis.call('SCARD', collections) >= tonumber(ARGV[2]) then
  return 'collections'
end
redis.call('DEL', items, order, meta, seedItems, seedOrder, seedMeta)
local count = #ARGV - 2
for i = 1, count do
  redis.call('HSET', items, tostring(i), ARGV[i + 2])
  redis.call('ZADD', order, i, tostring(i))
end
redis.call('HSET', meta, 'lastId', count, 'seq', count)
redis.call('COPY', meta, seedMeta)
if count > 0 then
  redis.call('COPY', items, seedItems)
  redis.call('COPY', order, seedOrder)
end
redis.call('SADD', collections, ARGV[1])
return 'ok'

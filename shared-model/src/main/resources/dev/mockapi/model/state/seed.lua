-- Replaces a collection and its seed with the given items (ids 1..n, in order).
-- KEYS: items, order, meta, seed items, seed order, seed meta, collections.
-- ARGV: collection name, max collections, max bytes of the collection's items, then the items.
local items, order, meta, seedItems, seedOrder, seedMeta, collections = unpack(KEYS)
if redis.call('SISMEMBER', collections, ARGV[1]) == 0
    and redis.call('SCARD', collections) >= tonumber(ARGV[2]) then
  return 'collections'
end
local count = #ARGV - 3
local total = 0
for i = 1, count do
  total = total + #ARGV[i + 3]
end
if total > tonumber(ARGV[3]) then
  return 'bytes'
end
redis.call('DEL', items, order, meta, seedItems, seedOrder, seedMeta)
for i = 1, count do
  redis.call('HSET', items, tostring(i), ARGV[i + 3])
  redis.call('ZADD', order, i, tostring(i))
end
redis.call('HSET', meta, 'lastId', count, 'seq', count, 'bytes', total)
redis.call('COPY', meta, seedMeta)
if count > 0 then
  redis.call('COPY', items, seedItems)
  redis.call('COPY', order, seedOrder)
end
redis.call('SADD', collections, ARGV[1])
return 'ok'

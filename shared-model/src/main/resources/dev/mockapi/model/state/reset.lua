-- Empties a collection, then restores its seed when it has one; answers the items it held.
-- KEYS: items, order, meta, seed items, seed order, seed meta, collections. ARGV: collection name.
local items, order, meta, seedItems, seedOrder, seedMeta, collections = unpack(KEYS)
local held = redis.call('HLEN', items)
redis.call('DEL', items, order, meta)
if redis.call('EXISTS', seedMeta) == 1 then
  redis.call('COPY', seedMeta, meta)
  if redis.call('EXISTS', seedItems) == 1 then
    redis.call('COPY', seedItems, items)
    redis.call('COPY', seedOrder, order)
  end
else
  redis.call('SREM', collections, ARGV[1])
end
return held

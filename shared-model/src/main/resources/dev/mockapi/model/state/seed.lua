-- Replaces collections of one project and their seeds with the given items (ids 1..n, in order),
-- all of them or none: every limit is checked before anything is written.
-- KEYS: the project's set of collections, then per collection: items, order, meta, seed items,
-- seed order, seed meta.
-- ARGV: max collections, max bytes of one collection's items, then per collection: its name, its
-- item count n, and its n items.
local collections = KEYS[1]
local parts = {}
local added = 0
local arg = 3
for c = 1, (#KEYS - 1) / 6 do
  local name, count = ARGV[arg], tonumber(ARGV[arg + 1])
  local first = arg + 2
  local total = 0
  for i = first, first + count - 1 do
    total = total + #ARGV[i]
  end
  if total > tonumber(ARGV[2]) then
    return {'bytes', name}
  end
  if redis.call('SISMEMBER', collections, name) == 0 then
    added = added + 1
  end
  parts[c] = {name, first, count, total}
  arg = first + count
end
if added > 0 and redis.call('SCARD', collections) + added > tonumber(ARGV[1]) then
  return {'collections', ''}
end
for c, part in ipairs(parts) do
  local name, first, count, total = unpack(part)
  local k = 1 + (c - 1) * 6
  local items, order, meta = KEYS[k + 1], KEYS[k + 2], KEYS[k + 3]
  local seedItems, seedOrder, seedMeta = KEYS[k + 4], KEYS[k + 5], KEYS[k + 6]
  redis.call('DEL', items, order, meta, seedItems, seedOrder, seedMeta)
  for i = 1, count do
    redis.call('HSET', items, tostring(i), ARGV[first + i - 1])
    redis.call('ZADD', order, i, tostring(i))
  end
  redis.call('HSET', meta, 'lastId', count, 'seq', count, 'bytes', total)
  redis.call('COPY', meta, seedMeta)
  if count > 0 then
    redis.call('COPY', items, seedItems)
    redis.call('COPY', order, seedOrder)
  end
  redis.call('SADD', collections, name)
end
return {'ok', ''}

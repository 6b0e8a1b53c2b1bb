-- Stores one new item of a collection, atomically.
-- KEYS: items (hash id -> JSON), order (zset id by insertion), meta (hash lastId, seq), collections (set)
-- ARGV: collection name, max items, max collections, the given id ('' = assign the next number),
--       the item with its id (given) or the text before the id (assigned), the text after it
--       (assigned), max bytes of the collection's items
local items, order, meta, collections = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
if redis.call('SISMEMBER', collections, ARGV[1]) == 0
    and redis.call('SCARD', collections) >= tonumber(ARGV[3]) then
  return {'collections'}
end
if redis.call('HLEN', items) >= tonumber(ARGV[2]) then
  return {'items'}
end
-- An assigned id is counted as 16 characters here, before one is taken from the counter.
local largest = #ARGV[5] + #ARGV[6] + (ARGV[4] == '' and 16 or 0)
if heldBytes(items, meta) + largest > tonumber(ARGV[7]) then
  return {'bytes'}
end
local id = ARGV[4]
local item = ARGV[5]
if id == '' then
  repeat
    -- '%d', not tostring(): Lua numbers are doubles, which tostring() writes as 1e+14 from 15 digits
    id = string.format('%d', redis.call('HINCRBY', meta, 'lastId', 1))
  until redis.call('HEXISTS', items, id) == 0
  item = ARGV[5] .. id .. ARGV[6]
elseif redis.call('HEXISTS', items, id) == 1 then
  return {'duplicate'}
elseif string.match(id, '^[1-9][0-9]*$') and #id < 15
    and tonumber(id) > tonumber(redis.call('HGET', meta, 'lastId') or '0') then
  -- a client-given number moves the counter on, so the next assigned id is above it (json-server)
  redis.call('HSET', meta, 'lastId', id)
end
redis.call('HSET', items, id, item)
redis.call('HINCRBY', meta, 'bytes', #item)
redis.call('ZADD', order, redis.call('HINCRBY', meta, 'seq', 1), id)
redis.call('SADD', collections, ARGV[1])
return {'ok', id, item}

-- Moves one project's keys from the names without a hash tag (before Redis Cluster support) to the
-- tagged ones, all in one step. A key is moved only when its new name is free: a second run, or a
-- second manager starting at the same time, moves nothing; what an engine already wrote under a new
-- name is never overwritten (the old key then stays where it was).
-- ARGV: the project key, then the project's old analytics keys. Answers the number of keys moved.
local key = ARGV[1]
local tagged = '{' .. key .. '}'
local moved = 0
local function move(old, new)
  if redis.call('EXISTS', old) == 1 and redis.call('EXISTS', new) == 0 then
    redis.call('RENAME', old, new)
    moved = moved + 1
    return true
  end
  return false
end
move('mockapi:history:' .. key, 'mockapi:history:' .. tagged)
local oldState, newState = 'mockapi:state:' .. key, 'mockapi:state:' .. tagged
local suffixes = {'items', 'order', 'meta', 'seed:items', 'seed:order', 'seed:meta'}
for _, name in ipairs(redis.call('SMEMBERS', oldState .. ':collections')) do
  local free = true
  for _, suffix in ipairs(suffixes) do
    if redis.call('EXISTS', newState .. ':c:' .. name .. ':' .. suffix) == 1 then free = false end
  end
  if free then
    for _, suffix in ipairs(suffixes) do
      move(oldState .. ':c:' .. name .. ':' .. suffix, newState .. ':c:' .. name .. ':' .. suffix)
    end
    redis.call('SADD', newState .. ':collections', name)
    redis.call('SREM', oldState .. ':collections', name)
  end
end
local oldAnalytics = 'mockapi:analytics:' .. key .. ':'
for i = 2, #ARGV do
  local old = ARGV[i]
  if string.sub(old, 1, #oldAnalytics) == oldAnalytics then
    local new = 'mockapi:analytics:' .. tagged .. ':' .. string.sub(old, #oldAnalytics + 1)
    if not move(old, new) and redis.call('EXISTS', old) == 1 then
      -- The engine counted into the new hash already: add the old counts to it.
      local fields = redis.call('HGETALL', old)
      for f = 1, #fields, 2 do
        redis.call('HINCRBY', new, fields[f], fields[f + 1])
      end
      redis.call('DEL', old)
      moved = moved + 1
    end
  end
end
return moved

-- Adds one flush's counts to the analytics hashes: each slot's counts go into its minute hash and its
-- hour hash, and both expire a retention period after their last write.
-- KEYS: the minute hash and the hour hash of each slot.
-- ARGV: seconds to live, then per slot the number of fields and that many field, count pairs.
local ttl = ARGV[1]
local a = 2
local slots = 0
for i = 1, #KEYS, 2 do
  local fields = tonumber(ARGV[a])
  for j = a + 1, a + 2 * fields, 2 do
    redis.call('HINCRBY', KEYS[i], ARGV[j], ARGV[j + 1])
    redis.call('HINCRBY', KEYS[i + 1], ARGV[j], ARGV[j + 1])
  end
  redis.call('EXPIRE', KEYS[i], ttl)
  redis.call('EXPIRE', KEYS[i + 1], ttl)
  a = a + 1 + 2 * fields
  slots = slots + 1
end
return slots

-- Every collection of a project with its item count: name, count, name, count...
-- KEYS: collections. ARGV: the key prefix of the project's collections.
local result = {}
for _, name in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  result[#result + 1] = name
  result[#result + 1] = redis.call('HLEN', ARGV[1] .. name .. ':items')
end
return result

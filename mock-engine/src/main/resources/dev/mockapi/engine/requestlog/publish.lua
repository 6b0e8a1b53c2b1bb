-- Publishes a batch of request-log events and appends each to its project's capped history stream:
-- one command per batch instead of two per event.
-- KEYS: the history stream of each event. ARGV: the history length, then channel and JSON per event.
local maxlen = ARGV[1]
for i = 1, #KEYS do
  local channel, event = ARGV[2 * i], ARGV[2 * i + 1]
  redis.call('PUBLISH', channel, event)
  redis.call('XADD', KEYS[i], 'MAXLEN', '~', maxlen, '*', 'event', event)
end
return #KEYS

-- Dedupe an event and append it to the chat's history in one step.
-- KEYS[1] the event's seen marker, KEYS[2] the chat's history stream
-- ARGV[1] marker lifetime in seconds, ARGV[2..] the stream entry's field/value pairs
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('XADD', KEYS[2], '*', unpack(ARGV, 2))
  return 1
end
return 0

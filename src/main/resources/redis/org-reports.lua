-- What storing a message needs, in one call: who reported in its week, and the named organisations' reports of
-- every week (not every organisation's, which would mean reading and decoding the whole group for each message).
-- KEYS[1] the chat's weeks sorted set; ARGV[1] the prefix of its week hashes; ARGV[2] the message's week;
-- ARGV[3..] organisation ids. The week hashes share the chat's hash tag, so they live in KEYS[1]'s cluster slot.
-- Returns { { orgs reported in the week }, friday1, { json or false per organisation }, friday2, { ... }, ... }
local out = { redis.call('HKEYS', ARGV[1] .. ARGV[2]) }
local weeks = redis.call('ZRANGE', KEYS[1], 0, -1)
for _, friday in ipairs(weeks) do
  out[#out + 1] = friday
  out[#out + 1] = redis.call('HMGET', ARGV[1] .. friday, unpack(ARGV, 3))
end
return out

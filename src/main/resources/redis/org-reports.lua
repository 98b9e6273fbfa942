-- What storing a message needs, in one call: who reported in its week, and the named organisations' reports of
-- every week (not every organisation's, which would mean reading and decoding the whole group for each message).
-- KEYS[1] the chat's weeks sorted set, KEYS[2] its bindings hash, KEYS[3] its baseline-asked hash; ARGV[1] the prefix
-- of its week hashes; ARGV[2] the message's week; ARGV[3] the sender's user id ('' for none); ARGV[4..] organisation
-- ids. The week hashes share the chat's hash tag, so they live in KEYS[1]'s cluster slot.
-- Returns { { orgs reported in the week }, sender's organisation or false, { when asked for its baseline or false per
-- organisation }, friday1, { json or false per organisation }, friday2, { ... }, ... }
local sender = false
if ARGV[3] ~= '' then
  sender = redis.call('HGET', KEYS[2], ARGV[3])
end
local out = { redis.call('HKEYS', ARGV[1] .. ARGV[2]), sender,
  redis.call('HMGET', KEYS[3], unpack(ARGV, 4)) }
local weeks = redis.call('ZRANGE', KEYS[1], 0, -1)
for _, friday in ipairs(weeks) do
  out[#out + 1] = friday
  out[#out + 1] = redis.call('HMGET', ARGV[1] .. friday, unpack(ARGV, 4))
end
return out

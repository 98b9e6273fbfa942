-- Every week's current reports of a chat, in one call on the shared connection.
-- KEYS[1] the chat's weeks sorted set; ARGV[1] the prefix of its week hashes ("rb:{chat}:week:").
-- The week hashes share the chat's hash tag, so they live in the same cluster slot as KEYS[1].
-- Returns { friday1, { org, json, org, json, ... }, friday2, { ... }, ... }
local weeks = redis.call('ZRANGE', KEYS[1], 0, -1)
local out = {}
for _, friday in ipairs(weeks) do
  out[#out + 1] = friday
  out[#out + 1] = redis.call('HGETALL', ARGV[1] .. friday)
end
return out

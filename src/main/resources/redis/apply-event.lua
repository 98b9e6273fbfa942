-- Dedupe an event, append it to the chat's history and apply its changes, in one step.
-- KEYS[1] the event's seen marker, KEYS[2] the chat's history stream, KEYS[3] the chat's "bot has left" marker,
-- KEYS[4..] keys the changes name by index.
-- ARGV[1] marker lifetime (s), ARGV[2] 1 when the event is the bot joining, ARGV[3] n = number of stream
-- field/value items, ARGV[4..3+n] the stream entry, ARGV[4+n] the history's cut (entries with older ids are trimmed),
-- then the changes, each an opcode and its arguments:
--   V+ versions version week weeks score vid json org friday fridayScore   add a version
--   V- versions version week weeks vid org friday fridayScore              withdraw a version
--   B+ binding user org | B? binding user org (only if the user is unbound) | B- binding user
--   M key value (SET) | D key (DEL) | H+ hash field value (HSET) | H- hash field (HDEL) | E key seconds (EXPIRE)
--   N message   (first change only) stop here, changing nothing, when the message key exists: the same LINE
--               message under another event id
-- Returns 1 when applied, 0 for a duplicate, 2 when the bot has left the chat (kept in the history only), 3 when the
-- event carries a message an earlier event carried (kept in the history only).
local function current(versions, version, week, weeks, org, friday, fridayScore)
  local top = redis.call('ZREVRANGE', KEYS[versions], 0, 0)
  if top[1] then
    redis.call('HSET', KEYS[week], org, redis.call('HGET', KEYS[version], top[1]))
    redis.call('ZADD', KEYS[weeks], fridayScore, friday)
  else
    redis.call('HDEL', KEYS[week], org)
  end
end

if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return 0
end
local n = tonumber(ARGV[3])
redis.call('XADD', KEYS[2], 'MINID', ARGV[4 + n], '*', unpack(ARGV, 4, 3 + n))
if ARGV[2] ~= '1' and redis.call('EXISTS', KEYS[3]) == 1 then
  return 2
end
local i = 5 + n
while i <= #ARGV do
  local op = ARGV[i]
  if op == 'V+' then
    local vs, v, w, ws = tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3]), tonumber(ARGV[i + 4])
    redis.call('ZADD', KEYS[vs], ARGV[i + 5], ARGV[i + 6])
    redis.call('HSET', KEYS[v], ARGV[i + 6], ARGV[i + 7])
    current(vs, v, w, ws, ARGV[i + 8], ARGV[i + 9], ARGV[i + 10])
    i = i + 11
  elseif op == 'V-' then
    local vs, v, w, ws = tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3]), tonumber(ARGV[i + 4])
    redis.call('ZREM', KEYS[vs], ARGV[i + 5])
    current(vs, v, w, ws, ARGV[i + 6], ARGV[i + 7], ARGV[i + 8])
    i = i + 9
  elseif op == 'B+' then
    redis.call('HSET', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2], ARGV[i + 3])
    i = i + 4
  elseif op == 'B?' then
    redis.call('HSETNX', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2], ARGV[i + 3])
    i = i + 4
  elseif op == 'B-' then
    redis.call('HDEL', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2])
    i = i + 3
  elseif op == 'M' then
    redis.call('SET', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2])
    i = i + 3
  elseif op == 'H+' then
    redis.call('HSET', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2], ARGV[i + 3])
    i = i + 4
  elseif op == 'H-' then
    redis.call('HDEL', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2])
    i = i + 3
  elseif op == 'N' then
    if redis.call('EXISTS', KEYS[tonumber(ARGV[i + 1])]) == 1 then
      return 3
    end
    i = i + 2
  elseif op == 'E' then
    redis.call('EXPIRE', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2])
    i = i + 3
  elseif op == 'D' then
    redis.call('DEL', KEYS[tonumber(ARGV[i + 1])])
    i = i + 2
  else
    return redis.error_reply('unknown change ' .. tostring(op))
  end
end
return 1

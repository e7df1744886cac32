-- createGroup with a fresh name and 10 explicit businesses of organization 1 on every request.
local counter = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000))
local ids = {}
for i = 0, 9 do
  ids[#ids + 1] = string.format('"0001%020x"', 100 + i)
end
local list = table.concat(ids, ",")

request = function()
  counter = counter + 1
  local body = string.format('{"name":"bench %s %d","business__in":[%s]}', prefix, counter, list)
  return wrk.format("POST", nil, nil, body)
end

-- wrk script for scripts/bench-server.sh: each thread posts distinct reports of its own project.
-- wrk -s scripts/bench-server-ingest.lua URL -- DIR   (DIR holds token-N and body-N.json, N = 1..threads)
local threads = {}
local counter = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", #threads)
end

function init(args)
  local folder = args[1]
  local tokenFile = assert(io.open(folder .. "/token-" .. index))
  local token = tokenFile:read("*l")
  tokenFile:close()
  local bodyFile = assert(io.open(folder .. "/body-" .. index .. ".json"))
  body = bodyFile:read("*a")
  bodyFile:close()
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

-- A new generatedAt fraction makes each report distinct (a new digest), so every post is an insert.
function request()
  counter = counter + 1
  local distinct = string.gsub(body, "@SERIAL@", string.format("%09d", counter), 1)
  return wrk.format("POST", "/api/v1/reports", nil, distinct)
end

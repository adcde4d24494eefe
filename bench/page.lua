-- wrk script for bench/web.sh: spreads requests over one session per simulated user,
-- counts status codes (a 302 to /login would otherwise look like success) and prints
-- p50/p90/p95/p99/p99.9 latency plus throughput in a form web.sh can parse.
--
-- Environment: BENCH_PATH (e.g. /masterplans/1), BENCH_COOKIES (file with one
-- "SESSION=..." cookie per line), BENCH_ACCEPT_ENCODING (default gzip, like a browser).

local threads = {}

local think = tonumber(os.getenv("BENCH_THINK_MS") or "0")
if think > 0 then
  function delay()
    return think
  end
end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local path = os.getenv("BENCH_PATH")
  local encoding = os.getenv("BENCH_ACCEPT_ENCODING") or "gzip"
  local cookies = {}
  for line in io.lines(os.getenv("BENCH_COOKIES")) do
    if #line > 0 then table.insert(cookies, line) end
  end
  requests = {}
  for i, cookie in ipairs(cookies) do
    local headers = { ["Cookie"] = cookie, ["Accept"] = "text/html" }
    if encoding ~= "" then headers["Accept-Encoding"] = encoding end
    requests[i] = wrk.format("GET", path, headers)
  end
  -- threads start at different sessions so that each session sees about the same load
  next_request = (id - 1) % #requests
  statuses = {}
  ok = 0
  other = 0
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local ok_total, other_total = 0, 0
  for _, thread in ipairs(threads) do
    ok_total = ok_total + thread:get("ok")
    other_total = other_total + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write("BENCH requests=", summary.requests, "\n")
  io.write("BENCH status_200=", ok_total, "\n")
  io.write("BENCH status_other=", other_total, "\n")
  io.write("BENCH socket_errors=", summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, "\n")
  io.write(string.format("BENCH duration_s=%.2f\n", seconds))
  io.write(string.format("BENCH throughput_rps=%.1f\n", summary.requests / seconds))
  io.write(string.format("BENCH latency_mean_ms=%.2f\n", latency.mean / 1000))
  for _, p in ipairs({ 50, 90, 95, 99, 99.9 }) do
    io.write(string.format("BENCH latency_p%s_ms=%.2f\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("BENCH latency_max_ms=%.2f\n", latency.max / 1000))
  io.write(string.format("BENCH transfer_mb=%.2f\n", summary.bytes / 1048576))
end

-- wrk script: GETs one page and prints the latency percentiles; counts answers that are not 200.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
function done(summary, latency, requests)
  local b = 0
  for _, thread in ipairs(threads) do b = b + thread:get("bad") end
  io.write(string.format("page.lua: %d answers not 200; p50 %.2f ms, p99 %.2f ms\n", b,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

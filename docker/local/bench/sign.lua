-- wrk script: signs a petition with a fresh e-mail address on every request, as a person would after
-- the form has been on screen for a while. It only POSTs; the form's tokens are fetched once before.
-- Two ways to give them:
--   arguments (docker/local/benchmark.sh):
--     wrk ... -s sign.lua URL -- <path> <csrf-field> <csrf-token> <csrf-cookie> <started> <zips> <run>
--   or the environment, as docker/local/bench/sign-tokens.sh prints it:
--     SIGN_PATH, CSRF_COOKIE, CSRF_TOKEN, STARTED, RUN_ID, and optionally CSRF_FIELD and ZIPS.
-- <zips> (ZIPS) is a comma-separated list of ZIP codes the signers take in turn: they come from many
-- places, as on a real day (the petition report keeps a row per petition and ZIP). <run> (RUN_ID) keeps
-- runs apart: the addresses are sign-<run>-<thread>-<n>@bench.example.
-- At the end it prints how many answers were 303 (the thank-you page), which the benchmark compares
-- with the signature rows found in the database.

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  if #args >= 7 then
    path, field, token, cookie, started, zipList, run = args[1], args[2], args[3], args[4], args[5], args[6], args[7]
  else
    path, token, cookie, started = os.getenv("SIGN_PATH"), os.getenv("CSRF_TOKEN"), os.getenv("CSRF_COOKIE"), os.getenv("STARTED")
    field = os.getenv("CSRF_FIELD") or "csrf-token"
    zipList = os.getenv("ZIPS") or "05401"
    run = os.getenv("RUN_ID") or tostring(os.time())
  end
  zips = {}
  for z in string.gmatch(zipList, "[^,]+") do
    table.insert(zips, z)
  end
  n = 0
  seeother = 0
  other = 0
  headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }
  fixed = enc(field) .. "=" .. enc(token) .. "&started=" .. enc(started) .. "&website=&firstName=Bench&lastName=Signer&comment=&showName=yes"
end

function request()
  n = n + 1
  local zip = zips[(n + id) % #zips + 1]
  return wrk.format("POST", path, headers,
    fixed .. "&zip=" .. zip .. "&email=" .. enc("sign-" .. run .. "-" .. id .. "-" .. n .. "@bench.example"))
end

function response(status, headers, body)
  if status == 303 then
    seeother = seeother + 1
  else
    other = other + 1
    if other <= 3 then
      io.stderr:write("sign.lua: answer " .. status .. ": " .. body:sub(1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local s, o = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("seeother")
    o = o + t:get("other")
  end
  io.write(string.format("answers 303: %d\nanswers other: %d\n", s, o))
  io.write(string.format("sign.lua: %d answered, %d thanked (303), %d other\n", s + o, s, o))
  io.write(string.format("p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

-- wrk script for docker/local/benchmark.sh: every request signs the petition with a fresh e-mail
-- address, as a person would after the form has been on screen for a while. It POSTs only (the form
-- is fetched once by the benchmark, which passes in what a browser would send back).
--   wrk ... -s sign.lua URL -- <path> <csrf-field> <csrf-token> <csrf-cookie> <started> <zips> <run>
-- <zips> is a comma-separated list of ZIP codes the signers take in turn: they come from many places.
-- <run> makes the addresses unique across runs: sign-<run>-<thread>-<n>@bench.example.
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
  path, field, token, cookie, started, run = args[1], args[2], args[3], args[4], args[5], args[7]
  zips = {}
  for z in string.gmatch(args[6], "[^,]+") do
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
end

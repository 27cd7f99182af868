-- wrk script: signs a petition with a fresh e-mail address on every request (docker/local/bench/README.md).
-- The form's tokens come from the environment, fetched once by docker/local/bench/sign-tokens.sh:
--   SIGN_PATH    /petitions/<slug>/sign
--   CSRF_COOKIE  the csrf-token cookie (name=value) the page set
--   CSRF_TOKEN   the csrf-token form field of that page
--   STARTED      the "started" field (a signed time, at least min-fill-time old when wrk starts)
-- Each wrk thread numbers its own requests; RUN_ID keeps two runs apart, so no address repeats.
local path = os.getenv("SIGN_PATH")
local cookie = os.getenv("CSRF_COOKIE")
local csrf = os.getenv("CSRF_TOKEN")
local started = os.getenv("STARTED")
local run = os.getenv("RUN_ID") or tostring(os.time())

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  answered = 0
  thanked = 0
end

function request()
  n = n + 1
  local body = "csrf-token=" .. enc(csrf) .. "&started=" .. enc(started) ..
    "&firstName=Load&lastName=Signer&email=" .. enc("load-" .. run .. "-" .. tid .. "-" .. n .. "@example.net") ..
    "&zip=05401&comment=&showName=on&website="
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end

function response(status, headers, body)
  answered = answered + 1
  if status == 303 then
    thanked = thanked + 1
  end
end

function done(summary, latency, requests)
  local a, t = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("answered")
    t = t + thread:get("thanked")
  end
  io.write(string.format("sign.lua: %d answered, %d thanked (303), %d other\n", a, t, a - t))
  io.write(string.format("p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

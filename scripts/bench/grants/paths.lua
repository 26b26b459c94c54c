-- wrk script: cycles through the request paths in the file named by PATHS (one per line) and sends the
-- sign-in cookie in COOKIE (empty: none). A dummy cookie (".Civitas.Identity=bench", not a valid session)
-- makes the anonymous output cache step aside, so the page is built from the database on every request;
-- a real one (minted by the generator) signs the request in. Prints p50/p95/p99 at the end.
local paths = {}
local counter = 0
local cookie = os.getenv("COOKIE") or ""

function init(args)
  local file = io.open(os.getenv("PATHS"), "r")
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  local headers = { ["Accept-Encoding"] = "identity" }
  if #cookie > 0 then headers["Cookie"] = ".Civitas.Identity=" .. cookie end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.0f errors=%d non2xx=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

-- wrk script: cycles through the request paths in the file named by the environment variable PATHS
-- (one per line), so a run mixes searches and filters; prints p50/p95/p99 at the end.
-- A dummy sign-in cookie makes the anonymous output cache step aside, so every request is served from
-- the database, not from memory (the cookie is not a valid session: the request stays anonymous).
local paths = {}
local counter = 0

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
  return wrk.format("GET", path, { ["Cookie"] = ".Civitas.Identity=bench", ["Accept-Encoding"] = "identity" })
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.0f errors=%d non2xx=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

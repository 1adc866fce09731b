-- wrk script of bench_server: GET /api/v1/changes?since=0&limit=500, one page of 500 changes.
-- Each wrk thread is one account: thread i reads DIR/account-i.txt (its session token on the
-- first line). Run as: wrk -t N ... -s feed.lua URL -- DIR
local counter = 0

function setup(thread)
    thread:set("index", counter)
    counter = counter + 1
end

function init(args)
    local file = assert(io.open(args[1] .. "/account-" .. index .. ".txt", "r"))
    local token = file:read("*l")
    file:close()
    wrk.headers["Authorization"] = "Bearer " .. token
    wrk.method = "GET"
    wrk.path = "/api/v1/changes?since=0&limit=500"
end

function done(summary, latency, requests)
    -- One line for bench_server to read (times in microseconds).
    io.write(string.format("wrk-result: requests=%d duration_us=%d p50_us=%d p99_us=%d "
                           .. "non2xx=%d socket_errors=%d\n",
                           summary.requests, summary.duration, latency:percentile(50),
                           latency:percentile(99), summary.errors.status,
                           summary.errors.connect + summary.errors.read + summary.errors.write
                               + summary.errors.timeout))
end

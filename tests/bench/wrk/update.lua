-- wrk script of bench_server: PUT /api/v1/records/{uuid} with If-Match, each wrk thread one
-- account updating its own basicInfo records in turn, so that every version advances: thread i
-- reads DIR/account-i.txt (its session token, then "RECORD APPLICANT" a line) and DIR/body.json
-- (the record's body). A record comes round again only after all the thread's others, long
-- after its last answer: the version it sends is the one before plus 1, and a 409 would show
-- as a non-2xx answer. Run as: wrk -t N ... -s update.lua URL -- DIR
local counter = 0

function setup(thread)
    thread:set("index", counter)
    counter = counter + 1
end

function init(args)
    local file = assert(io.open(args[1] .. "/account-" .. index .. ".txt", "r"))
    token = file:read("*l")
    records = {}
    for line in file:lines() do
        local record, applicant = line:match("^(%S+) (%S+)$")
        if record then
            table.insert(records, {record = record, applicant = applicant, version = 1})
        end
    end
    file:close()
    local body = assert(io.open(args[1] .. "/body.json", "r"))
    recordBody = body:read("*a")
    body:close()
    position = 0
    -- wrk calls request() once more on thread 0, right after init, to look at the request and
    -- never sends it: that call must not count as an update.
    dryRun = index == 0
end

function request()
    local next = position % #records + 1
    local r = records[next]
    local headers = {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["If-Match"] = '"' .. r.version .. '"',
    }
    if dryRun then
        dryRun = false
    else
        position = next
        r.version = r.version + 1
    end
    local body = '{"applicant":"' .. r.applicant .. '","kind":"basicInfo","body":' .. recordBody
                 .. '}'
    return wrk.format("PUT", "/api/v1/records/" .. r.record, headers, body)
end

function done(summary, latency, requests)
    io.write(string.format("wrk-result: requests=%d duration_us=%d p50_us=%d p99_us=%d "
                           .. "non2xx=%d socket_errors=%d\n",
                           summary.requests, summary.duration, latency:percentile(50),
                           latency:percentile(99), summary.errors.status,
                           summary.errors.connect + summary.errors.read + summary.errors.write
                               + summary.errors.timeout))
end

#!/usr/bin/env bash
# Benchmarks the sandbox against a bare Kestrel baseline serving the same payloads, in one run on one machine.
# Both servers run side by side and each workload alternates between them in short slices, so that the machine's
# drift (its speed moves by a factor of two over a day) hits both alike and the ratios hold.
#   bench/run.sh           full run (10 s warm-up, then 5 slices of 2 s per server and workload; 100,000 businesses)
#   bench/run.sh --quick   smoke run (a few seconds; checks the harness works, figures mean little)
#   bench/run.sh --warm-up createGroup's req/s in 5 s slices from the start of a fresh sandbox process, for 30 s
#   BENCH_PORT_SANDBOX / BENCH_PORT_BASELINE choose the ports (default 5380 / 5381).
#   BENCH_PIN=0 leaves servers and load generator unpinned, sharing every core.
# Prints one table: req/s (and ratio to the baseline), p50, p99, non-2xx count, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-full}
slice=2 slices=5 warmup=10 big=100000 omitted_runs=20
if [ "$mode" = "--quick" ]; then slice=1 slices=2 warmup=1 big=2000 omitted_runs=3; fi
port_sandbox=${BENCH_PORT_SANDBOX:-5380} port_baseline=${BENCH_PORT_BASELINE:-5381}
out=bench/out
mkdir -p "$out"

if ! command -v wrk >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# Server on core 0, load generator on core 1, when the machine has two cores and taskset (unless BENCH_PIN=0).
server_pin=() load_pin=()
if [ "${BENCH_PIN:-1}" != 0 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
    server_pin=(taskset -c 0) load_pin=(taskset -c 1)
fi

# Both servers are published the way README "Options" recommends for the fastest start: Release, ReadyToRun.
echo "publishing (Release, ReadyToRun)..."
publish=(dotnet publish -c Release --use-current-runtime -p:PublishReadyToRun=true -v q -nologo)
"${publish[@]}" src/PartooGroups.Api -o "$out/sandbox" >/dev/null
"${publish[@]}" bench/Baseline -o "$out/baseline" >/dev/null
node bench/generate-data.mjs "$out/seed.json" "$big"

pid=
now_ms() { date +%s%3N; }

# start NAME PORT CMD... : starts a server, waits for /health/ready, sets $pid and $ready_ms.
start() {
    local name=$1 port=$2; shift 2
    local t0; t0=$(now_ms)
    "${server_pin[@]}" "$@" --urls "http://127.0.0.1:$port" >"$out/$name.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || { echo "$name exited; see $out/$name.log"; exit 1; }
        sleep 0.005
    done
    ready_ms=$(( $(now_ms) - t0 ))
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# start_seeded_sandbox: a first start that loads the seed into the empty file (its time in $seed_ms), stopped, then the
# start that is measured, on the seeded file (sets $pid and $ready_ms).
start_seeded_sandbox() {
    start sandbox-seed "$port_sandbox" dotnet "$out/sandbox/PartooGroups.Api.dll" --db "$db" --seed "$out/seed.json"
    seed_ms=$ready_ms
    stop "$pid"
    start sandbox "$port_sandbox" dotnet "$out/sandbox/PartooGroups.Api.dll" --db "$db"
}

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

to_ms() { # wrk latency like 812.00us, 1.20ms, 2.01s
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# wrk_slice NAME URL [wrk args...] : one measured slice; appends to NAME's totals (requests, seconds, p50s, p99s).
declare -A requests seconds p50s p99s non2xx
wrk_slice() {
    local name=$1 url=$2; shift 2
    local text; text=$("${load_pin[@]}" wrk -t1 -c16 -d"${slice}s" --latency "$@" "$url")
    requests[$name]=$(( ${requests[$name]:-0} + $(awk '/requests in/ { print $1 }' <<<"$text") ))
    seconds[$name]=$(awk -v a="${seconds[$name]:-0}" -v t="$(awk '/requests in/ { print $4 }' <<<"$text")" \
        'BEGIN { n = t + 0; if (t ~ /ms,?$/) n /= 1000; else if (t ~ /m,?$/) n *= 60; printf "%.3f", a + n }')
    p50s[$name]+=" $(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$text")")"
    p99s[$name]+=" $(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$text")")"
    local bad; bad=$(awk '/Non-2xx/ { print $NF }' <<<"$text")
    non2xx[$name]=$(( ${non2xx[$name]:-0} + ${bad:-0} ))
    [ "${bad:-0}" -eq 0 ] || failed_workloads+=("$name: $bad non-2xx answers")
    local errors; errors=$(awk '/Socket errors/ { print }' <<<"$text")
    [ -z "$errors" ] || { echo "  $errors"; failed_workloads+=("$name: $errors"); }
}

# workload LABEL BASE_URL SANDBOX_URL [wrk args...] : warms both servers, then alternates measured slices between them
# (the sandbox's requests also carry its API key) and adds a row for each: req/s over all slices, the median of the
# slices' p50, the median of their p99 with the highest in brackets (wrk reports percentiles per run, not histograms).
workload() {
    local label=$1 base_url=$2 sandbox_url=$3; shift 3
    "${load_pin[@]}" wrk -t1 -c16 -d"${warmup}s" "$@" "$base_url" >/dev/null
    "${load_pin[@]}" wrk -t1 -c16 -d"${warmup}s" "$@" "${key[@]}" "$sandbox_url" >/dev/null
    for _ in $(seq 1 "$slices"); do
        wrk_slice "$label/baseline" "$base_url" "$@"
        wrk_slice "$label/sandbox" "$sandbox_url" "$@" "${key[@]}"
    done
    local base_rps sandbox_rps
    base_rps=$(rate "$label/baseline") sandbox_rps=$(rate "$label/sandbox")
    row "$label" baseline "$base_rps" 1.00 "$(median "${p50s[$label/baseline]}")" "$(p99_cell "$label/baseline")" \
        "${non2xx[$label/baseline]}" "-"
    row "$label" sandbox "$sandbox_rps" "$(awk -v a="$sandbox_rps" -v b="$base_rps" 'BEGIN { printf "%.2f", a / b }')" \
        "$(median "${p50s[$label/sandbox]}")" "$(p99_cell "$label/sandbox")" "${non2xx[$label/sandbox]}" "-"
}

rate() { awk -v r="${requests[$1]}" -v s="${seconds[$1]}" 'BEGIN { printf "%.0f", r / s }'; }
# median / highest "v1 v2 ...": of a space-separated list of figures; the median of an even count is the lower middle one.
sorted() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n; }
median() { sorted "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
highest() { sorted "$1" | tail -n 1; }
p99_cell() { echo "$(median "${p99s[$1]}") ($(highest "${p99s[$1]}"))"; }

rows=() failed_workloads=()
row() { rows+=("$(printf '| %-44s | %-8s | %9s | %6s | %8s | %14s | %7s | %8s |' "$@")"); }

key=(-H 'x-APIKey: bench-admin-key')
db="$out/bench.db"
rm -f "$db" "$db-wal" "$db-shm"

# --- warm-up: how soon a fresh process reaches its steady rate (what a short test suite sees) -----------
if [ "$mode" = "--warm-up" ]; then
    start_seeded_sandbox
    rates=()
    for _ in 1 2 3 4 5 6; do
        text=$("${load_pin[@]}" wrk -t1 -c16 -d5s -s bench/create-group.lua "${key[@]}" -H 'Content-Type: application/json' \
            "http://127.0.0.1:$port_sandbox/v2/sections/1/groups")
        rates+=("$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$text")")
        if grep -qE 'Non-2xx|Socket errors' <<<"$text"; then
            stop "$pid"
            printf 'failed: createGroup in the warm-up\n%s\n' "$text"
            exit 1
        fi
    done
    stop "$pid"
    echo "createGroup req/s in 5 s slices from the start of a fresh process (ready after $ready_ms ms): ${rates[*]}"
    exit 0
fi

# --- both servers, side by side ----------------------------------------------------------------------
start baseline "$port_baseline" dotnet "$out/baseline/Baseline.dll"
base_pid=$pid base_ready=$ready_ms
start_seeded_sandbox
sandbox_pid=$pid sandbox_ready=$ready_ms

workload "getGroup, 100 businesses" \
    "http://127.0.0.1:$port_baseline/v2/sections/1/groups/1" "http://127.0.0.1:$port_sandbox/v2/sections/1/groups/1"
workload "createGroup, 10 businesses" \
    "http://127.0.0.1:$port_baseline/v2/sections/1/groups" "http://127.0.0.1:$port_sandbox/v2/sections/1/groups" \
    -s bench/create-group.lua -H 'Content-Type: application/json'
base_rss=$(peak_rss_mb "$base_pid")
stop "$base_pid"

times=()
for i in $(seq 1 "$omitted_runs"); do
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "http://127.0.0.1:$port_sandbox/v2/sections/2/groups" \
        -H 'x-APIKey: bench-big-admin-key' -H 'Content-Type: application/json' -d "{\"name\":\"all $i $RANDOM\"}")
    [ "${t%% *}" = 200 ] || { echo "createGroup (omitted) answered ${t%% *}"; exit 1; }
    times+=("$(awk -v s="${t#* }" 'BEGIN { printf "%.2f", s * 1000 }')")
done
p50=$(median "${times[*]}")
p99=$(highest "${times[*]}")
row "createGroup, business__in omitted, $big businesses" sandbox "-" "-" "$p50" "$p99 (max)" 0 "$(peak_rss_mb "$sandbox_pid") MB"

node bench/generate-tenant.mjs "$out/tenant.json"
admin=(-H 'x-Sandbox-Admin-Key: sandbox-admin-key' -H 'Content-Type: application/json')
tenant=$(curl -sf -X POST "http://127.0.0.1:$port_sandbox/_sandbox/tenants" "${admin[@]}" --data-binary @"$out/tenant.json" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).tenant))')
times=()
for i in $(seq 1 "$omitted_runs"); do
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "http://127.0.0.1:$port_sandbox/_sandbox/tenants/$tenant/reset" "${admin[@]}")
    [ "${t%% *}" = 200 ] || { echo "tenant reset answered ${t%% *}"; exit 1; }
    times+=("$(awk -v s="${t#* }" 'BEGIN { printf "%.2f", s * 1000 }')")
done
reset_p50=$(median "${times[*]}")
reset_max=$(highest "${times[*]}")
stop "$sandbox_pid"

row "peak RSS under load" baseline "-" "-" "-" "-" "-" "$base_rss MB"
row "ready after start (seeded database)" baseline "-" "-" "$base_ready" "-" "-" "-"
row "ready after start (seeded database)" sandbox "-" "-" "$sandbox_ready" "-" "-" "-"
row "first start: migrate + load the seed" sandbox "-" "-" "$seed_ms" "-" "-" "-"
row "tenant reset, 1,000 businesses" sandbox "-" "-" "$reset_p50" "$reset_max (max)" 0 "-"

echo
echo "wrk -t1 -c16; per server and workload: warm-up ${warmup} s, then $slices slices of ${slice} s alternating with the other server"
echo "req/s over all slices; p50: median of the slices'; p99: median of the slices' (highest); latencies in ms"
echo "$(nproc) cores, servers pinned: ${server_pin[*]:-no}"
printf '| %-44s | %-8s | %9s | %6s | %8s | %14s | %7s | %8s |\n' workload server "req/s" ratio p50 p99 non-2xx "peak RSS"
printf '|%s|\n' "----------------------------------------------|----------|-----------|--------|----------|----------------|---------|----------"
printf '%s\n' "${rows[@]}"

# Every workload's requests must succeed: a run with errors is reported and fails (the CI smoke relies on it).
if [ "${#failed_workloads[@]}" -gt 0 ]; then
    printf 'failed: %s\n' "${failed_workloads[@]}"
    exit 1
fi

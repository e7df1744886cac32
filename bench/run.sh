#!/usr/bin/env bash
# Benchmarks the sandbox against a bare Kestrel baseline serving the same payloads, in one run on one machine.
#   bench/run.sh           full run (10 s per workload, 100,000-business organization)
#   bench/run.sh --quick   smoke run (a few seconds; checks the harness works, figures mean little)
#   BENCH_PORT_SANDBOX / BENCH_PORT_BASELINE choose the ports (default 5380 / 5381).
#   BENCH_PIN=0 leaves servers and load generator unpinned, sharing every core.
# Prints one table: req/s (and ratio to the baseline), p50, p99, non-2xx count, peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=10s warmup=10s big=100000 omitted_runs=20
if [ "${1:-}" = "--quick" ]; then duration=2s warmup=1s big=2000 omitted_runs=3; fi
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

stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }

to_ms() { # wrk latency like 812.00us, 1.20ms, 2.01s
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# wrk_run URL [wrk args...] : warm-up then measurement; sets rps p50 p99 non2xx.
wrk_run() {
    local url=$1; shift
    "${load_pin[@]}" wrk -t1 -c16 -d"$warmup" "$@" "$url" >/dev/null
    local text; text=$("${load_pin[@]}" wrk -t1 -c16 -d"$duration" --latency "$@" "$url")
    rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$text")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$text")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$text")")
    non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$text"); non2xx=${non2xx:-0}
    [ "$non2xx" -eq 0 ] || failed_workloads+=("$url: $non2xx non-2xx answers")
    local errors; errors=$(awk '/Socket errors/ { print }' <<<"$text")
    [ -z "$errors" ] || { echo "  $errors"; failed_workloads+=("$url: $errors"); }
}

rows=() failed_workloads=()
row() { rows+=("$(printf '| %-44s | %-8s | %9s | %6s | %8s | %8s | %7s | %8s |' "$@")"); }

# --- baseline -----------------------------------------------------------------------------------------
start baseline "$port_baseline" dotnet "$out/baseline/Baseline.dll"
base_ready=$ready_ms
wrk_run "http://127.0.0.1:$port_baseline/v2/sections/1/groups/1"
base_get=$rps; row "getGroup, 100 businesses" baseline "$rps" 1.00 "$p50" "$p99" "$non2xx" "-"
wrk_run "http://127.0.0.1:$port_baseline/v2/sections/1/groups" -s bench/create-group.lua -H 'Content-Type: application/json'
base_post=$rps; row "createGroup, 10 businesses" baseline "$rps" 1.00 "$p50" "$p99" "$non2xx" "$(peak_rss_mb) MB"
stop

# --- sandbox ------------------------------------------------------------------------------------------
db="$out/bench.db"
rm -f "$db" "$db-wal" "$db-shm"
start sandbox-seed "$port_sandbox" dotnet "$out/sandbox/PartooGroups.Api.dll" --db "$db" --seed "$out/seed.json"
seed_ms=$ready_ms
stop
start sandbox "$port_sandbox" dotnet "$out/sandbox/PartooGroups.Api.dll" --db "$db"
sandbox_ready=$ready_ms
key=(-H 'x-APIKey: bench-admin-key')
wrk_run "http://127.0.0.1:$port_sandbox/v2/sections/1/groups/1" "${key[@]}"
row "getGroup, 100 businesses" sandbox "$rps" "$(awk -v a="$rps" -v b="$base_get" 'BEGIN { printf "%.2f", a / b }')" "$p50" "$p99" "$non2xx" "-"
wrk_run "http://127.0.0.1:$port_sandbox/v2/sections/1/groups" -s bench/create-group.lua "${key[@]}" -H 'Content-Type: application/json'
row "createGroup, 10 businesses" sandbox "$rps" "$(awk -v a="$rps" -v b="$base_post" 'BEGIN { printf "%.2f", a / b }')" "$p50" "$p99" "$non2xx" "-"

times=()
for i in $(seq 1 "$omitted_runs"); do
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "http://127.0.0.1:$port_sandbox/v2/sections/2/groups" \
        -H 'x-APIKey: bench-big-admin-key' -H 'Content-Type: application/json' -d "{\"name\":\"all $i $RANDOM\"}")
    [ "${t%% *}" = 200 ] || { echo "createGroup (omitted) answered ${t%% *}"; exit 1; }
    times+=("$(awk -v s="${t#* }" 'BEGIN { printf "%.2f", s * 1000 }')")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
p50=$(awk -v n="${#times[@]}" 'NR == int((n + 1) / 2)' <<<"$sorted")
p99=$(tail -n 1 <<<"$sorted")
row "createGroup, business__in omitted, $big businesses" sandbox "-" "-" "$p50" "$p99 (max)" 0 "$(peak_rss_mb) MB"

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
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
reset_p50=$(awk -v n="${#times[@]}" 'NR == int((n + 1) / 2)' <<<"$sorted")
reset_max=$(tail -n 1 <<<"$sorted")
stop

row "ready after start (seeded database)" baseline "-" "-" "$base_ready" "-" "-" "-"
row "ready after start (seeded database)" sandbox "-" "-" "$sandbox_ready" "-" "-" "-"
row "first start: migrate + load the seed" sandbox "-" "-" "$seed_ms" "-" "-" "-"
row "tenant reset, 1,000 businesses" sandbox "-" "-" "$reset_p50" "$reset_max (max)" 0 "-"

echo
echo "wrk -t1 -c16, warm-up $warmup, measured $duration; latencies in ms; $(nproc) cores, server pinned: ${server_pin[*]:-no}"
printf '| %-44s | %-8s | %9s | %6s | %8s | %8s | %7s | %8s |\n' workload server "req/s" ratio p50 p99 non-2xx "peak RSS"
printf '|%s|\n' "----------------------------------------------|----------|-----------|--------|----------|----------|---------|----------"
printf '%s\n' "${rows[@]}"

# Every workload's requests must succeed: a run with errors is reported and fails (the CI smoke relies on it).
if [ "${#failed_workloads[@]}" -gt 0 ]; then
    printf 'failed: %s\n' "${failed_workloads[@]}"
    exit 1
fi

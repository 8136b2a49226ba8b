#!/bin/bash
# Regenerates the server and protocol part of BENCHMARKS.md in one run (issue 12's proof), every figure next to
# its reference measured in the same run:
#   1. the frame decoder against Netty's WebSocket08FrameDecoder (JMH, DecoderVsNettyBenchmark): 16 B, 1 KiB, 64 KiB
#   2. echo round trips/s and latency, Node load client (128-byte text, every echo checked) at 1, 100, 1,000
#      clients against our `serve`, node ws 8 and Java-WebSocket 1.6.0
#   3. hostile clients against our `serve` (bench/node/hostile.js): what each hit, the close code or status, the RSS
#   4. the permessage-deflate conformance table (ConformanceTable runs PermessageDeflateConformanceTest's cases)
#   5. capture indexing against tshark (bench/capture-vs-tshark.sh, its output as it prints it)
#   6. time to the first window: the jar under Xvfb, -Dprism.order=sw, until xdotool sees the window mapped
# and writes them between the proof markers of BENCHMARKS.md (the rest of the file is left as it is).
#
#   bench/proof.sh            # everything, about 20 minutes
#   ONLY="echo hostile" bench/proof.sh   # some parts: decoder echo hostile conformance capture window
#
# Needs JDK 17+, Maven, node 18+ and npm; for the last two parts tshark, Xvfb and xdotool (Debian: apt-get install
# tshark xvfb xdotool). It installs ws@8 from npm into bench/node/node_modules (git-ignored) and builds the jar with
# Maven (MVN_FLAGS=-o to stay offline). Never part of `mvn verify`. Knobs: ECHO_SECONDS (10), ECHO_WARMUP (3), ECHO_ROUNDS (3),
# HOSTILE_SECONDS (15), HELD_HANDSHAKE_TIMEOUT (60: the 4,000 connections' server), JMH_ARGS ("-wi 3 -w 1 -i 4 -r 1 -f 1"), DECODER_ROUNDS (3), CAPTURE_RUNS (1), PROOF_DISPLAY (:47),
# SKIP_BUILD=1 (reuse the jar and classes of the last build), SERVE_FLAGS (extra `serve` options for the echo and hostile runs, none by default: the defaults are measured).
set -euo pipefail
cd "$(dirname "$0")/.."
ONLY=${ONLY:-"decoder echo hostile conformance capture window"}
ECHO_SECONDS=${ECHO_SECONDS:-10}
ECHO_WARMUP=${ECHO_WARMUP:-3}
ECHO_ROUNDS=${ECHO_ROUNDS:-3}
HOSTILE_SECONDS=${HOSTILE_SECONDS:-15}
HELD_HANDSHAKE_TIMEOUT=${HELD_HANDSHAKE_TIMEOUT:-60}
JMH_ARGS=${JMH_ARGS:-"-wi 3 -w 1 -i 4 -r 1 -f 1"}
DECODER_ROUNDS=${DECODER_ROUNDS:-3}
CAPTURE_RUNS=${CAPTURE_RUNS:-1}
PROOF_DISPLAY=${PROOF_DISPLAY:-:47}
SERVE_FLAGS=${SERVE_FLAGS:-}
JAR=target/websocket-inspector.jar
OUT=target/bench/proof
mkdir -p "$OUT"
# A part re-run replaces only its own results; the others stay as their last run left them (each says when).
for part in $ONLY; do
    rm -f "$OUT/$part.md" "$OUT/$part.when"
    case $part in decoder) rm -f "$OUT"/jmh* ;; echo) rm -f "$OUT"/echo-*.jsonl ;; esac
done
ulimit -n 65536 2> /dev/null || ulimit -n "$(ulimit -Hn)" # 4,000 connections: a descriptor each on both sides

wants() {
    case " $ONLY " in
        *" $1 "*) echo "$(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)" > "$OUT/$1.when"; return 0 ;;
        *) return 1 ;;
    esac
}
say() { echo "proof: $*" >&2; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done; }
trap cleanup EXIT

if [ -n "${SKIP_BUILD:-}" ] && [ -f "$JAR" ] && [ -f "$OUT/cp.txt" ]; then
    say "SKIP_BUILD: using the jar and classes already built"
else
    say "building the jar and the benchmark classes (mvn package -DskipTests)"
    mvn -B -q ${MVN_FLAGS:-} package -DskipTests > "$OUT/mvn.log" 2>&1 || { cat "$OUT/mvn.log" >&2; exit 2; }
    mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" \
        >> "$OUT/mvn.log" 2>&1 || { cat "$OUT/mvn.log" >&2; exit 2; }
fi
CP="target/test-classes:target/classes:$(cat "$OUT/cp.txt")"
say "installing ws@8 into bench/node"
(cd bench/node && npm install --no-audit --no-fund --loglevel=error > /dev/null)

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')

# start_server NAME COMMAND…: starts it in the background, logs to $OUT/NAME.log, waits for its port; sets PORT, PID
start_server() {
    local name=$1
    shift
    "$@" > "$OUT/$name.log" 2>&1 &
    PID=$!
    PIDS+=("$PID")
    PORT=""
    for _ in $(seq 150); do
        PORT=$(grep -o -m1 -E '(listening on ws://[^:]+:|listening )[0-9]+' "$OUT/$name.log" | grep -o -E '[0-9]+$' || true)
        [ -n "$PORT" ] && return 0
        kill -0 "$PID" 2> /dev/null || break
        sleep 0.2
    done
    say "$name did not start:"; cat "$OUT/$name.log" >&2; exit 2
}
rss() { awk '/^VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/ {printf "%d MiB", $2 / 1024}' "/proc/$1/status"; }
stop_server() { kill "$1" 2> /dev/null || true; wait "$1" 2> /dev/null || true; }

if wants decoder; then
    # Rounds alternate ours and Netty, so both see the same share of a busy machine; the table pairs them by round.
    for round in $(seq "$DECODER_ROUNDS"); do
        benches="ourFrameDecoder nettyDecoder"
        [ "$round" = 1 ] && benches="$benches ourDissector"
        for b in $benches; do
            say "decoder: round $round of $DECODER_ROUNDS, $b ($JMH_ARGS)"
            # shellcheck disable=SC2086
            java -cp "$CP" org.openjdk.jmh.Main "DecoderVsNettyBenchmark.$b\$" $JMH_ARGS -rf json \
                -rff "$OUT/jmh-$round-$b.json" >> "$OUT/jmh.log" 2>&1 || { tail -20 "$OUT/jmh.log" >&2; exit 2; }
        done
        node -e 'console.log(JSON.stringify(process.argv.slice(1).flatMap((f) => require(require("path").resolve(f)))))' \
            "$OUT"/jmh-"$round"-*.json > "$OUT/jmh-round-$round.json"
    done
    node bench/node/jmh-table.js "$OUT"/jmh-round-*.json > "$OUT/decoder.md"
    printf '\nJMH options per fork: `%s`.\n' "$JMH_ARGS" >> "$OUT/decoder.md"
fi

if wants echo; then
    # shellcheck disable=SC2086
    start_server ours java -jar "$JAR" serve --port 0 $SERVE_FLAGS; OURS=$PID; OURS_PORT=$PORT
    start_server ws node bench/node/ws-echo.js; WS=$PID; WS_PORT=$PORT
    start_server jws java -cp "$CP" wsinspector.bench.JavaWebSocketEchoMain; JWS=$PID; JWS_PORT=$PORT
    RSS_IDLE="ours $(rss $OURS), ws $(rss $WS), Java-WebSocket $(rss $JWS)"
    for port in $OURS_PORT $WS_PORT $JWS_PORT; do # the JVMs compile their hot paths before anything is measured
        say "echo: warming up the server on port $port (100 clients, $ECHO_WARMUP s, not measured)"
        node bench/node/load.js "ws://127.0.0.1:$port/" 100 "$ECHO_WARMUP" 1 > /dev/null
    done
    # Rounds: each client count against the three servers in turn, then again; the table takes the medians.
    for round in $(seq "$ECHO_ROUNDS"); do
        for clients in 1 100 1000; do
            for s in ours ws jws; do
                case $s in ours) port=$OURS_PORT ;; ws) port=$WS_PORT ;; jws) port=$JWS_PORT ;; esac
                load=$(cut -d' ' -f1 /proc/loadavg)
                say "echo: round $round of $ECHO_ROUNDS, $clients clients against $s (load average $load)"
                node bench/node/load.js "ws://127.0.0.1:$port/" "$clients" "$ECHO_SECONDS" "$ECHO_WARMUP" \
                    | sed "s/}\$/,\"round\":$round,\"load\":$load}/" >> "$OUT/echo-$s.jsonl"
                sleep 2 # let the closes of this run finish before the next
            done
        done
    done
    RSS_PEAK="ours $(hwm $OURS), ws $(hwm $WS), Java-WebSocket $(hwm $JWS)"
    stop_server $OURS; stop_server $WS; stop_server $JWS
    node bench/node/echo-table.js "$OUT/echo-ours.jsonl" "$OUT/echo-ws.jsonl" "$OUT/echo-jws.jsonl" > "$OUT/echo.md"
    {
        echo
        echo "Each run: ${ECHO_WARMUP} s of warm-up, then ${ECHO_SECONDS} s measured."
        echo
        echo "Server memory (RSS) before the runs: $RSS_IDLE; peak (VmHWM) over the three runs: $RSS_PEAK."
    } >> "$OUT/echo.md"
fi

if wants hostile; then
    say "hostile: $HOSTILE_SECONDS s per scenario"
    # Every scenario but one against a server with the default limits, so the slowloris meets the 10 s handshake limit.
    # shellcheck disable=SC2086
    start_server hostile-serve java -jar "$JAR" serve --port 0 $SERVE_FLAGS
    HOSTILE_SKIP=abandoned node bench/node/hostile.js "ws://127.0.0.1:$PORT/" "$PID" "$HOSTILE_SECONDS" \
        > "$OUT/hostile-default.md" 2> "$OUT/hostile.log"
    stop_server "$PID"
    # The 4,000 connections want 2,000 unfinished handshakes held at once: on their own server, with the handshake
    # time limit set for it (opening 4,000 takes seconds on a busy machine, and the default would close the first).
    say "hostile: 4,000 connections, serve --handshake-timeout $HELD_HANDSHAKE_TIMEOUT"
    # shellcheck disable=SC2086
    start_server hostile-held java -jar "$JAR" serve --port 0 --handshake-timeout "$HELD_HANDSHAKE_TIMEOUT" $SERVE_FLAGS
    HOSTILE_ONLY=abandoned node bench/node/hostile.js "ws://127.0.0.1:$PORT/" "$PID" "$HOSTILE_SECONDS" \
        > "$OUT/hostile-held.md" 2>> "$OUT/hostile.log"
    stop_server "$PID"
    {
        grep '^|' "$OUT/hostile-default.md" | head -3          # the table's head and the slowloris row
        grep '^| 4,000' "$OUT/hostile-held.md" || true           # the 4,000 connections, on their own server
        grep '^|' "$OUT/hostile-default.md" | tail -n +4
        grep -v '^|' "$OUT/hostile-default.md" | grep . || true
        grep -v '^|' "$OUT/hostile-held.md" || true
        echo
        echo "The servers' logs, their lines other than \"opened\" and \"closed 1000\", counted by kind:"
        echo
        echo '```'
        cat "$OUT/hostile-serve.log" "$OUT/hostile-held.log" \
            | grep -v -E '^#[0-9]+ (opened|closed 1000)|^listening|^[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4} |^(INFO|WARNING|SEVERE): ' \
            | sed -E 's/^#[0-9]+ //; s/127\.0\.0\.1:[0-9]+ ?//; s/[0-9]{5,}/N/g' | cut -c1-130 | sort | uniq -c | sort -rn \
            | head -25 || true
        echo '```'
    } > "$OUT/hostile.md"
fi

if wants conformance; then
    say "conformance: PermessageDeflateConformanceTest's cases"
    java -cp "$CP" wsinspector.bench.ConformanceTable 2> "$OUT/conformance.log" > "$OUT/conformance.md"
fi

if wants capture; then
    say "capture: bench/capture-vs-tshark.sh (median of $CAPTURE_RUNS)"
    bench/capture-vs-tshark.sh target/bench/big.pcap "$CAPTURE_RUNS" > "$OUT/capture.md" 2> "$OUT/capture.log" \
        || echo "bench/capture-vs-tshark.sh failed: $(tail -1 "$OUT/capture.log")" > "$OUT/capture.md"
fi

if wants window; then
    say "window: time to the first window on $PROOF_DISPLAY"
    if command -v Xvfb > /dev/null && command -v xdotool > /dev/null; then
        Xvfb "$PROOF_DISPLAY" -screen 0 1280x800x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
        XVFB=$!
        PIDS+=("$XVFB")
        sleep 1
        : > "$OUT/window.times"
        for _ in 1 2 3; do
            start=$(date +%s%N)
            DISPLAY=$PROOF_DISPLAY java -Dprism.order=sw -jar "$JAR" > "$OUT/window.log" 2>&1 &
            APP=$!
            if DISPLAY=$PROOF_DISPLAY timeout 60 xdotool search --sync --onlyvisible --name 'WebSocket Inspector' > /dev/null; then
                echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$OUT/window.times"
            fi
            kill $APP 2> /dev/null || true
            wait $APP 2> /dev/null || true
        done
        kill $XVFB; wait $XVFB 2> /dev/null || true
        sort -n "$OUT/window.times" | awk '{ t[NR] = $1 } END {
            if (NR == 0) { print "The window did not appear within 60 s."; exit }
            printf "| runs | median | fastest | slowest |\n|---|---|---|---|\n| %d | %.2f s | %.2f s | %.2f s |\n",
                NR, t[int((NR + 1) / 2)] / 1000, t[1] / 1000, t[NR] / 1000 }' > "$OUT/window.md"
    else
        echo "Not measured: Xvfb or xdotool is missing (apt-get install xvfb xdotool)." > "$OUT/window.md"
    fi
fi

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
section() { # section TITLE FILE [TEXT…]: a subsection with its table, when that part ran
    local title=$1 file=$2
    shift 2
    [ -f "$OUT/$file" ] || return 0
    printf '\n### %s\n\n' "$title"
    [ -f "$OUT/${file%.md}.when" ] && printf 'Run %s (1, 5, 15 min).\n\n' "$(cat "$OUT/${file%.md}.when")"
    for line in "$@"; do printf '%s\n' "$line"; done
    [ $# -gt 0 ] && echo
    cat "$OUT/$file"
}
{
    echo "<!-- proof:begin — written by bench/proof.sh; edit the script, not this part -->"
    echo "## The server and the protocol core, side by side (bench/proof.sh)"
    echo
    echo "Regenerate with \`bench/proof.sh\` (about 20 minutes; see its header for the knobs). One run of it made"
    echo "every figure below, each next to its reference measured in the same run on the same machine."
    echo
    echo "- Last run: $STARTED, parts: $ONLY (each part below says when it ran)"
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr)"
    echo "- $(java -version 2>&1 | head -1), Maven $(mvn -B -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g' | awk '{print $3}'), node $(node --version), ws $(node -p "require('./bench/node/node_modules/ws/package.json').version")"
    echo "- Load average (1, 5, 15 min) at the start: $LOAD_START; at the end: $LOAD_END — the machine is shared, so"
    echo "  absolute figures move from run to run; the ratios, taken within one run, are what to compare."
    section "Frame decoder against Netty" decoder.md \
        "JMH (rounds alternating ours and Netty, their count and each fork's options in the table's notes): a 4 MiB stream of masked binary frames fed in 16 KiB reads; our \`FrameDecoder\` with" \
        "\`unmaskedPayload()\` per frame against Netty's \`WebSocket08FrameDecoder\` (its frames' content unmasked, released)." \
        "Our \`Dissector\` (validation, reassembly, a field tree per frame: what the window shows) is for reference." \
        "Each fork runs with \`-Xms1g -Xmx1g -XX:+AlwaysPreTouch\` (both decoders): on this VM a fresh heap page's first" \
        "touch faults through the hypervisor, which made our per-frame arrays look 10× slower in a short fork than in a" \
        "warm process; Netty's pooled buffers never meet it."
    section "Echo: round trips per second and latency" echo.md \
        "\`bench/node/load.js\`: N clients on one Node process, each sends a 128-byte text message, waits for its echo," \
        "checks it byte for byte, sends the next; warm-up then a measured period (the lengths are under the table), latency per round trip." \
        "Servers as a user starts them, no flags, no permessage-deflate offered: \`java -jar websocket-inspector.jar serve\`," \
        "\`bench/node/ws-echo.js\` (ws 8) and \`JavaWebSocketEchoMain\` (Java-WebSocket 1.6.0). Each client count is run against" \
        "the three servers in turn, after a warm-up of each (100 clients, not measured), and the whole series is run" \
        "${ECHO_ROUNDS} times (rounds interleaved, so a busy spell of the machine hits all three servers); the load client" \
        "shares the cores with the server it drives."
    section "Hostile clients against our server" hostile.md \
        "\`bench/node/hostile.js\` against \`java -jar websocket-inspector.jar serve${SERVE_FLAGS:+ $SERVE_FLAGS}\` (its default limits: among them a" \
        "10 s handshake time limit), one scenario after another on the same server, each watched for up to ${HOSTILE_SECONDS} s." \
        "The 4,000 connections run on a server of their own started with \`serve --handshake-timeout ${HELD_HANDSHAKE_TIMEOUT}${SERVE_FLAGS:+ $SERVE_FLAGS}\`:" \
        "the target wants 2,000 unfinished handshakes held at once, which the default limit exists to prevent (the slowloris" \
        "row shows it closing them), and opening 4,000 connections takes seconds on a busy machine. They are opened 400 at a time." \
        "\"A fresh client\" connects and echoes once while the scenario runs. RSS is the server process's resident memory" \
        "(/proc), its change over the scenario."
    section "permessage-deflate conformance" conformance.md \
        "Each offer sent byte for byte to our server; the answer compared with the one required and judged by RFC 7692" \
        "§7.1; then 64 B, 4 KiB and 64 KiB messages echoed compressed, their DEFLATE distances checked against the agreed window."
    section "Capture indexing against tshark (bench/capture-vs-tshark.sh, as it prints)" capture.md
    section "Time to the first window" window.md \
        "\`java -Dprism.order=sw -jar websocket-inspector.jar\` under Xvfb ($PROOF_DISPLAY, 1280×800), from the launch until" \
        "\`xdotool search --sync --onlyvisible --name 'WebSocket Inspector'\` finds the window mapped."
    echo "<!-- proof:end -->"
} > "$OUT/section.md"

# Replace the previous proof section (or append the first one); the rest of BENCHMARKS.md is not ours to rewrite.
node -e '
const fs = require("fs");
const [file, part] = process.argv.slice(1);
const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
const section = fs.readFileSync(part, "utf8").trimEnd() + "\n";
const re = /<!-- proof:begin[\s\S]*?<!-- proof:end -->\n?/;
fs.writeFileSync(file, re.test(old) ? old.replace(re, () => section) : old.trimEnd() + "\n\n" + section);
' BENCHMARKS.md "$OUT/section.md"
say "BENCHMARKS.md updated (load average at the end: $LOAD_END)"

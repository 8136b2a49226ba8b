#!/bin/sh
# Opens a big capture in the window, as File → Open does, on the default heap, and measures the time to the
# conversation on screen, to the first message selected and drawn, to the inspector's first view whole, to
# the whole file read, and the FX thread's longest stall meanwhile, in wall time and in its own CPU time
# (src/test/java/wsinspector/bench/WindowLoadProbe.java), the collector's pauses meanwhile (each stops the FX thread
# too; on a shared machine a pause's wall time grows with the load, so its count and what the window keeps per
# message say more than its length) and the bytes the window keeps per message of the capture (heap after a full
# collection, less the window's before the open, divided by the messages). Not part of the tests. Needs a display: under
# Xvfb, e.g. `Xvfb :42 -screen 0 1280x800x24 & DISPLAY=:42 bench/window-load.sh`.
#
#   bench/window-load.sh [CAPTURE] [RUNS] [OTHER_JAR]
#
# CAPTURE defaults to target/bench/big.pcap, made by bench/make-big-capture.py (1,000,000 masked 16-byte
# frames, 10 per TCP segment, 29 MB). RUNS (default 3) fresh JVMs each; with OTHER_JAR (another build's
# websocket-inspector.jar, e.g. main's before a change) the runs alternate between the two jars, the same
# probe driving both, so that the machine's load falls on both alike. Each run is printed on stderr with the
# load average at its start; the medians go to stdout as a Markdown table (BENCHMARKS.md's form).
# WAIT_MS (default 1500): how long after the window is up the file is opened (a person going through the open dialog
# takes seconds; a file named on the command line, none).
# Needs the jar and the test classes: mvn -B package -DskipTests.
set -eu
cd "$(dirname "$0")/.."
CAPTURE=${1:-target/bench/big.pcap}
RUNS=${2:-3}
OTHER=${3:-}
JAR=target/websocket-inspector.jar
[ -f "$JAR" ] && [ -d target/test-classes/wsinspector/bench ] \
    || { echo "build the jar and the test classes first: mvn -B package -DskipTests" >&2; exit 2; }
[ -z "$OTHER" ] || [ -f "$OTHER" ] || { echo "no such jar: $OTHER" >&2; exit 2; }
if [ ! -f "$CAPTURE" ]; then
    mkdir -p "$(dirname "$CAPTURE")"
    python3 bench/make-big-capture.py "$CAPTURE"
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# once NAME JAR: one run of the probe on that jar; appends its result line and the 1-minute load to $OUT/NAME
once() {
    load=$(cut -d' ' -f1 /proc/loadavg)
    # -XX:MaxHeapFreeRatio=100: the probe's full collection that measures the window before the open must not shrink
    # the heap start-up left (G1 does, to a quarter): the load then ran through collections a person never has
    line=$(java -XX:MaxHeapFreeRatio=100 -Dprism.order=sw -Dprobe.waitMs="${WAIT_MS:-1500}" -cp "target/test-classes:$2" wsinspector.bench.WindowLoadProbe "$CAPTURE" 2> /dev/null \
        | grep '^result ' || echo "result failed")
    echo "$1: $line load=$load" >&2
    echo "$line load=$load" >> "$OUT/$1"
}

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" >&2
i=0
while [ "$i" -lt "$RUNS" ]; do
    [ -z "$OTHER" ] || once other "$OTHER"
    once this "$JAR"
    i=$((i + 1))
done

# row NAME LABEL: the median of each figure over the runs (each figure on its own), the loads' range
row() {
    awk -v label="$2" '
        function median(k,   n, i, j, t, v) {
            n = 0
            for (i = 1; i <= runs; i++) if (val[i, k] != "" && val[i, k] >= 0) v[++n] = val[i, k]
            if (n == 0) return "–"
            for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
            return (n % 2) ? v[(n + 1) / 2] : int((v[n / 2] + v[n / 2 + 1]) / 2)
        }
        $2 != "failed" {
            runs++
            for (f = 2; f <= NF; f++) { split($f, kv, "="); val[runs, kv[1]] = kv[2] }
            if (lo == "" || val[runs, "load"] + 0 < lo + 0) lo = val[runs, "load"]
            if (hi == "" || val[runs, "load"] + 0 > hi + 0) hi = val[runs, "load"]
        }
        END {
            printf "| %s | %d | %s ms | %s ms | %s ms | %s ms | %s ms | **%s ms** | **%s ms** | %s | %s ms (%s) | %s B | %s–%s |\n", label, runs,
                median("conversation"), median("selected"), median("drawn"), median("whole"), median("read"),
                median("stall"), median("cpu"), median("over100"), median("gcmax"), median("gcs"), median("kept"), lo, hi
        }' "$OUT/$1"
}

echo "Capture: $CAPTURE ($(stat -c %s "$CAPTURE") bytes), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores;" \
    "medians of each figure over the runs."
echo
echo "| jar | runs | conversation on screen | first message selected | first message drawn | inspector's first view whole | whole file read | FX thread's longest stall (wall) | FX thread's longest run of own CPU | stalls over 100 ms | collector's longest pause (pauses) | kept per message | load average (1 min) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
[ -z "$OTHER" ] || row other "$OTHER"
row this "$JAR"

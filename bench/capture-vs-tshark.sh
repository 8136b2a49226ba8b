#!/bin/sh
# Runs decode --summary and decode --json of our jar and tshark's field export side by side on the same
# capture, in one run, and prints a Markdown table: wall time, CPU time, peak RSS (/usr/bin/time -v),
# and the ratios to tshark. Not part of the tests.
#
#   bench/capture-vs-tshark.sh [CAPTURE] [RUNS]
#
# CAPTURE defaults to target/bench/big.pcap, made by bench/make-big-capture.py (1,000,000 masked 16-byte
# frames, 10 per TCP segment, 29 MB). The jar is target/websocket-inspector.jar (mvn package).
set -eu
cd "$(dirname "$0")/.."
CAPTURE=${1:-target/bench/big.pcap}
RUNS=${2:-3}
JAR=target/websocket-inspector.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -B package -DskipTests" >&2; exit 2; }
if [ ! -f "$CAPTURE" ]; then
    mkdir -p "$(dirname "$CAPTURE")"
    python3 bench/make-big-capture.py "$CAPTURE"
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# once NAME COMMAND…: runs it once, appends "wall cpu rss_kib" to $OUT/NAME.runs
once() {
    name=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> /dev/null
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$OUT/$name.time" >> "$OUT/$name.runs"
}
# median NAME: the run with the median wall time
median() {
    sort -n "$OUT/$1.runs" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)'
}

# Rounds interleave the three commands, so a change of the machine's load falls on all of them alike.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$OUT/tshark.runs"; : > "$OUT/summary.runs"; : > "$OUT/json.runs"
i=0
while [ "$i" -lt "$RUNS" ]; do
    once tshark tshark -r "$CAPTURE" -Y websocket -T fields -e websocket.opcode -e websocket.payload_length
    once summary java -jar "$JAR" decode "$CAPTURE" --summary
    once json java -jar "$JAR" decode "$CAPTURE" --json
    echo "round $((i + 1)): tshark $(tail -1 "$OUT/tshark.runs"), --summary $(tail -1 "$OUT/summary.runs"), --json $(tail -1 "$OUT/json.runs") (wall s, CPU s, RSS KiB); load $(cut -d' ' -f1 /proc/loadavg)" >&2
    i=$((i + 1))
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
TSHARK=$(median tshark)
SUMMARY=$(median summary)
JSON=$(median json)

row() {
    echo "$2 $TSHARK" | awk -v what="$1" '{
        printf "| %s | %.2f s | %.2f s | %d MiB | %.1f× | %.2f× |\n", what, $1, $2, $3 / 1024, $4 / $1, $3 / $6 }'
}
echo "Capture: $CAPTURE ($(stat -c %s "$CAPTURE") bytes), median of $RUNS interleaved rounds, $(date -u '+%Y-%m-%d %H:%M UTC'),"
echo "$(nproc) cores, load average $LOAD_BEFORE before and $LOAD_AFTER after; $(java -version 2>&1 | head -1); $(tshark --version 2>/dev/null | head -1)"
echo
echo "| command | wall | CPU (user+sys) | peak RSS | tshark's wall ÷ this | this RSS ÷ tshark's |"
echo "|---|---|---|---|---|---|"
echo "$TSHARK" | awk '{ printf "| tshark -Y websocket -T fields -e websocket.opcode -e websocket.payload_length | %.2f s | %.2f s | %d MiB | 1 | 1 |\n", $1, $2, $3 / 1024 }'
row "java -jar websocket-inspector.jar decode --summary" "$SUMMARY"
row "java -jar websocket-inspector.jar decode --json" "$JSON"
echo
echo "Lines: tshark $(wc -l < "$OUT/tshark.out") (one per packet holding frames), --json $(wc -l < "$OUT/json.out") (one per message)."

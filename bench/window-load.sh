#!/bin/sh
# Opens a big capture in the window, as File → Open does, on the default heap, and prints the time to the
# first message drawn, to the whole file read, and the FX thread's longest stall meanwhile
# (src/test/java/wsinspector/bench/WindowLoadProbe.java). Not part of the tests. Needs a display: under
# Xvfb, e.g. `Xvfb :42 -screen 0 1280x800x24 & DISPLAY=:42 bench/window-load.sh`.
#
#   bench/window-load.sh [CAPTURE]
#
# CAPTURE defaults to target/bench/big.pcap, made by bench/make-big-capture.py (1,000,000 masked 16-byte
# frames, 10 per TCP segment, 29 MB). Needs the jar and the test classes: mvn -B package -DskipTests.
set -eu
cd "$(dirname "$0")/.."
CAPTURE=${1:-target/bench/big.pcap}
JAR=target/websocket-inspector.jar
[ -f "$JAR" ] && [ -d target/test-classes/wsinspector/bench ] \
    || { echo "build the jar and the test classes first: mvn -B package -DskipTests" >&2; exit 2; }
if [ ! -f "$CAPTURE" ]; then
    mkdir -p "$(dirname "$CAPTURE")"
    python3 bench/make-big-capture.py "$CAPTURE"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
exec java -Dprism.order=sw -cp "$JAR:target/test-classes" wsinspector.bench.WindowLoadProbe "$CAPTURE"

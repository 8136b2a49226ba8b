#!/usr/bin/env bash
# Remakes the captures of samples/ on this machine, each from a real client talking to the echo
# server over loopback, recorded by tshark. Needs: tshark, Debian's chromium, node + npm, a JDK 17.
# Usage: samples/make/make-samples.sh   (from the repository; run as root or with capture rights on lo)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/samples"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

jar="$work/websocket-inspector.jar"
(cd "$repo" && mvn -q -DskipTests package) && cp "$repo/target/websocket-inspector.jar" "$jar"
# playwright-core outside the repository (no node_modules in git)
(cd "$work" && npm init -y >/dev/null && npm install --silent playwright-core@1.65.1 >/dev/null)

# record NAME PORT COMMAND...: serve on PORT, capture it while COMMAND runs, write samples/NAME.pcapng
record() {
  local name=$1 port=$2; shift 2
  java -jar "$jar" serve --port "$port" > "$work/serve-$name.log" 2>&1 &
  local server=$!
  until grep -qs listening "$work/serve-$name.log"; do sleep 0.2; done
  tshark -i lo -f "tcp port $port" -w "$work/$name.pcapng" > "$work/tshark-$name.log" 2>&1 &
  local capture=$!
  until grep -qs "Capturing on" "$work/tshark-$name.log"; do sleep 0.2; done
  sleep 1
  "$@"
  sleep 1
  kill -INT "$capture"; wait "$capture" || true
  kill "$server"; wait "$server" || true
  cp "$work/$name.pcapng" "$out/$name.pcapng" && chmod a+r "$out/$name.pcapng"
  echo "samples/$name.pcapng: $(grep -o '[0-9]* packets captured' "$work/tshark-$name.log")"
}

record chromium-deflate 18701 env NODE_PATH="$work/node_modules" node "$here/chromium-echo.cjs" 18701 "$out/chromium.har"
record jdk-client 18702 java "$here/JdkClient.java" 18702
record hixie76-client 18703 java -cp "$jar" "$here/ProjectClient.java" 18703 hixie76
record protocol-error 18704 java -cp "$jar" "$here/ProjectClient.java" 18704 unmasked

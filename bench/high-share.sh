#!/bin/sh
# Runs a command (a benchmark) with nearly all of the CPU it asks for while other work runs on the machine (a build,
# tests): in a cgroup-v1 "cpu" group with the largest share, 256 times a normal process's. Inside the group the
# command's threads share as usual, so a window's FX thread, renderer and loader compete with each other as on a
# quiet machine, not with the other work. Needs root and /sys/fs/cgroup/cpu (cgroup v1). Put the X server the
# benchmark draws on in the group too (its pid as the command: `bench/high-share.sh --pid PID`).
#
#   bench/high-share.sh bench/window-load.sh CAPTURE RUNS [OTHER_JAR]
#   bench/high-share.sh --pid "$(pgrep -f 'Xvfb :49')"
set -eu
GROUP=/sys/fs/cgroup/cpu/wsinspector-bench
[ -d /sys/fs/cgroup/cpu ] || { echo "no cgroup-v1 cpu controller at /sys/fs/cgroup/cpu" >&2; exit 2; }
mkdir -p "$GROUP"
echo 262144 > "$GROUP/cpu.shares"
if [ "${1:-}" = "--pid" ]; then
    echo "$2" > "$GROUP/cgroup.procs"
    exit 0
fi
echo $$ > "$GROUP/cgroup.procs"
exec "$@"

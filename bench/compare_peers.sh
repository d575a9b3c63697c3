#!/bin/sh
# annalist's scanner and chrono-node on the same text, in one run, side by side.
# Usage: bench/compare_peers.sh [MB] [FILE...]
#   MB defaults to 20; FILE defaults to the TempEval-3 training set in ../shared.
# Needs a release build (cmake --preset release && cmake --build --preset release);
# the peer needs node and `npm install` in bench/ (skipped, with a message, without).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bench="$root/build/release/bin/annalist_scan_bench"
mb=${1:-20}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
    set -- "$root"/../shared/corpora/tempeval3/train/*/*.tml
fi
if [ ! -x "$bench" ]; then
    echo "compare_peers: $bench is missing: build the release preset first" >&2
    exit 1
fi

text=$(mktemp "${TMPDIR:-/tmp}/annalist-peers.XXXXXX")
trap 'rm -f "$text" "$text.annalist" "$text.chrono"' EXIT

"$bench" --mb "$mb" --save-text "$text" "$@" > "$text.annalist"

if ! command -v node > /dev/null 2>&1; then
    printf 'peer: chrono-node (skipped)\nskipped: node is not installed\n' > "$text.chrono"
elif [ ! -d "$here/node_modules/chrono-node" ]; then
    printf "peer: chrono-node (skipped)\nskipped: run 'npm install' in bench/ first\n" > "$text.chrono"
else
    node "$here/chrono_peer.mjs" "$text" > "$text.chrono"
fi

figure() { sed -n "s/^$1: //p" "$2"; }
printf '%-12s %-34s %-34s\n' "" "annalist $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "$(sed -n 's/^peer: //p' "$text.chrono")"
for field in text mentions time throughput "peak memory"; do
    printf '%-12s %-34s %-34s\n' "$field" "$(figure "$field" "$text.annalist")" "$(figure "$field" "$text.chrono")"
done
if grep -q '^skipped: ' "$text.chrono"; then
    echo "chrono-node $(sed -n 's/^skipped: /skipped: /p' "$text.chrono")"
fi

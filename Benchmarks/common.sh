# Shared by the benchmark scripts (sourced): the binary to time, and one timed run.

# Sets `binary`: $BINARY when given, else a release build in the scratch path $1 (default .build).
benchmark_binary() {
    command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
    if [ -n "${BINARY:-}" ]; then
        binary="$BINARY"
    else
        swift build -c release --scratch-path "${1:-.build}" --product dossierlint >/dev/null
        binary="${1:-.build}/release/dossierlint"
    fi
}

# measure NAME COMMAND...: runs the command under /usr/bin/time -v (its output to
# $work/stdout) and prints NAME, wall s, CPU s (user + system), CPU / wall, peak MB and the
# exit status, separated by tabs. Needs $work.
measure() {
    local name="$1"
    shift
    local log="$work/time.log"
    /usr/bin/time -v "$@" >"$work/stdout" 2>"$log" || true
    python3 - "$name" "$log" <<'PY'
import re, sys
name, log = sys.argv[1], open(sys.argv[2]).read()
def value(label):
    return re.search(re.escape(label) + r':\s*(.+)', log).group(1).strip()
wall_text = value('Elapsed (wall clock) time (h:mm:ss or m:ss)')
parts = [float(p) for p in wall_text.split(':')]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(value('User time (seconds)')) + float(value('System time (seconds)'))
rss = int(value('Maximum resident set size (kbytes)')) / 1024
status = value('Exit status')
print(f'{name}\t{wall:.3f}\t{cpu:.3f}\t{cpu / max(wall, 0.001):.2f}\t{rss:.1f}\t{status}')
PY
}

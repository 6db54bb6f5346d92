#!/usr/bin/env bash
# Single-dossier benchmarks of `check` (a benchmark, not a test): start-up, the cost of one
# more clean dossier, and one huge dossier.
#
#   Benchmarks/single.sh [RUNS]          # default 5 runs; medians printed
#   BINARY=PATH Benchmarks/single.sh     # time that dossierlint instead of building one
#
#   start-up   `check Samples/clean-initial.yaml --format json`: one clean 10 KB dossier,
#              start-up included (wall, CPU and peak memory), per run of 20 in a row (the
#              kernel counts CPU time in 10 ms ticks: one run alone is below its resolution).
#   clean      `check` of 1,000 copies of that dossier (0 findings): CPU per dossier, start-up
#              subtracted (the start-up run's CPU).
#   huge       one dossier: clean-initial.yaml with its client's site list grown to SITES sites
#              (default 30,500; each audit covers every site), about 3.4 MB.
#
# Wall and CPU come from /usr/bin/time -v; run on a quiet machine (a loaded one gives noise).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
sites="${SITES:-30500}"
. Benchmarks/common.sh
benchmark_binary
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/clean"
for index in $(seq 1 1000); do
    sed "s/^dossier_id: .*/dossier_id: GEN-$index/" Samples/clean-initial.yaml >"$work/clean/d$index.yaml"
done
python3 - "$work/huge.yaml" "$sites" <<'PY'
import re, sys
path, count = sys.argv[1], int(sys.argv[2])
text = open('Samples/clean-initial.yaml', encoding='utf-8').read()
site = '    - {id: S1, name: 总部, address: 上海市浦东新区示例大道 100 号, kind: central}\n'
assert site in text
extra = ''.join(f'    - {{id: S{i}, name: 分部{i}, address: 上海市浦东新区示例大道 {i} 号, kind: temporary}}\n'
                for i in range(2, count + 1))
text = text.replace(site, site + extra)
ids = ', '.join(f'S{i}' for i in range(1, count + 1))
text = text.replace('    sites: [S1]\n', f'    sites: [{ids}]\n')
open(path, 'w', encoding='utf-8').write(text)
PY

echo -e "run\tcase\twall_s\tcpu_s\tcpu/wall\tpeak_MB\texit"
results="$work/results.tsv"
: >"$results"
for run in $(seq 1 "$runs"); do
    for case in start-up clean huge; do
        case "$case" in
            start-up)
                line=$(measure "$case" bash -c 'for i in $(seq 20); do "$0" check Samples/clean-initial.yaml --as-of 2026-11-24 --format json >/dev/null; done' "$binary")
                line=$(echo "$line" | awk -F'\t' -v OFS='\t' '{print $1, $2 / 20, $3 / 20, $4, $5, $6}')
                ;;
            clean) line=$(measure "$case" "$binary" check "$work/clean" --as-of 2026-11-24 --format json) ;;
            huge) line=$(measure "$case" "$binary" check "$work/huge.yaml" --as-of 2026-11-24 --format json) ;;
        esac
        echo -e "$run\t$line"
        echo "$line" >>"$results"
    done
done
python3 - "$results" "$runs" "$(wc -c <"$work/huge.yaml")" <<'PY'
import statistics, sys
rows = [line.split('\t') for line in open(sys.argv[1]).read().splitlines()]
runs, huge_bytes = int(sys.argv[2]), int(sys.argv[3])
def median(case, column):
    return statistics.median(float(r[column]) for r in rows if r[0] == case)
print(f'medians over {runs} runs:')
print(f'  start-up (one clean dossier): wall {median("start-up", 1) * 1000:.1f} ms, '
      f'CPU {median("start-up", 2) * 1000:.1f} ms, peak {median("start-up", 4):.1f} MB')
per = (median("clean", 2) - median("start-up", 2)) / 1000
print(f'  clean: 1,000 dossiers in {median("clean", 1):.2f} s wall, {median("clean", 2):.2f} s CPU: '
      f'{per * 1000:.3f} ms of CPU per dossier beyond start-up')
print(f'  huge ({huge_bytes / 1e6:.1f} MB): wall {median("huge", 1):.3f} s, CPU {median("huge", 2):.3f} s, '
      f'peak {median("huge", 4):.1f} MB')
PY

#!/usr/bin/env bash
# Scale benchmark of `check` and `audit` on a generated repository (a benchmark, not a test).
#
#   Benchmarks/scale.sh [DOSSIERS] [RUNS]        # default: 10000 dossiers, 3 runs
#   MODE=findings Benchmarks/scale.sh 1000 3     # the corpus of a repository under review
#
# Builds the release binary, writes DOSSIERS dossiers (the clean and violating samples of
# Samples/repository, copied with their ids, clients and certificate numbers varied) plus the
# sample registry into a temporary repository, then times `dossierlint check` and
# `dossierlint audit` on it with /usr/bin/time -v and prints, per run and as the median of
# RUNS runs: wall time, CPU time (user + system), CPU / wall (parallelism) and peak memory.
# MODE=repository (the default) is the sample repository's clean and violating dossiers; MODE=findings
# mixes the violation samples of Samples/ (ITSMS, icas, BCMS) and the sample repository's dossiers, every
# fifth file the clean JSON sample: about 8.5 findings per dossier, as in a repository under review.
# MODE=small writes small files (the shortest violation sample, about 7 KB, ids varied), for the case of
# very many files: `MODE=small FORMATS=junit AUDIT=0 Benchmarks/scale.sh 50000 3`.
# FORMATS="json junit" times `check` once per format (default json); AUDIT=0 skips the audit.
# PYYAML=1 also times PyYAML with libyaml (yaml.CSafeLoader, installed with pip when missing) merely
# loading the same YAML files, and prints the ratio to `check --format json`, paired run by run.
# COMPARE_WITH=PATH first checks that every format's output equals that binary's, byte for byte.
# Environment: SCRATCH (swift build --scratch-path, default .build), KEEP=1 keeps the corpus,
# BINARY=PATH times that dossierlint instead of building one (e.g. a copy of an older build,
# to compare two versions on the same corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
runs="${2:-3}"
. Benchmarks/common.sh
benchmark_binary "${SCRATCH:-.build}"
work="$(mktemp -d)"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
corpus="$work/repository"

mode="${MODE:-repository}"
if [ "$mode" = small ]; then
python3 - "$corpus" "$count" <<'PY'
import glob, os, re, sys
corpus, count = sys.argv[1], int(sys.argv[2])
source = min(glob.glob('Samples/violations-*.yaml'), key=os.path.getsize)
text = open(source, encoding='utf-8').read()
os.makedirs(corpus, exist_ok=True)
for index in range(count):
    folder = os.path.join(corpus, f'{index // 1000:03d}')
    os.makedirs(folder, exist_ok=True)
    body = re.sub(r'^dossier_id: .*$', f'dossier_id: GEN-{index + 1:06d}', text, flags=re.M)
    open(os.path.join(folder, f'dossier-{index + 1:06d}.yaml'), 'w', encoding='utf-8').write(body)
print(f'wrote {count} small dossiers ({os.path.basename(source)}, {len(text.encode())} bytes each) to {corpus}')
PY
elif [ "$mode" = findings ]; then
python3 - "$corpus" "$count" <<'PY'
import glob, os, re, sys
corpus, count = sys.argv[1], int(sys.argv[2])
yaml_sources = sorted(p for p in glob.glob('Samples/violations-*.yaml') + glob.glob('Samples/repository/**/*.yaml', recursive=True)
                      if not p.endswith('registry.yaml'))
texts = [open(p, encoding='utf-8').read() for p in yaml_sources]
json_text = open('Samples/clean-surveillance.json', encoding='utf-8').read()
os.makedirs(corpus, exist_ok=True)
for index in range(count):
    folder = os.path.join(corpus, f'{index // 1000:03d}')
    os.makedirs(folder, exist_ok=True)
    if index % 5 == 4:
        text = re.sub(r'"dossier_id":\s*"[^"]*"', f'"dossier_id": "GEN-{index + 1:06d}"', json_text)
        name = f'dossier-{index + 1:06d}.json'
    else:
        text = re.sub(r'^dossier_id: .*$', f'dossier_id: GEN-{index + 1:06d}', texts[index % len(texts)], flags=re.M)
        name = f'dossier-{index + 1:06d}.yaml'
    open(os.path.join(folder, name), 'w', encoding='utf-8').write(text)
print(f'wrote {count} dossiers (findings mode: {len(texts)} YAML samples, every fifth the JSON sample) to {corpus}')
PY
else
python3 - "$corpus" "$count" <<'PY'
import os, re, sys
corpus, count = sys.argv[1], int(sys.argv[2])
source = 'Samples/repository'
bases = []
for folder, _, names in sorted(os.walk(source)):
    for name in sorted(names):
        if name.endswith('.yaml') and name != 'registry.yaml':
            bases.append(open(os.path.join(folder, name), encoding='utf-8').read())
os.makedirs(corpus, exist_ok=True)
with open(os.path.join(source, 'registry.yaml'), encoding='utf-8') as registry:
    open(os.path.join(corpus, 'registry.yaml'), 'w', encoding='utf-8').write(registry.read())
for index in range(count):
    text = bases[index % len(bases)]
    number = re.search(r'certificate_number: "(\d{3})(\d{2})IT(\d{5})(R\d+)"', text)
    body, year, _, rest = number.groups()
    old = body + year + 'IT' + number.group(3) + rest
    new = f'{body}{year}IT{index + 1:05d}{rest}'
    text = text.replace(old, new)
    text = re.sub(r'^dossier_id: .*$', f'dossier_id: GEN-{index + 1:06d}', text, flags=re.M)
    code = re.search(r'unified_social_credit_code: (\S+)', text).group(1)
    text = text.replace(code, f'91{index:016d}'[:18])
    folder = os.path.join(corpus, f'20{year}', f'{index // 1000:03d}')
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, f'dossier-{index + 1:06d}.yaml'), 'w', encoding='utf-8').write(text)
print(f'wrote {count} dossiers and the registry to {corpus}')
PY
fi

if [ "${PYYAML:-0}" = 1 ] && ! python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
    python3 -m pip install -q pyyaml || { echo "PyYAML could not be installed" >&2; exit 2; }
    python3 -c 'import yaml; yaml.CSafeLoader' || { echo "PyYAML lacks libyaml (CSafeLoader)" >&2; exit 2; }
fi
pyyaml_script='import sys, yaml
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)'

if [ -n "${COMPARE_WITH:-}" ]; then
    # Same bytes as another build (e.g. the one before a change), for every format.
    for format in text json junit sarif github; do
        "$binary" check "$corpus" --as-of 2026-11-24 --format "$format" >"$work/new.$format" 2>/dev/null || true
        "$COMPARE_WITH" check "$corpus" --as-of 2026-11-24 --format "$format" >"$work/old.$format" 2>/dev/null || true
        if cmp -s "$work/new.$format" "$work/old.$format"; then
            echo "same bytes as $COMPARE_WITH: $format ($(wc -c <"$work/new.$format") bytes)"
        else
            echo "DIFFERENT from $COMPARE_WITH: $format" >&2
            exit 1
        fi
    done
fi

results="$work/results.tsv"
: >"$results"
echo "run	command	wall_s	cpu_s	cpu/wall	peak_MB	exit"
for run in $(seq 1 "$runs"); do
    for format in ${FORMATS:-json}; do
        line="$(measure "check-$format" "$binary" check "$corpus" --as-of 2026-11-24 --format "$format")"
        echo "$run	$line"
        echo "$line" >>"$results"
    done
    if [ "${PYYAML:-0}" = 1 ]; then
        find "$corpus" -name '*.yaml' | sort >"$work/yaml-files"
        line="$(measure pyyaml xargs -a "$work/yaml-files" python3 -c "$pyyaml_script")"
        echo "$run	$line"
        echo "$line" >>"$results"
    fi
    if [ "${AUDIT:-1}" = 1 ]; then
        line="$(measure audit "$binary" audit "$corpus" --year 2026 --as-of 2026-11-24 --output-dir "$work/out")"
        echo "$run	$line"
        echo "$line" >>"$results"
    fi
done
python3 - "$results" "$count" <<'PY'
import statistics, sys
rows = [line.split('\t') for line in open(sys.argv[1]).read().split('\n') if line]
names = list(dict.fromkeys(row[0] for row in rows))
print(f'medians over {len(rows) // len(names)} runs, {sys.argv[2]} dossiers:')
medians = {}
for name in names:
    mine = [row for row in rows if row[0] == name]
    wall, cpu, ratio, rss = (statistics.median(float(row[i]) for row in mine) for i in (1, 2, 3, 4))
    medians[name] = (wall, cpu)
    print(f'  {name}: wall {wall:.2f} s, CPU {cpu:.2f} s, CPU/wall {ratio:.2f}, peak memory {rss:.1f} MB')
if 'pyyaml' in medians and 'check-json' in medians:
    pairs = [(float(p[1]), float(c[1])) for p, c in zip((r for r in rows if r[0] == 'pyyaml'),
                                                        (r for r in rows if r[0] == 'check-json'))]
    ratios = [p / c for p, c in pairs]
    print(f'  PyYAML parse-only wall / check --format json wall, paired: median {statistics.median(ratios):.1f}x '
          f'({", ".join(f"{r:.1f}x" for r in ratios)})')
PY

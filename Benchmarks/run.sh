#!/bin/bash
# Issue 6's measuring kit: `make bench` (or Benchmarks/run.sh from anywhere in the repo).
# Prints one Markdown report: the machine, the date, the commit; `stocktake render` of the L report
# against the Pango+Cairo floor and Typst (../shared/bench/compare.sh); `stocktake build` of the
# example meeting and of meetings N times its size (Benchmarks/scale_meeting.py); the targets.
#
# Environment (all optional):
#   BENCH_SCRATCH  swift scratch path of the release build      (default .build)
#   BENCH_REV      build this commit instead of the working tree (e.g. HEAD, when others are
#                  mid-edit): exported with `git archive` to Benchmarks/.out/src and built there
#   BENCH_SIZE     compare.sh content size, S or L                (default L)
#   BENCH_PAIRS    compare.sh pairs                               (default 5)
#   BENCH_SCALES   meeting scales to build                        (default "1 10 50")
#   BENCH_REPS     timed builds of the scales below 10× (median)  (default 3; larger scales: 1)
#   BENCH_TIMEOUT  seconds before a build is stopped and reported as unfinished (default 900)
#   BENCH_SKIP_COMPARE=1   skip the render comparison (smoke tests)
# Scratch: .bench-anchors/ (typesetting anchors, ../shared/bench/setup.sh) and Benchmarks/.out/
# (generated meetings, build outputs, raw timings), both git-ignored.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=${BENCH_SCRATCH:-.build}
size=${BENCH_SIZE:-L}
pairs=${BENCH_PAIRS:-5}
scales=${BENCH_SCALES:-1 10 50}
reps=${BENCH_REPS:-3}
limit=${BENCH_TIMEOUT:-900}
anchors=$root/.bench-anchors
out=$root/Benchmarks/.out
mkdir -p "$out"

log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }

pkg=$root; rev_label=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift Fonts Templates || echo '+dirty')
if [ -n "${BENCH_REV:-}" ]; then
  # Export the commit; copy only files that differ, so an unchanged commit needs no rebuild.
  pkg=$out/src; rev_label=$(git rev-parse --short "$BENCH_REV"); tmp=$(mktemp -d)
  git archive "$BENCH_REV" | tar -x -C "$tmp"
  mkdir -p "$pkg"
  (cd "$tmp" && find . -type f) | while read -r f; do
    cmp -s "$tmp/$f" "$pkg/$f" || { mkdir -p "$(dirname "$pkg/$f")"; cp -p "$tmp/$f" "$pkg/$f"; }
  done
  (cd "$pkg" && find . -path ./.build -prune -o -type f -print) | while read -r f; do
    [ -e "$tmp/$f" ] || rm -f "$pkg/$f"
  done
  rm -rf "$tmp"; scratch=.build
fi
log "release build of $rev_label ($pkg/$scratch)"
(cd "$pkg" && swift build -c release --scratch-path "$scratch" >&2)
bin=$pkg/$scratch/release/stocktake
[ -x "$bin" ] || { echo "no binary at $bin" >&2; exit 70; }

if [ ! -x "$anchors/pango_floor" ] || [ ! -f "$anchors/content_$size.md" ] || [ ! -x "$anchors/venv/bin/python" ]; then
  log "setting up the anchors"
  ../shared/bench/setup.sh "$anchors" >&2
fi
# gen_content.py writes `title: International Migration Review Forum: Meeting Report`, a plain
# scalar with ": " inside, which is not valid YAML and which `stocktake render` rightly rejects
# (yaml-syntax). Quote it, in our own copy of the content (idempotent; the text is unchanged).
for md in "$anchors"/content_*.md; do
  sed -i -E '2,/^---$/ s/^(title|subtitle): ([^"'"'"'].*: .*)$/\1: "\2"/' "$md"
done
if ! command -v pdfinfo >/dev/null || [ ! -x /usr/bin/time ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y -qq time poppler-utils >/dev/null
fi

# --- render: stocktake vs the floor vs Typst, paired ratios ---------------------------------------
: >"$out/compare.md"
if [ "${BENCH_SKIP_COMPARE:-0}" != 1 ]; then
  log "compare.sh $size x$pairs"
  ../shared/bench/compare.sh "$anchors" "$size" "$pairs" "$bin render {md} -o {pdf} --template $pkg/Benchmarks/templates/bench-report.yaml" >"$out/compare.md"
fi

# The floor's single-core rate, for the build target (median of 3 runs on the same content).
: >"$out/floor.t"
for _ in 1 2 3; do
  /usr/bin/time -f "%e %U %S %M" -a -o "$out/floor.t" "$anchors/pango_floor" "$anchors/content_$size.txt" "$out/floor.pdf" >/dev/null 2>&1
done
floor_pages=$(pdfinfo "$out/floor.pdf" | awk '/^Pages:/{print $2}')

# --- build: the example and the scaled meetings ---------------------------------------------------
: >"$out/builds.tsv"
for n in $scales; do
  meeting=$out/meeting-$n
  if [ "$n" = 1 ]; then meeting=$root/Examples/puerto-vallarta-2017
  else
    log "generating the ${n}x meeting"
    python3 Benchmarks/scale_meeting.py "$n" "$meeting"
  fi
  log "check ${n}x"
  "$bin" check "$meeting" 2>"$out/check-$n.txt" || { echo "check of the ${n}x meeting failed:" >&2; grep -m20 'error' "$out/check-$n.txt" >&2; exit 1; }
  nreps=$reps; [ "$n" -ge 10 ] && nreps=1
  for r in $(seq "$nreps"); do
    log "build ${n}x ($r/$nreps, limit ${limit}s)"
    rm -rf "$out/build-$n"
    status=0
    /usr/bin/time -v -o "$out/time-$n-$r.txt" timeout "$limit" "$bin" build "$meeting" --output "$out/build-$n" \
      2>"$out/build-$n-$r.log" >/dev/null || status=$?
    if [ "$status" != 0 ] && [ "$status" != 124 ]; then
      echo "build of the ${n}x meeting failed ($status); see $out/build-$n-$r.log" >&2; exit 1
    fi
    partial=$( (find "$out/.build-$n.stocktake-next" -name '*.pdf' 2>/dev/null || true) | wc -l)
    rm -rf "$out/.build-$n.stocktake-next" "$out/.build-$n.stocktake-old" "$out/.build-$n.stocktake-lock"
    python3 - "$n" "$out/time-$n-$r.txt" "$out/build-$n/manifest.json" "$status" "$partial" >>"$out/builds.tsv" <<'PY'
import json, re, sys
n, tv, manifest, status, partial = sys.argv[1:6]
t = open(tv).read()
def field(label):
    return re.search(re.escape(label) + r":\s*(\S+)", t).group(1)
w = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
if status == "124":   # stopped at the time limit: no manifest
    print(f"{n}\t{wall:.3f}\t{cpu:.3f}\t{rss:.1f}\t0\t{partial}\t0\ttimeout")
    sys.exit()
outs = json.load(open(manifest))["outputs"]
pages = sum(o.get("pages") or 0 for o in outs)
pdfs = sum(1 for o in outs if o["path"].endswith(".pdf"))
big = max((o.get("pages") or 0 for o in outs), default=0)
print(f"{n}\t{wall:.3f}\t{cpu:.3f}\t{rss:.1f}\t{pages}\t{pdfs}\t{big}\tdone")
PY
  done
done

# --- the report ------------------------------------------------------------------------------------
python3 - "$out" "$size" "$pairs" "$floor_pages" "$(nproc)" \
  "$(awk -F: '/model name/{sub(/^ +/,"",$2); print $2; exit}' /proc/cpuinfo)" \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" "$rev_label" <<'PY'
import statistics, sys
out, size, pairs, floor_pages, nproc, cpu_model, date, commit = sys.argv[1:9]
floor = [list(map(float, l.split())) for l in open(f"{out}/floor.t") if l[:1].isdigit()]
fwall = statistics.median(x[0] for x in floor); fcpu = statistics.median(x[1] + x[2] for x in floor)
frate = int(floor_pages) / fwall
print(f"## stocktake benchmark — {date}, commit {commit}\n")
print(f"Machine: {nproc} cores, {cpu_model}.\n")
cmp_rows = {}
compare = open(f"{out}/compare.md").read().strip()
if compare:
    print(f"### render, {size} content ({pairs} pairs, ratios to the Pango+Cairo floor)\n")
    print(compare + "\n")
    for l in compare.splitlines()[2:]:
        c = [x.strip() for x in l.strip("|").split("|")]
        try: cmp_rows[c[0]] = dict(wall=float(c[1]), cpu=float(c[2]), s=float(c[3]), mib=float(c[4]), pages=int(c[5]))
        except (ValueError, IndexError): pass
print(f"Floor alone ({size}, median of 3): {fwall:.2f} s wall, {fcpu:.2f} s CPU, {floor_pages} pages "
      f"= **{frate:.1f} pages/s** single-core.\n")
builds = {}
for l in open(f"{out}/builds.tsv"):
    n, wall, cpu, rss, pages, pdfs, big, status = l.rstrip("\n").split("\t")
    builds.setdefault(int(n), []).append((float(wall), float(cpu), float(rss), int(pages), int(pdfs), int(big), status))
print("### build\n")
print("| meeting | PDFs | pages | largest PDF (pages) | wall s | CPU s (user+sys) | CPU/wall | peak MiB | pages/s | pages/s vs floor | ms per page |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
med, unfinished = {}, {}
for n in sorted(builds):
    rs = sorted(builds[n]); w, c, m, p, f, b, status = rs[len(rs) // 2]
    name = ("example" if n == 1 else f"{n}× example") + (f" (median of {len(rs)})" if len(rs) > 1 else "")
    if status == "timeout":
        unfinished[n] = (w, c, m)
        print(f"| {name} | {f} staged when stopped | — | — | **> {w:.0f}** (stopped) | > {c:.0f} | {c / w:.2f} | ≥ {m:.0f} | — | — | — |")
        continue
    med[n] = (w, c, m, p, f, b)
    print(f"| {name} | {f} | {p} | {b} | {w:.2f} | {c:.2f} | {c / w:.2f} | {m:.0f} | {p / w:.1f} | {p / w / frate:.2f}× | {1000 * w / p:.1f} |")
print("\n### targets (issue 6)\n")
print("| target | measured | met? |\n|---|---|---|")
def row(what, value, ok):
    print(f"| {what} | {value} | {'yes' if ok else '**no**'} |")
st, ty = cmp_rows.get("stocktake"), cmp_rows.get("typst")
if st and ty:
    row(f"render {size} wall/floor < Typst's ({ty['wall']:.2f})", f"{st['wall']:.2f} ({st['wall'] / ty['wall']:.2f}× Typst's)", st["wall"] < ty["wall"])
    row("render CPU/floor ≤ 1.5", f"{st['cpu']:.2f}", st["cpu"] <= 1.5)
    row("render peak ≤ 150 MiB", f"{st['mib']:.0f} MiB", st["mib"] <= 150)
    dev = (st["pages"] - ty["pages"]) / ty["pages"] * 100
    row(f"pages within ±3 % of Typst's ({ty['pages']})", f"{st['pages']} ({dev:+.1f} %)", abs(dev) <= 3)
if 1 in med:
    r = med[1][3] / med[1][0] / frate
    row(f"build of the example ≥ 1.3× floor rate ({1.3 * frate:.1f} pages/s)", f"{med[1][3] / med[1][0]:.1f} pages/s ({r:.2f}×)", r >= 1.3)
if len(med) + len(unfinished) > 1 and med:
    base = min(med); spp = {n: med[n][0] / med[n][3] for n in med}
    parts = [f"{n}×: {spp[n] / spp[base]:.2f}" for n in sorted(med)]
    worst = max(spp[n] / spp[base] for n in med)
    for n, (w, c, m) in sorted(unfinished.items()):
        # pages not known: assume they grow with the scale from the largest finished one
        k = max(med); est = med[k][3] * n / k
        parts.append(f"{n}×: > {w / est / spp[base]:.2f} (stopped; ≈{est:.0f} pages assumed)")
        worst = max(worst, w / est / spp[base])
    lower_only = bool(unfinished) and worst <= 1.25
    print(f"| linear growth: wall per page at N× over 1× (≤ 1.25 taken as linear) | {', '.join(parts)} | "
          + ("unknown (stopped early)" if lower_only else ("yes" if worst <= 1.25 else "**no**")) + " |")
    top = max(med); grow_mem = med[top][2] / med[base][2]; grow_doc = med[top][5] / max(med[base][5], 1)
    grow_all = med[top][3] / med[base][3]
    row(f"memory bounded by the largest document (peak growth {base}×→{top}× vs largest PDF's growth {grow_doc:.1f}×, all pages' {grow_all:.0f}×)",
        ", ".join(f"{n}×: {med[n][2]:.0f} MiB (largest PDF {med[n][5]} p)" for n in sorted(med)) + f"; peak grew {grow_mem:.2f}×"
        + "".join(f"; {n}× ≥ {m:.0f} MiB when stopped" for n, (w, c, m) in sorted(unfinished.items())),
        grow_mem <= max(1.25, grow_doc))
PY

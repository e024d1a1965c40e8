#!/bin/bash
# The three shapes of issue 16 at three sizes each, measured in instructions (callgrind), with the
# cost per unit so that linear growth reads as a flat column. Usage: Benchmarks/shapes.sh [BINARY]
# Writes Benchmarks/.out/shapes/ (git-ignored) and prints a Markdown table.
#   near   build --only report of the example plus N near-identical items (minus the example alone)
#   table  render of a document with one table of N rows
#   para   render of a document with one paragraph of N words
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(cd "$(dirname "${1:-.build/release/stocktake}")" && pwd)/$(basename "${1:-.build/release/stocktake}")
out=$root/Benchmarks/.out/shapes; rm -rf "$out"; mkdir -p "$out"
command -v valgrind >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -qq valgrind >/dev/null; }
# Valgrind 3.19 cannot read Swift 6's DWARF 5: profile a copy without debug info (see profile.sh).
objcopy --strip-debug "$bin" "$out/stocktake"
export STOCKTAKE_HOME=$root

# instructions CMD... : the total instruction count of one run (all threads).
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$out/last.callgrind" "$@" >/dev/null 2>"$out/valgrind.log" || true
  sed -n 's/^summary: //p' "$out/last.callgrind"
}

# run SHAPE N: the instructions of one run of the shape at size N.
run() {
  if [ "$1" = near ]; then
    python3 Benchmarks/shapes.py near "$2" "$out/near-$2"
    instructions "$out/stocktake" build "$out/near-$2" --only report --output "$out/o-near"
  else
    python3 Benchmarks/shapes.py "$1" "$2" "$out/$1-$2.md"
    instructions "$out/stocktake" render "$out/$1-$2.md" -o "$out/$1-$2.pdf"
  fi
}

echo "| shape | size | instructions above size 0 | per unit | per unit vs the smallest size |"
echo "|---|---|---|---|---|"
for shape in near table para; do
  case $shape in
    near) sizes=${NEAR_SIZES:-1000 2000 4000}; unit=item; name="near-identical items (\`build --only report\`)";;
    table) sizes=${TABLE_SIZES:-1000 2000 4000}; unit=row; name="long table (\`render\`)";;
    para) sizes=${PARA_SIZES:-20000 40000 80000}; unit=word; name="long paragraph (\`render\`)";;
  esac
  base=$(run $shape 0); first=0
  for n in $sizes; do
    total=$(run $shape "$n")
    line=$(python3 -c "
import sys
n, total, base, first = $n, $total, $base, $first
per = (total - base) / n
print(f'| $name | {n} | {(total-base)/1e9:.3f} G (size 0: {base/1e9:.2f} G) | {per/1e3:.1f} k per $unit | {per/first if first else 1:.2f} |')
print(int(per))")
    echo "$line" | head -1
    [ "$first" != 0 ] || first=$(echo "$line" | tail -1)
  done
done

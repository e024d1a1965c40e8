#!/bin/bash
# Instruction profile of one `stocktake render` (default: the S benchmark content) with callgrind.
# Usage: Benchmarks/profile.sh [BINARY] [DOC.md]     Writes Benchmarks/.out/prof/ (git-ignored).
# Valgrind 3.19 (Debian 12) cannot read the DWARF 5 that Swift 6 emits, so the profile runs a copy
# of the binary with its debug info stripped (symbols stay; Swift names are demangled here), with
# STOCKTAKE_HOME pointing at the package so that it still finds Fonts/ and Templates/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bin=$(cd "$(dirname "${1:-.build/release/stocktake}")" && pwd)/$(basename "${1:-.build/release/stocktake}")
doc=$(cd "$(dirname "${2:-.bench-anchors/content_S.md}")" && pwd)/$(basename "${2:-.bench-anchors/content_S.md}")
home=$(cd "$(dirname "$bin")" && while [ "$(pwd)" != / ] && ! { [ -d Fonts ] && [ -d Templates ]; }; do cd ..; done; pwd)
prof=$root/Benchmarks/.out/prof; mkdir -p "$prof"
command -v valgrind >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -qq valgrind >/dev/null; }
# The benchmark content's title needs quoting to be valid YAML (see run.sh).
sed -E '2,/^---$/ s/^(title|subtitle): ([^"'"'"'].*: .*)$/\1: "\2"/' "$doc" >"$prof/doc.md"
objcopy --strip-debug "$bin" "$prof/stocktake-nodebug"
(cd "$prof" && STOCKTAKE_HOME=$home valgrind --tool=callgrind --callgrind-out-file=render.callgrind \
  ./stocktake-nodebug render doc.md -o render.pdf 2>valgrind.log >/dev/null)
python3 "$root/Benchmarks/callgrind_groups.py" "$prof/render.callgrind"
echo; echo "Inclusive, top entries:"; echo
callgrind_annotate --inclusive=yes "$prof/render.callgrind" 2>/dev/null | sed -n '/file:function/,$p' | sed 1,2d | head -60 \
  | swift demangle --simplified | sed -E 's/ \[[^]]*\/([^/]+)\]$/ [\1]/' | cut -c1-180

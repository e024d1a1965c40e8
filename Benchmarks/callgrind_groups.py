#!/usr/bin/env python3
"""Self (exclusive) instruction counts of a callgrind profile, grouped by shared object into
shaping / drawing / PDF writing / our Swift code / the rest, plus the objects themselves.

    Benchmarks/callgrind_groups.py callgrind.out [--top 15]
"""
import re
import sys
from collections import Counter

GROUPS = [  # first match wins; matched against the object's file name
    ("shaping and line breaking (HarfBuzz, Pango, FriBidi, fontconfig)",
     r"libharfbuzz|libpango-|libpangoft2|libfribidi|libthai|libdatrie|libgraphite|libfontconfig"),
    ("glyph rasterising and font loading (FreeType)", r"libfreetype"),
    ("drawing and PDF writing (Cairo, pixman)", r"libcairo|libpixman"),
    ("PDF stream compression (zlib)", r"libz\.so"),
    ("our Swift code (stocktake binary)", r"stocktake"),
    ("Swift runtime and Foundation", r"libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU|libicu"),
    ("libc (malloc, free, memcpy...)", r"libc\.so|libm\.so|ld-linux"),
    ("GLib", r"libglib|libgobject|libgio"),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 15
    names, ob, skip = {}, "?", False
    self_by_ob = Counter()
    total = 0
    for line in open(path, errors="replace"):
        if line.startswith("summary:"):
            total = int(line.split()[1])
        if line.startswith(("ob=", "cob=")):
            m = re.match(r"c?ob=\((\d+)\)(?: (.*))?", line.rstrip("\n"))
            if m.group(2):
                names[m.group(1)] = m.group(2)
            if line.startswith("ob="):
                ob = m.group(1)
        elif line.startswith("calls="):
            skip = True
        elif line[:1].isdigit() or line[:1] in "+-*":
            if skip:
                skip = False
                continue
            parts = line.split()
            if len(parts) >= 2:
                self_by_ob[ob] += int(parts[1])
    total = total or sum(self_by_ob.values())
    groups = Counter()
    self_by_ob = Counter({names.get(o, o): c for o, c in self_by_ob.items()})
    for o, c in self_by_ob.items():
        g = next((name for name, rx in GROUPS if re.search(rx, o.rsplit("/", 1)[-1])), "other")
        groups[g] += c
    print(f"total {total:,} instructions\n")
    print("| group (self instructions) | Ir | share |\n|---|---|---|")
    for g, c in groups.most_common():
        print(f"| {g} | {c / 1e6:,.0f} M | {100 * c / total:.1f} % |")
    print("\n| object (self) | Ir | share |\n|---|---|---|")
    for o, c in self_by_ob.most_common(top):
        print(f"| {o.rsplit('/', 1)[-1]} | {c / 1e6:,.0f} M | {100 * c / total:.1f} % |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The three shapes of issue 16 whose cost once grew as a square, at any size (stdlib, deterministic).

  shapes.py near N DIR     the example meeting plus N near-identical items (10 per note, one note
                           per file under notes/shape/), for `stocktake build DIR`
  shapes.py table N FILE   a document with one table of N rows, for `stocktake render FILE`
  shapes.py para N FILE    a document with one paragraph of N words, for `stocktake render FILE`
"""
import os, random, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "Examples", "puerto-vallarta-2017")
WORDS = ("regular pathways workers skill levels negotiated trade unions answer irregular migration "
         "protection children detention education residence regularisation families shelters border "
         "consultations recommendations compact governments civil society cooperation return safeguards").split()

def near(n, out):
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(EXAMPLE, out)
    folder = os.path.join(out, "notes", "shape")
    os.makedirs(folder)
    rng = random.Random(16)
    for first in range(0, n, 10):
        lines = ["---", "session: d1-act2", "rapporteur: p016", "acts: [2]", "---", "", "## Key messages"]
        for k in range(first, min(n, first + 10)):
            extra = " ".join(rng.choice(WORDS) for _ in range(2))
            lines.append(f"- Regular pathways at all skill levels, negotiated with trade unions, are the best "
                         f"answer to irregular migration and {extra}. {{act=2}}")
        with open(os.path.join(folder, f"near-{first // 10:05d}.md"), "w") as f:
            f.write("\n".join(lines) + "\n")

def table(n, out):
    rng = random.Random(16)
    rows = ["---", "title: Long table", "---", "", "| Row | State | Position | Follow-up |", "|---|---|---|---|"]
    for k in range(n):
        rows.append(f"| {k + 1} | " + " | ".join(" ".join(rng.choice(WORDS) for _ in range(3)) for _ in range(3)) + " |")
    with open(out, "w") as f:
        f.write("\n".join(rows) + "\n")

def para(n, out):
    rng = random.Random(16)
    words = [rng.choice(WORDS) for _ in range(n)]
    with open(out, "w") as f:
        f.write("---\ntitle: Long paragraph\n---\n\n" + " ".join(words) + ".\n")

if __name__ == "__main__":
    shape, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    {"near": near, "table": table, "para": para}[shape](n, out)

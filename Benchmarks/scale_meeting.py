#!/usr/bin/env python3
"""Scale the example meeting N times, for issue 6's linear-growth measurement.

    Benchmarks/scale_meeting.py N OUTDIR [--source Examples/puerto-vallarta-2017] [--seed 6]

Copy 0 is the example itself, byte for byte. Copies 1..N-1 are deterministic transformations
of its files (Python 3 standard library only, seeded):

- roster: every civil-society participant and government delegate of the example gets a
  fictional double per copy (same given name, an invented family name, titled aliases rebuilt
  on it; civil-society doubles keep their organisation); the doubles of a copy's government
  delegates represent other UN member states (31 new delegations per copy while unused states
  last, then more delegates per delegation); UN officials are not copied.
- regions: every region gets a copy per copy ("Asia 2", id `asia-c01`); roster regions,
  `{region=...}` attributes and front matter follow.
- sessions: every session gets a copy; copy k's Day-2 tables are numbered 10*(k mod 5)+1..+10
  (more tables per round) in rounds 2*(k div 5)+1 and +2 (more rounds); copies of plenaries,
  group sessions and the strategy session are seated in seating.csv with the copy's people.
- notes and regional outcomes: copied per copy, under notes/copy-NN/ and regional/copy-NN/,
  pointing at the copy's sessions, rapporteurs and regions, with the example's names replaced
  by their doubles' names (`same=` keys kept, so recurring messages group across copies).
"""
import argparse
import csv
import io
import os
import random
import re
import shutil
import sys

STATES = (
    "DZA:Algeria;AGO:Angola;BEN:Benin;BWA:Botswana;BFA:Burkina Faso;BDI:Burundi;CPV:Cabo Verde;"
    "CMR:Cameroon;CAF:Central African Republic;TCD:Chad;COM:Comoros;COG:Congo;"
    "COD:Democratic Republic of the Congo;CIV:Côte d'Ivoire;DJI:Djibouti;EGY:Egypt;"
    "GNQ:Equatorial Guinea;ERI:Eritrea;SWZ:Eswatini;ETH:Ethiopia;GAB:Gabon;GMB:Gambia;GHA:Ghana;"
    "GIN:Guinea;GNB:Guinea-Bissau;KEN:Kenya;LSO:Lesotho;LBR:Liberia;LBY:Libya;MDG:Madagascar;"
    "MWI:Malawi;MLI:Mali;MRT:Mauritania;MUS:Mauritius;MAR:Morocco;MOZ:Mozambique;NAM:Namibia;"
    "NER:Niger;NGA:Nigeria;RWA:Rwanda;STP:Sao Tome and Principe;SEN:Senegal;SYC:Seychelles;"
    "SLE:Sierra Leone;SOM:Somalia;ZAF:South Africa;SSD:South Sudan;SDN:Sudan;"
    "TZA:United Republic of Tanzania;TGO:Togo;TUN:Tunisia;UGA:Uganda;ZMB:Zambia;ZWE:Zimbabwe;"
    "ATG:Antigua and Barbuda;ARG:Argentina;BHS:Bahamas;BRB:Barbados;BLZ:Belize;BOL:Bolivia;"
    "BRA:Brazil;CAN:Canada;CHL:Chile;COL:Colombia;CRI:Costa Rica;CUB:Cuba;DMA:Dominica;"
    "DOM:Dominican Republic;ECU:Ecuador;SLV:El Salvador;GRD:Grenada;GTM:Guatemala;GUY:Guyana;"
    "HTI:Haiti;HND:Honduras;JAM:Jamaica;MEX:Mexico;NIC:Nicaragua;PAN:Panama;PRY:Paraguay;"
    "PER:Peru;KNA:Saint Kitts and Nevis;LCA:Saint Lucia;VCT:Saint Vincent and the Grenadines;"
    "SUR:Suriname;TTO:Trinidad and Tobago;USA:United States;URY:Uruguay;VEN:Venezuela;"
    "AFG:Afghanistan;BHR:Bahrain;BGD:Bangladesh;BTN:Bhutan;BRN:Brunei Darussalam;KHM:Cambodia;"
    "CHN:China;PRK:Democratic People's Republic of Korea;IND:India;IDN:Indonesia;IRN:Iran;"
    "IRQ:Iraq;ISR:Israel;JPN:Japan;JOR:Jordan;KAZ:Kazakhstan;KWT:Kuwait;KGZ:Kyrgyzstan;"
    "LAO:Lao People's Democratic Republic;LBN:Lebanon;MYS:Malaysia;MDV:Maldives;MNG:Mongolia;"
    "MMR:Myanmar;NPL:Nepal;OMN:Oman;PAK:Pakistan;PHL:Philippines;QAT:Qatar;KOR:Republic of Korea;"
    "SAU:Saudi Arabia;SGP:Singapore;LKA:Sri Lanka;SYR:Syrian Arab Republic;TJK:Tajikistan;"
    "THA:Thailand;TLS:Timor-Leste;TKM:Turkmenistan;ARE:United Arab Emirates;UZB:Uzbekistan;"
    "VNM:Viet Nam;YEM:Yemen;ALB:Albania;AND:Andorra;ARM:Armenia;AUT:Austria;AZE:Azerbaijan;"
    "BLR:Belarus;BEL:Belgium;BIH:Bosnia and Herzegovina;BGR:Bulgaria;HRV:Croatia;CYP:Cyprus;"
    "CZE:Czechia;DNK:Denmark;EST:Estonia;FIN:Finland;FRA:France;GEO:Georgia;DEU:Germany;"
    "GRC:Greece;HUN:Hungary;ISL:Iceland;IRL:Ireland;ITA:Italy;LVA:Latvia;LIE:Liechtenstein;"
    "LTU:Lithuania;LUX:Luxembourg;MLT:Malta;MCO:Monaco;MNE:Montenegro;NLD:Netherlands;"
    "MKD:North Macedonia;NOR:Norway;POL:Poland;PRT:Portugal;MDA:Republic of Moldova;ROU:Romania;"
    "RUS:Russian Federation;SMR:San Marino;SRB:Serbia;SVK:Slovakia;SVN:Slovenia;ESP:Spain;"
    "SWE:Sweden;CHE:Switzerland;TUR:Türkiye;UKR:Ukraine;GBR:United Kingdom;AUS:Australia;"
    "FJI:Fiji;KIR:Kiribati;MHL:Marshall Islands;FSM:Micronesia;NRU:Nauru;NZL:New Zealand;"
    "PLW:Palau;PNG:Papua New Guinea;WSM:Samoa;SLB:Solomon Islands;TON:Tonga;TUV:Tuvalu;"
    "VUT:Vanuatu;"
)
PARTICLES = {"de", "del", "la", "di", "da", "dos", "du", "van", "der", "von", "bin", "ibn", "ben"}
SYLLABLES = ["ka", "lo", "ve", "ri", "su", "ma", "te", "no", "bi", "da", "ru", "ze", "fo", "li",
             "ne", "to", "sa", "ku", "pe", "vo", "mi", "ga", "ho", "ye", "wu", "xa", "zo", "qu"]
ENDINGS = ["vek", "rsk", "ndo", "mbe", "ltz", "rai", "quo", "zzi", "kov", "vny", "ssa", "wen"]


def states():
    out = []
    for entry in "".join(STATES).split(";"):
        if entry:
            code, name = entry.split(":", 1)
            out.append((code, name))
    return out


def split_top(text, sep=","):
    """Split on sep outside quotes and brackets."""
    parts, depth, quote, cur = [], 0, None, ""
    for ch in text:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


def scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def flow_map(text):
    """Parse a one-level YAML flow mapping `{ k: v, k: [a, b], k: "x" }`."""
    body = text.strip()
    assert body.startswith("{") and body.endswith("}"), body
    out = {}
    for part in split_top(body[1:-1]):
        key, _, value = part.partition(":")
        value = value.strip()
        if value.startswith("["):
            out[key.strip()] = [scalar(v) for v in split_top(value[1:-1])]
        else:
            out[key.strip()] = scalar(value)
    return out


def emit_map(m):
    def val(v):
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        if re.fullmatch(r"[A-Za-z0-9_.-]+", v):
            return v
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "{ " + ", ".join(f"{k}: {val(v)}" for k, v in m.items()) + " }"


def block(lines, key):
    """(first, end) line indices of a top-level key's block (first = the `key:` line)."""
    start = next(i for i, l in enumerate(lines) if l.startswith(key + ":"))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " #"):
        end += 1
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
        end -= 1
    return start, end


def entries(lines, start, end):
    """The flow-mapping list entries `- { ... }` of a block, each joined into one string."""
    out, cur, depth = [], None, 0
    for line in lines[start + 1:end]:
        s = line.strip()
        if cur is None:
            if not s.startswith("- {"):
                continue
            cur, depth = "", 0
            s = s[2:]
        cur += " " + s
        depth += s.count("{") - s.count("}")
        if depth == 0:
            out.append(cur.strip())
            cur = None
    return out


def family_of(row):
    """The family name as the example writes it (with particles), and extra family words."""
    if row.get("family_name"):
        return row["family_name"], []
    words = row["name"].split()
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in PARTICLES:
        i -= 1
    family = " ".join(words[i:])
    core = [w for w in words[:i] if w.lower() not in PARTICLES]
    extra = [core[-1]] if len(core) >= 3 else []      # López in María José López Hernández
    return family, extra


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--source", default=os.path.join(here, "..", "Examples", "puerto-vallarta-2017"))
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    if args.n < 1:
        sys.exit("N must be at least 1")
    src, out, n = os.path.abspath(args.source), os.path.abspath(args.out), args.n
    rng = random.Random(args.seed)
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(src, out)
    if n == 1:
        return

    def read(rel):
        with open(os.path.join(src, rel), encoding="utf-8") as f:
            return f.read()

    def write(rel, text):
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)

    note_files = sorted(os.path.relpath(os.path.join(d, f), src)
                        for top in ("notes", "regional")
                        for d, _, fs in os.walk(os.path.join(src, top)) for f in fs if f.endswith(".md"))
    corpus_words = set()
    for rel in note_files + ["roster.csv", "organisations.csv", "meeting.yaml"]:
        corpus_words |= {w.lower() for w in re.findall(r"\w+", read(rel))}

    # ---- roster ---------------------------------------------------------------------------
    roster_text = read("roster.csv")
    reader = csv.DictReader(io.StringIO(roster_text))
    header = reader.fieldnames
    rows = list(reader)
    copied = [r for r in rows if r["sector"] in ("civil-society", "government")]
    used_names = {r["name"] for r in rows}
    used_families = set()

    def invent():
        while True:
            name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))) + rng.choice(ENDINGS)
            name = name.capitalize()
            if name.lower() not in corpus_words and name not in used_families:
                used_families.add(name)
                return name

    all_states = states()
    example_states = []
    for r in rows:
        if r["sector"] == "government" and r["country"] not in example_states:
            example_states.append(r["country"])
    known = {name: code for code, name in all_states}
    example_codes = {known.get(s, s) for s in example_states}
    pool = [(c, nm) for c, nm in all_states if c not in example_codes]
    state_language, delegate_count = {}, {}

    regions_text = read("meeting.yaml").splitlines()
    rs, re_ = block(regions_text, "regions")
    regions = [flow_map(e) for e in entries(regions_text, rs, re_)]
    region_ids = [r["id"] for r in regions]

    def cid(x, k):
        return f"{x}-c{k:02d}"

    people = {}          # (orig id, k) -> new id
    subst = {}           # k -> list of (regex, replacement)
    new_rows = []
    for k in range(1, n):
        pairs = []
        state_map = {}
        for i, s in enumerate(example_states):
            state_map[s] = pool[((k - 1) * len(example_states) + i) % len(pool)]
        for r in copied:
            fam, extra = family_of(r)
            new_fam = invent()
            words = r["name"].split()
            given = words[-1] if r.get("family_name") and words[0] == r["family_name"] else words[0]
            name = f"{given} {new_fam}"
            assert name not in used_names
            used_names.add(name)
            aliases = []
            for a in (x.strip() for x in r["aliases"].split(";") if x.strip()):
                if fam in a:
                    aliases.append(a.replace(fam, new_fam))
            row = dict(r)
            row.update(name=name, aliases="; ".join(aliases), family_name="",
                       region=cid(r["region"], k) if r["region"] in region_ids else r["region"])
            if r["sector"] == "government":
                code, sname = state_map[r["country"]]
                lang = state_language.setdefault(code, r["language"])
                delegate_count[code] = delegate_count.get(code, 0) + 1
                row.update(id=f"g-{code.lower()}-{delegate_count[code]}", country=code,
                           organisation=f"Government of {sname}", language=lang)
            else:
                row.update(id=cid(r["id"], k))
            people[(r["id"], k)] = row["id"]
            new_rows.append(row)
            pairs.append((r["name"], name))
            pairs.append((fam, new_fam))
            for e in extra:
                pairs.append((e, new_fam))
        table = {}
        for a, b in pairs:
            table.setdefault(a, b)
        alternation = "|".join(re.escape(a) for a in sorted(table, key=lambda a: (-len(a), a)))
        subst[k] = (re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)"), table)

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    for row in new_rows:
        w.writerow({h: row.get(h, "") for h in header})
    write("roster.csv", roster_text.rstrip("\n") + "\n" + buf.getvalue())

    # ---- meeting.yaml: regions and sessions --------------------------------------------------
    lines = read("meeting.yaml").splitlines()
    ss, se = block(lines, "sessions")
    sessions = [flow_map(e) for e in entries(lines, ss, se)]
    session_ids = {s["id"] for s in sessions}
    seating_text = read("seating.csv")
    seat_rows = list(csv.reader(io.StringIO(seating_text)))[1:]
    seated = {}
    for sess, person in seat_rows:
        seated.setdefault(sess, []).append(person)
    un = [r["id"] for r in rows if r["sector"] == "un"]

    new_sessions, new_seats = [], []
    for k in range(1, n):
        toff, roff = 10 * (k % 5), 2 * (k // 5)
        mine = [(r, people[(r["id"], k)]) for r in copied]
        for s in sessions:
            c = dict(s)
            c["id"] = cid(s["id"], k)
            if "facilitator" in c:
                c["facilitator"] = people.get((s["facilitator"], k), s["facilitator"])
            if s.get("kind") == "table":
                c["table"] = str(int(s["table"]) + toff)
                c["round"] = str(int(s["round"]) + roff)
                if "title" in c:
                    c["title"] = re.sub(r"^Table \d+", f"Table {c['table']}", c["title"])
                if "seats" in c:
                    c["seats"] = [people.get((p, k), p) for p in s["seats"]]
                for p in seated.get(s["id"], []):
                    new_seats.append((c["id"], people.get((p, k), p)))
            else:
                c.pop("seats", None)
                sectors = s.get("sectors") or ["civil-society", "government", "un", "other"]
                if s["id"] in seated:
                    chosen = [people.get((p, k), p) for p in seated[s["id"]]]
                elif "seats" in s:
                    chosen = [people.get((p, k), p) for p in s["seats"]]
                else:
                    chosen = [pid for r, pid in mine if r["sector"] in sectors]
                    if "un" in sectors:
                        chosen += un
                new_seats += [(c["id"], p) for p in chosen]
            new_sessions.append(c)

    new_regions = []
    for k in range(1, n):
        for r in regions:
            new_regions.append({"id": cid(r["id"], k), "name": f"{r['name']} {k + 1}"})

    out_lines = list(lines)
    out_lines[se:se] = ["  # copies 1..N-1 of the sessions, made by Benchmarks/scale_meeting.py"] + \
        ["  - " + emit_map(s) for s in new_sessions]
    out_lines[re_:re_] = ["  - " + emit_map(r) for r in new_regions]
    write("meeting.yaml", "\n".join(out_lines) + "\n")
    write("seating.csv", seating_text.rstrip("\n") + "\n" + "".join(f"{a},{b}\n" for a, b in new_seats))

    # ---- notes and regional outcomes -------------------------------------------------------
    for k in range(1, n):
        for rel in note_files:
            text = read(rel)
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            front, body = (m.group(1), text[m.end():]) if m else ("", text)
            fl = []
            for line in front.split("\n"):
                key, _, value = line.partition(":")
                v = value.strip()
                if key == "session" and v in session_ids:
                    line = f"session: {cid(v, k)}"
                elif key == "rapporteur":
                    line = f"rapporteur: {people.get((v, k), v)}"
                elif key == "region" and v in region_ids:
                    line = f"region: {cid(v, k)}"
                elif key == "regions":
                    ids = [x.strip() for x in v.strip("[]").split(",") if x.strip()]
                    line = "regions: [" + ", ".join(cid(x, k) if x in region_ids else x for x in ids) + "]"
                elif key == "process":
                    line = f"process: {v} {k + 1}"
                fl.append(line)
            body = re.sub(r"(?<=[{ ])region=([\w-]+)",
                          lambda mm: "region=" + (cid(mm.group(1), k) if mm.group(1) in region_ids else mm.group(1)),
                          body)
            rx, table = subst[k]
            body = rx.sub(lambda mm: table[mm.group(0)], body)
            top, rest = rel.split(os.sep, 1)
            write(os.path.join(top, f"copy-{k:02d}", rest), ("---\n" + "\n".join(fl) + "\n---\n" if m else "") + body)


if __name__ == "__main__":
    main()

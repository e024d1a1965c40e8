#!/usr/bin/env python3
"""Regenerate the Word (.docx) fixtures of stocktake's Word reader.

    python3 make_fixtures.py            # everything
    python3 make_fixtures.py --no-lo    # skip the LibreOffice steps (python-docx files only)
    python3 make_fixtures.py --only-templates   # only template-filled/ (with --no-lo: no LO)

Needs python-docx 1.2 and lxml, LibreOffice (`soffice`) on PATH, msoffcrypto-tool
(`pip install msoffcrypto-tool`), PyYAML and a built `stocktake` binary (for its templates).
See README.md beside this file for what each output holds.

Outputs (all beside this script):
  python-docx/<path>.docx   every note and regional outcome of Examples/puerto-vallarta-2017,
                            converted from its Markdown by the conventions of the Word reader
  libreoffice/<path>.docx   the same files re-saved by LibreOffice
  extra/                    extra/inline-markup.md (hand-written source) in both flavours
  traps/                    small d1-act2 notes that each hide one trap
  template-filled/{python-docx,libreoffice}/<path>.docx
                            every note typed into its session's template from
                            `stocktake templates` (the binary: $STOCKTAKE, default .build/debug)
"""

import datetime
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
MEETING = REPO / "Examples" / "puerto-vallarta-2017"

# The secret of every trap: roster.csv p022 (civil society, not public), a four-word name
# with accents.
SECRET_NAME = "María José López Hernández"
# A word on no roster and in no word list: if it reached an output, the rewriter could not have
# hidden it, so its absence from the PDFs proves the reader skipped the text.
CANARY = "Quillbarrow"
SECRET = f"{SECRET_NAME} of {CANARY}"
AUTHOR = "Rapporteur Testname"
FIXED = datetime.datetime(2017, 12, 2, 9, 0, 0)
FIXED_W3C = "2017-12-02T09:00:00Z"
ZIP_TIME = (2017, 12, 2, 9, 0, 0)

HARMLESS = [
    "Regular pathways at all skill levels are the best answer to irregular migration.",
    "Regularisation is not an amnesty: it is how states already manage long-term irregular residence.",
]


# --------------------------------------------------------------------------- Markdown

class MarkdownError(Exception):
    pass


ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +)(.*)$")
HEADING = re.compile(r"^(#{1,6}) +(.*?)\s*$")
ATTRS = re.compile(r"\s*\{([^{}]*)\}\s*$")
ATTR_PART = re.compile(r"^(\.[\w-]+|[\w-]+=\S+)$")


def split_front_matter(text):
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise MarkdownError("no front matter")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    front = [l.rstrip() for l in lines[1:end] if l.strip()]
    return front, lines[end + 1:]


def join_lines(lines):
    """Lines of one paragraph or item → text with '\n' for each (soft or hard) line break."""
    out = []
    for n, l in enumerate(lines):
        l = l.strip() if n else l.rstrip()
        if l.endswith("\\") and n < len(lines) - 1:
            l = l[:-1]
        out.append(l.rstrip())
    return "\n".join(out)


def parse_blocks(body):
    """Blocks: ('heading', level, text) | ('item', ordered, level, text) | ('para', text) |
    ('table', [[cell text]])."""
    blocks, stack, cur = [], [], None
    i = 0
    while i < len(body):
        line = body[i]
        if not line.strip():
            cur = None
            i += 1
            continue
        h = HEADING.match(line)
        t = line.lstrip().startswith("|")
        m = ITEM.match(line)
        if h:
            cur, stack = None, []
            blocks.append(("heading", len(h.group(1)), h.group(2)))
        elif t:
            cur, stack = None, []
            rows = []
            while i < len(body) and body[i].lstrip().startswith("|"):
                rows.append(body[i].strip())
                i += 1
            if len(rows) < 2 or not re.match(r"^\|[\s:|-]+\|$", rows[1]):
                raise MarkdownError("table without a delimiter row")
            cells = [[c.strip() for c in r.strip("|").split("|")] for r in [rows[0]] + rows[2:]]
            blocks.append(("table", cells))
            continue
        elif m:
            indent = len(m.group(1))
            while stack and indent < stack[-1]:
                stack.pop()
            level = len(stack)
            stack.append(indent + len(m.group(2)) + len(m.group(3)))
            cur = ["item", not m.group(2)[0] in "-*+", level, [m.group(4)]]
            blocks.append(cur)
        elif cur is not None:
            cur[-1].append(line)  # continuation line of the open item or paragraph
        elif line.startswith(" ") and stack:
            raise MarkdownError(f"unsupported: indented paragraph inside a list: {line!r}")
        else:
            stack = []
            cur = ["para", [line]]
            blocks.append(cur)
        i += 1
    out = []
    for b in blocks:
        if isinstance(b, list):
            b = tuple(b[:-1]) + (join_lines(b[-1]),)
        out.append(b)
    return out


def split_attrs(text):
    m = ATTRS.search(text)
    if not m:
        return text, None
    parts = m.group(1).split()
    if not parts or not all(ATTR_PART.match(p) for p in parts):
        raise MarkdownError(f"not an attribute block: {m.group(0)!r}")
    return text[: m.start()], parts


def mark_for(parts):
    words = [p[1:] if p.startswith(".") else p.replace("=", " ", 1) for p in parts]
    return " [" + "; ".join(words) + "]"


def parse_inline(s, b=False, i=False):
    """→ segments: ('t', text, bold, italic) | ('br',) | ('link', url, [segments])."""
    out, buf, pos = [], "", 0

    def flush():
        nonlocal buf
        if buf:
            out.append(("t", buf, b, i))
            buf = ""

    while pos < len(s):
        c = s[pos]
        if c == "\n":
            flush()
            out.append(("br",))
            pos += 1
            continue
        if c == "[":
            m = re.match(r"\[([^\]]*)\]\(([^)\s]+)\)", s[pos:])
            if m:
                flush()
                out.append(("link", m.group(2), parse_inline(m.group(1), b, i)))
                pos += m.end()
                continue
        if c == "*":
            done = False
            for delim, nb, ni in (("***", True, True), ("**", True, False), ("*", False, True)):
                k = pos + len(delim)
                if s.startswith(delim, pos) and k < len(s) and s[k] not in " *":
                    end = s.find(delim, k)
                    if end > k and s[end - 1] != " ":
                        flush()
                        out.extend(parse_inline(s[k:end], b or nb, i or ni))
                        pos = end + len(delim)
                        done = True
                        break
            if done:
                continue
        if c == "\\" and pos + 1 < len(s) and s[pos + 1] in "\\`*_{}[]()#+-.!|":
            buf += s[pos + 1]
            pos += 2
            continue
        buf += c
        pos += 1
    flush()
    return out


def segments(text, with_attrs=True):
    if with_attrs:
        text, attrs = split_attrs(text)
    else:
        attrs = None
    segs = parse_inline(text)
    if attrs:
        mark = mark_for(attrs)
        if segs and segs[-1][0] == "t" and not segs[-1][2] and not segs[-1][3]:
            segs[-1] = ("t", segs[-1][1] + mark, False, False)
        else:
            segs.append(("t", mark, False, False))
    return segs


def split_first_plain(segs):
    """Split the first plain-text run inside a word, as Word does ("Ms. Ló" + "pez")."""
    for n, s in enumerate(segs):
        if s[0] == "t" and not s[2] and not s[3]:
            m = re.search(r"\w{4,}", s[1])
            if not m:
                return segs
            k = m.start() + 2
            return segs[:n] + [("t", s[1][:k], False, False), ("t", s[1][k:], False, False)] + segs[n + 1:]
    return segs


# --------------------------------------------------------------------------- Word writing

def new_document():
    d = docx.Document()
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    return d


def ensure_hyperlink_style(d):
    if "Hyperlink" not in [s.name for s in d.styles]:
        st = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        st.base_style = d.styles["Default Paragraph Font"]
        st.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        st.font.underline = True
        st.unhide_when_used = True
        st.priority = 99


def add_hyperlink(p, url, inner):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    h.set(qn("w:history"), "1")
    for s in inner:
        if s[0] != "t":
            raise MarkdownError("only text inside a link")
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "Hyperlink")
        rpr.append(rs)
        if s[2]:
            rpr.append(OxmlElement("w:b"))
        if s[3]:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = s[1]
        r.append(t)
        h.append(r)
    p._p.append(h)


def emit(p, segs):
    last_run = None
    for s in segs:
        if s[0] == "t":
            last_run = p.add_run(s[1])
            if s[2]:
                last_run.bold = True
            if s[3]:
                last_run.italic = True
        elif s[0] == "br":
            # Word keeps a line break in the run before it when there is one.
            (last_run or p.add_run()).add_break()
            last_run = None
        else:
            ensure_hyperlink_style(p.part.document)
            add_hyperlink(p, s[1], s[2])
            last_run = None


ARABIC = re.compile(r"[\u0600-\u06FF]")


def first_strong_is_arabic(text):
    for ch in text:
        if ch.isalpha():
            return bool(ARABIC.match(ch))
    return False


class Writer:
    """Writes paragraphs, splitting the first plain run of every 3rd paragraph."""

    def __init__(self, d, split=True):
        self.d, self.count, self.split = d, 0, split

    def fill(self, p, segs):
        self.count += 1
        if self.split and self.count % 3 == 0:
            segs = split_first_plain(segs)
        emit(p, segs)
        text = "".join(s[1] for s in segs if s[0] == "t")
        if first_strong_is_arabic(text):
            p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        return p

    def para(self, segs, style=None):
        return self.fill(self.d.add_paragraph(style=style), segs)

    def heading(self, text, level):
        return self.fill(self.d.add_heading("", level), [("t", text, False, False)])


LIST_STYLES = {False: ["List Bullet", "List Bullet 2", "List Bullet 3"],
               True: ["List Number", "List Number 2", "List Number 3"]}


def markdown_to_docx(md_path, out_path):
    front, body = split_front_matter(md_path.read_text(encoding="utf-8"))
    d = new_document()
    w = Writer(d)
    for line in front:
        w.para([("t", line, False, False)])
    for b in parse_blocks(body):
        if b[0] == "heading":
            w.heading(b[2], b[1])
        elif b[0] == "item":
            _, ordered, level, text = b
            if level > 2:
                raise MarkdownError(f"list nested too deep in {md_path}")
            w.para(segments(text), LIST_STYLES[ordered][level])
        elif b[0] == "para":
            w.para(segments(b[1]))
        elif b[0] == "table":
            rows = b[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = d.styles["Table Grid"]
            for r, row in enumerate(rows):
                if len(row) != len(rows[0]):
                    raise MarkdownError(f"ragged table in {md_path}")
                for c, cell in enumerate(row):
                    w.fill(table.cell(r, c).paragraphs[0], segments(cell, with_attrs=False))
    save(d, out_path)


def save(d, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path, rewrite=None):
    """Rewrite a zip with fixed timestamps (and optionally rewritten members) so that the
    output is byte-for-byte reproducible."""
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if rewrite:
                data = rewrite(name, data)
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------- LibreOffice

LO_PROFILE = Path(tempfile.gettempdir()) / "stocktake-fixtures-lo-profile"


def soffice(args, cwd=None):
    cmd = ["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless", "--norestore"] + args
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f"soffice failed: {r.stdout}\n{r.stderr}")
    return r


def lo_convert(inputs, outdir, fmt="docx"):
    outdir.mkdir(parents=True, exist_ok=True)
    soffice(["--convert-to", fmt, "--outdir", str(outdir)] + [str(p) for p in inputs])
    outs = [outdir / (p.stem + "." + fmt.split(":")[0]) for p in inputs]
    for o in outs:
        if not o.exists():
            raise RuntimeError(f"LibreOffice did not write {o}")
    return outs


LO_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_lo(path):
    """LibreOffice stamps the save time into docProps/core.xml (and the zip); fix both."""
    def rewrite(name, data):
        if name == "docProps/core.xml":
            data = LO_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", data)
        return data
    normalize_zip(path, rewrite)


# --------------------------------------------------------------------------- traps

def trap_base(items=HARMLESS, session=True):
    d = new_document()
    if session:
        d.add_paragraph("session: d1-act2")
    d.add_heading("Key messages", 2)
    ps = [d.add_paragraph(t, style="List Bullet") for t in items]
    return d, ps


W_NS = nsdecls("w")


def run_xml(text, tag="w:t"):
    return f'<w:r {W_NS}><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def trap_tracked_deletion(out):
    d, ps = trap_base()
    p = ps[1]
    for r in list(p.runs):
        p._p.remove(r._r)
    p._p.append(parse_xml(run_xml("As ")))
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="101" w:author="{AUTHOR}" w:date="{FIXED_W3C}">'
        f'<w:r><w:delText xml:space="preserve">{SECRET} said, </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="102" w:author="{AUTHOR}" w:date="{FIXED_W3C}">'
        f'<w:r><w:t xml:space="preserve">the group agreed, </w:t></w:r></w:ins>'))
    p._p.append(parse_xml(run_xml(
        "regularisation is not an amnesty: it is how states already manage long-term irregular residence.")))
    save(d, out)


def trap_comment(out):
    d, ps = trap_base()
    c = d.add_comment(ps[0].runs, text=f"{SECRET} asked us not to attribute this to her.",
                      author=AUTHOR, initials="RT")
    c._comment_elm.set(qn("w:date"), FIXED_W3C)  # python-docx stamps the time of the run
    save(d, out)


def trap_hidden(out, via_style):
    d, ps = trap_base(items=["Regular pathways at all skill levels", HARMLESS[1]])
    p = ps[0]
    r = p.add_run(f" (said by {SECRET})")
    if via_style:
        st = d.styles.add_style("Rapporteur Aside", WD_STYLE_TYPE.CHARACTER)
        st.base_style = d.styles["Default Paragraph Font"]
        st.font.hidden = True
        r.style = st
    else:
        r.font.hidden = True
    p.add_run(" are the best answer to irregular migration.")
    save(d, out)


def trap_header_footer(out):
    d, _ = trap_base()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"Notes taken by {SECRET}"
    sec.footer.paragraphs[0].text = f"Draft of {SECRET}, not for circulation"
    save(d, out)


FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def trap_footnote(out):
    d, ps = trap_base()
    fn_text = d.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = d.styles["Normal"]
    fn_text.font.size = Pt(10)
    fn_ref = d.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.base_style = d.styles["Default Paragraph Font"]
    fn_ref.font.superscript = True
    fid_text, fid_ref = fn_text.style_id, fn_ref.style_id
    sep_p = '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>{}</w:r></w:p>'
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes {nsdecls("w", "r")}>'
        f'<w:footnote w:type="separator" w:id="-1">{sep_p.format("<w:separator/>")}</w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0">{sep_p.format("<w:continuationSeparator/>")}</w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="{fid_text}"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="{fid_ref}"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> The point was made by {SECRET}.</w:t></w:r></w:p></w:footnote>'
        f'</w:footnotes>'
    ).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    ps[0]._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:rStyle w:val="{fid_ref}"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    # Word lists the separators in settings.xml too.
    settings = d.settings.element
    fpr = parse_xml(f'<w:footnotePr {W_NS}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    settings.find(qn("w:compat")).addprevious(fpr)
    save(d, out)


def trap_text_box_vml(out):
    d, ps = trap_base()
    ps[0]._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:324pt;margin-top:0;width:150pt;height:36pt;z-index:251659264" '
        'strokeweight=".5pt"><v:textbox>'
        f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">Speaker: {SECRET}</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>'))
    save(d, out)


CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


def add_custom_session(d, value):
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="stocktake-session">'
        f'<vt:lpwstr>{value}</vt:lpwstr></property></Properties>'
    ).encode("utf-8")
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_CT, xml, d.part.package)
    d.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)


def trap_session_mismatch(out):
    d, _ = trap_base()
    add_custom_session(d, "d1-act3")
    save(d, out)


def trap_session_property_only(out):
    d, _ = trap_base(session=False)
    add_custom_session(d, "d1-act2")
    save(d, out)


def trap_guidance_typed(out):
    """Notes typed into a paragraph of the template's guidance style: never read, and a warning."""
    from docx.enum.style import WD_STYLE_TYPE
    d, ps = trap_base()
    style = d.styles.add_style("Stocktake Guidance", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    p = d.add_paragraph(f"{SECRET} said the humanitarian visa must stay.", style="Stocktake Guidance")
    save(d, out)


def trap_bad_mark(out):
    d, _ = trap_base(items=[HARMLESS[0], HARMLESS[1] + " [act 2.3; regoin lac]"])
    save(d, out)


def trap_encrypted(src, out):
    import msoffcrypto.method.container.ecma376_encrypted as container
    import msoffcrypto.method.ecma376_agile as agile
    from msoffcrypto.format.ooxml import OOXMLFile

    counter = [0]

    def deterministic(sz):  # fixed salts and key so the file is reproducible
        counter[0] += 1
        return hashlib.sha256(b"stocktake-fixture-%d" % counter[0]).digest()[:sz].ljust(sz, b"\0")

    class FixedClock(datetime.datetime):  # the OLE directory's creation/modification times
        @classmethod
        def now(cls, tz=None):
            return FIXED

    saved = agile._random_buffer, container.datetime
    agile._random_buffer, container.datetime = deterministic, FixedClock
    try:
        with open(src, "rb") as f, open(out, "wb") as o:
            OOXMLFile(f).encrypt("secret", o)
    finally:
        agile._random_buffer, container.datetime = saved


BOMB_KEEP = {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
             "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml"}


def trap_zip_bomb(src, out, size=64 * 1024 * 1024):
    """A valid docx of the few parts a note needs, whose word/document.xml holds one w:t of
    `size` spaces: it inflates to 64 MiB and deflates to ~65 KB."""
    z = zipfile.ZipFile(src)
    kept = {"/" + n for n in BOMB_KEEP}

    def prune(name, data):
        # Drop the content types and relationships of the parts left out.
        if name == "[Content_Types].xml":
            return re.sub(rb'<Override PartName="([^"]+)"[^>]*/>',
                          lambda m: m.group(0) if m.group(1).decode() in kept else b"", data)
        if name.endswith(".rels"):
            base = "/" + (name.rsplit("_rels/", 1)[0])
            def keep(m):
                t = m.group(1).decode()
                if b'TargetMode="External"' in m.group(0):
                    return m.group(0)
                full = os.path.normpath(t if t.startswith("/") else os.path.join(base, t))
                return m.group(0) if full in kept else b""
            return re.sub(rb'<Relationship [^>]*Target="([^"]+)"[^>]*/>', keep, data)
        return data

    doc = z.read("word/document.xml").decode("utf-8")
    k = doc.rindex("<w:sectPr")
    head = (doc[:k] + '<w:p><w:r><w:t xml:space="preserve">').encode("utf-8")
    tail = ("</w:t></w:r></w:p>" + doc[k:]).encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as o:
        for info in z.infolist():
            if info.filename not in BOMB_KEEP:
                continue
            ni = zipfile.ZipInfo(info.filename, ZIP_TIME)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            if info.filename != "word/document.xml":
                o.writestr(ni, prune(info.filename, z.read(info.filename)))
                continue
            with o.open(ni, "w") as w:
                w.write(head)
                chunk = b" " * (1 << 20)
                left = size
                while left > 0:
                    w.write(chunk[: min(left, len(chunk))])
                    left -= len(chunk)
                w.write(tail)


def make_traps(lo=True):
    t = HERE / "traps"
    if t.exists() and lo:  # without LibreOffice, keep text-box.docx and renamed-doc.docx
        shutil.rmtree(t)
    t.mkdir(exist_ok=True)
    trap_tracked_deletion(t / "tracked-deletion.docx")
    trap_comment(t / "comment.docx")
    trap_hidden(t / "hidden-text.docx", via_style=False)
    trap_hidden(t / "hidden-style.docx", via_style=True)
    trap_header_footer(t / "header-footer.docx")
    trap_footnote(t / "footnote.docx")
    trap_text_box_vml(t / "text-box-vml.docx")
    trap_session_mismatch(t / "session-mismatch.docx")
    trap_session_property_only(t / "session-property-only.docx")
    trap_bad_mark(t / "bad-mark.docx")
    trap_guidance_typed(t / "guidance-typed.docx")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        d, _ = trap_base()
        good = tmp / "good.docx"
        save(d, good)
        trap_encrypted(good, t / "encrypted.docx")
        data = good.read_bytes()
        (t / "truncated.docx").write_bytes(data[: len(data) * 60 // 100])
        (t / "not-a-zip.docx").write_bytes(b"hello\n")
        trap_zip_bomb(good, t / "zip-bomb.docx")
        if lo:
            # A text box as LibreOffice (and Word 2010+) writes it: DrawingML wps:txbx in
            # mc:AlternateContent, from the VML one.
            src = tmp / "text-box.docx"
            shutil.copy(t / "text-box-vml.docx", src)
            (o,) = lo_convert([src], tmp / "lo")
            normalize_lo(o)
            shutil.copy(o, t / "text-box.docx")
            # A real Word 97 file under a .docx name.
            (o,) = lo_convert([good], tmp / "doc", fmt="doc")
            shutil.copy(o, t / "renamed-doc.docx")


# --------------------------------------------------------------------------- template-filled

STOCKTAKE = Path(os.environ.get("STOCKTAKE", REPO / ".build" / "debug" / "stocktake"))
GUIDANCE_STYLES = {"StocktakeTitle": "Stocktake Title", "StocktakeGuidance": "Stocktake Guidance"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fold(s):
    """A heading as it is matched: accents dropped, case folded, spaces collapsed."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def section_names():
    """fold(heading or alias) → the section's heading, from meeting.yaml."""
    import yaml
    meeting = yaml.safe_load((MEETING / "meeting.yaml").read_text(encoding="utf-8"))
    names = {}
    for s in meeting["sections"]:
        for n in [s["heading"]] + list(s.get("aliases") or []):
            names[fold(n)] = s["heading"]
    return names


def write_templates(outdir):
    if not STOCKTAKE.exists():
        raise RuntimeError(f"no stocktake binary at {STOCKTAKE} (build it, or set STOCKTAKE=path)")
    r = subprocess.run([str(STOCKTAKE), "templates", str(MEETING), "--output", str(outdir)],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"stocktake templates failed: {r.stdout}\n{r.stderr}")


def pstyle(p):
    ps = p.find(f"{W}pPr/{W}pStyle")
    return ps.get(f"{W}val") if ps is not None else None


def ensure_list_style(d, name):
    """The template has List Bullet, List Bullet 2 and List Number only. A deeper item gets the
    style added as Word adds a built-in style when it is first applied: List Bullet 3 on level 3
    of the template's bullet list (numId 1), as List Bullet 2 is on level 2."""
    if name in [s.name for s in d.styles]:
        return
    m = re.fullmatch(r"List (Bullet|Number) 3", name)
    if not m:
        raise MarkdownError(f"the template has no style {name!r}")
    st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = d.styles["Normal"]
    st.quick_style = True
    num = "1" if m.group(1) == "Bullet" else "2"
    st.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W_NS}><w:ilvl w:val="2"/><w:numId w:val="{num}"/></w:numPr>'))
    st.element.get_or_add_pPr().append(parse_xml(f'<w:ind {W_NS} w:left="1080" w:hanging="360"/>'))
    st.element.attrib.pop(qn("w:customStyle"), None)  # a built-in style, as Word writes it


def template_sections(d, names):
    """Heading → its empty List Bullet placeholder paragraph (a Paragraph), checking that every
    Heading 1 of the template is followed by one guidance paragraph and the placeholder."""
    body = list(d.element.body.iterchildren())
    out = {}
    for k, el in enumerate(body):
        if el.tag != f"{W}p" or pstyle(el) != "Heading1":
            continue
        text = "".join(t.text or "" for t in el.iter(f"{W}t"))
        heading = names.get(fold(text))
        if heading is None:
            raise MarkdownError(f"template heading {text!r} is no section of meeting.yaml")
        guidance, ph = body[k + 1], body[k + 2]
        if (pstyle(guidance) != "StocktakeGuidance" or pstyle(ph) != "ListBullet"
                or list(ph.iter(f"{W}r"))):
            raise MarkdownError(f"template section {text!r}: no guidance + empty List Bullet after it")
        out[heading] = Paragraph(ph, d._body)
    return out


def fill_template(md_path, template_dir, out_path, names):
    """Fill the session's template with the note, as a rapporteur would: header lines after the
    `session:` line, each section's items in place of its empty List Bullet placeholder."""
    front, body = split_front_matter(md_path.read_text(encoding="utf-8"))
    session = next((l.split(":", 1)[1].strip() for l in front if l.startswith("session:")), None)
    if not session:
        raise MarkdownError(f"{md_path}: no session")
    d = docx.Document(str(template_dir / f"{session}.docx"))
    cp = d.core_properties  # the template has no core.xml: python-docx adds one, fix its fields
    cp.title = ""
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    w = Writer(d)
    paras = d.paragraphs
    if paras[0].text != f"session: {session}" or paras[0].style.style_id != "Normal":
        raise MarkdownError(f"template {session}: paragraph 1 is not the session line")
    for line in front:
        if not line.startswith("session:"):
            w.fill(paras[1].insert_paragraph_before(), [("t", line, False, False)])
    placeholders = template_sections(d, names)
    anchor, used = None, set()
    for b in parse_blocks(body):
        if b[0] == "heading":
            heading = names.get(fold(b[2]))
            if b[1] != 2 or heading not in placeholders:
                raise MarkdownError(f"{md_path}: heading {'#' * b[1]} {b[2]!r} is not in the template")
            anchor = placeholders[heading]
            continue
        if anchor is None:
            raise MarkdownError(f"{md_path}: text before the first section")
        used.add(heading)
        if b[0] == "item":
            _, ordered, level, text = b
            if level > 2:
                raise MarkdownError(f"list nested too deep in {md_path}")
            style = LIST_STYLES[ordered][level]
            ensure_list_style(d, style)
            w.fill(anchor.insert_paragraph_before(style=style), segments(text))
        elif b[0] == "para":
            w.fill(anchor.insert_paragraph_before(), segments(b[1]))
        elif b[0] == "table":
            rows = b[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = d.styles["Table Grid"]
            anchor._p.addprevious(table._tbl)
            for r, row in enumerate(rows):
                if len(row) != len(rows[0]):
                    raise MarkdownError(f"ragged table in {md_path}")
                for c, cell in enumerate(row):
                    w.fill(table.cell(r, c).paragraphs[0], segments(cell, with_attrs=False))
    for heading in used:  # the placeholder of a filled section goes; the others stay
        p = placeholders[heading]._p
        p.getparent().remove(p)
    save_keeping(d, out_path, template_dir / f"{session}.docx")


def save_keeping(d, path, template):
    """Save, but keep the template's styles.xml and numbering.xml byte for byte (python-docx
    would re-serialise them): a style added for the note is spliced in before </w:styles>."""
    from lxml import etree
    orig = zipfile.ZipFile(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))

    def rewrite(name, data):
        if name not in ("word/styles.xml", "word/numbering.xml"):
            return data
        before = orig.read(name)
        old, new = etree.fromstring(before), etree.fromstring(data)
        ids = {e.get(f"{W}styleId") for e in old.iter(f"{W}style")}
        added = [e for e in new.iter(f"{W}style") if e.get(f"{W}styleId") not in ids]
        for e in added:
            e.getparent().remove(e)
        if etree.tostring(old, method="c14n") != etree.tostring(new, method="c14n"):
            raise RuntimeError(f"{path}: python-docx changed {name} of the template")
        if added:
            xml = b"".join(etree.tostring(e) for e in added)
            xml = xml.replace(b' xmlns:w="' + W[1:-1].encode() + b'"', b"")
            k = before.rindex(b"</w:styles>")
            before = before[:k] + xml + before[k:]
        return before

    normalize_zip(path, rewrite)


def docx_summary(path):
    """(session property or None, [(style id, text) of guidance/title paragraphs],
    {style id: name})."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    doc = etree.fromstring(z.read("word/document.xml"))
    styles = etree.fromstring(z.read("word/styles.xml"))
    names = {s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val") for s in styles.iter(f"{W}style")}
    guidance = [(pstyle(p), "".join(t.text or "" for t in p.iter(f"{W}t")))
                for p in doc.iter(f"{W}p") if pstyle(p) in GUIDANCE_STYLES]
    prop = None
    if "docProps/custom.xml" in z.namelist():
        custom = etree.fromstring(z.read("docProps/custom.xml"))
        for e in custom:
            if e.get("name") == "stocktake-session":
                prop = "".join(e.itertext())
    return prop, guidance, names


def check_template_filled(template, filled, session):
    """Every guidance paragraph of the template is still there, in a style named as in the
    template, and the custom property still names the session."""
    _, want, _ = docx_summary(template)
    prop, got, names = docx_summary(filled)
    problems = []
    if got != want:
        problems.append("guidance paragraphs differ from the template's")
    for sid, name in GUIDANCE_STYLES.items():
        if names.get(sid) != name:
            problems.append(f"style {sid} is named {names.get(sid)!r}, not {name!r}")
    if prop != session:
        problems.append(f"custom property stocktake-session is {prop!r}, not {session!r}")
    if problems:
        raise RuntimeError(f"{filled}: " + "; ".join(problems))


def make_template_filled(lo=True):
    tf = HERE / "template-filled"
    pd_root, lo_root = tf / "python-docx", tf / "libreoffice"
    names = section_names()
    with tempfile.TemporaryDirectory() as tmp:
        templates = Path(tmp) / "templates"
        write_templates(templates)  # first: if the binary fails, the old fixtures stay
        for root in (pd_root, lo_root):
            if root.exists() and (lo or root is pd_root):
                shutil.rmtree(root)
        done, by_dir = [], {}
        for md in sorted((MEETING / "notes").rglob("*.md")):
            rel = md.relative_to(MEETING).with_suffix(".docx")
            fill_template(md, templates, pd_root / rel, names)
            session = docx.Document(str(pd_root / rel)).paragraphs[0].text.split(":", 1)[1].strip()
            done.append((rel, session))
            by_dir.setdefault(lo_root / rel.parent, []).append(pd_root / rel)
        if lo:
            for outdir, srcs in sorted(by_dir.items()):
                for o in lo_convert(srcs, outdir):
                    normalize_lo(o)
        for rel, session in done:
            check_template_filled(templates / f"{session}.docx", pd_root / rel, session)
            if lo:
                check_template_filled(templates / f"{session}.docx", lo_root / rel, session)


# --------------------------------------------------------------------------- main

def main():
    lo = "--no-lo" not in sys.argv
    if "--only-templates" in sys.argv:
        make_template_filled(lo)
        if lo and LO_PROFILE.exists():
            shutil.rmtree(LO_PROFILE, ignore_errors=True)
        return
    sources = sorted(p for d in ("notes", "regional") for p in (MEETING / d).rglob("*.md"))
    pd_root, lo_root, extra = HERE / "python-docx", HERE / "libreoffice", HERE / "extra"
    for root in (pd_root, lo_root, extra / "python-docx", extra / "libreoffice"):
        if root.exists() and (lo or root.name == "python-docx"):
            shutil.rmtree(root)
    outputs = []
    for md in sources:
        rel = md.relative_to(MEETING).with_suffix(".docx")
        markdown_to_docx(md, pd_root / rel)
        outputs.append((pd_root / rel, lo_root / rel.parent))
    markdown_to_docx(extra / "inline-markup.md", extra / "python-docx" / "inline-markup.docx")
    outputs.append((extra / "python-docx" / "inline-markup.docx", extra / "libreoffice"))
    if lo:
        by_dir = {}
        for src, outdir in outputs:
            by_dir.setdefault(outdir, []).append(src)
        for outdir, srcs in sorted(by_dir.items()):
            for o in lo_convert(srcs, outdir):
                normalize_lo(o)
    make_traps(lo)
    make_template_filled(lo)
    if lo and LO_PROFILE.exists():
        shutil.rmtree(LO_PROFILE, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The bundled DOCX templates (``templates/document/<kind>.docx``), built with python-docx.

The committed files are this module's output (``python -m spbe_cli.submission.document_builder
templates/document`` writes them again; a test checks that they match), so a change to a
template is reviewed as code, while a repository replaces any of them with a .docx of its own,
edited in Word, holding the same tags. Each is an A4 page with a wider left margin for binding,
a letterhead, tables whose header row repeats on every page, signature blocks that never split,
and a footer with the page number and the snapshot digest. The tags are docxtpl's: ``{{ }}``
in text, ``{%tr %}`` around a table row, ``{%p %}`` around paragraphs (and the tables between).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from spbe_cli.submission.document_kind import DocumentKind

FONT = "Arial"  # LibreOffice prints it with the metric-compatible Liberation Sans
TEXT_WIDTH = 16.0  # cm: A4 (21 cm) less the 3 cm binding margin and the 2 cm right one
Column = tuple[float, str, str]  # width in cm, header label expression, cell expression


def build_template(kind: DocumentKind) -> bytes:
    """The bundled template of ``kind``, as the bytes of a .docx (normalised: no dates)."""
    import io

    from spbe_cli.submission.document_render import normalized_zip

    doc: Any = Document()
    _page(doc)
    _letterhead(doc)
    _heading(doc)
    _BODIES[kind](doc)
    _footer(doc)
    _properties(doc, kind)
    out = io.BytesIO()
    doc.save(out)
    return normalized_zip(out.getvalue(), None)


def _page(doc: Any) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)  # the left for binding
    section.header_distance, section.footer_distance = Cm(1.25), Cm(1)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(11)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15


def _para(
    container: Any,
    text: str = "",
    *,
    bold: bool = False,
    size: float | None = None,
    align: Any = None,
    caps: bool = False,
    after: float | None = None,
) -> Any:
    paragraph = container.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.font.all_caps = caps or None
        if size is not None:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    if after is not None:
        paragraph.paragraph_format.space_after = Pt(after)
    return paragraph


def _letterhead(doc: Any) -> None:
    """The kop surat: logo, instansi and address, over a double rule."""
    table = _table(doc, [2.6, TEXT_WIDTH - 5.2, 2.6], grid=False)
    logo, middle, _ = table.rows[0].cells
    logo.paragraphs[0].add_run("{{ d.logo }}")
    logo.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    center = WD_ALIGN_PARAGRAPH.CENTER
    first = middle.paragraphs[0]
    run = first.add_run("{{ d.instansi }}")
    run.bold, run.font.all_caps, run.font.size = True, True, Pt(14)
    first.alignment = center
    first.paragraph_format.space_after = Pt(2)
    _para(middle, "{{ d.address }}", size=9, align=center, after=0)
    rule = _para(doc, after=8)
    _border(rule, "bottom", "thickThinSmallGap", 18)


def _heading(doc: Any) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "{{ d.title }}", bold=True, size=12, align=center, caps=True, after=0)
    _para(doc, "{{ d.subtitle }}", bold=True, size=12, align=center, caps=True, after=0)
    _para(doc, "{{ d.nomor }}", align=center, after=10)
    _loop(doc, "n in d.notices", lambda: _para(doc, "{{ n }}", size=9))


def _loop(doc: Any, header: str, body: Callable[[], object]) -> None:
    """``{%p for <header> %}`` ... ``{%p endfor %}`` around what ``body`` adds."""
    _para(doc, f"{{%p for {header} %}}")
    body()
    _para(doc, "{%p endfor %}")


def _justified(doc: Any, text: str) -> None:
    _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def _pending_note(doc: Any) -> None:
    """The footnote under a table of values, when a value is marked as waiting for another
    agency's index."""
    _para(doc, "{%p if d.pending_note %}")
    _para(doc, "{{ d.pending_note }}", size=8, after=0).paragraph_format.space_before = Pt(2)
    _para(doc, "{%p endif %}")


def _closing(doc: Any) -> None:
    """The closing sentence, then the signature blocks: the two are never on separate pages."""
    closing = _para(doc, "{{ d.closing }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    closing.paragraph_format.keep_with_next = True
    closing.paragraph_format.keep_together = True
    _signatures(doc)


def _berita_acara(doc: Any) -> None:
    _justified(doc, "{{ d.opening }}")
    _loop(doc, "p in d.paragraphs", lambda: _justified(doc, "{{ p }}"))
    _para(doc, "{{ d.t.table_aspects }}", bold=True, after=2)
    aspects: list[Column] = [
        (1.6, "d.t.code", "a.id"),
        (9.4, "d.t.aspect", "a.name"),
        (2.5, "d.t.weight", "a.weight"),
        (2.5, "d.t.index", "a.index"),
    ]
    _data_table(doc, aspects, "a in d.aspects", strong="a.strong", right=(2, 3))
    _para(doc, after=2)
    _para(doc, "{{ d.t.table_indicators }}", bold=True, after=2)
    indicators: list[Column] = [
        (0.9, "d.t.no", "i.no"),
        (1.3, "d.t.code", "i.id"),
        (5.2, "d.t.indicator", "i.name"),
        (1.8, "d.t.value", "i.value|i.level_name"),
        (3.8, "d.t.lead_unit", "i.unit"),  # a long unit name on three lines at most
        (3.0, "d.t.evidence", "i.evidence"),
    ]
    _data_table(doc, indicators, "i in d.indicators")
    _pending_note(doc)
    _para(doc, after=2)
    _closing(doc)


def _persetujuan(doc: Any) -> None:
    _justified(doc, "{{ d.opening }}")
    table = _table(doc, [4.0, 0.5, TEXT_WIDTH - 4.5], grid=False, rows=4)
    fields = (("name", "name"), ("nip", "nip"), ("pangkat", "pangkat"), ("jabatan", "jabatan"))
    for row, (label, key) in zip(table.rows, fields, strict=True):
        row.cells[0].paragraphs[0].add_run(f"{{{{ d.t.{label} }}}}")
        row.cells[1].paragraphs[0].add_run(":")
        row.cells[2].paragraphs[0].add_run(f"{{{{ d.right.{key} }}}}")
    _para(doc, after=2)
    _loop(doc, "p in d.paragraphs", lambda: _justified(doc, "{{ p }}"))
    _closing(doc)


def _lembar_kerja(doc: Any) -> None:
    _justified(doc, "{{ d.opening }}")
    _loop(doc, "p in d.paragraphs", lambda: _justified(doc, "{{ p }}"))
    work: list[Column] = [
        (0.9, "d.t.no", "w.no"),
        (1.3, "d.t.code", "w.id"),
        (3.4, "d.t.indicator", "w.name"),
        (1.9, "d.t.value", "w.value|w.level_name"),
        (5.0, "d.t.explanation", "w.explanation"),
        (3.5, "d.t.review", "w.review"),
    ]
    _data_table(doc, work, "w in d.work")
    _pending_note(doc)
    _para(doc, after=2)
    _para(doc, "{{ d.t.lk_items }}", bold=True, after=2)
    items: list[Column] = [
        (0.9, "d.t.no", "e.no"),
        (1.8, "d.t.indicator", "e.indicator"),
        (3.0, "d.t.code", "e.code"),
        (4.8, "d.t.item", "e.title"),
        (1.7, "d.t.level", "e.level"),
        (3.8, "d.t.status", "e.status"),
    ]
    titles: list[Column] = [  # no item codes nor verdicts anywhere (59/2020): left out
        (0.9, "d.t.no", "e.no"),
        (1.8, "d.t.indicator", "e.indicator"),
        (11.6, "d.t.item", "e.title"),
        (1.7, "d.t.level", "e.level"),
    ]
    _para(doc, "{%p if d.item_details %}")
    _data_table(doc, items, "e in d.items")
    _para(doc, "{%p else %}")
    _data_table(doc, titles, "e in d.items")
    _para(doc, "{%p endif %}")
    _para(doc, after=2)
    _closing(doc)


def _catatan(doc: Any) -> None:
    _justified(doc, "{{ d.opening }}")
    _loop(doc, "p in d.paragraphs", lambda: _justified(doc, "{{ p }}"))
    notes: list[Column] = [
        (0.9, "d.t.no", "r.no"),
        (2.4, "d.t.indicator", "r.indicator|r.name"),
        (2.8, "d.t.item", "r.item"),
        (1.7, "d.t.level", "r.level"),
        (3.2, "d.t.reason_note", "r.reason"),
        (5.0, "d.t.asks", "r.asks"),
    ]

    def unit() -> None:
        heading = _para(doc, "{{ u.name }} ({{ u.id }})", bold=True, after=2)
        heading.paragraph_format.keep_with_next = True
        _data_table(doc, notes, "r in u.rows")
        _para(doc, after=2)

    _loop(doc, "u in d.notes", unit)
    _closing(doc)


_BODIES: dict[DocumentKind, Callable[[Any], None]] = {
    DocumentKind.BERITA_ACARA: _berita_acara,
    DocumentKind.PERSETUJUAN_PUBLIKASI: _persetujuan,
    DocumentKind.LEMBAR_KERJA: _lembar_kerja,
    DocumentKind.CATATAN: _catatan,
}


def _table(doc: Any, widths: Sequence[float], *, grid: bool, rows: int = 1) -> Any:
    table = doc.add_table(rows=rows, cols=len(widths))
    table.style = doc.styles["Table Grid" if grid else "Normal Table"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    return table


def _data_table(
    doc: Any,
    columns: Sequence[Column],
    loop: str,
    *,
    strong: str | None = None,
    right: Sequence[int] = (),
) -> None:
    """A bordered table: a shaded header row that repeats on every page, then one row per
    item of ``loop``. A cell expression ``a|b`` shows ``b`` small under ``a``."""
    table = _table(doc, [w for w, _, _ in columns], grid=True, rows=4)
    header, opening, body, closing = table.rows
    _row_flags(header, header=True)
    _row_flags(body)
    opening.cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    closing.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for n, (_, label, expression) in enumerate(columns):
        cell = header.cells[n].paragraphs[0]
        run = cell.add_run(f"{{{{ {label} }}}}")
        run.bold, run.font.size = True, Pt(9)
        _shade(header.cells[n], "D9D9D9")
        _cell(body.cells[n], expression, strong, align_right=n in right)


def _cell(cell: Any, expression: str, strong: str | None, *, align_right: bool) -> None:
    main, _, small = expression.partition("|")
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if align_right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if strong is None:
        paragraph.add_run(f"{{{{ {main} }}}}").font.size = Pt(9)
    else:  # bold where `strong` holds: both runs are in the template, one is kept
        paragraph.add_run(f"{{% if {strong} %}}")
        bold = paragraph.add_run(f"{{{{ {main} }}}}")
        bold.bold, bold.font.size = True, Pt(9)
        paragraph.add_run("{% else %}")
        paragraph.add_run(f"{{{{ {main} }}}}").font.size = Pt(9)
        paragraph.add_run("{% endif %}")
    if small:  # on a line of its own, only when there is something to show
        cell.add_paragraph(f"{{%p if {small} %}}")
        extra = cell.add_paragraph()
        extra.paragraph_format.space_after = Pt(0)
        run = extra.add_run(f"{{{{ {small} }}}}")
        run.italic, run.font.size = True, Pt(8)
        cell.add_paragraph("{%p endif %}")


def _signatures(doc: Any) -> None:
    """Two signature blocks side by side, on a row that never splits across pages and stays
    with the paragraph before it; each block sits at the bottom of its cell, so the names
    line up however many lines the positions above them take."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    _para(doc, after=6).paragraph_format.keep_with_next = True
    half = TEXT_WIDTH / 2
    table = _table(doc, [half, half], grid=False)
    _row_flags(table.rows[0])
    for cell, side in zip(table.rows[0].cells, ("left", "right"), strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        s = f"d.{side}"
        first = cell.paragraphs[0]
        first.add_run(f"{{{{ {s}.place_date }}}}")
        first.paragraph_format.space_after = Pt(0)
        _para(cell, f"{{%p if {s}.jabatan %}}")  # no empty line where there is none
        _para(cell, f"{{{{ {s}.jabatan }}}}", after=0)
        _para(cell, "{%p endif %}")
        _para(cell, f"{{{{ {s}.role }}}}{{% if {s}.role %}},{{% endif %}}", after=0)
        for _ in range(3):  # room for the signature and the stamp
            _para(cell, after=6)
        name = _para(cell, after=0)
        run = name.add_run(f"{{{{ {s}.name }}}}")
        run.bold, run.underline = True, True
        _para(cell, f"{{{{ {s}.pangkat }}}}", after=0)
        _para(cell, f"{{{{ {s}.nip_line }}}}", after=0)


def _footer(doc: Any) -> None:
    """``instansi · title year`` with ``Halaman 1 dari 3`` on the right; the digest below."""
    footer = doc.sections[0].footer
    line = footer.paragraphs[0]
    doc.styles["Footer"].paragraph_format.tab_stops.clear_all()  # its centre stop, Word's
    line.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    for text in ("{{ d.footer }}", "\t{{ d.t.page }} "):
        line.add_run(text).font.size = Pt(8)
    _field(line, "PAGE")
    line.add_run(" {{ d.t.of }} ").font.size = Pt(8)
    _field(line, "NUMPAGES")
    digest = footer.add_paragraph()
    digest.add_run("{{ d.digest_line }}").font.size = Pt(7)


def _field(paragraph: Any, instruction: str) -> None:
    """A complex field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice update as they lay
    out the pages."""
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None)):
        run = paragraph.add_run()
        run.font.size = Pt(8)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
    paragraph.add_run("1").font.size = Pt(8)
    end = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._r.append(char)


def _row_flags(row: Any, *, header: bool = False) -> None:
    """A row that never splits across pages; a header row repeats on every page."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _shade(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _border(paragraph: Any, side: str, style: str, size: int) -> None:
    borders = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    for key, value in (("w:val", style), ("w:sz", str(size)), ("w:space", "1")):
        edge.set(qn(key), value)
    edge.set(qn("w:color"), "auto")
    borders.append(edge)
    paragraph._p.get_or_add_pPr().append(borders)


def _properties(doc: Any, kind: DocumentKind) -> None:
    """Fixed document properties, and no thumbnail of python-docx's own sample page."""
    import datetime as dt

    props = doc.core_properties
    props.author = props.last_modified_by = "spbe"
    props.title = f"spbe document {kind.value}"
    props.comments = props.subject = props.keywords = props.category = ""
    props.revision = 1
    props.created = props.modified = dt.datetime(2026, 1, 1)
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]


def write_all(folder: Path) -> None:
    """Write every bundled template into ``folder`` (``templates/document``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for kind in DocumentKind:
        (folder / f"{kind.value}.docx").write_bytes(build_template(kind))


if __name__ == "__main__":  # pragma: no cover - the maintainers' command
    write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "templates/document"))

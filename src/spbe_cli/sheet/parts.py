"""The parts of a workbook's zip that ``spbe import`` reads, each measured before it is unpacked.

Only the sheets the reader needs (the metadata, indicator and evidence sheets), the shared
strings, the styles and the workbook's own index are unpacked, within ``MAX_SHEET_XML`` or
``MAX_PART_XML`` each and ``MAX_CELLS`` declared cells a sheet. openpyxl gets a new zip of just
those; every other sheet is an empty stand-in there, so its name still counts (an extra sheet is
still W007) but its content is never unpacked, however large it is."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from spbe_cli.sheet.layout import MAX_CELLS, MAX_PART_XML, MAX_SHEET_XML, META, sheet_names

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
CONTENT_TYPES = "[Content_Types].xml"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
STYLES = "xl/styles.xml"
# The sheets read, in either language of the workbook; any other sheet stays packed.
NEEDED = frozenset(
    [META]
    + [sheet_names(lang)[role] for lang in ("id", "en") for role in ("indicators", "evidence")]
)
_STUB = f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>'.encode()
_CHART_STUB = (
    f'<chartsheet xmlns="{MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    "</chartsheet>"
).encode()
_NO_RELS = f'<Relationships xmlns="{RELS}"/>'.encode()
_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_DIMENSION_HEAD = 64 * 1024  # the dimension comes before the cells, near the top


@dataclass(frozen=True)
class Refusal:
    """Why the workbook is not read: a W code, the sheet it is about (if any), its arguments."""

    code: str
    sheet: str | None
    args: dict[str, object]


class _Refused(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.code)
        self.refusal = refusal


@dataclass(frozen=True)
class Parts:
    """What openpyxl may read, unpacked, and where each needed sheet is."""

    data: dict[str, bytes] = field(default_factory=dict)
    sheets: dict[str, str] = field(default_factory=dict)  # needed sheet -> its part

    def packed(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for name, body in self.data.items():
                target.writestr(name, body)
        return out.getvalue()


def select(data: bytes) -> Parts | Refusal:
    """The parts to read from the zip ``data`` (already checked as a whole), or why not."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _select(archive)
    except _Refused as refused:
        return refused.refusal
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, SyntaxError) as exc:
        # SyntaxError: ElementTree's ParseError; ValueError: defusedxml's refusals
        return Refusal("W001", None, {"detail": f"{type(exc).__name__} {exc}"[:120]})


def _select(archive: zipfile.ZipFile) -> Parts:
    infos = {info.filename: info for info in archive.infolist()}
    parts = Parts()
    for name in (CONTENT_TYPES, WORKBOOK, WORKBOOK_RELS):
        parts.data[name] = _unpack(archive, infos, name, MAX_PART_XML)
    if STYLES in infos:  # number formats: which numbers are dates
        parts.data[STYLES] = _unpack(archive, infos, STYLES, MAX_PART_XML)
    strings = _shared_strings(parts.data[CONTENT_TYPES])
    if strings in infos:
        parts.data[strings] = _unpack(archive, infos, strings, MAX_SHEET_XML)
    for title, target, chart in _sheets(parts.data[WORKBOOK], parts.data[WORKBOOK_RELS]):
        if target not in infos or target in parts.data:
            continue  # openpyxl leaves out a sheet whose part is missing, and so do we
        if title not in NEEDED:
            parts.data[target] = _CHART_STUB if chart else _STUB
            if chart:  # openpyxl reads a chartsheet's relationships, and fails without them
                folder, name = posixpath.split(target)
                parts.data[posixpath.join(folder, "_rels", f"{name}.rels")] = _NO_RELS
            continue
        if chart:
            raise _Refused(Refusal("W001", None, {"detail": f"`{title}`: chartsheet"}))
        xml = _unpack(archive, infos, target, MAX_SHEET_XML, shown=title)
        _check_dimension(xml, title)
        parts.data[target] = xml
        parts.sheets[title] = target
    return parts


def _unpack(
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    name: str,
    limit: int,
    shown: str | None = None,
) -> bytes:
    """The part ``name``, refused unread when its declared size is over ``limit`` (zipfile
    stops at the declared size and fails the checksum, so the declaration holds)."""
    size = infos[name].file_size
    if size > limit:
        args: dict[str, object] = {"part": shown or name, "size": _mb(size), "limit": _mb(limit)}
        raise _Refused(Refusal("W021", shown, args))
    return archive.read(name)


def _check_dimension(xml: bytes, title: str) -> None:
    """The sheet's declared size (``<dimension ref="A1:I48"/>``) and the cells it really holds
    (a declaration can lie: one row of two million ``<c/>``) within ``MAX_CELLS``; counted in
    one linear pass over the XML, before openpyxl reads a cell."""
    found = _DIMENSION.search(xml, 0, _DIMENSION_HEAD)
    declared = 0
    if found is not None and found[3] is not None:
        rows = abs(int(found[4]) - int(found[2])) + 1
        declared = rows * (abs(_column(found[3]) - _column(found[1])) + 1)
    _check_cells(max(declared, len(_CELL.findall(xml))), title)


_CELL = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")


def _check_cells(count: int, title: str) -> None:
    if count > MAX_CELLS:
        from spbe_cli.problems.messages import Msg

        size = Msg.of("imp_d_cells", count=count)
        limit = Msg.of("imp_d_cells", count=MAX_CELLS)
        raise _Refused(Refusal("W021", title, {"part": title, "size": size, "limit": limit}))


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _mb(size: int) -> str:
    return f"{-(-size // (1024 * 1024))} MB"  # rounded up: 8.2 MB over a limit of 8 shows 9


def _defused() -> Any:
    import defusedxml.ElementTree as defused  # type: ignore[import-untyped]

    return defused


def _xml(data: bytes) -> Any:
    return _defused().fromstring(data)


def _shared_strings(content_types: bytes) -> str:
    """The shared-strings part, found as openpyxl finds it (the first override of its type)."""
    for override in _xml(content_types).iter(f"{{{TYPES}}}Override"):
        if override.get("ContentType") == SHARED_STRINGS:
            return str(override.get("PartName", "")).lstrip("/")
    return ""


def _sheets(workbook: bytes, rels: bytes) -> list[tuple[str, str, bool]]:
    """(name, part, whether a chartsheet) of every sheet, with the part resolved as openpyxl
    resolves it (``get_dependents``: absolute, or relative to the workbook's folder)."""
    targets: dict[str, tuple[str, bool]] = {}
    for rel in _xml(rels).iter(f"{{{RELS}}}Relationship"):
        target = str(rel.get("Target", ""))
        if rel.get("TargetMode") == "External":
            continue
        if target.startswith("/"):
            target = target[1:]
        else:
            target = posixpath.normpath(posixpath.join("xl", target))
        targets[str(rel.get("Id"))] = (target, "chartsheet" in str(rel.get("Type", "")))
    found = []
    for sheet in _xml(workbook).iter(f"{{{MAIN}}}sheet"):
        ref = sheet.get(f"{{{DOC_RELS}}}id")
        if ref in targets:
            found.append((str(sheet.get("name", "")), *targets[ref]))
    return found


def merged_ranges(xml: bytes) -> list[str]:
    """The merged ranges of a sheet's XML, streamed (the rows read are dropped as they go)."""
    ranges: list[str] = []
    rows = None
    for event, element in _defused().iterparse(io.BytesIO(xml), events=("start", "end")):
        if event == "start":
            if element.tag == f"{{{MAIN}}}sheetData":
                rows = element
        elif element.tag == f"{{{MAIN}}}mergeCell":
            ranges.append(str(element.get("ref", "")))
        elif element.tag == f"{{{MAIN}}}row" and rows is not None:
            rows.clear()
    return ranges

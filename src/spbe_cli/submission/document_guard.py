"""A DOCX checked before anything opens it, and again as made.

Templates come from pull requests and documents are opened in Word and LibreOffice, so a DOCX is
read here as an untrusted zip first: its size, parts and how far each expands (a zip bomb), no
macros, no embedded objects, no DTD or entity in any XML part (XXE, "billion laughs"), pictures
that LibreOffice can unpack within a pixel budget, and nothing that reaches outside the document
when it is opened or printed: no external relationship but a hyperlink, no field but the page
numbers and other self-contained ones (INCLUDETEXT, INCLUDEPICTURE, LINK and DDE read other files
or addresses). A refusal names the part it is about, as a problem code D.

Every check costs time linear in the file and memory bounded by its largest part: the parts are
unpacked one at a time and each XML part is read as a stream (expat, refusing any DOCTYPE as
defusedxml does, no tree kept), within a budget of elements and nesting; a field's instruction
is kept only as far as its first word, the field's name, which is all that decides.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote

from spbe_cli.problems.messages import Msg

MAX_FILE = 20 * 1024 * 1024  # a letter template with a logo is well under 1 MB
MAX_PARTS = 1000
MAX_PART = 20 * 1024 * 1024  # one part unpacked (a picture)
MAX_XML = 8 * 1024 * 1024  # one XML part unpacked (the Jinja source of a rendered part)
MAX_EXPANDED = 64 * 1024 * 1024  # every part together
MAX_RATIO = 200  # unpacked / packed, for parts over RATIO_FLOOR: a zip bomb goes far beyond
RATIO_FLOOR = 1024 * 1024
MAX_TAGS = 5000  # template tags in one part: compiling stays quick
MAX_NODES = 1_000_000  # XML elements in every part together; a bundled document holds 22,000
MAX_DEPTH = 256  # elements nested in one another; Word's deepest tables nest a few dozen
# Pixels of every picture together (LibreOffice unpacks each into memory to print it, about
# 4 bytes a pixel and more in copies: 40 megapixels take it about 300 MB), and of the logo.
MAX_PIXELS = 40_000_000
MAX_LOGO_PIXELS = 16_000_000  # 4000 x 4000; the letterhead prints it 22 mm high
_MAX_HEAD = 32  # characters of a field's name kept: the longest safe one has 12
_MAX_STEPS = 500_000  # markers or blocks read in one picture's header

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
# Fields that show something of the document itself (or a link that is not followed).
SAFE_FIELDS = frozenset(
    {
        "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME", "HYPERLINK", "REF",
        "PAGEREF", "NOTEREF", "SEQ", "STYLEREF", "TOC",
    }
)  # fmt: skip
_MACRO_TYPES = ("macroenabled", "vbaproject", "vbadata")
_EMBEDDED_TYPES = ("oleobject", "activex", "/package")
_EMBEDDED_RELS = (
    "/oleobject", "/package", "/afchunk", "/control", "/activexcontrolbinary", "/video",
    "/audio", "/media",
)  # fmt: skip
_PICTURE_RELS = ("/image", "/hdphoto")  # their target is unpacked as a picture
_TAGS = (b"{{", b"{%", b"{#")
_SPACE = re.compile(r"\s")
_PNG, _JPEG, _GIF = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", (b"GIF87a", b"GIF89a")
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # JPEG frame headers


@dataclass(frozen=True)
class Refusal:
    """Why a DOCX is not used: a D code, the part it is about ("" for the whole file), and the
    message's arguments."""

    code: str
    part: str
    args: dict[str, object] = field(default_factory=dict)


class Refused(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.code)
        self.refusal = refusal


def _refuse(code: str, part: str, **args: object) -> Refused:
    return Refused(Refusal(code, part, args))


def check_docx(data: bytes, *, logo: bytes | None = None) -> None:
    """Raise ``Refused`` unless ``data`` is a DOCX that may be opened (see the module). A part
    whose bytes are ``logo`` (the document as made holds the logo, checked as the logo) is
    not judged as the template's."""
    if len(data) > MAX_FILE:
        raise _refuse("D002", "", size=_mb(len(data)), limit=_mb(MAX_FILE))
    if data.startswith(OLE_MAGIC):
        raise _refuse("D001", "", detail="Word 97-2003 (.doc)")
    if not data.startswith(b"PK\x03\x04"):
        raise _refuse("D001", "", detail="zip")
    package, spared = _Package(), -1 if logo is None else len(logo)
    for info, body in _parts(data, spared):
        if body == logo:
            continue
        if info.file_size == spared:
            _check_ratio(info)
        package.read(info.filename, body)
    package.finish()


def _parts(data: bytes, spared: int) -> Iterator[tuple[zipfile.ZipInfo, bytes]]:
    """Each part and its bytes, one part unpacked at a time, after the zip's declared sizes
    and names passed ``_check_entries`` (the compression ratio of a part ``spared`` bytes
    long, which may be the logo, is judged once it is known not to be)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_entries(infos, spared)
            for info in infos:
                yield info, archive.read(info)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _refuse("D001", "", detail=f"zip: {exc}"[:160]) from None


def _check_entries(infos: list[zipfile.ZipInfo], spared: int = -1) -> None:
    """Sizes as declared (zipfile stops at the declared size and fails the checksum past it,
    so the declaration holds), names, encryption and macros: before anything is unpacked."""
    if len(infos) > MAX_PARTS:
        parts, limit = Msg.of("doc_parts", count=len(infos)), Msg.of("doc_parts", count=MAX_PARTS)
        raise _refuse("D002", "", size=parts, limit=limit)
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise _refuse("D001", "", detail="duplicate parts")
    for info in infos:
        _check_entry(info)
        if info.file_size != spared:
            _check_ratio(info)
    total = sum(i.file_size for i in infos)
    if total > MAX_EXPANDED:
        size = Msg.of("doc_unpacked", size=_mb(total))
        raise _refuse("D002", "", size=size, limit=_mb(MAX_EXPANDED))
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise _refuse("D001", "", detail="word/document.xml")


def _check_entry(info: zipfile.ZipInfo) -> None:
    name, size = info.filename, info.file_size
    limit = MAX_XML if _is_xml(name) else MAX_PART
    if size > limit:
        raise _refuse("D002", name, size=Msg.of("doc_unpacked", size=_mb(size)), limit=_mb(limit))
    if info.flag_bits & 0x1:
        raise _refuse("D001", name, detail="encrypted")
    lowered = name.lower()
    if lowered.endswith(("vbaproject.bin", "vbadata.xml")):
        raise _refuse("D003", name, detail=posixpath.basename(name))
    if lowered.startswith(("word/embeddings/", "word/activex/")):
        raise _refuse("D006", name, detail=posixpath.dirname(name))


def _check_ratio(info: zipfile.ZipInfo) -> None:
    ratio = -(-info.file_size // max(info.compress_size, 1))
    if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
        shown = Msg.of("doc_ratio", ratio=ratio)
        raise _refuse("D002", info.filename, size=shown, limit=f"{MAX_RATIO}:1")


class _Package:
    """What the parts read so far add up to: elements and pixels spent, the pictures found,
    the parts that relationships unpack as pictures."""

    def __init__(self) -> None:
        self.nodes = 0
        self.pixels = 0
        self.names: dict[str, str] = {}  # lower-cased name -> name, as OPC compares names
        self.pictures: set[str] = set()  # lower-cased names of readable pictures
        self.shown: set[str] = set()  # lower-cased targets of picture relationships

    def read(self, name: str, body: bytes) -> None:
        self.names[name.lower()] = name
        if _is_xml(name):
            _XmlPart(name, self).read(body)
            if name.startswith("word/"):
                _check_tags(name, body)
        else:
            self._picture(name, body)

    def _picture(self, name: str, body: bytes) -> None:
        """A part that is a PNG, JPEG or GIF counts its pixels; anything else in a media folder
        is refused (LibreOffice would unpack it as a picture, of a kind not measured here)."""
        size = picture_size(body)
        if size is None:
            if "media/" in name.lower():
                raise _refuse("D001", name, detail=Msg.of("doc_picture_type"))
            return
        width, height, pixels = size
        self.pixels += pixels
        self.pictures.add(name.lower())
        if self.pixels > MAX_PIXELS:
            shown = Msg.of("doc_pixels", width=width, height=height, total=_mp(self.pixels))
            raise _refuse(
                "D002", name, size=shown, limit=Msg.of("doc_mp", count=MAX_PIXELS // 10**6)
            )

    def finish(self) -> None:
        """A relationship may name any part as a picture: it must be one measured here."""
        for target in sorted(self.shown):
            if target in self.names and target not in self.pictures:
                raise _refuse("D001", self.names[target], detail=Msg.of("doc_picture_type"))


class _XmlPart:
    """One XML part read as a stream: each element as expat meets it, nothing kept but the
    open fields' names."""

    def __init__(self, name: str, package: _Package) -> None:
        self.name = name
        self.package = package
        self.depth = 0
        self.fields: list[_Instruction] = []  # complex fields begun and not ended, innermost last
        self.text: _Instruction | None = None  # the instruction an instrText being read adds to
        self.alone = False  # that instrText stands outside any field
        self.on_start: Callable[[str, dict[str, str]], None] = _ignore
        self.on_end: Callable[[str], None] = _ignore
        if name == "[Content_Types].xml":
            self.on_start = self._content_type
        elif name.lower().endswith(".rels"):
            self.on_start = self._relationship
        elif name.startswith("word/"):
            self.on_start, self.on_end = self._word_start, self._word_end

    def read(self, body: bytes) -> None:
        import pyexpat

        parser = pyexpat.ParserCreate(namespace_separator="}")
        parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.UnparsedEntityDeclHandler = self._entity
        parser.ExternalEntityRefHandler = self._external
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        if self.on_end is not _ignore:
            parser.buffer_text = True
            parser.CharacterDataHandler = self._characters
        try:
            parser.Parse(body, True)
        except pyexpat.ExpatError as exc:
            raise _refuse("D001", self.name, detail=f"XML: {exc}"[:160]) from None
        for instruction in self.fields:  # a field never closed is still an instruction
            instruction.check(self.name)

    def _doctype(self, name: str, *_: object) -> None:
        raise _refuse("D004", self.name, detail=f"<!DOCTYPE {name}>"[:80])

    def _entity(self, name: str, *_: object) -> None:
        raise _refuse("D004", self.name, detail=f"<!ENTITY {name}>"[:80])

    def _external(self, *_: object) -> int:
        raise _refuse("D004", self.name, detail="<!ENTITY SYSTEM>")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.package.nodes += 1
        if self.package.nodes > MAX_NODES:
            over = Msg.of("doc_nodes", count=MAX_NODES)
            raise _refuse("D002", self.name, size=over, limit=MAX_NODES)
        if self.depth > MAX_DEPTH:
            raise _refuse(
                "D002", self.name, size=Msg.of("doc_depth", count=MAX_DEPTH), limit=MAX_DEPTH
            )
        self.on_start(name, attrs)

    def _end(self, name: str) -> None:
        self.depth -= 1
        self.on_end(name)

    def _characters(self, text: str) -> None:
        if self.text is not None:
            self.text.feed(text)

    def _content_type(self, _: str, attrs: dict[str, str]) -> None:
        kind = str(attrs.get("ContentType", "")).lower()
        where = str(attrs.get("PartName") or attrs.get("Extension") or "")
        if any(m in kind for m in _MACRO_TYPES):
            raise _refuse("D003", self.name, detail=kind)
        if any(m in kind for m in _EMBEDDED_TYPES):
            raise _refuse("D006", self.name, detail=where or kind)

    def _relationship(self, tag: str, attrs: dict[str, str]) -> None:
        if _local(tag) != "Relationship":
            return
        kind = str(attrs.get("Type", "")).lower()
        target = str(attrs.get("Target", ""))
        short = kind.rsplit("/", 1)[-1]
        if any(kind.endswith(e) for e in _EMBEDDED_RELS):
            raise _refuse("D006", self.name, detail=short)
        if "vbaproject" in kind:
            raise _refuse("D003", self.name, detail=short)
        external = str(attrs.get("TargetMode", "")).lower() == "external"
        if (external or kind.endswith("/subdocument")) and not kind.endswith("/hyperlink"):
            raise _refuse("D005", self.name, detail=f"{short} {target}"[:160])
        if kind.endswith(_PICTURE_RELS):
            self.package.shown.add(_target(self.name, target).lower())

    def _word_start(self, tag: str, attrs: dict[str, str]) -> None:
        """Every field's instruction, a simple field's or a complex one's (its ``instrText``
        pieces, in order, between ``begin`` and ``separate``), starts with a safe field name.
        Elements and attributes are matched by local name: Strict OOXML names them alike."""
        local = _local(tag)
        if local == "fldSimple":
            _Instruction(_attr(attrs, "instr")).check(self.name)
        elif local == "fldChar":
            kind = _attr(attrs, "fldCharType")
            if kind == "begin":
                self.fields.append(_Instruction())
            elif kind in ("separate", "end") and self.fields:
                (self.fields.pop() if kind == "end" else self.fields[-1]).check(self.name)
        elif local == "instrText":
            self.alone = not self.fields
            self.text = self.fields[-1] if self.fields else _Instruction()
        elif local in ("altChunk", "subDoc"):
            raise _refuse("D006", self.name, detail=local)

    def _word_end(self, tag: str) -> None:
        if self.text is not None and _local(tag) == "instrText":
            if self.alone:  # outside a field: judged on its own
                self.text.check(self.name)
            self.text = None


class _Instruction:
    """A field's instruction as it is read, piece by piece. Only its first word is kept (the
    field's name, which decides), so however the pieces are cut, each costs its length once."""

    __slots__ = ("head", "whole")

    def __init__(self, text: str = "") -> None:
        self.head = ""
        self.whole = False  # the first word has ended: nothing after it counts
        self.feed(text)

    def feed(self, text: str) -> None:
        if self.whole or not text:
            return
        text = self.head + text.replace("\\", " \\")  # a switch ends the name: PAGE\* ...
        text = text.lstrip()
        found = _SPACE.search(text)
        if found is not None:
            self.head, self.whole = text[: found.start()], True
        else:
            self.head = text[: _MAX_HEAD + 1]
            self.whole = len(text) > _MAX_HEAD  # longer than any safe name: it is refused

    def check(self, part: str) -> None:
        head = self.head.upper()
        if head and head not in SAFE_FIELDS:
            shown = head if len(head) <= _MAX_HEAD else head[:_MAX_HEAD] + "..."
            raise _refuse("D005", part, detail=shown)


def _ignore(*_: object) -> None:
    return None


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _attr(attrs: dict[str, str], local: str) -> str:
    for key, value in attrs.items():
        if _local(key) == local:
            return str(value)
    return ""


def _target(rels: str, target: str) -> str:
    """The part a relationship of the part ``rels`` describes names: its target is relative
    to the folder of that part (``word/_rels/document.xml.rels`` -> ``word/``), or absolute."""
    target = unquote(target)
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    folder = posixpath.dirname(posixpath.dirname(rels))
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def _check_tags(name: str, body: bytes) -> None:
    count = sum(body.count(tag) for tag in _TAGS)
    if count > MAX_TAGS:
        size, limit = Msg.of("doc_tags", count=count), Msg.of("doc_tags", count=MAX_TAGS)
        raise _refuse("D002", name, size=size, limit=limit)


def picture_size(data: bytes) -> tuple[int, int, int] | None:
    """A PNG's, JPEG's or GIF's width and height and the pixels a reader unpacks (for a GIF,
    each frame at least the size of its screen), as its header declares them; None for any
    other kind or a damaged header. Reads the header only: bounded however large it says."""
    size: tuple[int, int] | None = None
    pixels = 0
    if data.startswith(_PNG):
        size = _png_size(data)
    elif data.startswith(_JPEG):
        size = _jpeg_size(data)
    elif data.startswith(_GIF):
        size, pixels = _gif_size(data)
    if size is None or size[0] <= 0 or size[1] <= 0:
        return None
    return size[0], size[1], max(pixels, size[0] * size[1])


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The size in the JPEG's frame header (SOFn), found by stepping over the segments before
    it; None at a scan or the end first."""
    at = 2
    for _ in range(_MAX_STEPS):
        if at + 9 > len(data) or data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
        elif marker in _SOF:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return int(width), int(height)
        elif marker in (0xD9, 0xDA):
            return None
        elif 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            at += 2
        else:
            at += 2 + int.from_bytes(data[at + 2 : at + 4], "big")
    return None


def _gif_size(data: bytes) -> tuple[tuple[int, int] | None, int]:
    """The GIF's screen size and the pixels of its frames, each at least the screen's."""
    if len(data) < 13:
        return None, 0
    width, height, flags = struct.unpack("<HHB", data[6:11])
    screen = width * height
    at = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    pixels, steps = 0, 0
    while at < len(data) and data[at] != 0x3B:
        if data[at] == 0x2C and at + 10 <= len(data):  # an image: its size, then its data
            frame_width, frame_height, flags = struct.unpack("<HHB", data[at + 5 : at + 10])
            pixels += max(screen, frame_width * frame_height)
            at += 11 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
        elif data[at] == 0x21:  # an extension: its label, then its data
            at += 2
        else:
            return None, 0
        while at < len(data) and data[at] and steps < _MAX_STEPS:  # data sub-blocks
            at, steps = at + data[at] + 1, steps + 1
        at, steps = at + 1, steps + 1
        if steps >= _MAX_STEPS:
            return None, 0
    return (width, height), pixels


def logo_problem(data: bytes) -> Msg | None:
    """Why ``data`` cannot be the letterhead's logo: not a PNG or JPEG that python-docx can
    place (it reads the size from the headers), or more pixels than ``MAX_LOGO_PIXELS``."""
    from docx.image.image import Image

    size = picture_size(data) if data.startswith((_PNG, _JPEG)) else None
    if size is None:
        return Msg.of("doc_logo_format")
    try:
        Image.from_blob(data)
    except Exception:  # any damage in a picture from the repository: not used
        return Msg.of("doc_logo_format")
    width, height, pixels = size
    if pixels > MAX_LOGO_PIXELS:
        limit = MAX_LOGO_PIXELS // 10**6
        return Msg.of("doc_logo_pixels", width=width, height=height, count=_mp(pixels), limit=limit)
    return None


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _mb(size: int) -> str:
    return f"{-(-size // (1024 * 1024))} MB"


def _mp(pixels: int) -> int:
    """Megapixels, rounded up: a picture over the limit never shows as the limit."""
    return -(-pixels // 10**6)


__all__ = [
    "MAX_FILE",
    "MAX_LOGO_PIXELS",
    "MAX_PIXELS",
    "Refusal",
    "Refused",
    "check_docx",
    "logo_problem",
    "picture_size",
]

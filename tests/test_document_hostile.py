"""``spbe document`` with hostile DOCX templates and logos: each is refused as a located error
(exit 1, no traceback, nothing written) in bounded time and memory.

Every hostile file is built here (zipfile, struct, zlib), scaled so each run takes seconds: a
field split at thousands of ``separate`` markers (checked in linear time), parts full of XML
elements (read one at a time, as a stream, within an element budget), pictures whose header
declares gigapixels (refused before LibreOffice unpacks them; the logo as the logo), templates
reached through links out of the repository, and the messages that locate each.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, run_cli

EPOCH = {"SOURCE_DATE_EPOCH": "1796601600"}
TEMPLATE = Path("assessments/templates/document/berita-acara.docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled example outside any git repository; the cwd is its parent."""
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    for key, value in EPOCH.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def _bundled() -> dict[str, bytes]:
    with zipfile.ZipFile(ROOT / "templates" / "document" / "berita-acara.docx") as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def _docx(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue()


def _refused(data: bytes, code: str, where: str = "", *args: str) -> str:
    """Run ``spbe document`` with ``data`` as the repository's template: refused with ``code``
    at the template's part ``where`` (the whole file: ``:0:0``), nothing written."""
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(data)
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx", *args)
    _assert_refused(out.exit_code, out.stderr, f"{TEMPLATE.as_posix()}:{where or '0:0'}", code)
    return out.stderr


def _assert_refused(exit_code: int, stderr: str, where: str, code: str) -> None:
    assert exit_code == 1, stderr
    assert "Traceback" not in stderr and "internal" not in stderr.lower()
    assert f"{where}: error {code} " in stderr, stderr
    assert not Path("ba.docx").exists() and not Path("ba.pdf").exists()


def _spbe(*args: str) -> tuple[int, str, float, int]:
    """``spbe ARGS`` in a process of its own: its exit code, stderr, seconds and the most
    memory it (or a process it waited for: the render's child) held, in MB."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "spbe_cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **EPOCH},
    )
    assert process.stderr is not None
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    return process.returncode, stderr, time.monotonic() - started, usage.ru_maxrss // 1024


# --- fields: linear in the part, however they are cut ------------------------------------------


def _cut_field(units: int) -> bytes:
    """A part with one field whose instruction is cut by ``units`` ``separate`` markers, each
    after a blank piece (a varying attribute keeps the zip ratio ordinary), then INCLUDETEXT."""
    rng = random.Random(units)
    unit = '<w:instrText> </w:instrText><w:fldChar w:fldCharType="separate" w:a="{:02x}"/>'
    pieces = [unit.format(rng.getrandbits(8)) for _ in range(units)]
    return (
        f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="begin"/>{"".join(pieces)}'
        '<w:instrText>INCLUDETEXT "/etc/passwd"</w:instrText><w:fldChar w:fldCharType="end"/>'
        "</w:r>"
    ).encode()


def test_a_field_cut_at_every_marker_is_checked_in_linear_time(example: Path) -> None:
    parts = _bundled()
    parts["word/q.xml"] = _cut_field(110_000)  # 8 MB: 78 s when checked by joining again
    started = time.monotonic()
    stderr = _refused(_docx(parts), "D005", "word/q.xml")
    assert time.monotonic() - started < 20
    assert "INCLUDETEXT" in stderr


def test_twice_the_field_takes_twice_the_time() -> None:
    from spbe_cli.submission.document_guard import Refused, check_docx

    def seconds(units: int) -> float:
        parts = _bundled()
        parts["word/q.xml"] = _cut_field(units)
        data, best = _docx(parts), float("inf")
        for _ in range(3):
            started = time.perf_counter()
            with pytest.raises(Refused):
                check_docx(data)
            best = min(best, time.perf_counter() - started)
        return best

    once, twice = seconds(40_000), seconds(80_000)
    assert twice / once < 3.0, (once, twice)  # quadratic would be 4


# --- XML parts: one at a time, as a stream, within a budget ------------------------------------


def _elements(count: int) -> bytes:
    """``<r>`` holding ``count`` empty elements, ``a`` or ``b`` at random (ratio about 10:1)."""
    letters = os.urandom(count).translate(bytes(b"ab"[i & 1] for i in range(256)))
    body = bytearray(b"<a/>" * count)
    body[1::4] = letters
    return b"<r>" + bytes(body) + b"</r>"


def test_many_elements_are_refused_in_bounded_memory(example: Path) -> None:
    parts = _bundled()
    for k in range(4):  # 4 x 1.9 million elements, 7.6 MB each: 30 MB unpacked
        parts[f"word/junk{k}.xml"] = _elements(1_900_000)
    TEMPLATE.parent.mkdir(parents=True)
    TEMPLATE.write_bytes(_docx(parts))
    code, stderr, seconds, megabytes = _spbe("document", "berita-acara", "2026", "-o", "ba.docx")
    _assert_refused(code, stderr, f"{TEMPLATE.as_posix()}:word/junk0.xml", "D002")
    assert "lebih dari 1000000 elemen XML (batas 1000000)" in stderr
    assert seconds < 30 and megabytes < 500, (seconds, megabytes)  # was 1.4 GB


def test_a_template_within_every_budget_is_still_checked_quickly(example: Path) -> None:
    parts = _bundled()
    for k in range(6):  # 6 x 150,000 elements: under the budget, every part read
        parts[f"word/junk{k}.xml"] = _elements(150_000)
    field = f'<w:fldSimple xmlns:w="{W}" w:instr=" DDEAUTO x"/>'
    parts["word/zlast.xml"] = field.encode()
    TEMPLATE.parent.mkdir(parents=True)
    TEMPLATE.write_bytes(_docx(parts))
    code, stderr, seconds, megabytes = _spbe("document", "berita-acara", "2026", "-o", "ba.docx")
    _assert_refused(code, stderr, f"{TEMPLATE.as_posix()}:word/zlast.xml", "D005")
    assert seconds < 30 and megabytes < 500, (seconds, megabytes)


def test_deep_nesting_is_refused(example: Path) -> None:
    parts = _bundled()
    parts["word/deep.xml"] = b"<a>" * 300 + b"</a>" * 300
    stderr = _refused(_docx(parts), "D002", "word/deep.xml")
    assert "bersarang lebih dari 256 tingkat" in stderr


# --- pictures: measured from their headers -----------------------------------------------------


def _png(width: int, height: int, *, rows: bool = False) -> bytes:
    """A PNG of ``width`` x ``height`` RGB pixels: grey rows when ``rows`` (stored, not
    compressed: a valid picture whose bytes compress well), else just its header and an empty
    image (what the header declares is all a reader allocates for)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    raw = (b"\x00" + b"\x80" * (width * 3)) * height if rows else b""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = chunk(b"IDAT", zlib.compress(raw, 0 if rows else 9))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + pixels + chunk(b"IEND", b"")


def _with_pictures(pictures: dict[str, bytes]) -> dict[str, bytes]:
    """The bundled template with ``pictures`` (name -> bytes), each the target of a picture
    relationship of the document."""
    parts = _bundled()
    rels = parts["word/_rels/document.xml.rels"].decode()
    for number, (name, body) in enumerate(pictures.items()):
        parts[name] = body
        target = name.removeprefix("word/")
        rel = f'<Relationship Id="rIdP{number}" Type="{IMAGE}" Target="{target}"/>'
        rels = rels.replace("</Relationships>", rel + "</Relationships>")
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    if 'Extension="png"' not in types:
        png = '<Default Extension="png" ContentType="image/png"/>'
        parts["[Content_Types].xml"] = types.replace("</Types>", png + "</Types>").encode()
    return parts


def test_a_picture_of_too_many_pixels_is_refused(example: Path) -> None:
    parts = _with_pictures({"word/media/image1.png": _png(15_000, 15_000)})  # 47 kB, 225 MP
    stderr = _refused(_docx(parts), "D002", "word/media/image1.png")
    assert "gambar 15000 × 15000 piksel, semua gambar 225 megapiksel (batas 40 megapiksel)" in (
        stderr
    )
    # each under the budget, together over it: refused at the picture that crosses it
    pictures = {f"word/media/image{n}.png": _png(3000, 3000) for n in range(1, 6)}
    stderr = _refused(_docx(_with_pictures(pictures)), "D002", "word/media/image5.png")
    assert "semua gambar 45 megapiksel" in stderr


def test_pictures_of_other_kinds_are_refused(example: Path) -> None:
    emf = b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF" + b"\x00" * 40
    stderr = _refused(
        _docx(_with_pictures({"word/media/image1.emf": emf})), "D001", "word/media/image1.emf"
    )
    assert "bukan PNG, JPEG atau GIF" in stderr
    # a picture relationship may name any part: it is unpacked as a picture all the same
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="99999" height="99999"/>'
    _refused(_docx(_with_pictures({"word/pic.svg": svg})), "D001", "word/pic.svg")
    _refused(_docx(_with_pictures({"word/pic.xml": svg})), "D001", "word/pic.xml")


def test_a_small_picture_is_used(example: Path) -> None:
    TEMPLATE.parent.mkdir(parents=True)
    TEMPLATE.write_bytes(_docx(_with_pictures({"word/media/image1.png": _png(400, 300)})))
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 0, out.stderr
    assert Path("ba.docx").is_file()


# --- the logo: checked as the logo -------------------------------------------------------------


def _logo(data: bytes) -> None:
    Path("assessments/logo.png").write_bytes(data)
    config = Path("assessments/spbe.yaml")
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  place: Contoh\n", "  place: Contoh\n  logo: logo.png\n"), encoding="utf-8"
    )


def test_a_logo_of_too_many_pixels_is_refused_as_the_logo(example: Path) -> None:
    _logo(_png(15_000, 15_000))
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    where = [line for line in out.stderr.splitlines() if " error D008 " in line]
    assert len(where) == 1 and where[0].startswith("assessments/spbe.yaml:"), out.stderr
    line, column = where[0].split(":")[1:3]
    assert int(line) > 0 and int(column) > 0
    assert "gambar 15000 × 15000 piksel, 225 megapiksel (batas 16 megapiksel)" in where[0]
    _assert_refused(out.exit_code, out.stderr, where[0].split(": error")[0], "D008")


def test_a_valid_logo_that_compresses_well_is_used(example: Path) -> None:
    logo = _png(1000, 600, rows=True)  # 1.8 MB stored, compresses about 500:1
    assert 1024 * 1024 < len(logo) < 2 * 1024 * 1024
    _logo(logo)
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 0, out.stderr
    with zipfile.ZipFile("ba.docx") as archive:
        assert [archive.read(n) for n in archive.namelist() if "media/" in n] == [logo]
    # and with a repository's template, whose own limits it does not count against
    TEMPLATE.parent.mkdir(parents=True)
    TEMPLATE.write_bytes(_docx(_bundled()))
    out = run_cli("document", "berita-acara", "2026", "-o", "b.docx")
    assert out.exit_code == 0, out.stderr


def test_libreoffice_runs_under_a_memory_cap(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from office import soffice
    from spbe_cli.submission import document_pdf

    soffice()  # skips where LibreOffice is missing
    _logo(_grey(4000, 4000))  # the most pixels a logo may have
    out = run_cli("document", "berita-acara", "2026", "-o", "ok.pdf")
    assert out.exit_code == 0, out.stderr  # it prints within the cap
    assert Path("ok.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(document_pdf, "MAX_ADDRESS", 200 * 1024 * 1024)
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.pdf")
    assert out.exit_code == 1 and "Traceback" not in out.stderr
    assert "LibreOffice tidak dapat membuat PDF" in out.stderr
    assert "batas memori 200 MB" in out.stderr and not Path("ba.pdf").exists()


def _grey(width: int, height: int) -> bytes:
    """A real PNG of ``width`` x ``height`` grey pixels, compressed (small on disk)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    compressor = zlib.compressobj(6)
    row = b"\x00" + bytes(range(256)) * (width * 3 // 256) + b"\x80" * (width * 3 % 256)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


# --- templates reached through links -----------------------------------------------------------


@pytest.mark.parametrize("link", ["templates", "templates/document", "berita-acara.docx"])
def test_a_template_through_a_link_out_of_the_repository_is_refused(
    example: Path, link: str
) -> None:
    outside = example / "luar" / "document"
    outside.mkdir(parents=True)
    (outside / "berita-acara.docx").write_bytes(_docx(_bundled()))
    if link == "templates":
        Path("assessments/templates").symlink_to(outside.parent)
    elif link == "templates/document":
        Path("assessments/templates").mkdir()
        Path("assessments/templates/document").symlink_to(outside)
    else:
        TEMPLATE.parent.mkdir(parents=True)
        TEMPLATE.symlink_to("/etc/passwd" if Path("/etc/passwd").exists() else outside)
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    _assert_refused(out.exit_code, out.stderr, f"{TEMPLATE.as_posix()}:0:0", "D001")
    assert "tautan ke luar repositori" in out.stderr


def test_a_link_out_of_the_templates_folder_is_refused(example: Path) -> None:
    (example / "luar.docx").write_bytes(_docx(_bundled()))
    Path("lain/document").mkdir(parents=True)
    Path("lain/document/berita-acara.docx").symlink_to(example / "luar.docx")
    out = run_cli("document", "berita-acara", "2026", "--templates", "lain", "-o", "ba.docx")
    _assert_refused(out.exit_code, out.stderr, "lain/document/berita-acara.docx:0:0", "D001")
    assert "tautan ke luar folder --templates `lain`" in out.stderr


def test_a_link_inside_the_repository_is_followed(example: Path) -> None:
    shared = Path("assessments/bersama/document")
    shared.mkdir(parents=True)
    (shared / "berita-acara.docx").write_bytes(_docx(_bundled()))
    Path("assessments/templates").symlink_to("bersama")
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 0, out.stderr


# --- messages: the right part, the right measure -----------------------------------------------


def test_a_property_that_fails_is_located_in_its_part(example: Path) -> None:
    parts = _bundled()
    core = parts["docProps/core.xml"].decode()
    parts["docProps/core.xml"] = core.replace("<dc:title>", "<dc:title>{{ d.nope }}").encode()
    stderr = _refused(_docx(parts), "D007", "docProps/core.xml")
    assert "word/footer" not in stderr


def test_the_limits_say_what_they_measure(example: Path) -> None:
    parts = _bundled()
    parts["word/big.xml"] = b"<a>" + b" " * (2 * 1024 * 1024) + b"</a>"
    stderr = _refused(_docx(parts), "D002", "word/big.xml")
    assert "rasio kompresi " in stderr and ":1 (batas 200:1)" in stderr
    stderr = _refused(_docx(parts), "D002", "word/big.xml", "--lang", "en")
    assert "compression ratio " in stderr and ":1 (limit 200:1)" in stderr
    parts = _bundled()
    for k in range(1001 - len(parts)):
        parts[f"word/m{k}.xml"] = b"<a/>"
    assert "1001 bagian (batas 1000 bagian)" in _refused(_docx(parts), "D002")
    parts = _bundled()
    parts["word/document.xml"] = b"<" + b"x" * (9 * 1024 * 1024)
    assert "10 MB setelah dibuka (batas 8 MB)" in _refused(
        _docx(parts), "D002", "word/document.xml"
    )
    parts = _bundled()
    parts["word/tags.xml"] = b"<a>" + b"{{ x }}" * 5001 + b"</a>"
    assert "5001 tag templat (batas 5000 tag templat)" in _refused(
        _docx(parts), "D002", "word/tags.xml"
    )

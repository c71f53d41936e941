"""``spbe document``: the documents an instansi signs, read back as Word and LibreOffice read them.

Each kind is made through the CLI from the bundled example and read with python-docx (the
instansi, the date in words, the index ``spbe score`` prints, every indicator row, the
signatories of ``spbe.yaml``); LibreOffice prints each to PDF and pdftotext shows the same. Bytes
are reproducible under ``SOURCE_DATE_EPOCH``. A repository's own DOCX template is untrusted: a
zip bomb, an XML entity, macros, an outside reference and a sandbox escape are located errors.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import io
import os
import re
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, run_cli
from office import soffice

EPOCH = {"SOURCE_DATE_EPOCH": "1796601600"}  # 7 December 2026, a Monday
DATE_WORDS = "Pada hari ini, Senin, tanggal tujuh bulan Desember tahun dua ribu dua puluh enam"
KINDS = ("berita-acara", "persetujuan-publikasi", "lembar-kerja", "catatan")
SIGNERS = {  # as the example's spbe.yaml names them
    "ketua": ("Budi Contoh, S.Kom., M.T.", "197801012005011001"),
    "koordinator": ("Siti Contoh, S.H., M.Si.", "197005052000032002"),
    "diskominfo": ("Andi Contoh, S.T., M.M.", "197607072002121003"),
}
TEMPLATE = Path("assessments/templates/document/berita-acara.docx")


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled example outside any git repository; the cwd is its parent."""
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    for key, value in EPOCH.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def _make(*args: str) -> Path:
    """Run ``spbe document ARGS`` (its output the last argument) and return the file."""
    out = run_cli("document", *args)
    assert out.exit_code == 0, out.stderr
    assert "Traceback" not in out.stderr
    return Path(args[-1])


def _docx_text(path: Path) -> str:
    """Everything python-docx reads: paragraphs, table cells (nested in order), footers."""
    import docx

    document: Any = docx.Document(str(path))
    parts: list[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def _table_rows(path: Path, *headers: str) -> list[list[str]]:
    """The body rows of every table whose header row starts with ``headers``."""
    import docx

    document: Any = docx.Document(str(path))
    rows: list[list[str]] = []
    for table in document.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        if cells and tuple(cells[0][: len(headers)]) == headers:
            rows += cells[1:]
    return rows


def _two_places(value: float, lang: str = "id") -> str:
    shown = str(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return shown.replace(".", ",") if lang == "id" else shown


def _score(year: str, stage: str = "mandiri") -> dict[str, Any]:
    out = run_cli("score", f"assessments/{year}", "--stage", stage, "-f", "json")
    assert out.exit_code == 0, out.stderr
    data: dict[str, Any] = out.json()
    return data


def _indicators(score: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for d in score["domains"] for a in d["aspects"] for i in a["indicators"]]


def _value(score: dict[str, Any], indicator: dict[str, Any]) -> str:
    """An indicator's value as every output shows it: two places where values may be
    decimal (Pemdi 2026), else the whole level (59/2020)."""
    value = indicator["value"]
    if score["catalogue"]["values"] == "decimal" or value != int(value):
        return _two_places(value)
    return str(int(value))


PENDING_NOTE = "* Menunggu nilai indeks instansi lain; dihitung 1,00 sampai nilainya tersedia."


def _value_cell(score: dict[str, Any], indicator: dict[str, Any]) -> list[str]:
    """What a document's value cell holds: the value as `spbe score` writes it, "*" while it
    waits for another agency's index, and the level's name only where the catalogue's level
    names are not provisional (`provisional_parts`)."""
    value = _value(score, indicator) + ("*" if indicator["pending"] else "")
    names_provisional = "level_names" in score["catalogue"].get("provisional_parts", [])
    return [value] if names_provisional else [value, indicator["level_name"]]


@pytest.mark.parametrize("year", ["2026", "2023"])
def test_berita_acara_reads_back(example: Path, year: str) -> None:
    stage = "mandiri"
    path = _make("berita-acara", f"assessments/{year}", "-o", "ba.docx")
    text = _docx_text(path)
    score = _score(year, stage)
    index = _two_places(score["index_rounded"])
    table = run_cli("score", f"assessments/{year}", "--stage", stage)
    assert index in table.stdout  # what `spbe score` prints
    assert "Pemerintah Kabupaten Contoh" in text and DATE_WORDS in text
    assert f"Tahun {year} di lingkungan Pemerintah Kabupaten Contoh berdasarkan" in text
    assert f"adalah {index} dengan predikat {score['predikat']}" in text
    rows = _table_rows(path, "No.", "Kode")
    indicators = _indicators(score)
    assert [r[1] for r in rows] == [i["id"] for i in indicators]
    for row, indicator in zip(rows, indicators, strict=True):
        assert row[3].splitlines() == _value_cell(score, indicator), row
    for name, nip in (SIGNERS["ketua"], SIGNERS["koordinator"]):
        assert name in text and f"NIP. {nip}" in text
    assert "Ketua Tim Asesor Internal" in text and "Contoh, 7 Desember 2026" in text
    # the footer's digest is that of the bytes `spbe snapshot` writes for this year and stage
    snapshot = run_cli("snapshot", f"assessments/{year}", "--stage", stage)
    assert snapshot.exit_code == 0, snapshot.stderr
    digest = hashlib.sha256(snapshot.stdout.encode("utf-8")).hexdigest()
    assert f"tahap {stage}): {digest}" in text


def test_no_provisional_notice_or_level_name_on_a_signed_page(example: Path) -> None:
    """The provisional-catalogue notice is the operator's (stderr), never the signed page's;
    pemdi-2026's level names are provisional, so no document shows one."""
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 0 and "CATATAN: katalog pemdi-2026" in out.stderr
    text = _docx_text(Path("ba.docx"))
    assert "masih sementara" not in text and "CATATAN" not in text
    names = {i["level_name"] for i in _indicators(_score("2026"))}
    lk = _docx_text(_make("lembar-kerja", "2026", "--unit", "diskominfo", "-o", "lk.docx"))
    for name in names:  # Merintis, Membangun, Berkembang, ...
        assert not re.search(rf"\b{name}\b", text + lk), name
    # 59/2020's level names are official: shown
    assert "Terdefinisi" in _docx_text(_make("berita-acara", "2023", "-o", "ba23.docx"))


def test_values_waiting_for_an_external_index_are_marked(example: Path) -> None:
    score = _score("2026")
    pending = [i["id"] for i in _indicators(score) if i["pending"]]
    assert pending  # the example waits for I6, I7 and I18
    path = _make("berita-acara", "2026", "-o", "ba.docx")
    marked = [r[1] for r in _table_rows(path, "No.", "Kode") if r[3].startswith("1,00*")]
    assert marked == pending
    text = _docx_text(path)
    assert text.count(PENDING_NOTE) == 1
    lk = _make("lembar-kerja", "2026", "--unit", "diskominfo", "-o", "lk.docx")
    assert PENDING_NOTE in _docx_text(lk)
    assert "I7" in [r[1] for r in _table_rows(lk, "No.", "Kode") if r[3].endswith("*")]
    en = _docx_text(_make("berita-acara", "2026", "--lang", "en", "-o", "en.docx"))
    assert "* Waiting for another agency's index value; counted as 1.00 until supplied." in en
    # none waits in 2023: no mark, no note
    ba23 = _make("berita-acara", "2023", "-o", "ba23.docx")
    assert "Menunggu" not in _docx_text(ba23)
    assert not [r for r in _table_rows(ba23, "No.", "Kode") if "*" in r[3]]


@pytest.mark.parametrize("kind", ["berita-acara", "persetujuan-publikasi"])
def test_self_assessment_documents_take_no_other_stage(example: Path, kind: str) -> None:
    for lang, words in (("id", "adalah dokumen penilaian mandiri"), ("en", "self-assessment")):
        out = run_cli("document", kind, "2026", "--stage", "final", "--lang", lang, "-o", "x.docx")
        assert out.exit_code == 2, out.stderr
        assert f"--stage final: {kind}" in out.stderr and words in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert not Path("x.docx").exists()
    _make(kind, "2026", "--stage", "mandiri", "-o", "m.docx")
    _make("catatan", "2026", "--stage", "final", "-o", "c.docx")  # the others keep --stage
    lk = _make("lembar-kerja", "2026", "--unit", "bappeda", "--stage", "final", "-o", "l.docx")
    assert "tahap final" in _docx_text(lk)


def test_the_aspect_table_is_the_score_table(example: Path) -> None:
    path = _make("berita-acara", "assessments/2023", "-o", "ba.docx")
    rows = _table_rows(path, "Kode")
    score = _score("2023")
    aspects = {a["id"]: a for d in score["domains"] for a in d["aspects"]}
    for code, _, _, index in rows:
        if code in aspects:
            assert index == _two_places(aspects[code]["index"])
    assert rows[-1][-1] == _two_places(score["index_rounded"])  # the index, last


def test_consent_to_publish(example: Path) -> None:
    text = _docx_text(
        _make("persetujuan-publikasi", "2026", "--nomor", "005/PP/2026", "-o", "p.docx")
    )
    name, nip = SIGNERS["koordinator"]
    assert "Nomor: 005/PP/2026" in text and name in text and nip in text
    assert "menyetujui hasil penilaian Pemerintah Digital" in text
    assert "di lingkungan Pemerintah Kabupaten Contoh" in text
    assert "Digital Pemerintah Kabupaten" not in text  # "Pemerintah" twice in a row reads badly
    assert f"Indeks Pemdi {_two_places(_score('2026')['index_rounded'])}" in text


def test_worksheet_of_one_unit(example: Path) -> None:
    path = _make("lembar-kerja", "2026", "--unit", "diskominfo", "-o", "lk.docx")
    text = _docx_text(path)
    score = _score("2026")
    led = [i for i in _indicators(score) if i["unit"] == "diskominfo"]
    rows = _table_rows(path, "No.", "Kode")
    assert [r[1] for r in rows] == [i["id"] for i in led]
    for row, indicator in zip(rows, led, strict=True):
        assert row[3].splitlines() == _value_cell(score, indicator), row
    name, nip = SIGNERS["diskominfo"]
    assert name in text and nip in text
    # the one title spbe.yaml gives, once, ending the signature block's title line
    assert text.count("Kepala Dinas Komunikasi dan Informatika") == 1
    assert "Kepala Dinas Komunikasi dan Informatika," in text
    assert "PG_04_04_2" in text and "revisi (dokumen): bukti tidak tepat" in text
    items = _table_rows(path, "No.", "Indikator", "Kode", "Butir bukti", "Tingkat", "Status")
    assert items[11][:3] == ["12", "I12", "PG_04_04_2"]


def test_worksheet_signature_block_has_one_title(example: Path) -> None:
    """``jabatan`` alone where spbe.yaml gives one; a blank line to fill in where it gives none,
    never a title made up from the unit's name."""
    config = Path("assessments/spbe.yaml")
    text = config.read_text(encoding="utf-8")
    head = (
        "    name: Inspektorat Daerah\n    head:\n      name: Ani Contoh, S.E.\n"
        "      jabatan: Inspektur Daerah\n"
    )
    text = text.replace("    name: Inspektorat Daerah\n", head)
    text = text.replace(
        "    name: Bagian Organisasi Sekretariat Daerah\n",
        "    name: Bagian Organisasi Sekretariat Daerah\n    head:\n      name: Rudi Contoh\n",
    )
    config.write_text(text, encoding="utf-8")
    inspektorat = _docx_text(_make("lembar-kerja", "2026", "--unit", "inspektorat", "-o", "i.docx"))
    assert "Inspektur Daerah," in inspektorat and "Kepala Inspektorat" not in inspektorat
    assert inspektorat.count("Inspektur Daerah") == 1
    organisasi = _docx_text(_make("lembar-kerja", "2026", "--unit", "organisasi", "-o", "o.docx"))
    assert "Rudi Contoh" in organisasi and "Kepala Bagian" not in organisasi
    assert "\n....................,\n" in organisasi  # the title, to write in by hand


def test_worksheet_of_59_2020_leaves_out_empty_item_columns(example: Path) -> None:
    """59/2020's evidence has no item codes nor verdicts: those columns are left out rather
    than printed as columns of dashes; the internal review is dated as a letter is."""
    path = _make("lembar-kerja", "2023", "--unit", "diskominfo", "-o", "lk.docx")
    items = _table_rows(path, "No.", "Indikator", "Butir bukti", "Tingkat")
    assert items and all(len(row) == 4 for row in items)
    assert items[0][:2] == ["1", "I1"] and items[0][2].startswith("Peraturan Bupati Contoh")
    assert items[0][3] == "3" and items[1][3] == "-"  # a level where one is written
    assert not _table_rows(path, "No.", "Indikator", "Kode")
    text = _docx_text(path)
    assert "(Tim Asesor Internal, 17 April 2023)" in text and "2023-04-17" not in text


def test_worksheet_needs_a_known_unit(example: Path) -> None:
    missing = run_cli("document", "lembar-kerja", "2026")
    assert missing.exit_code == 2 and "--unit" in missing.stderr and "diskominfo" in missing.stderr
    unknown = run_cli("document", "lembar-kerja", "2026", "--unit", "dinsos")
    assert unknown.exit_code == 2 and "`dinsos`" in unknown.stderr
    needless = run_cli("document", "berita-acara", "2026", "--unit", "diskominfo")
    assert needless.exit_code == 2
    assert not list(Path().glob("*.docx"))


def test_notes_list_every_item_sent_back(example: Path) -> None:
    path = _make("catatan", "2026", "-o", "c.docx")
    text = _docx_text(path)
    sent_back = {"bkpsdm": "PG_02_01_3", "diskominfo": "PG_04_04_2", "inspektorat": "PG_04_01_3"}
    for unit, code in {**sent_back, "organisasi": "PG_06_01_2"}.items():
        assert f"({unit})" in text and code in text
    assert "belum diunggah" in text and "Dokumen yang diunggah bukan dokumen yang diminta" in text
    # what the criterion of the item's level asks (the catalogue's text)
    assert "Peningkatan kompetensi kepada >90% ASN" in text
    one = _docx_text(_make("catatan", "2026", "--unit", "bkpsdm", "-o", "one.docx"))
    assert "PG_02_01_3" in one and "PG_04_04_2" not in one
    review = _docx_text(_make("catatan", "2026", "--stage", "review", "-o", "r.docx"))
    assert "Tidak ada butir bukti yang dikembalikan." in review
    answers = _docx_text(_make("catatan", "2023", "-o", "a.docx"))
    assert "jawaban indikator (reviu internal)" in answers and "salinan bernomor" in answers
    assert "reviu: Integrasi dengan modul" in answers and "review:" not in answers
    assert "Demikian catatan ini disampaikan untuk ditindaklanjuti" in answers
    english = _docx_text(_make("catatan", "2023", "--lang", "en", "-o", "e.docx"))
    assert "review: Integrasi dengan modul" in english
    # pemdi-2026's criteria are provisional: the column says so
    assert "Yang diminta kriteria (pedoman sementara)" in text
    assert "(pedoman sementara)" not in answers


def test_english(example: Path) -> None:
    from test_lang import MARKERS, _words

    for kind in KINDS:
        args = ["--unit", "diskominfo"] if kind == "lembar-kerja" else []
        out = run_cli("document", kind, "2026", *args, "--lang", "en", "-o", f"{kind}.docx")
        assert out.exit_code == 0, out.stderr
        text = _docx_text(Path(f"{kind}.docx")) + out.stderr
        lines = [line for line in text.splitlines() if _words(line) & MARKERS]
        assert lines == [], lines[:5]
    text = _docx_text(Path("berita-acara.docx"))
    assert (
        "On this day, Monday, the seventh of December in the year two thousand twenty-six" in text
    )


def test_reproducible_bytes(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _make("berita-acara", "2026", "-o", "a.docx").read_bytes()
    second = _make("berita-acara", "2026", "-o", "b.docx").read_bytes()
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 12, 7, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2026-12-07T00:00:00Z" in core and "python-docx" not in core
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796688000")  # a day later
    later = _make("berita-acara", "2026", "-o", "c.docx").read_bytes()
    assert later != first
    assert "Selasa, tanggal delapan" in _docx_text(Path("c.docx"))


def test_the_date_and_the_number_are_options(example: Path) -> None:
    text = _docx_text(_make("berita-acara", "2026", "--date", "2027-01-01", "-o", "d.docx"))
    assert "Jumat, tanggal satu bulan Januari tahun dua ribu dua puluh tujuh" in text
    assert "Nomor: ........../........../2026" in text
    bad = run_cli("document", "berita-acara", "2026", "--date", "1 Januari")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
    leap = run_cli("document", "berita-acara", "2026", "--date", "2026-02-29")
    assert leap.exit_code == 2 and "`2026-02-29` adalah tanggal yang tidak ada" in leap.stderr
    assert "YYYY-MM-DD" not in leap.stderr
    leap = run_cli("document", "berita-acara", "2026", "--date", "2026-02-29", "--lang", "en")
    assert "`2026-02-29` is a date that does not exist" in leap.stderr
    wrong = run_cli("document", "berita-acara", "2026", "-o", "ba.html")
    assert wrong.exit_code == 2 and ".docx" in wrong.stderr


def test_default_name_and_latest_year(example: Path) -> None:
    out = run_cli("document", "catatan")
    assert out.exit_code == 0, out.stderr
    assert Path("pemerintah-kabupaten-contoh-2026-catatan.docx").is_file()
    missing = run_cli("document", "berita-acara", "2025")
    assert missing.exit_code == 2
    shown = "tahun 2025 tidak ada di repositori ini (tahun yang ada: 2019, 2022, 2023, 2026)"
    assert missing.stderr.strip() == f"spbe: {shown}"


@pytest.mark.parametrize(("lang", "language"), [("id", "id-ID"), ("en", "en-US")])
def test_language_and_properties(example: Path, lang: str, language: str) -> None:
    """Word checks the spelling in the document's language; its title and author are the
    document's and the instansi's, not the tool's."""
    import docx

    path = _make("berita-acara", "2026", "--lang", lang, "-o", "ba.docx")
    document: Any = docx.Document(str(path))
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("word/styles.xml").decode()
    assert re.search(rf'<w:docDefaults>.*<w:lang w:val="{language}"', styles, re.S)
    props = document.core_properties
    assert props.language == language and props.author == "Pemerintah Kabupaten Contoh"
    title = {
        "id": "Berita Acara Penilaian Mandiri Pemerintah Digital Tahun 2026",
        "en": "Official Record: Pemerintah Digital Self-Assessment 2026",
    }
    assert props.title == f"{title[lang]} - Pemerintah Kabupaten Contoh"


def _nip(written: str, *args: str) -> tuple[Any, int]:
    """``spbe document berita-acara`` with the ketua's NIP written as ``written``."""
    config = Path("assessments/spbe.yaml")
    text = Path(EXAMPLE / "spbe.yaml").read_text(encoding="utf-8")
    text = text.replace('"197801012005011001"', written)
    config.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if f"nip: {written}" in t)
    return run_cli("document", "berita-acara", "2026", *args, "-o", "ba.docx"), line


@pytest.mark.parametrize("written", ['"19780101200501100"', "19780101200501100"])
def test_nip_not_18_digits_is_a_located_config_error(example: Path, written: str) -> None:
    """Quoted or not, a NIP of 17 digits says so in words, never with a pattern."""
    out, line = _nip(written)
    assert out.exit_code == 1 and "Traceback" not in out.stderr
    expected = "error S004 nilai `nip` tidak sah: NIP harus 18 angka (terbaca 17)"
    assert f"spbe.yaml:{line}:12: {expected}" in out.stderr, out.stderr
    assert "pola" not in out.stderr and "[0-9]" not in out.stderr and "S003" not in out.stderr
    assert not Path("ba.docx").exists()
    out, _ = _nip(written, "--lang", "en")
    assert "error S004 invalid value for `nip`: a NIP has 18 digits (found 17)" in out.stderr


@pytest.mark.parametrize("written", ['"19780101 200501 1 001"', "197801012005011001"])
def test_nip_as_it_is_printed(example: Path, written: str) -> None:
    out, _ = _nip(written)
    assert out.exit_code == 0, out.stderr
    assert "NIP. 197801012005011001" in _docx_text(Path("ba.docx"))


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('"19781301 200501 1 001"', "tanggal lahir (tahun, bulan, tanggal), tetapi 19781301 "),
        ('"19780230 200501 1 001"', "tetapi 19780230 bukan tanggal yang ada"),
        ('"19780101 200513 1 001"', "tahun dan bulan (TTTTBB), tetapi 200513 tidak memuat"),
        ('"1978-01-01 200501 1 001"', "NIP terdiri atas 18 angka (boleh dipisah spasi"),
    ],
)
def test_nip_that_cannot_be(example: Path, written: str, said: str) -> None:
    """A NIP opens with a birth date (YYYYMMDD) and a year and month (YYYYMM)."""
    out, line = _nip(written)
    assert out.exit_code == 1 and f"spbe.yaml:{line}:12: error S004 " in out.stderr
    assert said in out.stderr, out.stderr


def test_missing_signatories_are_warnings(example: Path) -> None:
    config = Path("assessments/spbe.yaml")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.split("\ndocuments:")[0] + "\n", encoding="utf-8")
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 0
    assert "warning D009 penanda tangan `documents.signatories.ketua`" in out.stderr
    assert "NIP. ...................." in _docx_text(Path("ba.docx"))


# --- a repository's own template -----------------------------------------------------------


def _bundled(kind: str = "berita-acara") -> dict[str, bytes]:
    from spbe_cli.base.resources import data_dir

    path = data_dir("templates") / "document" / f"{kind}.docx"
    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def _docx(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue()


def _with_paragraph(text: str, *, xml_inside: bool = False) -> dict[str, bytes]:
    """The bundled template with one more paragraph, ``text`` (escaped as Word writes text,
    unless it is XML to insert as it is), first in its body."""
    from xml.sax.saxutils import escape

    parts = _bundled()
    xml = parts["word/document.xml"].decode()
    shown = text if xml_inside else escape(text)
    paragraph = f'<w:p><w:r><w:t xml:space="preserve">{shown}</w:t></w:r></w:p>'
    parts["word/document.xml"] = xml.replace("<w:body>", "<w:body>" + paragraph, 1).encode()
    return parts


def _refused(data: bytes, code: str, where: str = "") -> str:
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(data)
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 1, out.stderr
    assert "Traceback" not in out.stderr and "internal" not in out.stderr.lower()
    shown = f"{TEMPLATE.as_posix()}:{where}" if where else f"{TEMPLATE.as_posix()}:0:0"
    assert f"{shown}: error {code} " in out.stderr, out.stderr
    assert not Path("ba.docx").exists()
    return out.stderr


def test_a_repository_template_replaces_the_bundled_one(example: Path) -> None:
    parts = _with_paragraph("Templat sendiri: {{ d.instansi }} / {{ d.index }}")
    TEMPLATE.parent.mkdir(parents=True)
    TEMPLATE.write_bytes(_docx(parts))
    text = _docx_text(_make("berita-acara", "2026", "-o", "ba.docx"))
    assert "Templat sendiri: Pemerintah Kabupaten Contoh / 2,48" in text
    other = Path("lain")
    (other / "document").mkdir(parents=True)
    (other / "document" / "berita-acara.docx").write_bytes(
        _docx(_with_paragraph("Dari --templates"))
    )
    text = _docx_text(_make("berita-acara", "2026", "--templates", "lain", "-o", "b.docx"))
    assert "Dari --templates" in text and "Templat sendiri" not in text
    missing = run_cli("document", "berita-acara", "2026", "--templates", "tidak-ada")
    assert missing.exit_code == 2 and "tidak-ada" in missing.stderr
    # the output never replaces an input: a year folder, a template in use
    for target in ("assessments/2026/ba.docx", "lain/document/berita-acara.docx"):
        out = run_cli("document", "berita-acara", "2026", "--templates", "lain", "-o", target)
        assert out.exit_code == 2, out.stderr
    assert not Path("assessments/2026/ba.docx").exists()


def test_values_are_escaped_not_xml(example: Path) -> None:
    config = Path("assessments/spbe.yaml")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("place: Contoh", 'place: "A & B <w:br/>"'), encoding="utf-8")
    assert "A & B <w:br/>, 7 Desember 2026" in _docx_text(
        _make("berita-acara", "2026", "-o", "x.docx")
    )


def test_zip_bomb(example: Path) -> None:
    parts = _bundled()
    parts["word/document.xml"] = b"<" + b" " * (9 * 1024 * 1024)
    _refused(_docx(parts), "D002", "word/document.xml")


def test_xml_entities(example: Path) -> None:
    parts = _bundled()
    xml = parts["word/document.xml"].decode()
    head, _, rest = xml.partition("?>")
    doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    parts["word/document.xml"] = (head + "?>" + doctype + rest).encode()
    _refused(_docx(parts), "D004", "word/document.xml")


def test_macros(example: Path) -> None:
    parts = _bundled()
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 macro"
    _refused(_docx(parts), "D003", "word/vbaProject.bin")
    parts = _bundled()
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml")
    )
    parts["[Content_Types].xml"] = types.encode()
    _refused(_docx(parts), "D003", "[Content_Types].xml")


def test_outside_references(example: Path) -> None:
    parts = _bundled()
    rels = (
        parts["word/_rels/document.xml.rels"]
        .decode()
        .replace(
            "</Relationships>",
            '<Relationship Id="rId99" TargetMode="External" Target="http://127.0.0.1:9/x.png" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>'
            "</Relationships>",
        )
    )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    stderr = _refused(_docx(parts), "D005", "word/_rels/document.xml.rels")
    assert "image http://127.0.0.1:9/x.png" in stderr
    field = (
        '</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDE'
        '</w:instrText></w:r><w:r><w:instrText>TEXT "/etc/passwd"</w:instrText></w:r><w:r>'
        '<w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>'
    )
    stderr = _refused(_docx(_with_paragraph(field, xml_inside=True)), "D005", "word/document.xml")
    assert "INCLUDETEXT" in stderr


def test_sandbox_escape(example: Path) -> None:
    stderr = _refused(
        _docx(_with_paragraph("{{ ''.__class__.__mro__ }}")), "D007", "word/document.xml"
    )
    assert "«{{ ''.__class__.__mro__ }}»" in stderr and "unsafe" in stderr
    Path("assessments/logo.png").write_bytes(_png())
    _logo("logo.png")  # the picture a template prints holds nothing to reach through
    for reach in ("{{ d.logo._insert }}", "{{ d.logo.tpl.docx }}"):
        stderr = _refused(_docx(_with_paragraph(reach)), "D007", "word/document.xml")
        assert "unsafe" in stderr or "has no attribute" in stderr
    # a value a template makes into XML is checked with the document as made
    field = (
        '</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>INCLUDETEXT x'
        '</w:instrText><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>'
    )
    smuggled = "{{ '" + field + "' | safe }}"
    _refused(_docx(_with_paragraph(smuggled)), "D005", "word/document.xml")


def test_a_template_that_is_not_a_docx(example: Path) -> None:
    _refused(b"%PDF-1.7 not a document", "D001")
    _refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .doc", "D001")


def test_a_template_that_runs_forever(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spbe_cli.render import limits

    monkeypatch.setattr(limits, "RENDER_SECONDS", 2.0)  # the limit is the same, only sooner
    loop = "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"
    stderr = _refused(_docx(_with_paragraph(loop)), "D007", "word/document.xml")
    assert "lebih dari 2 detik" in stderr


# --- the letterhead's logo -------------------------------------------------------------------


def _png() -> bytes:
    """A 1x1 PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _logo(value: str) -> None:
    config = Path("assessments/spbe.yaml")
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  place: Contoh\n", f"  place: Contoh\n  logo: {value}\n"), encoding="utf-8"
    )


def test_logo(example: Path) -> None:
    Path("assessments/logo.png").write_bytes(_png())
    _logo("logo.png")
    path = _make("berita-acara", "2026", "-o", "ba.docx")
    with zipfile.ZipFile(path) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert len(media) == 1


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        ("../../etc/passwd", "di luar repositori"),
        ("tidak-ada.png", "tidak ada"),
        ("2026/bappeda.yaml", "bukan gambar"),
        ("rusak.png", "bukan gambar"),
    ],
)
def test_unusable_logo(example: Path, value: str, detail: str) -> None:
    Path("assessments/rusak.png").write_bytes(_png()[:20])  # a PNG's signature, then nothing
    _logo(value)
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.docx")
    assert out.exit_code == 1 and "Traceback" not in out.stderr
    assert re.search(
        rf"spbe\.yaml:\d+:\d+: error D008 logo `{re.escape(value)}`.*{detail}", out.stderr
    )
    assert not Path("ba.docx").exists()


# --- the bundled templates ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_bundled_templates_are_the_builders(kind: str) -> None:
    """``templates/document/*.docx`` are what ``document_builder`` makes (compared part by
    part: the zip's compressed bytes depend on zlib); rebuild them with
    ``python -m spbe_cli.submission.document_builder templates/document``."""
    from spbe_cli.submission.document_builder import build_template
    from spbe_cli.submission.document_kind import DocumentKind

    with zipfile.ZipFile(io.BytesIO(build_template(DocumentKind(kind)))) as archive:
        built = {i.filename: archive.read(i) for i in archive.infolist()}
    assert built == _bundled(kind)


def test_bundled_templates_set_a4_binding_margins_and_repeating_headers() -> None:
    import docx

    for kind in KINDS:
        from spbe_cli.base.resources import data_dir

        document: Any = docx.Document(str(data_dir("templates") / "document" / f"{kind}.docx"))
        section = document.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
        assert section.left_margin > section.right_margin  # room to bind
        footer = section.footer._element.xml
        assert "PAGE" in footer and "NUMPAGES" in footer
        headers = [t for t in document.tables if "tblHeader" in t._tbl.xml]
        assert kind == "persetujuan-publikasi" or headers


# --- PDF through LibreOffice -----------------------------------------------------------------


def _pdftotext(pdf: Path, *options: str) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install poppler-utils (pdftotext) for these tests")
        pytest.skip("pdftotext is not installed here (CI installs it)")
    done = subprocess.run(
        [tool, *options, str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def _pdf_text(pdf: Path) -> str:
    return " ".join(_pdftotext(pdf).split())


def _pdf_pages(pdf: Path) -> list[str]:
    """Each page's text, on one line."""
    return [" ".join(page.split()) for page in _pdftotext(pdf).split("\f") if page.strip()]


def _lines_of(pdf: Path, words: str) -> int:
    """On how many lines the first run of ``words`` (one table cell) is printed."""
    found = re.findall(r'yMin="([0-9.]+)"[^>]*>([^<]*)</word>', _pdftotext(pdf, "-bbox"))
    wanted = words.split()
    for n in range(len(found) - len(wanted) + 1):
        run = found[n : n + len(wanted)]
        if [w for _, w in run] == wanted:
            return len({round(float(y)) for y, _ in run})
    raise AssertionError(f"{words!r} is not in {pdf}")


CLOSINGS = {
    "berita-acara": "Demikian Berita Acara ini dibuat",
    "persetujuan-publikasi": "Demikian pernyataan ini dibuat",
    "lembar-kerja": "Isian di atas sesuai",
    "catatan": "Demikian catatan ini disampaikan",
}


@pytest.mark.parametrize("kind", KINDS)
def test_pdf_of_each_kind(example: Path, kind: str) -> None:
    soffice()
    args = ["--unit", "diskominfo"] if kind == "lembar-kerja" else []
    path = _make(kind, "2026", *args, "-o", f"{kind}.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    assert "katalog pemdi-2026" not in text  # the provisional notice: the operator's (stderr)
    assert "PEMERINTAH KABUPATEN CONTOH" in text  # the letterhead, in capitals
    assert "Contoh, 7 Desember 2026" in text and "Halaman 1 dari" in text
    if kind == "berita-acara":
        assert " ".join(DATE_WORDS.split()) in text
        assert f"adalah {_two_places(_score('2026')['index_rounded'])}" in text
        for ident in (f"I{n}" for n in range(1, 21)):
            assert re.search(rf"\b{ident}\b", text), ident
        # the longest unit name (Badan Kepegawaian dan ...) wrapped onto 5 lines before
        assert _lines_of(path, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia") <= 3
    signer = {"lembar-kerja": "diskominfo", "catatan": "ketua", "berita-acara": "ketua"}
    name, nip = SIGNERS[signer.get(kind, "koordinator")]
    assert name in text and nip in text
    signed = [page for page in _pdf_pages(path) if f"NIP. {nip}" in page]
    assert len(signed) == 1 and CLOSINGS[kind] in signed[0]  # on the same page


def test_a_signature_block_never_stands_alone(example: Path) -> None:
    """catatan 2023 fills its first page: the closing sentence goes over with the signature
    block, so the second page holds more than a signature."""
    soffice()
    path = _make("catatan", "2023", "-o", "c.pdf")
    pages = _pdf_pages(path)
    assert len(pages) == 2, pages
    assert pages[1].startswith(CLOSINGS["catatan"]) and "NIP. 197801012005011001" in pages[1]


def test_pdf_bytes_are_reproducible(example: Path) -> None:
    soffice()
    first = _make("persetujuan-publikasi", "2026", "-o", "a.pdf").read_bytes()
    second = _make("persetujuan-publikasi", "2026", "-o", "b.pdf").read_bytes()
    assert first == second
    assert b"/CreationDate(D:20261207000000Z" in first


def test_the_docx_opens_in_libreoffice_as_written(example: Path) -> None:
    """The DOCX itself, printed by LibreOffice as a secretariat would open it."""
    from office import convert

    path = _make("berita-acara", "2023", "-o", "ba.docx")
    text = _pdf_text(convert(path, Path("lo"), "pdf"))
    assert "BERITA ACARA" in text and "Indeks SPBE" in text and "NIP. 197005052000032002" in text


def test_without_libreoffice_a_pdf_is_not_made(example: Path) -> None:
    out = run_cli("document", "berita-acara", "2026", "-o", "ba.pdf", env={"SPBE_SOFFICE": "/nope"})
    assert out.exit_code == 1 and "LibreOffice" in out.stderr
    assert not Path("ba.pdf").exists()


@contextlib.contextmanager
def _listener() -> Iterator[list[str]]:
    """An HTTP server on 127.0.0.1 that records every request line it reads."""
    seen: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.requestline)
            self.send_response(404)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        seen.append(str(server.server_address[1]))
        yield seen
    finally:
        server.shutdown()
        server.server_close()


def test_libreoffice_reaches_no_network(tmp_path: Path) -> None:
    """Under the checks: a DOCX whose picture is linked from a web server (the checks refuse
    it first) is printed without a single request reaching the server."""
    from spbe_cli.submission.document_pdf import docx_to_pdf

    soffice()
    import datetime as dt

    with _listener() as seen:
        port = seen.pop()
        parts = _bundled("persetujuan-publikasi")
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId99" TargetMode="External" Target="http://127.0.0.1:'
            + port.encode()
            + b'/logo.png" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/image"/></Relationships>',
        )
        body = parts["word/document.xml"].decode()
        picture = (
            '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
            'drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/>'
            '<wp:docPr id="99" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/'
            'drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
            'drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="99" name="x"/><pic:cNvPicPr/>'
            '</pic:nvPicPr><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships" r:link="rId99"/></pic:blipFill><pic:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>'
            '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            "</wp:inline></w:drawing></w:r></w:p>"
        )
        parts["word/document.xml"] = body.replace("<w:body>", "<w:body>" + picture, 1).encode()
        moment = dt.datetime(2026, 12, 7, tzinfo=dt.timezone.utc)
        pdf = docx_to_pdf(_docx(parts), soffice(), moment)
    assert pdf.startswith(b"%PDF")
    assert seen == []


# --- numbers and dates in words (pure) -----------------------------------------------------------


WORDS = {
    1: "satu",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    31: "tiga puluh satu",
    100: "seratus",
    111: "seratus sebelas",
    250: "dua ratus lima puluh",
    1000: "seribu",
    1945: "seribu sembilan ratus empat puluh lima",
    2000: "dua ribu",
    2026: "dua ribu dua puluh enam",
    11000: "sebelas ribu",
    1_000_000: "satu juta",
}


@pytest.mark.parametrize(("number", "words"), WORDS.items())
def test_indonesian_number_words(number: int, words: str) -> None:
    from spbe_cli.submission.document_words import indonesian

    assert indonesian(number) == words


def test_english_ordinals() -> None:
    from spbe_cli.submission.document_words import english, english_ordinal

    assert [english_ordinal(n) for n in (1, 2, 3, 4, 12, 20, 21, 30, 31)] == [
        "first", "second", "third", "fourth", "twelfth", "twentieth", "twenty-first",
        "thirtieth", "thirty-first",
    ]  # fmt: skip
    assert english(2026) == "two thousand twenty-six"

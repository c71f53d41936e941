"""`spbe init` and `spbe new` speak the framework they write for: a Pemerintah Digital
repository in Pemdi words (decimal values, no domains, its regulation and notice), a 59/2020 one
exactly as before; and a carried year keeps every value as its author wrote it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import run_cli, write

SPBE_WORD = re.compile(r"\bSPBE\b")  # the framework's name; SPBE_PACKAGE (CI) is not it


def _comments(text: str) -> str:
    """The comments of a YAML file as one line of words (they are wrapped to the page)."""
    return " ".join(line.strip().lstrip("#").strip() for line in text.splitlines())


def _init(root: Path, year: int) -> Path:
    out = run_cli("init", str(root), "--instansi", "Pemerintah Kabupaten Uji", "--year", str(year))
    assert out.exit_code == 0, out.stderr
    return root


def _validates(root: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(root)
    out = run_cli("validate", "-f", "json")
    assert out.exit_code == 0
    doc = out.json()
    assert doc["summary"]["errors"] == 0
    return doc


# --- spbe init ------------------------------------------------------------------------------


def test_a_pemdi_init_speaks_pemdi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _init(tmp_path / "kab", 2026)
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Penilaian Mandiri Pemerintah Digital Pemerintah Kabupaten Uji\n")
    flat = " ".join(readme.split())  # words wrapped to the page
    for words in (
        "penilaian mandiri Indeks Pemerintah Digital (PermenPANRB 8/2026) sebagai",
        "Peraturan Menteri PANRB Nomor 8 Tahun 2026",
        "7 aspek dan 20 indikator, tanpa domain",
        "`2.5`",  # decimal values, with a point
        '`"7/6"`',
        "`2,5` dengan koma ditolak",
        "Indikator I5, I6, I7 dan I18 dinilai dari indeks instansi lain",
        "CATATAN: katalog pemdi-2026",  # the catalogue's own notice: partly provisional
        "ganti `level: null` dengan nilai yang dicapai",
    ):
        assert words in flat, words
    for spbe_era in ("Indeks SPBE", "59/2020", "47 indikator", "domain arsitektur", "tingkat yang"):
        assert spbe_era not in flat, spbe_era
    assert SPBE_WORD.search(readme) is None

    config = (root / "spbe.yaml").read_text(encoding="utf-8")
    assert config.startswith("# Pengaturan repositori penilaian mandiri Pemerintah Digital.\n")
    assert "# CATATAN: katalog pemdi-2026" in config
    assert yaml.safe_load(config)["catalogue"] == "pemdi-2026"
    assert SPBE_WORD.search(config) is None

    for path in sorted((root / "assessments" / "2026").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        head = text.split("\nunit:")[0]
        assert "# Penilaian mandiri Pemerintah Digital 2026: " in head
        assert "Isi `level` (nilai 1 sampai 5, boleh desimal dengan titik, mis. `2.5`" in _comments(
            head
        )
        assert "# CATATAN: katalog pemdi-2026" in head
        assert SPBE_WORD.search(text) is None and "59/2020" not in text, path.name
    bkpsdm = (root / "assessments" / "2026" / "bkpsdm.yaml").read_text(encoding="utf-8")
    # criteria by value range: the range each level lies in, and the evidence it asks for
    assert "# Tingkat 2 Membangun: Peningkatan kompetensi digital" in bkpsdm
    assert "(nilai 1,51-2,50; data dukung: " in _comments(bkpsdm)
    bappeda = (root / "assessments" / "2026" / "bappeda.yaml").read_text(encoding="utf-8")
    assert (
        "Nilainya dari Simpul Jaringan Informasi Geospasial (SJIG) (BIG): biarkan `level: null` "
        "dan catat angka indeksnya di `external:`"
    ) in _comments(bappeda)
    assert '    #   source: "BIG"' in bappeda

    doc = _validates(root, monkeypatch)
    assert {p["code"] for p in doc["problems"]} == {"X013"}  # only "belum diisi"


def test_the_external_template_filled_in_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _init(tmp_path / "kab", 2026)
    path = root / "assessments" / "2026" / "bappeda.yaml"
    text = path.read_text(encoding="utf-8")
    filled = {
        "raw": "2.7",
        "value": "2.7",
        "source": '"BIG"',  # as the template writes it
        "year": "2025",
        "document": "Penilaian SJIG 2025",
    }
    template = "".join(f"    #   {key}: " + r".*\n" for key in filled)
    assert re.search(r"    # external:\n" + template, text)
    text = text.replace("    # external:\n", "    external:\n")
    for key, value in filled.items():
        text = re.sub(rf"^    #   {key}: .*$", f"      {key}: {value}", text, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    doc = run_cli("score", "assessments/2026", "-f", "json").json()
    assert "I6" not in doc["pending"]
    _validates(root, monkeypatch)


# Today's README of a 59/2020 or 5/2018 repository, word for word.
SPBE_README = """# Penilaian Mandiri SPBE Pemerintah Kabupaten Uji

Repositori ini menyimpan penilaian mandiri {title} sebagai berkas YAML,
satu berkas per unit (SKPD/OPD) per tahun: `assessments/<tahun>/<unit>.yaml`.

## Mengisi berkas unit

1. Buka berkas unit Anda, mis. `assessments/{year}/diskominfo.yaml` (VS Code dengan ekstensi YAML
   menampilkan kriteria setiap indikator saat kursor di atas id indikator).
2. Untuk setiap indikator, ganti `level: null` dengan tingkat yang dicapai, lalu tulis
   `explanation` (kondisi nyata, nama aplikasi atau dokumen, dan analisis terhadap kriteria)
   dan `evidence` (data dukung: `path` ke berkas di folder `evidence/`, atau `url`).
3. Teks yang memuat `:` atau ` #` atau diawali tanda kutip ditulis sebagai blok:

   ```yaml
       explanation: >-
         Peraturan Bupati Nomor 12 Tahun 2021: seluruh domain arsitektur sudah diatur.
   ```

## Memeriksa

```sh
pip install "spbe @ git+https://<forge>/<pemilik>/spbe@<tag>"   # sama dengan SPBE_PACKAGE di CI
spbe validate                   # pesan error menunjuk berkas:baris:kolom dan cara memperbaikinya
spbe score assessments/{year}          # indeks, predikat, kontribusi unit
spbe report assessments/{year} --output bahan-rapat.html   # bahan rapat, siap dicetak A4
```

`spbe explain KODE` menjelaskan setiap kode masalah. Pemeriksaan yang sama berjalan otomatis
pada setiap pull request atau merge request, setelah variabel CI `SPBE_PACKAGE` diisi dengan
sumber spbe yang dipatok pada tag atau commit (GitHub: Settings > Secrets and variables >
Actions > Variables; GitLab: Settings > CI/CD > Variables).

## Tahun berikutnya

```sh
spbe new diskominfo --year {next_year}   # berkas baru, jawaban tahun lalu dibawa untuk ditinjau
```
"""

SPBE_UNIT_HEAD = """# yaml-language-server: $schema=../../spbe-assessment.schema.json
# Penilaian mandiri SPBE {year}: Dinas Komunikasi dan Informatika.
# Isi `level` (tingkat), `explanation` (penjelasan) dan `evidence` (data dukung) setiap
# indikator. Kriteria setiap tingkat tertulis sebagai komentar di atas indikatornya.
unit: diskominfo
name: "Dinas Komunikasi dan Informatika"
year: {year}
catalogue: {catalogue}
indicators:
"""


@pytest.mark.parametrize(
    ("year", "catalogue", "title"),
    [
        (2023, "spbe-2020", "Indeks SPBE (PermenPANRB 59/2020)"),
        (2019, "spbe-2018", "Indeks SPBE (PermenPANRB 5/2018)"),
    ],
)
def test_an_spbe_init_is_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, year: int, catalogue: str, title: str
) -> None:
    root = _init(tmp_path / "kab", year)
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert readme == SPBE_README.format(title=title, year=year, next_year=year + 1)
    config = (root / "spbe.yaml").read_text(encoding="utf-8")
    assert config.startswith("# Pengaturan repositori penilaian mandiri SPBE.\n")
    assert f'instansi: "Pemerintah Kabupaten Uji"\ncatalogue: {catalogue}\n' in config
    assert "CATATAN" not in config and "Pemerintah Digital" not in config
    unit = (root / "assessments" / str(year) / "diskominfo.yaml").read_text(encoding="utf-8")
    assert unit.startswith(SPBE_UNIT_HEAD.format(year=year, catalogue=catalogue))
    assert "(nilai " not in unit and "external" not in unit and "CATATAN" not in unit
    assert "  # Tingkat 1 " in unit
    _validates(root, monkeypatch)


# --- spbe new -------------------------------------------------------------------------------

PEMDI_2026 = """
unit: diskominfo
name: Dinas Komunikasi dan Informatika
year: 2026
indicators:
  I4:
    level: 2.26  # a comment is not part of the value
    explanation: >-
      Forum Koordinasi Pemdi berjalan.
    evidence:
      - id: PG_02_02_1
        level: 1
        title: Butir tingkat 1
        url: https://contoh.go.id/pg_02_02-1
        status:
          dokumen: {status: diterima}
      - id: PG_02_02_2
        level: 2
        title: Butir tingkat 2
        url: https://contoh.go.id/pg_02_02-2
        status:
          dokumen: {status: revisi, reason: tidak_tepat, note: Bukan dokumen tahun ini}
  I8:
    level: "5/2"
  I10:
    level: 5/2
  I11:
    level: 2.50
  I12:
    level: '7/6'
  I13:
    value: 3
  I14:
    level: 2.5
    explanation: |-
      Alamat aplikasi https://layanan.contoh.go.id/aplikasi/pelayanan-terpadu/permohonan-izin-usaha-mikro-dan-kecil
      dan data Pusat/Pemerintah-Daerah yang sangat panjang sehingga harus dilipat pada batas kanan.

      Paragraf kedua.
  I5:
    level: null
    external:
      raw: 58.30
      value: 3.33
      source: Bappenas (Indeks Satu Data Indonesia)
      year: 2025
      document: Laporan Indeks SDI 2025
supports:
  I3:
    explanation: >-
      Diskominfo menyediakan kelas daring untuk pelatihan ASN.
    evidence:
      - id: PG_01_03_SDIS
        level: 1
        title: Bukti pendukung
        url: https://contoh.go.id/pg_01_03
        status:
          dokumen: {status: diterima}
"""


@pytest.fixture
def pemdi_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with no registry and no `catalogue:`: 2026 is a Pemerintah Digital year."""
    write(tmp_path / "spbe.yaml", "instansi: Kabupaten Uji\n")
    write(tmp_path / "assessments" / "2026" / "diskominfo.yaml", PEMDI_2026)
    monkeypatch.chdir(tmp_path)
    source = run_cli("validate", "assessments/2026", "--allow-partial", "-f", "json").json()
    assert source["summary"]["errors"] == 0
    return tmp_path


def test_a_pemdi_year_is_carried_as_written(pemdi_repo: Path) -> None:
    out = run_cli("new", "diskominfo", "--year", "2027")
    assert out.exit_code == 0 and "jawaban 2026 dibawa" in out.stderr
    text = (pemdi_repo / "assessments" / "2027" / "diskominfo.yaml").read_text(encoding="utf-8")
    # every value exactly as written, never re-normalised (2.50 is not 2.5, "5/2" not 2.5)
    for line in (
        "    level: 2.26\n",
        '    level: "5/2"\n',
        "    level: 5/2\n",
        "    level: 2.50\n",
        "    level: '7/6'\n",
        "    level: 3\n",  # written as `value:`, its other name
        "    level: 2.5\n",
        "      raw: 58.30\n",
        "      value: 3.33\n",
    ):
        assert line in text, line
    assert "113/50" not in text and "# a comment" not in text

    source = yaml.safe_load(PEMDI_2026)
    carried = yaml.safe_load(text)
    assert carried["year"] == 2027 and carried["catalogue"] == "pemdi-2026"
    # explanations word for word: a long address, a hyphenated word, a paragraph break
    for ident in ("I4", "I14"):
        assert (
            carried["indicators"][ident]["explanation"]
            == source["indicators"][ident]["explanation"]
        )
    # evidence items keep their ids; last year's verdicts stay last year's
    items = carried["indicators"]["I4"]["evidence"]
    assert [e["id"] for e in items] == ["PG_02_02_1", "PG_02_02_2"]
    assert [e["level"] for e in items] == [1, 2]
    assert not any("status" in e for e in items)
    # the external record is kept, marked for review
    assert carried["indicators"]["I5"]["level"] is None
    assert carried["indicators"]["I5"]["external"]["source"].startswith("Bappenas")
    assert "# TINJAU: nilai indeks eksternal 2026; ganti dengan angka tahun ini" in text
    # the supporting part is kept, marked for review, without its verdicts
    assert set(carried["supports"]) == {"I3"}
    assert carried["supports"]["I3"]["evidence"][0]["id"] == "PG_01_03_SDIS"
    assert "status" not in carried["supports"]["I3"]["evidence"][0]
    assert text.count("# TINJAU: dibawa dari 2026") == len(source["indicators"]) + 1
    # Pemdi words in the head, the catalogue's notice, no SPBE-era wording
    head = text.split("\nunit:")[0]
    assert "(nilai, penjelasan, data dukung)" in head and "# CATATAN: katalog pemdi-2026" in head
    assert SPBE_WORD.search(text) is None

    # the same findings as last year's file, but for the review marks: nothing was changed
    found = {}
    for year in (2026, 2027):
        checked = run_cli("validate", f"assessments/{year}", "--allow-partial", "-f", "json")
        assert checked.json()["summary"]["errors"] == 0
        found[year] = {(p["code"], p["message"]) for p in checked.json()["problems"]}
    assert {code for code, _ in found[2027] - found[2026]} == {"C017"}
    assert found[2026] <= found[2027]
    # and the scores of both years agree
    before = run_cli("score", "assessments/2026", "-f", "json").json()
    after = run_cli("score", "assessments/2027", "-f", "json").json()
    assert before["index"] == after["index"]


def test_a_unit_that_only_supports_is_carried(pemdi_repo: Path) -> None:
    write(
        pemdi_repo / "assessments" / "2026" / "hukum.yaml",
        """
        unit: hukum
        year: 2026
        indicators: {}
        supports:
          I8:
            explanation: Bagian Hukum menyusun Perbup PDP.
        """,
    )
    assert run_cli("new", "hukum", "--year", "2027").exit_code == 0
    text = (pemdi_repo / "assessments" / "2027" / "hukum.yaml").read_text(encoding="utf-8")
    carried = yaml.safe_load(text)
    assert carried["indicators"] == {}
    assert carried["supports"]["I8"]["explanation"] == "Bagian Hukum menyusun Perbup PDP."
    checked = run_cli("validate", "assessments/2027/hukum.yaml", "-f", "json").json()
    assert checked["summary"]["errors"] == 0


def test_a_comma_decimal_is_not_carried(pemdi_repo: Path) -> None:
    """`2,5` is text, refused where it stands (S003): `spbe new` says so and writes nothing,
    rather than guess what was meant."""
    source = pemdi_repo / "assessments" / "2026" / "diskominfo.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("level: 2.26", "level: 2,5"), encoding="utf-8"
    )
    out = run_cli("new", "diskominfo", "--year", "2027")
    assert out.exit_code == 1
    assert "assessments/2026/diskominfo.yaml:6:12: error S003 `level`" in out.stderr
    assert not (pemdi_repo / "assessments" / "2027" / "diskominfo.yaml").exists()


SPBE_2023 = """
unit: diskominfo
name: Dinas Komunikasi dan Informatika
year: 2023
indicators:
  I1:
    level: 3
    explanation: >-
      Peraturan Bupati Nomor 12 Tahun 2021 tentang Arsitektur SPBE telah ditetapkan dan memuat
      referensi serta domain arsitektur.
    evidence:
      - title: Perbup 12/2021
        url: https://jdih.contoh.go.id/perbup-12-2021
        level: 3
        date: 2021-05-03
  I2:
    level: 2
"""

# Today's carried 59/2020 file, its criteria comments left out.
SPBE_2024 = """# yaml-language-server: $schema=../../spbe-assessment.schema.json
# Penilaian mandiri SPBE 2024: Dinas Komunikasi dan Informatika.
# Jawaban dibawa dari 2023: TINJAU setiap indikator (tingkat, penjelasan,
# data dukung) sebelum rapat; hapus tanda TINJAU setelah diperbarui.
unit: diskominfo
name: "Dinas Komunikasi dan Informatika"
year: 2024
catalogue: spbe-2020
indicators:
  I1:
    # TINJAU: dibawa dari 2023
    level: 3
    explanation: >-
      Peraturan Bupati Nomor 12 Tahun 2021 tentang Arsitektur SPBE telah ditetapkan dan memuat
      referensi serta domain arsitektur.
    evidence:
      - title: "Perbup 12/2021"
        url: "https://jdih.contoh.go.id/perbup-12-2021"
        date: 2021-05-03
        level: 3
  I2:
    # TINJAU: dibawa dari 2023
    level: 2
"""


def test_an_spbe_year_is_carried_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "spbe.yaml", "instansi: Kabupaten Uji\n")
    write(tmp_path / "assessments" / "2023" / "diskominfo.yaml", SPBE_2023)
    monkeypatch.chdir(tmp_path)
    assert run_cli("new", "diskominfo", "--year", "2024").exit_code == 0
    text = (tmp_path / "assessments" / "2024" / "diskominfo.yaml").read_text(encoding="utf-8")
    criteria = [line for line in text.splitlines() if line.startswith("  # ")]
    assert criteria[0].startswith("  # I1 · ")
    assert any(line.startswith("  # Tingkat 1 Rintisan: ") for line in criteria)
    assert not any("(nilai " in line for line in criteria)
    assert "\n".join(line for line in text.splitlines() if line not in criteria) + "\n" == SPBE_2024

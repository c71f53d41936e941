"""``spbe init`` and ``spbe new``: a ready assessments repository, and a unit's file for a new
year. Pure: they return the files to write; the CLI checks for conflicts and writes."""

from __future__ import annotations

import json
import re
import textwrap
from fractions import Fraction
from pathlib import Path

import yaml

from spbe_cli.base.resources import catalogue_dir
from spbe_cli.domain.numbers import fmt, is_finite_decimal
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.editor_schema import SCHEMA_NAME, render_schema
from spbe_cli.model.models import Answer, Assessment, Evidence, ExternalValue
from spbe_cli.repository.codeowners import codeowners

WIDTH = 96


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    return [pad + line for line in textwrap.wrap(text, WIDTH - len(pad))] or [pad.rstrip()]


def default_units(catalogue: Catalogue) -> dict[str, tuple[str, list[str]]]:
    """The typical coordinating units for a catalogue (indicators/units/<id>.yaml), else one
    unit, Diskominfo, for every indicator."""
    path = catalogue_dir() / "units" / f"{catalogue.id}.yaml"
    if path.is_file():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {
            unit: (info["name"], list(info["indicators"])) for unit, info in data["units"].items()
        }
    return {"diskominfo": ("Dinas Komunikasi dan Informatika", list(catalogue.indicators))}


def spbe_yaml(instansi: str, catalogue: Catalogue, units: dict[str, tuple[str, list[str]]]) -> str:
    lines = [
        "# Pengaturan repositori penilaian mandiri SPBE.",
        "#",
        "# Unit (SKPD/OPD) dan indikator yang dikoordinasikannya ada di `units:`.",
        "# - Mengganti nama unit: ubah kunci unitnya di sini, ganti nama berkas",
        "#   assessments/<tahun>/<unit>.yaml, dan isi `unit:` di dalamnya.",
        "# - Menambah unit: tambahkan kunci baru dengan `name` dan `indicators`, lalu buat",
        "#   berkasnya dengan `spbe new <unit> --year <tahun>`.",
        "# - Menggabungkan unit: pindahkan indikatornya ke satu unit, pindahkan jawabannya ke",
        "#   berkas unit itu, lalu hapus unit dan berkas yang lama.",
        "# `owners` (opsional): akun forge pemilik berkas unit; bersama `assessors` menjadi",
        "# CODEOWNERS sehingga perubahan berkas unit meminta tinjauan mereka.",
        f"instansi: {_q(instansi)}",
        f"catalogue: {catalogue.id}",
        "# target: 3.00            # target indeks untuk bahan rapat (opsional)",
        'assessors: []             # mis. ["@kabupaten-contoh/tim-asesor"]',
        "units:",
    ]
    for unit, (name, ids) in units.items():
        lines += [
            f"  {unit}:",
            f"    name: {_q(name)}",
            f"    indicators: [{', '.join(ids)}]",
            "    owners: []",
        ]
    return "\n".join(lines) + "\n"


def _indicator_block(indicator: Indicator) -> list[str]:
    lines = [f"  # {indicator.id} · {indicator.name}"]
    if indicator.question:
        lines += _comment(indicator.question, 2)
    for level in indicator.scale.levels:
        criterion, _ = indicator.criterion_at(level.value)  # per level, or by value range
        lines += _comment(
            f"Tingkat {level.value} {level.name}" + (f": {criterion}" if criterion else ""), 2
        )
    return lines


def unit_file(
    unit: str, name: str, year: int, catalogue: Catalogue, ids: list[str], schema: str
) -> str:
    """A unit's file with every indicator it coordinates listed, criteria as comments, and
    ``level: null`` ("belum diisi") until someone fills it in."""
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"# Penilaian mandiri {catalogue.framework} {year}: {name}.",
        "# Isi `level` (tingkat), `explanation` (penjelasan) dan `evidence` (data dukung) setiap",
        "# indikator. Kriteria setiap tingkat tertulis sebagai komentar di atas indikatornya.",
        f"unit: {unit}",
        f"name: {_q(name)}",
        f"year: {year}",
        f"catalogue: {catalogue.id}",
        "indicators:",
    ]
    for ident in ids:
        indicator = catalogue.indicators[ident]
        lines += _indicator_block(indicator)
        lines += [
            f"  {ident}:",
            "    level: null",
            "    # explanation: >-",
            "    #   Tuliskan kondisi nyata dan buktinya.",
            "    # evidence:",
            "    #   - title: Judul dokumen",
            "    #     path: evidence/<tahun>/berkas.pdf",
        ]
    return "\n".join(lines) + "\n"


def carried_file(
    previous: Assessment,
    previous_year: int,
    year: int,
    catalogue: Catalogue,
    ids: list[str],
    schema: str,
) -> str:
    """Last year's answers carried into a new year, each marked for review."""
    name = previous.name or previous.unit
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"# Penilaian mandiri {catalogue.framework} {year}: {name}.",
        f"# Jawaban dibawa dari {previous_year}: TINJAU setiap indikator (tingkat, penjelasan,",
        "# data dukung) sebelum rapat; hapus tanda TINJAU setelah diperbarui.",
        f"unit: {previous.unit}",
        f"name: {_q(name)}",
        f"year: {year}",
        f"catalogue: {catalogue.id}",
        "indicators:",
    ]
    for ident in ids:
        answer = previous.indicators.get(ident)
        indicator = catalogue.indicators.get(ident)
        if indicator is None:
            continue
        lines += _indicator_block(indicator)
        lines.append(f"  {ident}:")
        if answer is None:
            lines.append("    level: null")
            continue
        lines += _carried(answer, previous_year)
    if previous.supports:
        lines.append("supports:")
        for ident, part in previous.supports.items():
            if ident in catalogue.indicators:
                lines += [f"  {ident}:", f"    # TINJAU: dibawa dari {previous_year}"]
                lines += _text_and_evidence(part.explanation, part.evidence, "    ")
    return "\n".join(lines) + "\n"


def _carried(answer: Answer, previous_year: int) -> list[str]:
    lines = [
        f"    # TINJAU: dibawa dari {previous_year}",
        f"    level: {_value(answer.level)}",
    ]
    lines += _text_and_evidence(answer.explanation, answer.evidence, "    ")
    if answer.external is not None:
        lines += _external(answer.external, previous_year)
    return lines


def _value(value: Fraction | int | None) -> str:
    """A level as it reads in YAML: ``3``, ``2.26``, or ``"7/6"`` when it has no finite
    decimal (YAML would read 7/6 as text anyway: the quotes say it is meant)."""
    if value is None:
        return "null"
    number = Fraction(value)
    return fmt(number) if is_finite_decimal(number) else f'"{fmt(number)}"'


def _text_and_evidence(explanation: str | None, evidence: list[Evidence], pad: str) -> list[str]:
    """The explanation and the evidence, item codes kept and the assessors' statuses left out
    (they belong to last year's assessment)."""
    lines = []
    if explanation:
        lines.append(f"{pad}explanation: >-")
        lines += [f"{pad}  " + line for line in textwrap.wrap(explanation, WIDTH - len(pad) - 2)]
    if evidence:
        lines.append(f"{pad}evidence:")
        for e in evidence:
            lines.append(f"{pad}  - title: {_q(e.title)}")
            for key in ("id", "path", "url", "unit"):
                value = getattr(e, key)
                if value:
                    lines.append(f"{pad}    {key}: {_q(value)}")
            if e.date:
                lines.append(f"{pad}    date: {e.date.isoformat()}")
            if e.level is not None:
                lines.append(f"{pad}    level: {e.level}")
    return lines


def _external(ext: ExternalValue, previous_year: int) -> list[str]:
    """Last year's external record, to be checked against this year's figure."""
    lines = [f"    # TINJAU: nilai indeks eksternal {previous_year}; ganti dengan angka tahun ini"]
    lines.append("    external:")
    for key in ("value", "raw"):
        number = getattr(ext, key)
        if number is not None:
            lines.append(f"      {key}: {_value(number)}")
    lines.append(f"      source: {_q(ext.source)}")
    if ext.year is not None:
        lines.append(f"      year: {ext.year}")
    for key in ("document", "url"):
        text = getattr(ext, key)
        if text:
            lines.append(f"      {key}: {_q(text)}")
    if ext.date:
        lines.append(f"      date: {ext.date.isoformat()}")
    return lines


# The actions' current majors, all on Node 24 (GitHub removed Node 20 from its runners in
# September 2026).
ACTIONS = {
    "checkout": "actions/checkout@v6",
    "setup_python": "actions/setup-python@v6",
    "upload_artifact": "actions/upload-artifact@v7",
}
PAGES_ACTIONS = {
    "checkout": "actions/checkout@v6",
    "setup_python": "actions/setup-python@v6",
    "configure_pages": "actions/configure-pages@v6",
    "upload_pages_artifact": "actions/upload-pages-artifact@v5",
    "deploy_pages": "actions/deploy-pages@v5",
}

# Where spbe is installed from in CI: a pip requirement pinned to a tag or commit, such as
# `spbe @ git+https://<forge>/<owner>/spbe@v0.1.0`. Without `spbe init --package`, the workflows
# read it from the repository's CI variable SPBE_PACKAGE and stop with a clear message when it
# is not set.
PACKAGE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._@+:/=<>!~,\[\]#%-]*$")

# Installing spbe, in every job of each forge (both fail with a message when it is not set).
GITHUB_INSTALL = """      - name: Pasang spbe
        run: |
          if [ -z "$SPBE_PACKAGE" ]; then
            echo "::error::Isi SPBE_PACKAGE (Settings > Secrets and variables > Actions > Variables), mis. spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0"
            exit 1
          fi
          pip install "$SPBE_PACKAGE"
"""
GITLAB_INSTALL = """    - test -n "$SPBE_PACKAGE" || (echo "Isi variabel CI/CD SPBE_PACKAGE, mis. spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0" && exit 1)
    - pip install "$SPBE_PACKAGE"
"""

GITHUB = """# Memeriksa penilaian pada setiap pull request dan menerbitkan bahan rapat (HTML).
name: spbe
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
env:
  # spbe yang dipasang, dipatok pada tag atau commit, mis.
  # "spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0". Kosong: variabel repositori SPBE_PACKAGE.
  SPBE_PACKAGE: {github_package}
jobs:
  spbe:
    runs-on: ubuntu-latest
    timeout-minutes: 20  # batas waktu: job yang macet tidak menahan runner berjam-jam
    steps:
      - uses: {checkout}
      - uses: {setup_python}
        with:
          python-version: "3.12"
{install}      - run: spbe validate
      - name: Bahan rapat tahun {year}
        if: always()
        run: spbe report {folder}/{year} --output bahan-rapat-{year}.html
      - uses: {upload_artifact}
        if: always()
        with:
          name: bahan-rapat-{year}
          path: bahan-rapat-{year}.html
"""

GITHUB_PAGES = """# Menerbitkan situs penilaian (spbe site) ke GitHub Pages pada setiap push ke main.
# Aktifkan sekali: Settings > Pages > Build and deployment > Source: GitHub Actions.
name: spbe-pages
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
env:
  SPBE_PACKAGE: {github_package}
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: {checkout}
        with:
          fetch-depth: 0  # beranda menampilkan perubahan terakhir dari riwayat git
      - uses: {setup_python}
        with:
          python-version: "3.12"
{install}      - name: Situs
        run: spbe site -o public
      - uses: {configure_pages}
      - uses: {upload_pages_artifact}
        with:
          path: public
  deploy:
    needs: build
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: {deploy_pages}
"""

GITLAB_PAGES = """
# Menerbitkan situs penilaian (spbe site) ke GitLab Pages dari cabang utama.
pages:
  image: python:3.12
  timeout: 20 minutes
  variables:
    GIT_DEPTH: 0  # beranda menampilkan perubahan terakhir dari riwayat git
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
{gitlab_install}    - spbe site -o public
  artifacts:
    paths:
      - public
"""

GITLAB = """# Memeriksa penilaian pada setiap merge request dan menerbitkan bahan rapat (HTML).
variables:
  # spbe yang dipasang, dipatok pada tag atau commit, mis.
  # "spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0". Kosong: variabel CI/CD SPBE_PACKAGE
  # proyek (Settings > CI/CD > Variables).
  SPBE_PACKAGE: {gitlab_package}
spbe:
  image: python:3.12-slim
  timeout: 20 minutes  # batas waktu: job yang macet tidak menahan runner berjam-jam
  script:
{gitlab_install}    - spbe validate --format gitlab > gl-code-quality-report.json || true
    - spbe validate --format junit > spbe-junit.xml || true
    - spbe report {folder}/{year} --output bahan-rapat-{year}.html
    - spbe validate --format text
  artifacts:
    when: always
    paths:
      - bahan-rapat-{year}.html
    reports:
      codequality: gl-code-quality-report.json
      junit: spbe-junit.xml
"""


def workflows(folder: str, year: int, package: str | None) -> dict[str, str]:
    """The GitHub and GitLab jobs, with spbe pinned to ``package`` when it is given."""
    quoted = json.dumps(package) if package else None  # a YAML double-quoted scalar
    github_package = quoted or '"${{ vars.SPBE_PACKAGE }}"'
    return {
        ".github/workflows/spbe.yml": GITHUB.format(
            folder=folder,
            year=year,
            github_package=github_package,
            install=GITHUB_INSTALL,
            **ACTIONS,
        ),
        ".github/workflows/pages.yml": GITHUB_PAGES.format(
            github_package=github_package, install=GITHUB_INSTALL, **PAGES_ACTIONS
        ),
        ".gitlab-ci.yml": GITLAB.format(
            folder=folder,
            year=year,
            gitlab_package=quoted or '""',
            gitlab_install=GITLAB_INSTALL,
        )
        + GITLAB_PAGES.format(gitlab_install=GITLAB_INSTALL),
    }


PRE_COMMIT = """# pre-commit: `spbe validate` sebelum setiap commit (pasang: pre-commit install).
repos:
  - repo: local
    hooks:
      - id: spbe-validate
        name: spbe validate
        entry: spbe validate --allow-partial
        language: system
        files: \\.ya?ml$
        pass_filenames: false
"""

README = """# Penilaian Mandiri SPBE {instansi}

Repositori ini menyimpan penilaian mandiri Indeks SPBE ({catalogue}) sebagai berkas YAML,
satu berkas per unit (SKPD/OPD) per tahun: `{folder}/<tahun>/<unit>.yaml`.

## Mengisi berkas unit

1. Buka berkas unit Anda, mis. `{folder}/{year}/diskominfo.yaml` (VS Code dengan ekstensi YAML
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
spbe score {folder}/{year}          # indeks, predikat, kontribusi unit
spbe report {folder}/{year} --output bahan-rapat.html   # bahan rapat, siap dicetak A4
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

EVIDENCE = """# Data dukung

Simpan berkas data dukung di sini, per tahun: `evidence/<tahun>/<berkas>.pdf`, lalu rujuk dari
berkas unit dengan `path: evidence/<tahun>/<berkas>.pdf`. Setelah dinilai, kunci dengan
`spbe evidence lock` agar perubahan sesudahnya terlihat.
"""


GITIGNORE = """\
# Bahan rapat dibuat ulang dari berkas penilaian kapan saja (`spbe report`); tidak disimpan.
bahan-rapat*.html
bahan-rapat*.md
bahan-rapat*-aspek-*.svg
bahan-rapat*-domain-*.svg
*.pdf
!evidence/**/*.pdf
# Versi baru dari `spbe init --force`, untuk dibandingkan lalu dihapus.
spbe-baru/
# Berkas sementara dari proses yang terhenti.
.*.spbe-*.tmp
# Penanda giliran `spbe evidence lock` (dua proses sekaligus tidak saling menimpa kunci).
"""


def scaffold(
    instansi: str, year: int, catalogue: Catalogue, package: str | None = None
) -> dict[str, str]:
    """Every file of a new repository, by path relative to its root."""
    units = default_units(catalogue)
    folder = "assessments"
    files = {
        "spbe.yaml": spbe_yaml(instansi, catalogue, units),
        SCHEMA_NAME: render_schema(catalogue),
        **workflows(folder, year, package),
        ".pre-commit-config.yaml": PRE_COMMIT,
        "CODEOWNERS": codeowners({u: [] for u in units}, [], folder),
        "README.md": README.format(
            instansi=instansi,
            catalogue=catalogue.title,
            folder=folder,
            year=year,
            next_year=year + 1,
        ),
        "evidence/README.md": EVIDENCE,
        ".gitignore": GITIGNORE,
    }
    for unit, (name, ids) in units.items():
        files[f"{folder}/{year}/{unit}.yaml"] = unit_file(
            unit, name, year, catalogue, ids, f"../../{SCHEMA_NAME}"
        )
    return files


FORCED = "spbe-baru"


def beside(directory: Path, relative: str) -> Path:
    """Where ``--force`` writes a file that exists: the same path under ``spbe-baru/``, outside
    the year folders, so that ``spbe validate`` never reads a second copy of a unit file."""
    return directory / FORCED / relative

"""``spbe init`` and ``spbe new``: a ready assessments repository, and a unit's file for a new
year. Pure: they return the files to write; the CLI checks for conflicts and writes."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from spbe_cli.base.resources import catalogue_dir
from spbe_cli.domain.numbers import fmt, is_finite_decimal, shown
from spbe_cli.domain.stage import EXTERNAL
from spbe_cli.model.catalogue import Catalogue, Indicator, Level
from spbe_cli.model.editor_schema import (
    SCHEMA_NAME,
    STAGE_SCHEMA_NAME,
    render_schema,
    render_stage_schema,
)
from spbe_cli.model.models import Answer, Assessment, Evidence, ExternalValue
from spbe_cli.repository.codeowners import codeowners
from spbe_cli.scaffold.example import example_indicators, worked_example
from spbe_cli.source.yamlsrc import KeyPath, Source, parse_yaml

WIDTH = 96


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    return [pad + line for line in textwrap.wrap(text, WIDTH - len(pad))] or [pad.rstrip()]


def _notice(catalogue: Catalogue, indent: int = 0) -> list[str]:
    """The catalogue's own notice of what is still provisional, as comment lines (none for an
    official catalogue)."""
    return [line for notice in _notice_text(catalogue) for line in _comment(notice, indent)]


def _notice_text(catalogue: Catalogue) -> list[str]:
    notice = catalogue.notice("id")
    return [notice] if notice else []


def _and(words: Sequence[str]) -> str:
    """``I5, I6, I7 dan I18``."""
    return f"{', '.join(words[:-1])} dan {words[-1]}" if len(words) > 1 else "".join(words)


def _by_range(catalogue: Catalogue) -> bool:
    """Whether some indicator gives its criteria by value range rather than per level."""
    return any(i.ranges and not i.criteria for i in catalogue.indicators.values())


def _values(catalogue: Catalogue) -> str:
    """What ``level:`` takes under the catalogue, as the unit file models read it: a whole level,
    or where values may be decimal also a decimal with a point or a fraction (``2,5`` is text,
    refused with S003)."""
    if not catalogue.decimal:
        return f"tingkat bulat {catalogue.low} sampai {catalogue.high}"
    return (
        f"nilai {catalogue.low} sampai {catalogue.high}, boleh desimal dengan titik, mis. `2.5` "
        'atau `1.26`, atau pecahan, mis. `"7/6"`; `2,5` dengan koma ditolak'
    )


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
        f"# Pengaturan repositori penilaian mandiri {catalogue.framework}.",
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
        *_notice(catalogue),
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
        lines += _comment(_level_line(indicator, level), 2)
    if indicator.external is not None:
        lines += _comment(
            f"Nilainya dari {indicator.external.index} ({indicator.external.agency}): biarkan "
            "`level: null` dan catat angka indeksnya di `external:` setelah terbit; sampai itu "
            f"dihitung {indicator.text(indicator.scale.low, 'id')}.",
            2,
        )
    return lines


def _level_line(indicator: Indicator, level: Level) -> str:
    """``Tingkat 3 Terdefinisi: <criterion>``; where the catalogue gives criteria by value range,
    also the range the level lies in and the evidence it asks for."""
    criterion, evidence = indicator.criterion_at(level.value)  # per level, or by value range
    text = f"Tingkat {level.value} {level.name}" + (f": {criterion}" if criterion else "")
    if level.value in indicator.criteria or not indicator.ranges:
        return text
    found = indicator.range_of(Fraction(level.value))
    if found is None:  # pragma: no cover - a catalogue with ranges always has one
        return text
    details = [f"nilai {shown(found.min)}-{shown(found.max)}"]
    if evidence:
        details.append(f"data dukung: {evidence}")
    return f"{text} ({'; '.join(details)})"


def _fill_in(catalogue: Catalogue) -> list[str]:
    """What a unit file asks for, in the words of its catalogue."""
    if not catalogue.decimal:
        lines = [
            "# Isi `level` (tingkat), `explanation` (penjelasan) dan `evidence` (data dukung) setiap",
            "# indikator. Kriteria setiap tingkat tertulis sebagai komentar di atas indikatornya.",
        ]
    else:
        criteria = (
            "Kriteria setiap tingkat, dengan rentang nilai dan data dukung yang dimintanya,"
            if _by_range(catalogue)
            else "Kriteria setiap tingkat"
        )
        example = (
            " Contoh berkas yang sudah diisi ada di akhir berkas ini."
            if example_indicators(catalogue)
            else ""
        )
        lines = _comment(
            f"Isi `level` ({_values(catalogue)}), `explanation` (penjelasan) dan `evidence` "
            f"(data dukung) setiap indikator. {criteria} tertulis sebagai komentar di atas "
            f"indikatornya.{example}",
            0,
        )
    return lines + _notice(catalogue)


def _external_template(indicator: Indicator) -> list[str]:
    """The ``external:`` record of an indicator valued from another agency's index, to fill in
    once the index is published."""
    if indicator.external is None:
        return []
    return [
        "    # external:",
        "    #   raw: <angka indeks>",
        "    #   value: <nilai yang dipakai>",
        f"    #   source: {_q(indicator.external.agency)}",
        "    #   year: <tahun indeks>",
        "    #   document: <judul dokumen>",
    ]


def unit_file(
    unit: str, name: str, year: int, catalogue: Catalogue, ids: list[str], schema: str
) -> str:
    """A unit's file with every indicator it coordinates listed, criteria as comments, and
    ``level: null`` ("belum diisi") until someone fills it in."""
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"# Penilaian mandiri {catalogue.framework} {year}: {name}.",
        *_fill_in(catalogue),
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
            *_external_template(indicator),
        ]
    lines += worked_example(catalogue, year)
    lines += _stage_note(schema)
    return "\n".join(lines) + "\n"


def _stage_note(schema: str) -> list[str]:
    """Where the stage files of the year folder find their own editor schema. The modeline is
    quoted in backticks, so that the language server never takes it for this file's own."""
    folder = schema.removesuffix(SCHEMA_NAME) if schema.endswith(SCHEMA_NAME) else ""
    stages = ", ".join(f"`_{stage}.yaml`" for stage in EXTERNAL)
    return [
        "",
        *_comment(
            f"Berkas hasil tahap penilaian eksternal di folder ini ({stages}) memakai skema "
            "editornya sendiri; baris pertamanya:",
            0,
        ),
        f"# `# yaml-language-server: $schema={folder}{STAGE_SCHEMA_NAME}`",
        "# Skema itu dibuat oleh `spbe init`, atau di akar repositori oleh",
        f"# `spbe schema --kind stage -o {STAGE_SCHEMA_NAME}`.",
    ]


def carried_file(
    previous: Assessment,
    previous_year: int,
    year: int,
    catalogue: Catalogue,
    ids: list[str],
    schema: str,
    written: Mapping[KeyPath, str] | None = None,
) -> str:
    """Last year's answers carried into a new year, each marked for review. ``written`` holds
    the levels and external figures as last year's file writes them (``written_numbers``):
    they are carried as written, never re-normalised."""
    name = previous.name or previous.unit
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"# Penilaian mandiri {catalogue.framework} {year}: {name}.",
        *_carried_note(catalogue, previous_year),
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
        lines += _carried(answer, previous_year, ident, written or {})
    if lines[-1] == "indicators:":  # a unit that only supports others leads none
        lines[-1] = "indicators: {}"
    lines += _supports(previous, previous_year, catalogue)
    return "\n".join(lines) + "\n"


def _supports(previous: Assessment, previous_year: int, catalogue: Catalogue) -> list[str]:
    """Last year's contributions to indicators the unit supports, each marked for review."""
    lines = []
    for ident, part in previous.supports.items():
        if ident in catalogue.indicators:
            body = _text_and_evidence(part.explanation, part.evidence, "    ")
            lines += [f"  {ident}:" if body else f"  {ident}: {{}}"]
            lines += [f"    # TINJAU: dibawa dari {previous_year}", *body]
    return ["supports:", *lines] if lines else []


def _carried_note(catalogue: Catalogue, previous_year: int) -> list[str]:
    """What a carried file asks of its reader, in the words of its catalogue."""
    if not catalogue.decimal:
        lines = [
            f"# Jawaban dibawa dari {previous_year}: TINJAU setiap indikator (tingkat, penjelasan,",
            "# data dukung) sebelum rapat; hapus tanda TINJAU setelah diperbarui.",
        ]
    else:
        lines = _comment(
            f"Jawaban dibawa dari {previous_year}: TINJAU setiap indikator (nilai, penjelasan, "
            "data dukung) sebelum rapat; hapus tanda TINJAU setelah diperbarui. "
            f"`level`: {_values(catalogue)}.",
            0,
        )
    return lines + _notice(catalogue)


def _carried(
    answer: Answer, previous_year: int, ident: str, written: Mapping[KeyPath, str]
) -> list[str]:
    level = written.get(("indicators", ident, "level")) or _value(answer.level)
    lines = [f"    # TINJAU: dibawa dari {previous_year}", f"    level: {level}"]
    lines += _text_and_evidence(answer.explanation, answer.evidence, "    ")
    if answer.external is not None:
        lines += _external(answer.external, previous_year, ident, written)
    return lines


def _value(value: Fraction | int | None) -> str:
    """A level as it reads in YAML: ``3``, ``2.26``, or ``"7/6"`` when it has no finite
    decimal (YAML would read 7/6 as text anyway: the quotes say it is meant)."""
    if value is None:
        return "null"
    number = Fraction(value)
    return fmt(number) if is_finite_decimal(number) else f'"{fmt(number)}"'


# A scalar at the start of a line: quoted ('it''s', "a \" b"), else plain up to a comment.
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"\\]|\\.)*\"")
_COMMENT = re.compile(r"\s#")
_PROBE = Path("spbe-new")


def _reads(text: str) -> Any:
    """What a snippet of YAML reads as, by the reader of every unit file."""
    return parse_yaml(text.encode(), _PROBE).data


def _reads_as(scalar: str, value: object) -> bool:
    """Whether ``key: <scalar>`` reads back as ``value``, of the same type (3 is not "3")."""
    data = _reads(f"v: {scalar}\n")
    got = data.get("v") if isinstance(data, dict) else None
    return type(got) is type(value) and got == value


def _at(data: Any, path: KeyPath) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _as_written(src: Source, lines: Sequence[str], path: KeyPath) -> str | None:
    """The scalar at ``path`` exactly as the file's text writes it (``2.50``, ``"5/2"``,
    ``5/2``), checked by reading it back; else the value in the plainest form that reads back as
    the same value (a level that spans lines, say); None for an empty or missing one."""
    value = _at(src.data, path)
    if value is None or isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        return None
    line, col = src.values.get(path, (0, 0))
    candidates = []
    if 0 < line <= len(lines) and col > 0:
        rest = lines[line - 1][col - 1 :].rstrip("\r")
        quoted = _QUOTED.match(rest)
        candidates.append(quoted.group() if quoted else _COMMENT.split(rest, 1)[0].strip())
    candidates.append(_q(value) if isinstance(value, str) else str(value))
    return next((c for c in candidates if c and _reads_as(c, value)), None)


def written_numbers(src: Source, lines: Sequence[str]) -> dict[KeyPath, str]:
    """The levels and external figures of a unit file as its text writes them, by the path
    ``carried_file`` writes them at (a level written under its other name ``value:`` is carried
    as ``level:``). ``lines``: the file's text, line by line."""
    found: dict[KeyPath, str] = {}
    indicators = _at(src.data, ("indicators",))
    for ident, entry in (indicators if isinstance(indicators, dict) else {}).items():
        if not isinstance(entry, dict):
            continue
        key = "level" if "level" in entry else "value"
        places: list[tuple[KeyPath, KeyPath]] = [
            (("indicators", ident, key), ("indicators", ident, "level"))
        ]
        places += [(("indicators", ident, "external", k),) * 2 for k in ("value", "raw")]
        for where, carried_as in places:
            text = _as_written(src, lines, where)
            if text is not None:
                found[carried_as] = text
    return found


def _text(key: str, text: str, pad: str) -> list[str]:
    """``key: text`` as a folded block wrapped to the page (the usual case), else as a literal
    block or a quoted line: whichever reads back as exactly the same text, so that no carried
    word is changed (a long address or a hyphenated word split at the margin would gain a
    space; a line break would be lost)."""
    width = WIDTH - len(pad) - 2
    for style, body in (
        (">-", textwrap.wrap(text, width)),
        (">-", textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)),
        ("|-", text.split("\n")),
    ):
        lines = [f"{key}: {style}", *(f"  {line}".rstrip() for line in body)]
        if body and _reads("\n".join(lines) + "\n") == {key: text}:
            return [f"{pad}{line}" if line else "" for line in lines]
    return [f"{pad}{key}: {_q(text)}"]


def _text_and_evidence(explanation: str | None, evidence: list[Evidence], pad: str) -> list[str]:
    """The explanation and the evidence, item codes kept and the assessors' statuses left out
    (they belong to last year's assessment)."""
    lines = []
    if explanation:
        lines += _text("explanation", explanation, pad)
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


def _external(
    ext: ExternalValue, previous_year: int, ident: str, written: Mapping[KeyPath, str]
) -> list[str]:
    """Last year's external record, to be checked against this year's figure."""
    lines = [f"    # TINJAU: nilai indeks eksternal {previous_year}; ganti dengan angka tahun ini"]
    lines.append("    external:")
    for key in ("value", "raw"):
        number = getattr(ext, key)
        if number is not None:
            shown_as = written.get(("indicators", ident, "external", key)) or _value(number)
            lines.append(f"      {key}: {shown_as}")
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
      - name: Bahan rapat tahun terbaru
        if: always()
        run: spbe report --output bahan-rapat.html  # tanpa folder: tahun terbaru repositori
      - uses: {upload_artifact}
        if: always()
        with:
          name: bahan-rapat
          path: bahan-rapat.html
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
  image: python:3.12  # dengan git: SPBE_PACKAGE "spbe @ git+https://..." memerlukannya
  timeout: 20 minutes  # batas waktu: job yang macet tidak menahan runner berjam-jam
  script:
{gitlab_install}    - spbe validate --format gitlab > gl-code-quality-report.json || true
    - spbe validate --format junit > spbe-junit.xml || true
    - spbe report --output bahan-rapat.html  # tanpa folder: tahun terbaru repositori
    - spbe validate --format text
  artifacts:
    when: always
    paths:
      - bahan-rapat.html
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
# always_run: hook juga berjalan pada commit yang hanya menghapus berkas (mis. data dukung yang
# sudah dikunci); pre-commit tidak meneruskan berkas yang dihapus, jadi pola `files:` tidak cukup.
repos:
  - repo: local
    hooks:
      - id: spbe-validate
        name: spbe validate
        entry: spbe validate --allow-partial
        language: system
        always_run: true
        pass_filenames: false
"""

README = """# Penilaian Mandiri {framework} {instansi}

Repositori ini menyimpan penilaian mandiri {catalogue} sebagai berkas YAML,
satu berkas per unit (SKPD/OPD) per tahun: `{folder}/<tahun>/<unit>.yaml`.
{about}
## Mengisi berkas unit

1. Buka berkas unit Anda, mis. `{folder}/{year}/diskominfo.yaml` (VS Code dengan ekstensi YAML
   menampilkan kriteria setiap indikator saat kursor di atas id indikator).
2. Untuk setiap indikator, ganti `level: null` dengan {reached}, lalu tulis
   `explanation` (kondisi nyata, nama aplikasi atau dokumen, dan analisis terhadap kriteria)
   dan `evidence` (data dukung: `path` ke berkas di folder `evidence/`, atau `url`).
3. Teks yang memuat `:` atau ` #` atau diawali tanda kutip ditulis sebagai blok:

   ```yaml
       explanation: >-
         {example}
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


def readme(instansi: str, catalogue: Catalogue, folder: str, year: int) -> str:
    """The repository's README, in the words of its catalogue."""
    return README.format(
        framework=catalogue.framework,
        index=catalogue.index_title("id"),
        instansi=instansi,
        catalogue=catalogue.title,
        about=_about(catalogue),
        reached="nilai yang dicapai (mis. `2.5`)" if catalogue.decimal else "tingkat yang dicapai",
        example="Peraturan Bupati Nomor 12 Tahun 2021: seluruh domain arsitektur sudah diatur."
        if catalogue.has_domains
        else "Peraturan Bupati Nomor 12 Tahun 2021: rencana aksi sudah ditetapkan.",
        folder=folder,
        year=year,
        next_year=year + 1,
    )


def _about(catalogue: Catalogue) -> str:
    """The README's paragraphs on a catalogue that departs from what the README takes for
    granted (a whole-level framework with domains, every value filled in by a unit, official):
    its regulation and structure, its values, the indicators valued from other agencies'
    indices, and its notice of what is provisional. Empty for the 59/2020 and 5/2018
    catalogues."""
    externals = [i for i in catalogue.indicators.values() if i.external is not None]
    if catalogue.has_domains and not catalogue.decimal and not externals:
        return "".join(f"\n{textwrap.fill(n, WIDTH)}\n" for n in _notice_text(catalogue))
    aspects = len(list(catalogue.aspects))
    structure = (
        f"{len(catalogue.domains)} domain, {aspects} aspek dan {len(catalogue.indicators)} indikator"
        if catalogue.has_domains
        else f"{aspects} aspek dan {len(catalogue.indicators)} indikator, tanpa domain"
    )
    paragraphs = [
        f"Kerangka: {catalogue.regulation}; {structure}. Isi `level` setiap indikator dengan "
        f"{_values(catalogue)}."
    ]
    if externals:
        low = externals[0].text(externals[0].scale.low, "id")
        paragraphs.append(
            f"Indikator {_and([i.id for i in externals])} dinilai dari indeks instansi lain: "
            "biarkan `level: null` dan catat angka indeksnya di `external:` (nilai mentah, "
            f"sumber, tahun, dokumen, nilai yang dipakai); sampai itu indikatornya dihitung {low}."
        )
    paragraphs += _notice_text(catalogue)
    return "".join(f"\n{textwrap.fill(p, WIDTH)}\n" for p in paragraphs)


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
!assessments/**/*.pdf
# Buku kerja yang dibuat ulang kapan saja, dengan nama bawaannya di folder ini: `spbe sheet`
# (<instansi>-<tahun>-<unit>.xlsx; dengan --all di isian-<tahun>/) dan `spbe export`
# (<instansi>-<tahun>.xlsx). Hanya di folder ini: data dukung .xlsx di evidence/ tetap disimpan.
/*-[0-9][0-9][0-9][0-9].xlsx
/*-[0-9][0-9][0-9][0-9]-*.xlsx
/isian-[0-9][0-9][0-9][0-9]/
# Versi baru dari `spbe init --force`, untuk dibandingkan lalu dihapus.
spbe-baru/
# Berkas sementara dari proses yang terhenti.
.*.spbe-*.tmp
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
        STAGE_SCHEMA_NAME: render_stage_schema(catalogue),
        **workflows(folder, year, package),
        ".pre-commit-config.yaml": PRE_COMMIT,
        "CODEOWNERS": codeowners({u: [] for u in units}, [], folder),
        "README.md": readme(instansi, catalogue, folder, year),
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

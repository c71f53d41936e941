"""Synthetic assessment repositories shaped like users' data, deterministic from a seed.

* :func:`spbe_corpus`: PermenPANRB 59/2020 repositories (``spbe-2020``, whole levels), by default
  40 instansi x 3 years x 15 units, about 3 KB a unit file: the bundled example's shapes
  (folded explanations of about 210 characters, evidence by repository path and by URL, review
  blocks), a third of the repositories as ``spbe init`` writes them (schema line, criteria as
  comments), ~3 % of the explanations close paraphrases of a criterion (C008 fires on them).
* :func:`pemdi_corpus`: Pemerintah Digital 2026 repositories (``pemdi-2026``): 7 units, decimal
  values, evidence items with codes and statuses, supporting units, external indices and a
  ``_final.yaml`` of the assessors' decimal values.
* :func:`site_repo`: one instansi with N years of 40 units (``spbe site`` scaling);
  :func:`score_folders`: M year folders of 15 units (``spbe score`` memory scaling).

Every repository passes ``spbe validate`` with warnings only and ``yamllint -d relaxed`` with
no error. Run ``python bench/corpus.py DIR`` to write the default corpora and look at them.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from spbe_cli.report.build import MONTHS as HANDOUT_MONTHS

INDICATORS = Path(__file__).resolve().parent.parent / "indicators"
SPBE_YEARS = (2021, 2022, 2023)
PEMDI_YEAR = 2026
WIDTH = 100  # the bundled example wraps its folded explanations at 100 columns
INIT_SHARE = 3  # one repository in INIT_SHARE keeps what `spbe init` wrote (schema, criteria)
COPY_SHARE = 0.03  # explanations that merely paraphrase a criterion (C008)
SCHEMA_FILE = "spbe-assessment.schema.json"

# (unit, name): the bundled example's twelve units, then three more.
UNITS_15 = (
    ("diskominfo", "Dinas Komunikasi dan Informatika"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("organisasi", "Bagian Organisasi Sekretariat Daerah"),
    ("inspektorat", "Inspektorat Daerah"),
    ("hukum", "Bagian Hukum Sekretariat Daerah"),
    ("pbj", "Bagian Pengadaan Barang/Jasa Sekretariat Daerah"),
    ("dispusip", "Dinas Perpustakaan dan Kearsipan"),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
    ("dinkes", "Dinas Kesehatan"),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"),
    ("dishub", "Dinas Perhubungan"),
    ("disdik", "Dinas Pendidikan"),
    ("dinsos", "Dinas Sosial"),
)
# Who answers what, as in the example (diskominfo leads most), the three extra units taking
# a few of diskominfo's and the public services.
REGISTRY_15 = {
    "diskominfo": "I1 I2 I3 I4 I5 I6 I7 I8 I10 I11 I12 I15 I16 I17 I18 I19 I20 I22 I29 I30",
    "bappeda": "I13 I32",
    "bpkad": "I24 I33 I34 I38",
    "bkpsdm": "I25 I36 I41",
    "organisasi": "I14 I27 I40 I42",
    "inspektorat": "I9 I21 I39",
    "hukum": "I44",
    "pbj": "I35",
    "dispusip": "I26 I37",
    "dpmptsp": "I45",
    "dinkes": "I46",
    "disdukcapil": "I47",
    "dishub": "I28",
    "disdik": "I23 I43",
    "dinsos": "I31",
}

PEMDI_UNITS = (
    ("diskominfo", "Dinas Komunikasi dan Informatika"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah"),
    ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("organisasi", "Bagian Organisasi Sekretariat Daerah"),
    ("inspektorat", "Inspektorat Daerah"),
    ("hukum", "Bagian Hukum Sekretariat Daerah"),
    ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
)
# (leads, supports) per unit: the bundled example's `catalogues: pemdi-2026:` registry.
PEMDI_REGISTRY = {
    "diskominfo": (
        "I4 I5 I7 I8 I10 I11 I12 I13 I14 I16 I18 I19 I20",
        "I1 I2 I3 I6 I9 I15 I17",
    ),
    "bappeda": ("I1 I6", "I5 I7 I15"),
    "bkpsdm": ("I3", ""),
    "organisasi": ("I2 I15", "I20"),
    "inspektorat": ("I9", "I2"),
    "hukum": ("", "I8"),
    "dpmptsp": ("I17", "I19"),
}


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    topic: str  # the name without "Tingkat Kematangan" and the like, for explanations
    question: str
    levels: tuple[str, ...]  # level names, level 1 first
    criteria: dict[int, str]
    code: str  # the evidence item code prefix of Pemdi, e.g. PG_04_01
    external: dict[str, Any] | None


def _topic(name: str) -> str:
    for cut in ("Tingkat Kematangan ", "Penerapan ", "Pelaksanaan ", "Penyelenggaraan "):
        name = name.replace(cut, "")
    return name.replace(" Instansi Pusat/Pemerintah Daerah", "").replace(" Pemerintah Digital", "")


@cache
def catalogue(ident: str) -> tuple[Indicator, ...]:
    """The indicators of a bundled catalogue, read from ``indicators/<id>.yaml``."""
    data = yaml.safe_load((INDICATORS / f"{ident}.yaml").read_text(encoding="utf-8"))
    scales = {
        key: tuple(level["name"] for level in scale["levels"])
        for key, scale in data["scales"].items()
    }
    aspects = [a for d in data.get("domains", []) for a in d["aspects"]] or data["aspects"]
    found = []
    for a, aspect in enumerate(aspects, 1):
        for n, ind in enumerate(aspect["indicators"], 1):
            scale = ind.get("scale") or aspect.get("scale") or next(iter(scales))
            criteria = ind.get("criteria") or {
                k: r["criterion"] for k, r in enumerate(ind.get("ranges", []), 1)
            }
            found.append(
                Indicator(
                    ind["id"],
                    ind["name"],
                    _topic(ind["name"]),
                    ind.get("question", ""),
                    scales[scale],
                    {int(k): str(v) for k, v in criteria.items()},
                    f"PG_{a:02d}_{n:02d}",
                    ind.get("external"),
                )
            )
    return tuple(found)


def by_id(ident: str) -> dict[str, Indicator]:
    return {i.id: i for i in catalogue(ident)}


# --- text -----------------------------------------------------------------------------------

MONTHS = list(HANDOUT_MONTHS["id"])
INSTRUMENTS = (
    "Peraturan Bupati",
    "Peraturan Wali Kota",
    "Keputusan Bupati",
    "Keputusan Sekretaris Daerah",
    "Surat Edaran Bupati",
    "Instruksi Bupati",
    "Rencana Aksi",
    "Standar Operasional Prosedur",
    "Dokumen",
    "Pedoman",
)
DOINGS = (
    "telah ditetapkan pada bulan {month} {year}",
    "sudah disosialisasikan kepada {n} perangkat daerah",
    "mulai diterapkan di lingkungan {unit} sejak {year}",
    "dijalankan bertahap sejak awal tahun {year}",
    "masih berupa rancangan yang dibahas bersama bagian hukum",
    "dievaluasi setiap semester oleh tim koordinasi",
    "diperbarui pada {month} {year} mengikuti arahan kementerian",
    "dipakai sebagai acuan penyusunan rencana kerja tahunan",
)
DOCUMENTS = (
    "notulen rapat",
    "daftar hadir",
    "tangkapan layar aplikasi",
    "laporan semester",
    "surat tugas",
    "berita acara serah terima",
    "matriks tindak lanjut",
    "rekap tiket layanan",
    "dokumen rencana kerja",
    "foto kegiatan",
    "salinan keputusan bernomor",
    "laporan hasil monitoring",
)
OBSTACLES = (
    "keterbatasan anggaran",
    "pergantian pejabat pengelola",
    "belum tersedianya pranata komputer",
    "jaringan internet di kecamatan yang belum stabil",
    "perubahan nomenklatur perangkat daerah",
    "integrasi dengan aplikasi pusat yang tertunda",
    "kapasitas server yang terbatas",
)
APPS = [
    "SIMPEG",
    "SIPD",
    "SRIKANDI",
    "e-Kinerja",
    "SP4N-LAPOR",
    "SIMDA-BMD",
    "e-Office",
    "JDIH",
    "LPSE",
    "SIAK",
    "e-Sakip",
    "SIKD",
    "SIPKD",
    "e-Monev",
    "SIMRS",
    "Dapodik",
]
SENTENCES = (
    "Pelaksanaannya dipantau melalui rapat koordinasi triwulanan yang dipimpin {official}.",
    "Cakupan penerapan baru {p} persen dari seluruh perangkat daerah karena {obstacle}.",
    "Bukti berupa {doc}, {doc2} dan {doc3} tersedia di repositori data dukung.",
    "Kendala utama adalah {obstacle}, sehingga tindak lanjut dijadwalkan tahun {next}.",
    "Aplikasi {app} dipakai {n} pengguna aktif dan sudah terhubung dengan {app2}.",
    "Reviu terakhir dilakukan pada {month} {year} dengan {n} rekomendasi perbaikan.",
    "Sebanyak {n} kegiatan pendampingan diberikan kepada operator di {unit}.",
    "Hasil pemantauan dilaporkan kepada {official} melalui {doc}.",
    "Anggaran tahun {year} dialokasikan untuk pengembangan {app} dan pelatihan operator.",
)
OFFICIALS = ("Sekretaris Daerah", "Bupati", "Asisten Administrasi Umum", "Kepala Diskominfo")
CLOSING = (
    "Dengan kondisi tersebut, unit menilai indikator ini berada pada tingkat {level} ({name})."
)
SYNONYMS = {
    "telah": "sudah",
    "dan": "serta",
    "belum": "tidak",
    "seluruh": "semua",
    "secara": "dengan cara",
    "pada": "di",
}


class Text:
    """Explanations, titles and names drawn from a seeded generator."""

    def __init__(self, rng: random.Random, units: tuple[tuple[str, str], ...]) -> None:
        self.rng = rng
        self.units = units

    def fill(self, template: str, year: int) -> str:
        r = self.rng
        docs = r.sample(DOCUMENTS, 3)
        apps = r.sample(APPS, 2)
        return template.format(
            month=r.choice(MONTHS),
            year=year - r.randint(0, 2),
            next=year + 1,
            n=r.randint(2, 60),
            p=r.randint(20, 95),
            unit=r.choice(self.units)[1],
            obstacle=r.choice(OBSTACLES),
            doc=docs[0],
            doc2=docs[1],
            doc3=docs[2],
            app=apps[0],
            app2=apps[1],
            official=r.choice(OFFICIALS),
        )

    def length(self) -> int:
        """Around the example's explanations: median ~210 characters, ~70 to ~350."""
        return round(self.rng.triangular(70, 350, 220))

    def explanation(self, ind: Indicator, level: int, year: int) -> str:
        r = self.rng
        want = self.length()
        first = f"{r.choice(INSTRUMENTS)} tentang {ind.topic} {self.fill(r.choice(DOINGS), year)}."
        parts = [first]
        closing = CLOSING.format(level=level, name=ind.levels[level - 1].lower())
        extra = [s for s in SENTENCES if r.random() < 0.6]
        r.shuffle(extra)
        if r.random() < 0.5:
            extra.insert(r.randint(0, min(1, len(extra))), closing)
        size = len(first)
        for template in extra:
            sentence = template if template is closing else self.fill(template, year)
            if size + 1 + len(sentence) > want + 30:
                continue
            parts.append(sentence)
            size += 1 + len(sentence)
        return " ".join(parts)

    def paraphrase(self, criterion: str) -> str:
        """A criterion with a word in ~20 swapped for a synonym: still a copy (C008)."""
        words = criterion.split()
        spots = [n for n, w in enumerate(words) if w.casefold() in SYNONYMS]
        for n in self.rng.sample(spots, min(len(spots), max(1, len(words) // 20))):
            words[n] = SYNONYMS[words[n].casefold()]
        return " ".join(words)

    def title(self, ind: Indicator, year: int) -> str:
        r = self.rng
        kind = r.choice(
            (
                f"{r.choice(INSTRUMENTS)} Nomor {r.randint(1, 60)} Tahun {year - r.randint(0, 2)}",
                f"Laporan {r.choice(DOCUMENTS)}",
                f"Tangkapan layar {r.choice(APPS)}",
                f"Rekap {r.choice(DOCUMENTS)} {year}",
            )
        )
        return f"{kind} {ind.topic}" if r.random() < 0.7 else kind


def slug(text: str, limit: int = 48) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:limit].strip("-")


def folded(key: str, text: str, indent: int) -> list[str]:
    """``key: >-`` and the text wrapped at ``WIDTH`` columns, as the example writes it."""
    pad = " " * (indent + 2)
    return [
        f"{' ' * indent}{key}: >-",
        *textwrap.wrap(text, WIDTH, initial_indent=pad, subsequent_indent=pad),
    ]


def comment_block(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    return textwrap.wrap(text, WIDTH, initial_indent=pad, subsequent_indent=pad)


def instansi_name(rng: random.Random, k: int) -> str:
    syllables = [
        "ba",
        "ka",
        "ra",
        "ma",
        "ja",
        "ta",
        "sa",
        "wa",
        "lu",
        "gi",
        "ro",
        "se",
        "de",
        "pa",
        "no",
        "ri",
        "tu",
    ]
    word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
    kind = rng.choice(("Kabupaten", "Kabupaten", "Kota", "Provinsi"))
    return f"Pemerintah {kind} {word} {k:03d}"


# --- PermenPANRB 59/2020 ----------------------------------------------------------------------

LEVEL_WEIGHTS = (15, 30, 35, 15, 5)  # levels 1-5 as self-assessments spread them


@dataclass
class Repo:
    """One repository being written: where, whose, and its generators."""

    root: Path
    instansi: str
    units: tuple[tuple[str, str], ...]
    text: Text
    host: str  # the instansi's web domain, for evidence URLs
    init_style: bool  # the files keep what `spbe init` wrote: schema line, criteria comments

    @property
    def rng(self) -> random.Random:
        return self.text.rng

    def evidence_file(self, year: int, title: str) -> str:
        """Writes a small PDF-like file under evidence/<year>/ and returns its path."""
        name = f"evidence/{year}/{slug(title)}.pdf"
        target = self.root / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"%PDF-1.4\n% korpus sintetis: " + title.encode() + b"\n%%EOF\n")
        return name


def new_repo(root: Path, seed: int, k: int, units: tuple[tuple[str, str], ...]) -> Repo:
    rng = random.Random(f"{seed}:{root.name}:{k}")
    instansi = instansi_name(rng, k)
    host = slug(instansi.split()[-2]) + f"{k:03d}"
    init_style = rng.randrange(INIT_SHARE) == 0
    return Repo(root, instansi, units, Text(rng, units), f"{host}.go.id", init_style)


def registry_lines(
    repo: Repo, roles: dict[str, tuple[str, str]], catalogue_id: str | None
) -> list[str]:
    """``spbe.yaml`` as ``spbe init`` writes it: instansi, catalogue, the unit registry. Without
    a catalogue, the year picks it and the roles go under ``catalogues: pemdi-2026:`` (as in
    the bundled example)."""
    lines = [
        f"# Pengaturan repositori penilaian mandiri {repo.instansi} (korpus sintetis).",
        f'instansi: "{repo.instansi}"',
        *([f"catalogue: {catalogue_id}"] if catalogue_id else []),
        "assessors: []",
        "units:",
    ]
    for unit, name in repo.units:
        leads, helps = (", ".join(ids.split()) for ids in roles.get(unit, ("", "")))
        lines += [f"  {unit}:", f'    name: "{name}"']
        if catalogue_id is None:
            lines += ["    catalogues:", "      pemdi-2026:", f"        indicators: [{leads}]"]
            lines.append(f"        supports: [{helps}]")
        else:
            lines.append(f"    indicators: [{leads}]")
            lines += [f"    supports: [{helps}]"] if helps else []
        lines.append("    owners: []")
    return lines


def write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def spbe_header(repo: Repo, unit: str, name: str, year: int) -> list[str]:
    if repo.init_style:
        lines = [
            f"# yaml-language-server: $schema=../../{SCHEMA_FILE}",
            f"# Penilaian mandiri SPBE {year}: {name}.",
            "# Isi `level` (tingkat), `explanation` (penjelasan) dan `evidence` (data dukung)"
            " setiap",
            "# indikator. Kriteria setiap tingkat tertulis sebagai komentar di atas indikatornya.",
            f"unit: {unit}",
            f'name: "{name}"',
        ]
    else:
        lines = [
            f"# Penilaian mandiri SPBE {year}: {name}, {repo.instansi} (korpus sintetis).",
            f"unit: {unit}",
            f"name: {name}",
        ]
    return [*lines, f"year: {year}", "catalogue: spbe-2020", "indicators:"]


def criteria_comments(ind: Indicator) -> list[str]:
    """The comments `spbe init` writes above an indicator: name, question, every criterion."""
    lines = [f"  # {ind.id} · {ind.name}", *comment_block(ind.question, 2)]
    for level, criterion in sorted(ind.criteria.items()):
        lines += comment_block(f"Tingkat {level} {ind.levels[level - 1]}: {criterion}", 2)
    return lines


def spbe_evidence(repo: Repo, ind: Indicator, level: int, year: int) -> list[str]:
    """1-3 entries, half by repository path (the file exists), half by URL."""
    r = repo.rng
    if level == 1 and r.random() < 0.3:
        return ["    evidence: []"]
    lines = ["    evidence:"]
    tagged = r.random() < 0.05  # a few units tag their evidence with the level it supports
    for _ in range(r.choice((1, 1, 2, 2, 3))):
        title = repo.text.title(ind, year)
        lines.append(f'      - title: "{title}"')
        if r.random() < 0.5:
            lines.append(f"        path: {repo.evidence_file(year, title)}")
            if r.random() < 0.3:
                lines.append(f"        date: {year - r.randint(0, 1)}-{r.randint(1, 12):02d}-14")
        else:
            where = r.choice(("jdih", "ppid", "data", "spbe", "www"))
            lines.append(f"        url: https://{where}.{repo.host}/{slug(title, 40)}")
        if tagged:
            lines.append(f"        level: {level}")
    return lines


def review_lines(repo: Repo, level: int, year: int) -> list[str]:
    r = repo.rng
    lines = ["    review:"]
    if level > 1 and r.random() < 0.35:
        note = f"Bukti {r.choice(DOCUMENTS)} belum memperlihatkan penerapan di seluruh unit."
        lines += ["      status: revisi", f"      level: {level - 1}", f'      note: "{note}"']
    else:
        lines.append("      status: diterima")
        if r.random() < 0.5:
            lines.append(f'      note: "{r.choice(DOCUMENTS).capitalize()} sudah diperiksa."')
    return [*lines, "      by: Tim Asesor Internal", f"      date: {year}-04-17"]


def spbe_answer(repo: Repo, ind: Indicator, year: int, comments: bool) -> list[str]:
    r = repo.rng
    level = r.choices(range(1, 6), LEVEL_WEIGHTS)[0]
    lines = criteria_comments(ind) if comments else []
    if r.random() < COPY_SHARE:
        criterion = ind.criteria[level]
        explanation = repo.text.paraphrase(criterion)
    else:
        explanation = repo.text.explanation(ind, level, year)
    lines += [f"  {ind.id}:", f"    level: {level}", *folded("explanation", explanation, 4)]
    lines += spbe_evidence(repo, ind, level, year)
    if r.random() < 0.15:
        lines += review_lines(repo, level, year)
    return lines


def spbe_repo(
    root: Path,
    seed: int,
    k: int,
    years: tuple[int, ...],
    registry: dict[str, str],
    units: tuple[tuple[str, str], ...] = UNITS_15,
    schema: str | None = None,
) -> Path:
    """One 59/2020 repository: ``spbe.yaml``, a unit file per unit and year, evidence files."""
    repo = new_repo(root, seed, k, units)
    inds = by_id("spbe-2020")
    roles = {unit: (leads, "") for unit, leads in registry.items()}
    write(root / "spbe.yaml", registry_lines(repo, roles, "spbe-2020"))
    if repo.init_style and schema is not None:
        (root / SCHEMA_FILE).write_text(schema, encoding="utf-8")
    for year in years:
        for unit, name in units:
            lines = spbe_header(repo, unit, name, year)
            # half the units of an `spbe init` repository keep the criteria comments
            comments = repo.init_style and repo.rng.random() < 0.5
            for ident in registry[unit].split():
                lines += spbe_answer(repo, inds[ident], year, comments)
            write(root / "assessments" / str(year) / f"{unit}.yaml", lines)
    return root


def spbe_corpus(
    root: Path, instansi: int = 40, seed: int = 1, schema: str | None = None
) -> list[Path]:
    """``instansi`` repositories of 3 years x 15 units; returns their roots."""
    return [
        spbe_repo(root / f"instansi-{k:03d}", seed, k, SPBE_YEARS, REGISTRY_15, schema=schema)
        for k in range(instansi)
    ]


# --- Pemerintah Digital 2026 ------------------------------------------------------------------

PEMDI_VALUES: tuple[str, ...] = ("1", "2", "3", "4", "1.5", "2.5", "3.5", "2.26", "1.75", '"7/3"')
EXTERNAL_DOCS = {
    "I5": ("Bappenas (Indeks Satu Data Indonesia)", "https://satudata.go.id/indeks-sdi"),
    "I6": ("BIG (Simpul Jaringan Informasi Geospasial)", "https://tanahair.indonesia.go.id/sjig"),
    "I7": ("BPS (Evaluasi Penyelenggaraan Statistik Sektoral)", "https://epss.bps.go.id"),
    "I18": ("Instansi pembina interoperabilitas data", "https://interoperabilitas.go.id"),
}


def number_of(text: str) -> Fraction:
    return Fraction(text.strip('"'))


def two_places(value: Fraction) -> str:
    """Half up to two decimals, as the tool shows values."""
    hundredths = (value * 100 + Fraction(1, 2)).__floor__()
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def external_lines(repo: Repo, ind: Indicator) -> list[str]:
    """Another agency's index for an external indicator: raw figure, the value it converts to."""
    r, ext = repo.rng, ind.external or {}
    source, url = EXTERNAL_DOCS[ind.id]
    lines = ["    level: null"]
    lines += folded("explanation", f"Nilai {ind.topic} diambil dari indeks {source}.", 4)
    lines += ["    external:"]
    steps = ext.get("conversion") or []
    if steps:
        step = r.choice(steps[:4])
        low, high = Fraction(str(step["raw_min"])), Fraction(str(step["raw_max"]))
        raw = low + (high - low) * Fraction(r.randint(1, 9), 10)
        share = (raw - low) / (high - low)
        value = Fraction(str(step["min"])) + share * (
            Fraction(str(step["max"])) - Fraction(str(step["min"]))
        )
        lines.append(f"      raw: {two_places(raw)}")
    else:
        value = Fraction(r.randint(120, 380), 100)
    lines += [
        f"      value: {two_places(value)}",
        f"      source: {source}",
        f"      year: {PEMDI_YEAR - 1}",
        f'      document: "Laporan {source} {PEMDI_YEAR - 1}"',
        f"      url: {url}/{PEMDI_YEAR - 1}",
    ]
    return lines


def item_lines(repo: Repo, ind: Indicator, level: int, top: bool, unit: str) -> list[str]:
    """One evidence item (butir) with its application code and the assessors' status."""
    r = repo.rng
    code = f"{ind.code}_{level}"
    title = f"Butir tingkat {level} {ind.topic}"
    lines = [f"      - id: {code}", f"        level: {level}", f'        title: "{title}"']
    if r.random() < 0.3:
        lines.append(f"        path: {repo.evidence_file(PEMDI_YEAR, f'{code} {ind.topic}')}")
    else:
        lines.append(f"        url: https://spbe.{repo.host}/{PEMDI_YEAR}/{code.lower()}")
    if unit != "diskominfo" and r.random() < 0.1:
        lines.append("        unit: diskominfo")
    if top and r.random() < 0.1:
        return lines  # not assessed yet
    if top and r.random() < 0.25:
        reason, note = r.choice(
            (
                ("belum_diunggah", "Dokumen belum diunggah ke aplikasi."),
                ("tidak_tepat", "Dokumen yang diunggah bukan dokumen yang diminta."),
            )
        )
        status = f'{{status: revisi, reason: {reason}, note: "{note}"}}'
    else:
        status = "{status: diterima}"
    return [*lines, "        status:", f"          dokumen: {status}"]


def pemdi_lead(repo: Repo, ind: Indicator, unit: str) -> tuple[list[str], str | None]:
    """An indicator the unit leads, and the value the assessors gave it (None: pending)."""
    r = repo.rng
    lines = [f"  {ind.id}:"]
    if ind.external is not None:
        if r.random() < 0.5:
            return [*lines, *external_lines(repo, ind)], None
        source = EXTERNAL_DOCS[ind.id][0]
        text = f"Menunggu nilai eksternal dari {source}; bukti pendukung tetap diunggah."
        return [*lines, "    level: null", *folded("explanation", text, 4)], None
    value = r.choice(PEMDI_VALUES)
    number = number_of(value)
    whole = int(number)
    lines += [f"    level: {value}"]
    lines += folded("explanation", repo.text.explanation(ind, whole, PEMDI_YEAR), 4)
    lines.append("    evidence:")
    top = whole if number == whole else whole + 1
    for level in range(1, top + 1):
        lines += item_lines(repo, ind, level, level == top, unit)
    final = r.choice(("1.5", "2.26", "2.5", "1.75", '"7/3"', "3", "2.25"))
    return lines, final


def pemdi_support(repo: Repo, ind: Indicator, unit: str, name: str) -> list[str]:
    code = f"{ind.code}_S{unit[:3].upper()}"
    text = f"{name} menyumbang bukti pendukung untuk {ind.topic}."
    return [
        f"  {ind.id}:",
        *folded("explanation", text, 4),
        "    evidence:",
        f"      - id: {code}",
        "        level: 1",
        f'        title: "Bukti pendukung {ind.topic} dari {unit}"',
        f"        url: https://spbe.{repo.host}/{PEMDI_YEAR}/{unit}/{code.lower()}",
    ]


def pemdi_unit(repo: Repo, unit: str, name: str, finals: dict[str, str]) -> list[str]:
    inds = by_id("pemdi-2026")
    leads, helps = PEMDI_REGISTRY[unit]
    lines = [
        f"# Penilaian mandiri Pemerintah Digital {PEMDI_YEAR} (PermenPANRB 8/2026): {name}, "
        f"{repo.instansi} (korpus sintetis).",
        "# Tanpa `catalogue:`: tahun 2026 memakai kerangka yang berlaku tahun itu (pemdi-2026).",
        f"unit: {unit}",
        f"name: {name}",
        f"year: {PEMDI_YEAR}",
        "indicators:" if leads else "indicators: {}",
    ]
    for ident in leads.split():
        answer, final = pemdi_lead(repo, inds[ident], unit)
        lines += answer
        if final is not None:
            finals[ident] = final
    if helps:
        lines.append("supports:")
        for ident in helps.split():
            lines += pemdi_support(repo, inds[ident], unit, name)
    return lines


def final_lines(repo: Repo, finals: dict[str, str]) -> list[str]:
    """``_final.yaml``: the assessors' decimal values after the interview, recommendations."""
    lines = [
        f"# Hasil akhir penilaian Pemerintah Digital {PEMDI_YEAR} (korpus sintetis): nilai yang",
        "# ditetapkan Tim Asesor Eksternal setelah interviu, dan rekomendasinya.",
        "stage: final",
        f"year: {PEMDI_YEAR}",
        "assessor: Tim Asesor Eksternal KemenPANRB",
        f"date: {PEMDI_YEAR}-11-27",
        "indicators:",
    ]
    for ident, value in sorted(finals.items(), key=lambda kv: int(kv[0][1:])):
        note = ', note: "Sebagian butir tingkat berikutnya belum diterima."'
        lines.append(f"  {ident}: {{level: {value}{note if repo.rng.random() < 0.2 else ''}}}")
    lines.append("rekomendasi:")
    for ident in repo.rng.sample(sorted(finals), min(3, len(finals))):
        lines += [
            f"  - indicator: {ident}",
            f'    text: "Lengkapi {repo.rng.choice(DOCUMENTS)} dan unggah sebagai butir bukti."',
            "    unit: diskominfo",
        ]
    return lines


def pemdi_repo(root: Path, seed: int, k: int) -> Path:
    """One Pemdi 2026 repository; even ones name the catalogue in ``spbe.yaml``, odd ones
    leave it to the year and register the units under ``catalogues: pemdi-2026:``."""
    repo = new_repo(root, seed, k, PEMDI_UNITS)
    named = "pemdi-2026" if k % 2 == 0 else None
    write(root / "spbe.yaml", registry_lines(repo, PEMDI_REGISTRY, named))
    finals: dict[str, str] = {}
    year = root / "assessments" / str(PEMDI_YEAR)
    for unit, name in PEMDI_UNITS:
        write(year / f"{unit}.yaml", pemdi_unit(repo, unit, name, finals))
    write(year / "_final.yaml", final_lines(repo, finals))
    return root


def pemdi_corpus(root: Path, instansi: int = 40, seed: int = 1) -> list[Path]:
    return [pemdi_repo(root / f"pemdi-{k:03d}", seed, k) for k in range(instansi)]


# --- scaling ----------------------------------------------------------------------------------

MORE_UNITS = (
    ("distan", "Dinas Pertanian"),
    ("dispar", "Dinas Pariwisata"),
    ("dlh", "Dinas Lingkungan Hidup"),
    ("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("perkim", "Dinas Perumahan dan Kawasan Permukiman"),
    ("satpolpp", "Satuan Polisi Pamong Praja"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah"),
    ("kesbangpol", "Badan Kesatuan Bangsa dan Politik"),
    ("diskop", "Dinas Koperasi dan Usaha Mikro"),
    ("disnaker", "Dinas Tenaga Kerja"),
    ("diskan", "Dinas Perikanan"),
    ("dkp", "Dinas Ketahanan Pangan"),
    ("dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("disdag", "Dinas Perdagangan"),
    ("dispora", "Dinas Pemuda dan Olahraga"),
    ("disbud", "Dinas Kebudayaan"),
    ("bapenda", "Badan Pendapatan Daerah"),
    ("rsud", "Rumah Sakit Umum Daerah"),
    ("setwan", "Sekretariat DPRD"),
    ("umum", "Bagian Umum Sekretariat Daerah"),
    ("prokopim", "Bagian Protokol dan Komunikasi Pimpinan"),
    ("ekonomi", "Bagian Perekonomian Sekretariat Daerah"),
    ("kesra", "Bagian Kesejahteraan Rakyat Sekretariat Daerah"),
    ("tapem", "Bagian Tata Pemerintahan Sekretariat Daerah"),
)
UNITS_40 = UNITS_15 + MORE_UNITS


def site_repo(root: Path, years: int, seed: int = 1, schema: str | None = None) -> Path:
    """One instansi with ``years`` years (the last in 2025) of 40 unit files each."""
    ids = [i.id for i in catalogue("spbe-2020")]
    registry = {unit: " ".join(ids[n :: len(UNITS_40)]) for n, (unit, _) in enumerate(UNITS_40)}
    span = tuple(range(2026 - years, 2026))
    return spbe_repo(root, seed, 0, span, registry, UNITS_40, schema)


def score_folders(root: Path, count: int, seed: int = 1) -> list[Path]:
    """``count`` year folders of 15 units: ``count / 3`` instansi of three years each (the
    first 40 are the default corpus's)."""
    repos = spbe_corpus(root, -(-count // len(SPBE_YEARS)), seed)
    return [r / "assessments" / str(y) for r in repos for y in SPBE_YEARS][:count]


def yaml_files(roots: list[Path]) -> list[Path]:
    """Every YAML file ``spbe validate`` reads: ``spbe.yaml``, unit and stage files."""
    found = []
    for root in roots:
        found.append(root / "spbe.yaml")
        found += sorted(root.glob("assessments/*/*.yaml"))
    return found


def unit_files(roots: list[Path]) -> list[Path]:
    return [f for r in roots for f in sorted(r.glob("assessments/*/[!_]*.yaml"))]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    spbe = spbe_corpus(out / "spbe-2020")
    pemdi = pemdi_corpus(out / "pemdi-2026")
    print(f"{len(unit_files(spbe))} + {len(unit_files(pemdi))} unit files in {out}")


if __name__ == "__main__":
    main()

"""The worked example at the end of a Pemerintah Digital unit file (``spbe init``, ``spbe new``):
a filled-in file of a fictitious unit, in comments, so that the file still reads as "belum
diisi". It is written in the syntax the loader accepts, with the catalogue's own indicator
codes, criteria ranges, evidence wording and conversion table; a test uncomments it and
validates it, so it cannot drift from what ``spbe validate`` accepts."""

from __future__ import annotations

import json
from fractions import Fraction

from spbe_cli.domain.numbers import fmt, shown
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.problems.messages import message

# The lines that open and close the example: between them, every line is YAML behind "# ".
EXAMPLE_BEGIN = "# --- contoh: awal ---"
EXAMPLE_END = "# --- contoh: akhir ---"
EXAMPLE_UNIT = "contoh"
EXAMPLE_VALUE = Fraction(5, 2)  # a decimal value: levels 1 and 2 accepted, level 3 in revision
URL = "https://spbe.contohkab.go.id"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def example_indicators(catalogue: Catalogue) -> tuple[Indicator, Indicator, Indicator] | None:
    """The indicators the example fills in: the first two valued by the units themselves (one
    led, one supported) and the first valued from another agency's index with a conversion
    table; None where the catalogue has no decimal values or lacks one of them."""
    own = [i for i in catalogue.indicators.values() if i.external is None]
    indexed = [
        i for i in catalogue.indicators.values() if i.external is not None and i.external.conversion
    ]
    if not catalogue.decimal or len(own) < 2 or not indexed:
        return None
    return own[0], own[1], indexed[0]


def _item_code(catalogue: Catalogue, indicator: Indicator, level: int) -> str:
    """An evidence item's code in the shape the evaluation application shows it: aspect,
    indicator within it, level (``PG_01_01_2``)."""
    aspects = list(catalogue.aspects)
    aspect = next(a for a in aspects if indicator.id in [i.id for i in a.indicators])
    place = [i.id for i in aspect.indicators].index(indicator.id) + 1
    return f"PG_{aspects.index(aspect) + 1:02d}_{place:02d}_{level}"


def _item(catalogue: Catalogue, indicator: Indicator, level: int, year: int) -> list[str]:
    """One evidence item (butir) for ``level``, titled with the evidence the catalogue asks
    for at that level."""
    code = _item_code(catalogue, indicator, level)
    title = indicator.criterion_at(level)[1] or f"Butir tingkat {level} {indicator.name}"
    return [
        f"      - id: {code}",
        f"        level: {level}",
        f"        title: {_q(title)}",
        f"        url: {URL}/{year}/{code.lower()}",
    ]


def _led(catalogue: Catalogue, indicator: Indicator, year: int) -> list[str]:
    """An indicator the unit leads: a decimal value, its explanation, and its evidence items
    with the assessors' status after the document stage."""
    where = indicator.criterion_range(EXAMPLE_VALUE)
    span = (
        message("r_range", "id", low=shown(where.min), high=shown(where.max))
        if where is not None
        else f"tingkat {int(EXAMPLE_VALUE)}"
    )
    lines = [
        f"  # {indicator.id} · {indicator.name}",
        f"  {indicator.id}:",
        f"    level: {fmt(EXAMPLE_VALUE)}  # nilai desimal ditulis dengan titik, bukan koma",
        "    # penjelasan: kondisi nyata dan analisisnya terhadap kriteria",
        "    explanation: >-",
        "      Rekaan: sebutkan dokumen (nomor dan tanggalnya), aplikasi dan kegiatan yang ada,",
        f"      lalu analisisnya terhadap kriteria {span}; butir tingkat 3 masih direvisi.",
        "    # data dukung: satu butir bukti per tingkat, dengan kodenya di aplikasi evaluasi;",
        "    # `status` diisi setelah asesor memeriksa butirnya (tahap dokumen, interviu, ...)",
        "    evidence:",
    ]
    for level, status in (
        (1, "{status: diterima}"),
        (2, "{status: diterima}"),
        (3, '{status: revisi, reason: tidak_tepat, note: "Unggah dokumen yang ditandatangani."}'),
    ):
        lines += _item(catalogue, indicator, level, year)
        lines += ["        status:", f"          dokumen: {status}"]
    return lines


def _indexed(indicator: Indicator, year: int) -> list[str]:
    """An indicator valued from another agency's index: no level, the index figure and the
    value the catalogue's conversion table gives it."""
    external = indicator.external
    assert external is not None and external.conversion
    step = external.conversion[len(external.conversion) // 2]
    raw = step.raw_min + (step.raw_max - step.raw_min) * Fraction(3, 4)
    value = external.propose(raw)
    assert value is not None
    return [
        f"  # {indicator.id} · {indicator.name}: nilainya dari {external.index}",
        f"  # ({external.agency}), bukan dari penilaian unit",
        f"  {indicator.id}:",
        "    level: null  # tetap null: nilainya dari `external:`",
        "    explanation: >-",
        f"      Rekaan: nilai diambil dari {external.index} {year - 1} yang diterbitkan",
        f"      {external.agency}.",
        "    external:",
        f"      raw: {fmt(raw)}  # angka indeks instansi itu",
        f"      value: {fmt(value)}  # nilai yang dipakai (tabel konversi katalog)",
        f"      source: {_q(external.agency)}",
        f"      year: {year - 1}",
        f"      document: {_q(f'Laporan {external.index} {year - 1}')}",
    ]


def _supported(catalogue: Catalogue, indicator: Indicator, year: int) -> list[str]:
    """An indicator another unit leads and this one helps with: explanation and evidence, never
    a value."""
    return [
        f"  # {indicator.id} · {indicator.name}",
        f"  {indicator.id}:",
        "    explanation: >-",
        "      Rekaan: bagian unit ini pada indikator yang dipimpin unit lain; nilainya diisi",
        "      unit utamanya.",
        "    evidence:",
        *_item(catalogue, indicator, 2, year),
    ]


def worked_example(catalogue: Catalogue, year: int) -> list[str]:
    """The example's comment lines (none for a catalogue of whole levels)."""
    chosen = example_indicators(catalogue)
    if chosen is None:
        return []
    led, helped, indexed = chosen
    body = [
        f"unit: {EXAMPLE_UNIT}",
        f"year: {year}",
        "indicators:",
        *_led(catalogue, led, year),
        *_indexed(indexed, year),
        "# indikator unit lain yang dibantu unit ini (tanpa `level`)",
        "supports:",
        *_supported(catalogue, helped, year),
    ]
    return [
        "",
        "# Contoh pengisian (rekaan): berkas unit yang sudah diisi, sebagai komentar sehingga",
        "# tidak dibaca spbe. Salin bentuknya ke indikator Anda di atas; jangan membuka komentar",
        "# seluruh blok (kunci `unit:` dan `indicators:` akan ganda).",
        EXAMPLE_BEGIN,
        *(f"# {line}" for line in body),
        EXAMPLE_END,
    ]

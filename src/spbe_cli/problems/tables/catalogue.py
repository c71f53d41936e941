"""Problem codes K: the integrity of a catalogue.

One rule per code: severity, message, title and explanation, in both languages. Never
renumber or reuse a code; retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.problems.rule import E, Rule

RULES = (
    Rule(
        "K001",
        E,
        message={
            "id": ("id `{id}` dipakai lebih dari sekali di katalog (juga di baris {other_line})"),
            "en": ("id `{id}` is used more than once in the catalogue (also on line {other_line})"),
        },
        title={
            "id": "Id katalog ganda",
            "en": "Duplicate catalogue id",
        },
        text={
            "id": "Id domain, aspek dan indikator unik dalam katalog.",
            "en": "Domain, aspect and indicator ids are unique.",
        },
    ),
    Rule(
        "K002",
        E,
        message={
            "id": "bobot {what} `{id}` harus lebih besar dari nol (tertulis {weight})",
            "en": "the weight of {what} `{id}` must be greater than zero (it is {weight})",
        },
        title={
            "id": "Bobot tidak positif",
            "en": "Weight not positive",
        },
        text={
            "id": "Setiap bobot lebih besar dari nol.",
            "en": "Every weight is greater than zero.",
        },
    ),
    Rule(
        "K003",
        E,
        message={
            "id": (
                "bobot aspek `{id}` ({weight}) tidak sama dengan jumlah bobot indikatornya "
                "({total})"
            ),
            "en": (
                "the weight of aspect `{id}` ({weight}) differs from the sum of its "
                "indicators' weights ({total})"
            ),
        },
        title={
            "id": "Bobot aspek tidak cocok",
            "en": "Aspect weight mismatch",
        },
        text={
            "id": "Bobot aspek sama dengan jumlah bobot indikatornya.",
            "en": "An aspect's weight equals the sum of its indicators'.",
        },
    ),
    Rule(
        "K004",
        E,
        message={
            "id": (
                "bobot domain `{id}` ({weight}) tidak sama dengan jumlah bobot aspeknya ({total})"
            ),
            "en": (
                "the weight of domain `{id}` ({weight}) differs from the sum of its "
                "aspects' weights ({total})"
            ),
        },
        title={
            "id": "Bobot domain tidak cocok",
            "en": "Domain weight mismatch",
        },
        text={
            "id": "Bobot domain sama dengan jumlah bobot aspeknya.",
            "en": "A domain's weight equals the sum of its aspects'.",
        },
    ),
    Rule(
        "K005",
        E,
        message={
            "id": "jumlah bobot domain harus 100, tertulis {total}",
            "en": "the domain weights must add up to 100, they add up to {total}",
        },
        title={
            "id": "Jumlah bobot bukan 100",
            "en": "Weights do not total 100",
        },
        text={
            "id": "Bobot semua domain berjumlah 100.",
            "en": "The domain weights add up to 100.",
        },
    ),
    Rule(
        "K006",
        E,
        message={
            "id": "tingkat pada skala `{scale}` harus berurutan tanpa loncatan ({levels})",
            "en": "the levels of scale `{scale}` must be consecutive ({levels})",
        },
        title={
            "id": "Tingkat tidak berurutan",
            "en": "Levels not consecutive",
        },
        text={
            "id": "Tingkat sebuah skala berurutan tanpa loncatan (mis. 1..5 atau 0..5).",
            "en": "The levels of a scale are consecutive (e.g. 1..5 or 0..5).",
        },
    ),
    Rule(
        "K007",
        E,
        message={
            "id": (
                "rentang predikat harus menutup {low} sampai {high} tanpa celah atau "
                "tumpang tindih: {detail}"
            ),
            "en": (
                "the predikat bands must cover {low} to {high} with no gap or overlap: {detail}"
            ),
        },
        title={
            "id": "Rentang predikat tidak lengkap",
            "en": "Predikat bands incomplete",
        },
        text={
            "id": "Rentang predikat menutup seluruh skala tanpa celah atau tumpang tindih.",
            "en": "The predikat bands cover the whole scale with no gap or overlap.",
        },
    ),
    Rule(
        "K008",
        E,
        message={
            "id": "skala `{scale}` tidak didefinisikan di `scales`",
            "en": "scale `{scale}` is not defined under `scales`",
        },
        title={
            "id": "Skala tidak dikenal",
            "en": "Unknown scale",
        },
        text={
            "id": "Skala yang dirujuk didefinisikan di `scales`.",
            "en": "A referenced scale is defined under `scales`.",
        },
    ),
    Rule(
        "K009",
        E,
        message={
            "id": (
                "kriteria indikator `{id}` harus ada untuk setiap tingkat skala "
                "({levels}); tertulis untuk {found}"
            ),
            "en": (
                "indicator `{id}` needs a criterion for each level of its scale "
                "({levels}); found {found}"
            ),
        },
        title={
            "id": "Kriteria tidak cocok",
            "en": "Criteria do not match",
        },
        text={
            "id": (
                "Kriteria indikator ada untuk setiap tingkat skalanya, atau tidak ada sama sekali."
            ),
            "en": "An indicator has a criterion for every level of its scale, or none.",
        },
    ),
    Rule(
        "K010",
        E,
        message={
            "id": "aspek `{id}` tidak berisi indikator",
            "en": "aspect `{id}` holds no indicator",
        },
        title={
            "id": "Aspek kosong",
            "en": "Empty aspect",
        },
        text={
            "id": "Setiap aspek berisi paling sedikit satu indikator.",
            "en": "Every aspect holds at least one indicator.",
        },
    ),
    Rule(
        "K011",
        E,
        message={
            "id": ("bobot indikator di aspek `{id}` harus ditulis semua atau tidak sama sekali"),
            "en": (
                "indicator weights in aspect `{id}` must be given for all indicators or for none"
            ),
        },
        title={
            "id": "Bobot indikator sebagian",
            "en": "Some indicator weights missing",
        },
        text={
            "id": (
                "Bobot indikator dalam satu aspek ditulis semua, atau tidak sama sekali "
                "(dibagi rata)."
            ),
            "en": (
                "Indicator weights in an aspect are given for all, or for none (shared equally)."
            ),
        },
    ),
    Rule(
        "K012",
        E,
        message={
            "id": "indikator `{id}` tidak ada di katalog {catalogue}",
            "en": "indicator `{id}` is not in catalogue {catalogue}",
        },
        title={
            "id": "Crosswalk menyebut indikator yang tidak ada",
            "en": "Crosswalk names a missing indicator",
        },
        text={
            "id": "Setiap id di crosswalk ada di katalog asal (`from`) atau tujuan (peta).",
            "en": (
                "Every id in a crosswalk exists in its source (`from`) or target catalogue (keys)."
            ),
        },
    ),
    Rule(
        "K013",
        E,
        message={
            "id": "katalog memuat `domains` atau `aspects` (tanpa domain), tepat salah satu",
            "en": "a catalogue holds either `domains` or `aspects` (no domains), exactly one",
        },
        title={
            "id": "Domain dan aspek bersamaan",
            "en": "Domains and aspects together",
        },
        text={
            "id": (
                "Kerangka dengan domain (59/2020) menulis `domains:`; kerangka tanpa domain "
                "(Pemdi 2026) menulis `aspects:` di tingkat atas. Tidak keduanya, dan tidak kosong."
            ),
            "en": (
                "A framework with domains (59/2020) writes `domains:`; one without (Pemdi 2026) "
                "writes `aspects:` at the top. Not both, and not neither."
            ),
        },
    ),
    Rule(
        "K014",
        E,
        message={
            "id": "tabel konversi indikator `{id}`: batas bawah melebihi batas atas",
            "en": "conversion table of indicator `{id}`: a lower bound exceeds its upper bound",
        },
        title={
            "id": "Tabel konversi terbalik",
            "en": "Conversion step reversed",
        },
        text={
            "id": (
                "Setiap langkah `conversion` memetakan `raw_min`..`raw_max` indeks instansi lain "
                "ke nilai `min`..`max`; batas bawah tidak boleh melebihi batas atas."
            ),
            "en": (
                "Each `conversion` step maps another agency's `raw_min`..`raw_max` onto values "
                "`min`..`max`; a lower bound may not exceed its upper bound."
            ),
        },
    ),
)

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
    Rule(
        "K015",
        E,
        message={
            "id": (
                "rentang nilai indikator `{id}` terbalik: batas bawah `min` ({min}) lebih besar "
                "dari batas atas `max` ({max}), sehingga tidak ada nilai yang masuk"
            ),
            "en": (
                "a value range of indicator `{id}` is reversed: its lower bound `min` ({min}) "
                "is above its upper bound `max` ({max}), so no value falls in it"
            ),
        },
        title={
            "id": "Rentang nilai terbalik",
            "en": "Value range reversed",
        },
        text={
            "id": (
                "Setiap rentang di `ranges` berjalan dari batas bawah `min` ke batas atas `max` "
                "(mis. `{min: 1.51, max: 2.50}`); `min` tidak boleh melebihi `max`."
            ),
            "en": (
                "Each range under `ranges` runs from its lower bound `min` up to its upper bound "
                "`max` (e.g. `{min: 1.51, max: 2.50}`); `min` may not exceed `max`."
            ),
        },
    ),
    Rule(
        "K016",
        E,
        message={
            "id": (
                "batas `{bound}` ({value}) pada rentang nilai indikator `{id}` berada di luar "
                "skalanya, {low} sampai {high}"
            ),
            "en": (
                "bound `{bound}` ({value}) of a value range of indicator `{id}` lies outside "
                "its scale, {low} to {high}"
            ),
        },
        title={
            "id": "Batas rentang di luar skala",
            "en": "Range bound outside the scale",
        },
        text={
            "id": (
                "Rentang nilai hanya memuat nilai yang mungkin pada skala indikatornya, dari "
                "tingkat terendah sampai tingkat tertinggi (skala 1..5: dari 1,00 sampai 5,00)."
            ),
            "en": (
                "A value range holds only values its indicator's scale allows, from the lowest "
                "level to the highest (a 1..5 scale: from 1.00 to 5.00)."
            ),
        },
    ),
    Rule(
        "K017",
        E,
        message={
            "id": (
                "batas `{bound}` ({value}) pada rentang nilai indikator `{id}` ditulis dengan "
                "lebih dari dua angka desimal; nilai dibulatkan ke dua desimal sebelum dicari "
                "rentangnya, jadi tulis batas dengan paling banyak dua desimal (mis. `1.50`)"
            ),
            "en": (
                "bound `{bound}` ({value}) of a value range of indicator `{id}` has more than "
                "two decimals; values are rounded to two decimals before their range is looked "
                "up, so write bounds with at most two decimals (e.g. `1.50`)"
            ),
        },
        title={
            "id": "Batas rentang lebih dari dua desimal",
            "en": "Range bound with more than two decimals",
        },
        text={
            "id": (
                "Nilai ditampilkan dan dicocokkan dengan rentangnya pada dua angka desimal "
                "(2,505 tampil dan dihitung sebagai 2,51). Batas rentang ditulis dengan paling "
                "banyak dua desimal, agar rentang yang tercetak sama dengan rentang yang dipakai."
            ),
            "en": (
                "Values are shown and matched with their range at two decimals (2.505 shows and "
                "counts as 2.51). Range bounds have at most two decimals, so that the ranges "
                "printed are the ranges used."
            ),
        },
    ),
    Rule(
        "K018",
        E,
        message={
            "id": (
                "rentang nilai indikator `{id}` tidak berurutan: rentang yang mulai dari {min} "
                "ditulis sesudah rentang yang mulai dari {previous}; urutkan dari nilai "
                "terendah ke tertinggi"
            ),
            "en": (
                "the value ranges of indicator `{id}` are out of order: the range starting at "
                "{min} comes after the one starting at {previous}; list them from the lowest "
                "values to the highest"
            ),
        },
        title={
            "id": "Rentang nilai tidak berurutan",
            "en": "Value ranges out of order",
        },
        text={
            "id": (
                "Rentang ditulis dari nilai terendah ke tertinggi: sebuah nilai masuk rentang "
                "pertama yang batas atasnya tidak dilampauinya. Celah dan tumpang tindih "
                "diperiksa setelah urutannya benar."
            ),
            "en": (
                "Ranges are listed from the lowest values to the highest: a value goes to the "
                "first range whose upper bound it does not pass. Gaps and overlaps are checked "
                "once the order is right."
            ),
        },
    ),
    Rule(
        "K019",
        E,
        message={
            "id": (
                "rentang nilai indikator `{id}` tumpang tindih: rentang ini mulai dari {min}, "
                "padahal rentang di baris {other_line} sudah memuat nilai sampai {end}; satu "
                "nilai hanya boleh masuk satu rentang"
            ),
            "en": (
                "the value ranges of indicator `{id}` overlap: this range starts at {min}, but "
                "the range on line {other_line} already holds values up to {end}; a value may "
                "fall in one range only"
            ),
        },
        title={
            "id": "Rentang nilai tumpang tindih",
            "en": "Value ranges overlap",
        },
        text={
            "id": (
                "Setiap rentang mulai tepat sesudah rentang sebelumnya berakhir, pada dua "
                "desimal: sesudah `max: 1.50` datang `min: 1.51`."
            ),
            "en": (
                "Each range starts just after the one before it ends, at two decimals: "
                "`max: 1.50` is followed by `min: 1.51`."
            ),
        },
    ),
    Rule(
        "K020",
        E,
        message={
            "id": (
                "ada celah di antara rentang nilai indikator `{id}`: rentang di baris "
                "{other_line} berakhir di {end} dan rentang ini baru mulai dari {min}, jadi "
                "nilai seperti {first} tidak masuk rentang mana pun; mulai rentang ini dari "
                "{first}"
            ),
            "en": (
                "there is a gap between the value ranges of indicator `{id}`: the range on line "
                "{other_line} ends at {end} and this one starts only at {min}, so a value such "
                "as {first} falls in no range; start this range at {first}"
            ),
        },
        title={
            "id": "Celah di antara rentang nilai",
            "en": "Gap between value ranges",
        },
        text={
            "id": (
                "Setiap nilai pada skala masuk sebuah rentang. Nilai dibulatkan ke dua desimal "
                "sebelum dicari rentangnya, jadi `max: 1.50` yang diikuti `min: 1.51` tidak "
                "bercelah; `max: 1.50` yang diikuti `min: 1.60` "
                "meninggalkan 1,51 sampai 1,59 tanpa kriteria."
            ),
            "en": (
                "Every value of the scale falls in a range. Values are rounded to two decimals "
                "before their range is looked up, so `max: 1.50` followed by `min: 1.51` leaves "
                "no gap; `max: 1.50` followed by "
                "`min: 1.60` leaves 1.51 to 1.59 without a criterion."
            ),
        },
    ),
    Rule(
        "K021",
        E,
        message={
            "id": (
                "rentang nilai indikator `{id}` tidak menutup seluruh skalanya, {low} sampai "
                "{high}: nilai {value} tidak masuk rentang mana pun"
            ),
            "en": (
                "the value ranges of indicator `{id}` do not cover its whole scale, {low} to "
                "{high}: the value {value} falls in no range"
            ),
        },
        title={
            "id": "Rentang nilai tidak menutup skala",
            "en": "Value ranges do not cover the scale",
        },
        text={
            "id": (
                "Rentang nilai sebuah indikator bersama-sama menutup skalanya: yang pertama "
                "mulai dari tingkat terendah dan yang terakhir berakhir di tingkat tertinggi, "
                "agar setiap nilai mendapat kriteria."
            ),
            "en": (
                "Together the value ranges of an indicator cover its scale: the first starts at "
                "the lowest level and the last ends at the highest, so that every value has a "
                "criterion."
            ),
        },
    ),
)

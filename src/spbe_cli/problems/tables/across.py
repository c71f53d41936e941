"""Problem codes X: across files: the year, the repository, the layout.

One rule per code: severity, message, title and explanation, in both languages. Never
renumber or reuse a code; retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.problems.rule import E, Rule, W

RULES = (
    Rule(
        "X001",
        E,
        message={
            "id": "indikator `{indicator}` tidak ada di katalog {catalogue}{hint}",
            "en": "indicator `{indicator}` is not in catalogue {catalogue}{hint}",
        },
        title={
            "id": "Indikator tidak dikenal",
            "en": "Unknown indicator",
        },
        text={
            "id": ("Id indikator harus ada di katalog tahun itu (I1 sampai I47 untuk spbe-2020)."),
            "en": ("Indicator ids must exist in the year's catalogue (I1 to I47 for spbe-2020)."),
        },
    ),
    Rule(
        "X002",
        E,
        message={
            "id": (
                "indikator {indicator} juga dijawab oleh unit `{other_unit}` di {other}; "
                "satu indikator hanya dijawab oleh satu unit"
            ),
            "en": (
                "indicator {indicator} is also answered by unit `{other_unit}` at {other}; "
                "one indicator is answered by one unit only"
            ),
        },
        title={
            "id": "Indikator dijawab dua unit",
            "en": "Indicator answered twice",
        },
        text={
            "id": (
                "Setiap indikator dikoordinasikan satu unit; jawaban kedua dilaporkan di "
                "kedua tempat."
            ),
            "en": (
                "Each indicator has one coordinating unit; a second answer is reported at "
                "both places."
            ),
        },
    ),
    Rule(
        "X003",
        E,
        message={
            "id": (
                "indikator {indicator} ({name}) belum dijawab unit mana pun; dihitung pada "
                "tingkat terendah ({level})"
            ),
            "en": (
                "indicator {indicator} ({name}) is not answered by any unit; it counts at "
                "the lowest level ({level})"
            ),
        },
        title={
            "id": "Indikator belum dijawab",
            "en": "Indicator not answered",
        },
        text={
            "id": (
                "Setiap indikator katalog harus dijawab oleh satu unit. `--allow-partial` "
                "menjadikannya peringatan selama masa pengisian."
            ),
            "en": (
                "Every indicator of the catalogue must be answered by one unit. "
                "`--allow-partial` makes this a warning while the year is being filled in."
            ),
        },
    ),
    Rule(
        "X004",
        E,
        message={
            "id": "`year: {year}` berbeda dengan folder tahunnya ({folder})",
            "en": "`year: {year}` differs from its year folder ({folder})",
        },
        title={
            "id": "Tahun tidak cocok",
            "en": "Year mismatch",
        },
        text={
            "id": "`year:` harus sama dengan nama folder tahunnya.",
            "en": "`year:` must equal the name of its year folder.",
        },
    ),
    Rule(
        "X005",
        E,
        message={
            "id": "`unit: {unit}` berbeda dengan nama berkasnya (`{stem}`)",
            "en": "`unit: {unit}` differs from the file name (`{stem}`)",
        },
        title={
            "id": "Unit tidak cocok",
            "en": "Unit mismatch",
        },
        text={
            "id": "`unit:` harus sama dengan nama berkasnya.",
            "en": "`unit:` must equal the file name.",
        },
    ),
    Rule(
        "X006",
        E,
        message={
            "id": (
                "berkas ini memakai katalog `{catalogue}`, sedangkan berkas lain tahun ini "
                "memakai `{other}`"
            ),
            "en": (
                "this file uses catalogue `{catalogue}` while other files of the year use `{other}`"
            ),
        },
        title={
            "id": "Katalog bercampur",
            "en": "Mixed catalogues",
        },
        text={
            "id": "Semua berkas satu tahun memakai katalog yang sama.",
            "en": "All files of one year use the same catalogue.",
        },
    ),
    Rule(
        "X007",
        E,
        message={
            "id": "katalog `{catalogue}` tidak dikenal; yang tersedia: {known}",
            "en": "unknown catalogue `{catalogue}`; available: {known}",
        },
        title={
            "id": "Katalog tidak dikenal",
            "en": "Unknown catalogue",
        },
        text={
            "id": (
                "`catalogue:` berisi id katalog bawaan (mis. spbe-2020) atau path berkas katalog."
            ),
            "en": (
                "`catalogue:` holds a bundled catalogue id (e.g. spbe-2020) or a catalogue "
                "file path."
            ),
        },
    ),
    Rule(
        "X008",
        E,
        message={
            "id": "tidak ada berkas penilaian (*.yaml) di {where}",
            "en": "no assessment files (*.yaml) in {where}",
        },
        title={
            "id": "Tidak ada berkas penilaian",
            "en": "No assessment files",
        },
        text={
            "id": "Folder tahun berisi satu berkas *.yaml per unit.",
            "en": "A year folder holds one *.yaml file per unit.",
        },
    ),
    Rule(
        "X009",
        E,
        message={
            "id": (
                "{where} berisi beberapa folder tahun ({years}); pilih satu, misalnya {example}"
            ),
            "en": ("{where} holds several year folders ({years}); pick one, for example {example}"),
        },
        title={
            "id": "Beberapa tahun sekaligus",
            "en": "Several years",
        },
        text={
            "id": "Perintah ini bekerja pada satu folder tahun.",
            "en": "This command works on one year folder.",
        },
    ),
    Rule(
        "X010",
        E,
        message={
            "id": "berkas atau folder tidak ditemukan: {where}",
            "en": "no such file or folder: {where}",
        },
        title={
            "id": "Tidak ditemukan",
            "en": "Not found",
        },
        text={
            "id": "Path yang diberikan tidak ada.",
            "en": "The path given does not exist.",
        },
    ),
    Rule(
        "X011",
        E,
        message={
            "id": "unit `{unit}` tidak terdaftar di `units:` spbe.yaml (terdaftar: {known})",
            "en": (
                "unit `{unit}` is not in the `units:` registry of spbe.yaml (registered: {known})"
            ),
        },
        title={
            "id": "Unit tidak terdaftar",
            "en": "Unit not registered",
        },
        text={
            "id": ("Bila spbe.yaml memuat `units:`, setiap berkas unit harus terdaftar di sana."),
            "en": "When spbe.yaml has `units:`, every unit file must be registered there.",
        },
    ),
    Rule(
        "X012",
        E,
        message={
            "id": "indikator {indicator} tidak ditugaskan kepada unit `{unit}` di spbe.yaml",
            "en": "indicator {indicator} is not assigned to unit `{unit}` in spbe.yaml",
        },
        title={
            "id": "Indikator bukan tugas unit ini",
            "en": "Indicator not assigned to this unit",
        },
        text={
            "id": (
                "Bila `units:` menyebut indikator sebuah unit, unit itu hanya menjawab "
                "indikator tersebut."
            ),
            "en": "When `units:` lists a unit's indicators, that unit answers only those.",
        },
    ),
    Rule(
        "X013",
        W,
        message={
            "id": "indikator {indicator} belum diisi (`level` kosong)",
            "en": "indicator {indicator} is not filled in yet (`level` is empty)",
        },
        title={
            "id": "Belum diisi",
            "en": "Not filled in",
        },
        text={
            "id": (
                "`level` kosong berarti jawaban belum diisi; indikator dihitung pada "
                "tingkat terendah."
            ),
            "en": (
                "An empty `level` means the answer is not filled in; the indicator counts "
                "at the lowest level."
            ),
        },
    ),
    Rule(
        "X014",
        E,
        message={
            "id": "indikator `{indicator}` di `units:` tidak ada di katalog {catalogue}",
            "en": "indicator `{indicator}` under `units:` is not in catalogue {catalogue}",
        },
        title={
            "id": "Indikator registri tidak dikenal",
            "en": "Unknown indicator in the registry",
        },
        text={
            "id": "Indikator di `units:` spbe.yaml harus ada di katalog.",
            "en": "Indicators under `units:` in spbe.yaml must exist in the catalogue.",
        },
    ),
    Rule(
        "X015",
        E,
        message={
            "id": (
                "indikator {indicator} sudah ditugaskan kepada unit `{other_unit}`; satu "
                "indikator dikoordinasikan satu unit"
            ),
            "en": (
                "indicator {indicator} is already assigned to unit `{other_unit}`; one "
                "indicator has one coordinating unit"
            ),
        },
        title={
            "id": "Indikator ditugaskan dua unit",
            "en": "Indicator assigned twice",
        },
        text={
            "id": "Di `units:` spbe.yaml satu indikator ditugaskan kepada satu unit saja.",
            "en": "Under `units:` in spbe.yaml an indicator is assigned to one unit only.",
        },
    ),
    Rule(
        "X016",
        E,
        message={
            "id": "`stage: {stage}` berbeda dengan nama berkasnya (`_{expected}.yaml`)",
            "en": "`stage: {stage}` differs from the file name (`_{expected}.yaml`)",
        },
        title={
            "id": "Tahap tidak cocok",
            "en": "Stage mismatch",
        },
        text={
            "id": (
                "`stage:` sebuah berkas hasil eksternal sama dengan nama berkasnya: "
                "_dokumen.yaml, _interviu.yaml, _visitasi.yaml atau _final.yaml."
            ),
            "en": (
                "The `stage:` of an external result file equals its file name: "
                "_dokumen.yaml, _interviu.yaml, _visitasi.yaml or _final.yaml."
            ),
        },
    ),
    Rule(
        "X017",
        E,
        message={
            "id": (
                "indikator {indicator} tidak mengambil nilai dari indeks instansi lain; isi `level`"
            ),
            "en": (
                "indicator {indicator} does not take a value from another agency's index; "
                "fill in `level`"
            ),
        },
        title={
            "id": "Nilai eksternal tidak diizinkan",
            "en": "External value not allowed",
        },
        text={
            "id": (
                "Hanya indikator yang di katalognya punya `external_source` (nilainya "
                "berasal dari indeks instansi lain) boleh memakai `external:`."
            ),
            "en": (
                "Only indicators with an `external_source` in the catalogue (their value "
                "comes from another agency's index) may use `external:`."
            ),
        },
    ),
    Rule(
        "X018",
        E,
        message={
            "id": (
                "indikator {indicator} memakai nilai `external`; kosongkan `level` (`level: null`)"
            ),
            "en": (
                "indicator {indicator} uses an `external` value; leave `level` empty "
                "(`level: null`)"
            ),
        },
        title={
            "id": "Tingkat dan nilai eksternal bersamaan",
            "en": "Level and external value together",
        },
        text={
            "id": (
                "Jawaban memakai `external:` atau `level`, tidak keduanya; tulis `level: null`."
            ),
            "en": "An answer uses `external:` or `level`, not both; write `level: null`.",
        },
    ),
    Rule(
        "X019",
        E,
        message={
            "id": (
                "folder `{folder}` bukan folder tahun (namanya harus tepat 4 angka, mis. "
                "2026); isinya tidak diperiksa dan tidak dihitung. Ganti namanya atau "
                "pindahkan ke luar"
            ),
            "en": (
                "folder `{folder}` is not a year folder (its name must be exactly 4 "
                "digits, such as 2026); its files are neither checked nor scored. Rename "
                "it or move it elsewhere"
            ),
        },
        title={
            "id": "Bukan folder tahun",
            "en": "Not a year folder",
        },
        text={
            "id": (
                "Penilaian setahun berada di folder bernama tahunnya (`assessments/2026`). "
                "Folder lain di samping folder tahun (`2026 `, `2026-final`, `lama`) "
                "dilewati oleh `score` dan `validate`; agar tidak ada penilaian yang lolos "
                "tanpa diperiksa, folder seperti itu dilaporkan."
            ),
            "en": (
                "A year's assessment lives in a folder named after the year "
                "(`assessments/2026`). Other folders beside the years (`2026 `, "
                "`2026-final`, `old`) are passed over by `score` and `validate`; so that "
                "nothing passes unchecked, they are reported."
            ),
        },
    ),
    Rule(
        "X020",
        E,
        message={
            "id": (
                "berkas `{name}` di folder tahun tidak dibaca: berkas unit bernama "
                "`<unit>.yaml` (huruf kecil) dan berkas tahap `_dokumen.yaml`, "
                "`_interviu.yaml`, `_visitasi.yaml`, `_final.yaml`. Ganti namanya atau "
                "pindahkan ke luar folder tahun{hint}"
            ),
            "en": (
                "file `{name}` in a year folder is read by nothing: unit files are named "
                "`<unit>.yaml` (lower case) and stage files `_dokumen.yaml`, "
                "`_interviu.yaml`, `_visitasi.yaml`, `_final.yaml`. Rename it or move it "
                "out of the year folder{hint}"
            ),
        },
        title={
            "id": "Berkas tak dikenal di folder tahun",
            "en": "Unknown file in a year folder",
        },
        text={
            "id": (
                "Di folder tahun, spbe membaca berkas unit (`<unit>.yaml`, akhiran huruf "
                "kecil) dan berkas tahap (`_dokumen.yaml`, `_interviu.yaml`, "
                "`_visitasi.yaml`, `_final.yaml`). Berkas lain yang tampak seperti YAML "
                "(`Bpkad.YAML`, `bpkad.yaml.txt`, `x.yml.bak`, `spbe.yaml`) tidak dibaca "
                "siapa pun; dilaporkan agar jawaban tidak hilang diam-diam. Nama yang mirip "
                "nama berkas tahap (`_dokuman.yaml`, `_Final.yaml`) disertai nama yang "
                "mungkin dimaksud."
            ),
            "en": (
                "In a year folder spbe reads unit files (`<unit>.yaml`, lower-case suffix) "
                "and stage files (`_dokumen.yaml`, `_interviu.yaml`, `_visitasi.yaml`, "
                "`_final.yaml`). Other files that look like YAML (`Bpkad.YAML`, "
                "`bpkad.yaml.txt`, `x.yml.bak`, `spbe.yaml`) are read by nothing; they are "
                "reported so that no answer disappears silently. A name close to a stage "
                "file's (`_dokuman.yaml`, `_Final.yaml`) comes with the name it likely meant."
            ),
        },
    ),
    Rule(
        "X021",
        W,
        message={
            "id": (
                "indikator {indicator} sudah berpenjelasan atau berdata dukung, tetapi "
                "`level` masih kosong; isi tingkat yang diklaim (tanpa tingkat, indikator "
                "ini dihitung pada tingkat terendah)"
            ),
            "en": (
                "indicator {indicator} has an explanation or evidence but `level` is still "
                "empty; fill in the claimed level (without one it counts at the lowest "
                "level)"
            ),
        },
        title={
            "id": "Tingkat kosong padahal sudah diisi",
            "en": "Level empty although filled in",
        },
        text={
            "id": (
                "Jawaban yang sudah berisi penjelasan atau data dukung tetapi `level`-nya "
                "kosong hampir selalu berarti tingkatnya lupa diisi. Tanpa tingkat, "
                "indikator dihitung pada tingkat terendah."
            ),
            "en": (
                "An answer with an explanation or evidence but an empty `level` almost "
                "always means the level was forgotten. Without a level the indicator "
                "counts at the lowest level."
            ),
        },
    ),
    Rule(
        "X022",
        W,
        message={
            "id": (
                "CODEOWNERS tidak lagi sesuai dengan `units:`/`assessors:` di spbe.yaml; "
                "jalankan `spbe codeowners` lalu commit hasilnya"
            ),
            "en": (
                "CODEOWNERS no longer matches `units:`/`assessors:` in spbe.yaml; run "
                "`spbe codeowners` and commit the result"
            ),
        },
        title={
            "id": "CODEOWNERS usang",
            "en": "CODEOWNERS out of date",
        },
        text={
            "id": (
                "CODEOWNERS yang dibuat spbe diturunkan dari `units:` (dengan `owners`) "
                "dan `assessors:` di spbe.yaml. Setelah registri berubah, pemilik berkas "
                "di forge tidak lagi sesuai sampai `spbe codeowners` dijalankan. "
                "CODEOWNERS tulisan tangan (tanpa baris pertama dari spbe) tidak diperiksa."
            ),
            "en": (
                "The CODEOWNERS that spbe writes comes from `units:` (with `owners`) and "
                "`assessors:` in spbe.yaml. Once the registry changes, the forge's file "
                "owners are wrong until `spbe codeowners` runs. A hand-written CODEOWNERS "
                "(without spbe's first line) is not checked."
            ),
        },
    ),
    Rule(
        "X023",
        E,
        message={
            "id": (
                "indikator {indicator} ada di `supports`: unit pendukung tidak menetapkan "
                "tingkat; hapus `level` (tingkat ditetapkan oleh unit utama)"
            ),
            "en": (
                "indicator {indicator} is under `supports`: a supporting unit does not set the "
                "level; remove `level` (the lead unit sets it)"
            ),
        },
        title={
            "id": "Unit pendukung menetapkan tingkat",
            "en": "Supporting unit sets a level",
        },
        text={
            "id": (
                "Beberapa unit boleh menyumbang penjelasan dan butir bukti untuk satu indikator "
                "(`supports:`), tetapi hanya unit utama (di `indicators:`) yang menetapkan "
                "tingkat."
            ),
            "en": (
                "Several units may contribute explanations and evidence items to an indicator "
                "(`supports:`), but only the lead unit (under `indicators:`) sets the level."
            ),
        },
    ),
    Rule(
        "X024",
        W,
        message={
            "id": (
                "indikator {indicator} dinilai dari {index} ({agency}); tingkat yang ditulis "
                "sendiri tidak dihitung: indikator menunggu nilai eksternal (dihitung 1,00) "
                "sampai `external:` diisi"
            ),
            "en": (
                "indicator {indicator} is valued from {index} ({agency}); a self-assessed level "
                "is not counted: the indicator is pending (counts as 1.00) until `external:` is "
                "filled in"
            ),
        },
        title={
            "id": "Tingkat mandiri untuk indeks eksternal",
            "en": "Self-assessed level for an external index",
        },
        text={
            "id": (
                "Indikator yang nilainya berasal dari indeks instansi lain (Pemdi 2026: I5 SDI, "
                "I6 SJIG, I7 EPSS, I18) dihitung 1,00 sampai nilainya tersedia. Catat nilainya "
                "di `external:` (nilai mentah, sumber, tahun, dokumen, nilai yang dipakai)."
            ),
            "en": (
                "An indicator valued from another agency's index (Pemdi 2026: I5 SDI, I6 SJIG, "
                "I7 EPSS, I18) counts as 1.00 until its value is supplied. Record it under "
                "`external:` (raw figure, source, year, document, value used)."
            ),
        },
    ),
    Rule(
        "X025",
        W,
        message={
            "id": (
                "unit `{unit}` memimpin indikator {indicator} sekaligus tercatat sebagai "
                "pendukungnya; tulis bukti di `indicators:` saja"
            ),
            "en": (
                "unit `{unit}` leads indicator {indicator} and also lists it as supported; "
                "keep the evidence under `indicators:` only"
            ),
        },
        title={
            "id": "Unit utama sekaligus pendukung",
            "en": "Lead and supporting unit at once",
        },
        text={
            "id": "Satu unit memimpin atau mendukung sebuah indikator, tidak keduanya.",
            "en": "A unit leads or supports an indicator, not both.",
        },
    ),
    Rule(
        "X026",
        W,
        message={
            "id": (
                "unit `{unit}` tidak terdaftar sebagai pendukung indikator {indicator} di "
                "spbe.yaml (`units.{unit}.supports`)"
            ),
            "en": (
                "unit `{unit}` is not registered as supporting indicator {indicator} in "
                "spbe.yaml (`units.{unit}.supports`)"
            ),
        },
        title={
            "id": "Pendukung tidak terdaftar",
            "en": "Unregistered supporting unit",
        },
        text={
            "id": (
                "Daftar unit di spbe.yaml menyebut unit utama (`indicators`) dan unit pendukung "
                "(`supports`) tiap indikator; CODEOWNERS dan lembar per unit mengikutinya."
            ),
            "en": (
                "The unit registry in spbe.yaml names each indicator's lead (`indicators`) and "
                "supporting units (`supports`); CODEOWNERS and per-unit handouts follow it."
            ),
        },
    ),
    Rule(
        "X027",
        E,
        message={
            "id": (
                "`{where}` adalah direktori git di dalam folder data repositori; spbe tidak "
                "pernah menjalankan git di sana. Hapus atau pindahkan ke luar folder ini"
            ),
            "en": (
                "`{where}` is a git directory inside the repository's data folder; spbe never "
                "runs git there. Remove it or move it out of this folder"
            ),
        },
        title={
            "id": "Direktori git di dalam data",
            "en": "Git directory inside the data",
        },
        text={
            "id": (
                "Folder berisi `HEAD`, `objects/` dan `refs/`, atau entri `.git` di bawah akar "
                "repositori, dianggap repositori oleh git; konfigurasinya dapat menjalankan "
                "perintah. Data penilaian tidak pernah memerlukannya, jadi ditolak."
            ),
            "en": (
                "A folder holding `HEAD`, `objects/` and `refs/`, or a `.git` entry below the "
                "repository root, is taken for a repository by git, and its configuration can "
                "run commands. Assessment data never needs one, so it is refused."
            ),
        },
    ),
    Rule(
        "X028",
        E,
        message={
            "id": (
                "`{where}` adalah spbe.yaml kedua di bawah akar repositori (`{root}`); "
                "konfigurasi yang dipakai hanya satu. Hapus atau gabungkan ke yang di akar"
            ),
            "en": (
                "`{where}` is a second spbe.yaml below the repository root (`{root}`); only "
                "one configuration is used. Remove it or merge it into the root's"
            ),
        },
        title={
            "id": "spbe.yaml kedua",
            "en": "Second spbe.yaml",
        },
        text={
            "id": (
                "Setiap perintah memakai spbe.yaml yang sama: yang paling atas di dalam "
                "checkout. Berkas spbe.yaml lain di bawahnya diabaikan, jadi dilaporkan agar "
                "tidak ada yang mengira isinya berlaku."
            ),
            "en": (
                "Every command uses the same spbe.yaml: the topmost one inside the checkout. "
                "Another spbe.yaml below it is ignored, so it is reported lest anyone think "
                "it applies."
            ),
        },
    ),
    Rule(
        "X029",
        E,
        message={
            "id": (
                "folder `{folder}` tampak seperti tahun {year} tetapi namanya bukan tepat 4 "
                "angka ASCII (angka lebar penuh, spasi atau baris baru); tidak dibaca. Ganti "
                "namanya menjadi `{year}` (bila folder itu sudah ada, gabungkan isinya) atau "
                "hapus"
            ),
            "en": (
                "folder `{folder}` looks like year {year} but its name is not exactly 4 ASCII "
                "digits (full-width digits, spaces or a line break); not read. Rename it to "
                "`{year}` (if that folder exists, merge the contents) or remove it"
            ),
        },
        title={
            "id": "Folder tahun palsu",
            "en": "Look-alike year folder",
        },
        text={
            "id": (
                "Folder tahun bernama tepat empat angka 0-9. Nama yang baru menjadi tahun "
                "setelah normalisasi Unicode atau pemangkasan (`２０２３`, `2023 `) dapat "
                "menyamar sebagai tahun yang sebenarnya, jadi ditolak."
            ),
            "en": (
                "A year folder is named with exactly four digits 0-9. A name that becomes a "
                "year only after Unicode normalisation or trimming (`２０２３`, `2023 `) could "
                "pass for the real year, so it is refused."
            ),
        },
    ),
    Rule(
        "X030",
        E,
        message={
            "id": (
                "tahun {year} ada di dua folder: `{folder}` dan `{other}`; `score`, `report` "
                "dan `site` hanya membaca yang di `assessments/`. Gabungkan menjadi satu folder"
            ),
            "en": (
                "year {year} is in two folders: `{folder}` and `{other}`; `score`, `report` and "
                "`site` read only the one in `assessments/`. Merge them into one folder"
            ),
        },
        title={
            "id": "Satu tahun, dua folder",
            "en": "One year, two folders",
        },
        text={
            "id": (
                "Folder tahun boleh berada di `assessments/` atau di samping spbe.yaml, tetapi "
                "satu tahun hanya boleh punya satu folder."
            ),
            "en": (
                "Year folders may live in `assessments/` or beside spbe.yaml, but one year has "
                "one folder only."
            ),
        },
    ),
    Rule(
        "X031",
        E,
        message={
            "id": (
                "folder tahun `{folder}` adalah tautan (symlink) ke folder `{target}`; satu "
                "folder tidak boleh menjadi dua tahun. Salin isinya atau hapus tautannya"
            ),
            "en": (
                "year folder `{folder}` is a link (symlink) to folder `{target}`; one folder "
                "cannot be two years. Copy its contents or remove the link"
            ),
        },
        title={
            "id": "Folder tahun menaut ke tahun lain",
            "en": "Year folder linked to another year",
        },
        text={
            "id": (
                "Folder tahun boleh berupa tautan ke folder lain di dalam repositori, asalkan "
                "namanya tahun yang sama (`assessments/2026` ke `arsip/2026`). Tautan `2024` ke "
                "`2023` akan membuat data 2023 tampil sebagai 2024, jadi ditolak semua perintah."
            ),
            "en": (
                "A year folder may link to another folder inside the repository as long as it "
                "has the same year as its name (`assessments/2026` to `arsip/2026`). A link "
                "from `2024` to `2023` would show 2023's data as 2024, so every command refuses "
                "it."
            ),
        },
    ),
)

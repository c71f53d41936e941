"""The documented rule behind every problem code, for ``spbe explain`` and SARIF."""

from __future__ import annotations

from dataclasses import dataclass

from spbe_cli.problems.messages import Lang
from spbe_cli.problems.problem import Severity

E, W = Severity.ERROR, Severity.WARNING


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: dict[Lang, str]
    text: dict[Lang, str]


def _rule(
    code: str, severity: Severity, title_id: str, text_id: str, title_en: str, text_en: str
) -> Rule:
    return Rule(code, severity, {"id": title_id, "en": title_en}, {"id": text_id, "en": text_en})


RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        _rule(
            "Y001",
            E,
            "YAML tidak dapat dibaca",
            "Berkas harus YAML yang sah. Penyebab tersering: titik dua atau tanda pagar di tengah "
            "teks, teks yang diawali tanda kutip tetapi berlanjut setelahnya, indentasi yang "
            "tidak rata. Apit teks seperti itu dengan tanda kutip atau tulis sebagai blok `>-`.",
            "YAML syntax error",
            "The file must be valid YAML. Usual causes: a colon or hash inside text, text that "
            "starts with a quote and goes on after it, uneven indentation. Quote such text or "
            "write it as a `>-` block.",
        ),
        _rule(
            "Y002",
            E,
            "Kunci ganda",
            "Satu kunci hanya boleh muncul sekali dalam satu tingkat. Pembaca YAML biasa diam-diam "
            "memakai nilai terakhir; spbe menolaknya agar tidak ada jawaban yang hilang.",
            "Duplicate key",
            "A key may appear once per mapping. Ordinary YAML readers silently keep the last "
            "value; spbe refuses it so that no answer is lost.",
        ),
        _rule(
            "Y003",
            E,
            "Anchor atau alias YAML",
            "Berkas penilaian tidak membutuhkan `&anchor` dan `*alias`; alias juga dapat "
            "dipakai untuk membuat berkas kecil yang meledak saat dibaca. Tulis nilainya langsung.",
            "YAML anchor or alias",
            "Assessment files need no `&anchors` or `*aliases`, and aliases can make a small file "
            "explode when read. Write the values out.",
        ),
        _rule(
            "Y004",
            E,
            "Tag YAML",
            "Tag seperti `!!python/object` dapat menjalankan kode pada pembaca yang tidak aman. "
            "spbe menolak setiap tag dan tidak pernah membangun objeknya.",
            "YAML tag",
            "Tags such as `!!python/object` run code in unsafe readers. spbe refuses every tag "
            "and never constructs its object.",
        ),
        _rule(
            "Y005",
            E,
            "Bukan UTF-8",
            "Berkas harus disimpan sebagai UTF-8 (BOM boleh). Teks yang ditempel dari Word sering "
            "membawa kutip miring Windows-1252; simpan ulang sebagai UTF-8.",
            "Not UTF-8",
            "Files must be saved as UTF-8 (a BOM is fine). Text pasted from Word often carries "
            "Windows-1252 curly quotes; save the file again as UTF-8.",
        ),
        _rule(
            "Y006",
            E,
            "Berkas terlalu besar",
            "Berkas penilaian yang wajar di bawah 30 KB. Berkas di atas batas (bawaan 5 MB, "
            "`--max-size`) tidak dibaca.",
            "File too large",
            "Real assessment files are under 30 KB. Files over the limit (5 MB by default, "
            "`--max-size`) are not read.",
        ),
        _rule(
            "Y007",
            E,
            "Terlalu bertingkat",
            "Format ini hanya butuh sekitar enam tingkat; lebih dari 32 tingkat ditolak.",
            "Nested too deeply",
            "The format needs about six levels; more than 32 are refused.",
        ),
        _rule(
            "Y008",
            E,
            "Berkas kosong",
            "Setiap jenis berkas (unit, tahap, spbe.yaml, kunci data dukung, katalog) punya isi "
            "wajib. Berkas yang hanya berisi komentar, `~` atau `---` tidak berisi apa pun: "
            "berkas unit seperti itu tidak menjawab satu indikator pun, sehingga indikatornya "
            "tetap dihitung belum dijawab.",
            "Empty file",
            "Every kind of file (unit, stage, spbe.yaml, evidence lock, catalogue) has required "
            "content. A file holding only comments, `~` or `---` holds nothing: such a unit file "
            "answers no indicator, so its indicators still count as unanswered.",
        ),
        _rule(
            "Y014",
            E,
            "Bukan berkas biasa",
            "Hanya berkas biasa yang dibaca. FIFO, perangkat (mis. tautan ke /dev/zero) atau "
            "folder dengan nama berkas YAML ditolak sebelum dibaca, agar pemeriksaan tidak "
            "menggantung atau menghabiskan memori.",
            "Not a regular file",
            "Only regular files are read. A FIFO, a device (a link to /dev/zero, say) or a folder "
            "named like a YAML file is refused before anything is read, so that a check never "
            "hangs or runs out of memory.",
        ),
        _rule(
            "Y015",
            E,
            "Tautan ke luar repositori",
            "Berkas unit, tahap, spbe.yaml, kunci data dukung dan katalog repositori harus berada "
            "di dalam repositori. Tautan (symlink) yang menunjuk ke luar tidak diikuti: isi berkas "
            "di luar repositori tidak boleh ikut dibaca atau tampil di pesan.",
            "Link out of the repository",
            "Unit, stage, spbe.yaml, evidence lock and repository catalogue files must lie inside "
            "the repository. A link (symlink) pointing outside is not followed: nothing outside "
            "the repository is read or shown in a message.",
        ),
        _rule(
            "Y016",
            E,
            "Tanggal atau angka tidak sah",
            "YAML membaca `2023-02-30` sebagai tanggal dan `12345...` sebagai angka. Tanggal yang "
            "tidak ada di kalender (30 Februari, bulan 13, jam 25, tahun 0) dan angka lebih dari "
            "30 digit tidak mempunyai arti di berkas ini. Perbaiki nilainya; bila maksudnya teks, "
            "apit dengan tanda kutip.",
            "Invalid date or number",
            "YAML reads `2023-02-30` as a date and `12345...` as a number. A date that is not in "
            "the calendar (30 February, month 13, hour 25, year 0) and a number of more than 30 "
            "digits mean nothing in these files. Fix the value; quote it if it is meant as text.",
        ),
        _rule(
            "Y019",
            W,
            "Tanda kutip tipografis",
            "Pengolah kata mengganti tanda kutip lurus dengan tanda kutip tipografis (“ ” ‘ ’). "
            "YAML tidak mengenalnya sebagai tanda kutip: `unit: “bpkad”` berarti unit bernama "
            "“bpkad” lengkap dengan tanda kutipnya, yang lalu tidak cocok dengan nama berkas.",
            "Typographic quotes",
            "Word processors replace straight quotes with typographic ones (“ ” ‘ ’). YAML does "
            "not read them as quotes: `unit: “bpkad”` names a unit “bpkad” with the quotes, "
            "which then does not match the file name.",
        ),
        _rule(
            "Y020",
            E,
            "Spasi khusus di indentasi",
            "Teks yang disalin dari pengolah kata atau halaman web dapat membawa spasi tak-putus "
            "(NBSP, U+00A0) atau spasi lebar. YAML tidak menganggapnya spasi: kunci yang "
            "diindentasi dengannya menjadi kunci lain tanpa peringatan. Ganti dengan spasi biasa.",
            "Special spaces in the indentation",
            "Text pasted from a word processor or a web page can carry no-break spaces (NBSP, "
            "U+00A0) or wide spaces. YAML does not read them as spaces: a key indented with them "
            "silently becomes another key. Replace them with plain spaces.",
        ),
        _rule(
            "Y018",
            E,
            "Angka bukan desimal biasa",
            "YAML 1.1 membaca `0x3` sebagai heksadesimal, `017` sebagai oktal (15), `0b11` "
            "sebagai biner, `1_000` dengan garis bawah dan `1:30` sebagai basis 60. Tidak ada "
            "pengisi formulir yang bermaksud begitu: tingkat dan angka lain ditulis sebagai angka "
            "desimal biasa.",
            "Not a plain decimal number",
            "YAML 1.1 reads `0x3` as hexadecimal, `017` as octal (15), `0b11` as binary, `1_000` "
            "with underscores and `1:30` as base 60. Nobody filling in a form means that: levels "
            "and other numbers are written as plain decimal numbers.",
        ),
        _rule(
            "Y017",
            W,
            "Karakter kendali",
            "Teks bertanda kutip ganda boleh memuat kode seperti `\\e` (ESC), `\\a` (bel) atau "
            "`\\x00`. Karakter seperti itu dapat mengendalikan terminal atau log CI, jadi spbe "
            "menampilkannya sebagai kode (`\\x1b`). Hapus dari berkas.",
            "Control character",
            "Double-quoted text may hold codes such as `\\e` (ESC), `\\a` (bell) or `\\x00`. "
            "Such characters can drive a terminal or a CI log, so spbe shows them as codes "
            "(`\\x1b`). Remove them from the file.",
        ),
        _rule(
            "Y009",
            E,
            "Bukan pasangan kunci: nilai",
            "Tingkat teratas berkas harus berupa pasangan `kunci: nilai` (unit, year, "
            "indicators, ...).",
            "Not key: value pairs",
            "The top of the file must be `key: value` pairs (unit, year, indicators, ...).",
        ),
        _rule(
            "Y010",
            E,
            "Karakter tab",
            "YAML memakai spasi untuk indentasi. Sebagian pembaca menerima tab setelah `kunci:`, "
            "sebagian menolaknya; ganti tab dengan spasi agar berkas terbaca sama di mana pun.",
            "Tab character",
            "YAML indents with spaces. Some readers accept a tab after `key:`, others refuse it; "
            "replace tabs with spaces so that the file reads the same everywhere.",
        ),
        _rule(
            "Y011",
            E,
            "Berkas tidak dapat dibaca",
            "Berkas tidak dapat dibuka: folder bernama seperti berkas, tautan rusak atau "
            "berputar, atau tidak ada izin baca.",
            "Unreadable file",
            "The file cannot be opened: a folder named like a file, a broken or looping link, or "
            "no read permission.",
        ),
        _rule(
            "Y012",
            E,
            "Beberapa dokumen YAML",
            "Satu berkas berisi satu penilaian; pemisah `---` kedua tidak dipakai.",
            "Several YAML documents",
            "One file holds one assessment; a second `---` document is not used.",
        ),
        _rule(
            "Y013",
            W,
            "Teks terpotong oleh komentar",
            "Dalam YAML, ` #` memulai komentar, sehingga `judul: Surat Edaran #12` terbaca hanya "
            '"Surat Edaran". Apit seluruh teks dengan tanda kutip.',
            "Text cut by a comment",
            'In YAML ` #` starts a comment, so `title: Circular #12` reads only "Circular". Put '
            "the whole text in quotes.",
        ),
        _rule(
            "S001",
            E,
            "Kunci wajib belum ada",
            "Setiap berkas unit butuh `unit`, `year` dan `indicators`; setiap jawaban butuh "
            "`level`; setiap data dukung butuh `title`.",
            "Missing required key",
            "Each unit file needs `unit`, `year` and `indicators`; each answer needs `level`; "
            "each evidence entry needs `title`.",
        ),
        _rule(
            "S002",
            E,
            "Kunci tidak dikenal",
            "Kunci yang salah ketik (`levle`) akan diam-diam diabaikan oleh alat lain; spbe "
            "menolaknya dan menyarankan kunci terdekat.",
            "Unknown key",
            "A mistyped key (`levle`) would be silently ignored by other tools; spbe refuses it "
            "and suggests the nearest key.",
        ),
        _rule(
            "S003",
            E,
            "Jenis nilai salah",
            'Tidak ada konversi diam-diam: `level: "3"`, `level: 3.0` dan `level: yes` ditolak; '
            "`year: 2023-01-01` terbaca sebagai tanggal; id tanpa tanda kutip bisa terbaca "
            "sebagai angka.",
            "Wrong type",
            'Nothing is coerced: `level: "3"`, `level: 3.0` and `level: yes` are refused; '
            "`year: 2023-01-01` reads as a date; an unquoted id can read as a number.",
        ),
        _rule(
            "S004",
            E,
            "Nilai tidak sah",
            "Nilai melanggar batas format, misalnya teks kosong atau daftar terlalu panjang.",
            "Invalid value",
            "The value breaks a limit of the format, such as empty text or a list too long.",
        ),
        _rule(
            "S005",
            E,
            "Tingkat di luar skala",
            "Tingkat harus bilangan bulat pada skala indikator menurut katalog (PermenPANRB "
            "59/2020: 1 sampai 5).",
            "Level outside the scale",
            "A level must be a whole number on the indicator's scale in the catalogue "
            "(PermenPANRB 59/2020: 1 to 5).",
        ),
        _rule(
            "S006",
            E,
            "Kunci bukan teks",
            "Kunci seperti `4:` terbaca sebagai angka dan `yes:` sebagai ya/tidak. Tulis id "
            "indikator lengkap (`I4`) atau apit dengan tanda kutip.",
            "Key is not text",
            "Keys such as `4:` read as numbers and `yes:` as booleans. Write the full indicator id "
            "(`I4`) or quote it.",
        ),
        _rule(
            "X001",
            E,
            "Indikator tidak dikenal",
            "Id indikator harus ada di katalog tahun itu (I1 sampai I47 untuk spbe-2020).",
            "Unknown indicator",
            "Indicator ids must exist in the year's catalogue (I1 to I47 for spbe-2020).",
        ),
        _rule(
            "X002",
            E,
            "Indikator dijawab dua unit",
            "Setiap indikator dikoordinasikan satu unit; jawaban kedua dilaporkan di kedua tempat.",
            "Indicator answered twice",
            "Each indicator has one coordinating unit; a second answer is reported at both places.",
        ),
        _rule(
            "X003",
            E,
            "Indikator belum dijawab",
            "Setiap indikator katalog harus dijawab oleh satu unit. `--allow-partial` "
            "menjadikannya "
            "peringatan selama masa pengisian.",
            "Indicator not answered",
            "Every indicator of the catalogue must be answered by one unit. `--allow-partial` "
            "makes "
            "this a warning while the year is being filled in.",
        ),
        _rule(
            "X004",
            E,
            "Tahun tidak cocok",
            "`year:` harus sama dengan nama folder tahunnya.",
            "Year mismatch",
            "`year:` must equal the name of its year folder.",
        ),
        _rule(
            "X005",
            E,
            "Unit tidak cocok",
            "`unit:` harus sama dengan nama berkasnya.",
            "Unit mismatch",
            "`unit:` must equal the file name.",
        ),
        _rule(
            "X006",
            E,
            "Katalog bercampur",
            "Semua berkas satu tahun memakai katalog yang sama.",
            "Mixed catalogues",
            "All files of one year use the same catalogue.",
        ),
        _rule(
            "X007",
            E,
            "Katalog tidak dikenal",
            "`catalogue:` berisi id katalog bawaan (mis. spbe-2020) atau path berkas katalog.",
            "Unknown catalogue",
            "`catalogue:` holds a bundled catalogue id (e.g. spbe-2020) or a catalogue file path.",
        ),
        _rule(
            "X008",
            E,
            "Tidak ada berkas penilaian",
            "Folder tahun berisi satu berkas *.yaml per unit.",
            "No assessment files",
            "A year folder holds one *.yaml file per unit.",
        ),
        _rule(
            "X009",
            E,
            "Beberapa tahun sekaligus",
            "Perintah ini bekerja pada satu folder tahun.",
            "Several years",
            "This command works on one year folder.",
        ),
        _rule(
            "X010",
            E,
            "Tidak ditemukan",
            "Path yang diberikan tidak ada.",
            "Not found",
            "The path given does not exist.",
        ),
        _rule(
            "X011",
            E,
            "Unit tidak terdaftar",
            "Bila spbe.yaml memuat `units:`, setiap berkas unit harus terdaftar di sana.",
            "Unit not registered",
            "When spbe.yaml has `units:`, every unit file must be registered there.",
        ),
        _rule(
            "X012",
            E,
            "Indikator bukan tugas unit ini",
            "Bila `units:` menyebut indikator sebuah unit, unit itu hanya menjawab indikator "
            "tersebut.",
            "Indicator not assigned to this unit",
            "When `units:` lists a unit's indicators, that unit answers only those.",
        ),
        _rule(
            "X013",
            W,
            "Belum diisi",
            "`level` kosong berarti jawaban belum diisi; indikator dihitung pada tingkat terendah.",
            "Not filled in",
            "An empty `level` means the answer is not filled in; the indicator counts at the "
            "lowest level.",
        ),
        _rule(
            "X014",
            E,
            "Indikator registri tidak dikenal",
            "Indikator di `units:` spbe.yaml harus ada di katalog.",
            "Unknown indicator in the registry",
            "Indicators under `units:` in spbe.yaml must exist in the catalogue.",
        ),
        _rule(
            "X015",
            E,
            "Indikator ditugaskan dua unit",
            "Di `units:` spbe.yaml satu indikator ditugaskan kepada satu unit saja.",
            "Indicator assigned twice",
            "Under `units:` in spbe.yaml an indicator is assigned to one unit only.",
        ),
        _rule(
            "C001",
            W,
            "Tanpa penjelasan",
            "Tingkat di atas tingkat terendah perlu penjelasan: kondisi nyata, nama aplikasi atau "
            "dokumen, dan analisis terhadap kriteria tingkat.",
            "No explanation",
            "A level above the lowest needs an explanation: the actual situation, the application "
            "or document, and how it meets the level's criteria.",
        ),
        _rule(
            "C002",
            W,
            "Tanpa data dukung",
            "Tingkat di atas tingkat terendah perlu data dukung (dokumen, tangkapan layar, "
            "tautan).",
            "No evidence",
            "A level above the lowest needs evidence (documents, screenshots, links).",
        ),
        _rule(
            "C003",
            E,
            "Data dukung tanpa path atau url",
            "Setiap data dukung menunjuk berkas (`path`) atau tautan (`url`).",
            "Evidence without path or url",
            "Each evidence entry points at a file (`path`) or a link (`url`).",
        ),
        _rule(
            "C004",
            E,
            "url bukan alamat web",
            "Tautan data dukung harus alamat http:// atau https:// yang utuh agar asesor dapat "
            "membukanya: dengan nama host, port berupa angka, tanpa spasi atau karakter kendali "
            "(spasi ditulis %20) dan tanpa garis miring terbalik.",
            "url is not a web address",
            "Evidence links must be whole http:// or https:// addresses so that assessors can "
            "open them: a host name, a numeric port, no spaces or control characters (write a "
            "space as %20) and no backslashes.",
        ),
        _rule(
            "C005",
            E,
            "Berkas data dukung tidak ada",
            "`path` dibaca relatif terhadap akar repositori (folder spbe.yaml).",
            "Evidence file missing",
            "`path` is relative to the repository root (the folder of spbe.yaml).",
        ),
        _rule(
            "C006",
            E,
            "Berkas data dukung kosong",
            "Berkas 0 byte biasanya unggahan yang gagal.",
            "Empty evidence file",
            "A 0-byte file is usually a failed upload.",
        ),
        _rule(
            "C007",
            E,
            "path keluar dari repositori",
            "Path absolut, `..` atau tautan simbolik ke luar repositori ditolak dan tidak pernah "
            "dibuka.",
            "Path leaves the repository",
            "Absolute paths, `..` and symbolic links out of the repository are refused and never "
            "opened.",
        ),
        _rule(
            "C008",
            W,
            "Penjelasan menyalin kriteria",
            "Asesor menolak penjelasan yang hanya mengulang teks kriteria; tuliskan kondisi nyata.",
            "Explanation copies a criterion",
            "Assessors reject explanations that only repeat the criterion text; describe what "
            "actually exists.",
        ),
        _rule(
            "C009",
            E,
            "path adalah folder",
            "`path` data dukung menunjuk satu berkas, bukan folder.",
            "Path is a folder",
            "An evidence `path` points at one file, not a folder.",
        ),
        _rule(
            "X021",
            W,
            "Tingkat kosong padahal sudah diisi",
            "Jawaban yang sudah berisi penjelasan atau data dukung tetapi `level`-nya kosong "
            "hampir selalu berarti tingkatnya lupa diisi. Tanpa tingkat, indikator dihitung pada "
            "tingkat terendah.",
            "Level empty although filled in",
            "An answer with an explanation or evidence but an empty `level` almost always means "
            "the level was forgotten. Without a level the indicator counts at the lowest level.",
        ),
        _rule(
            "C017",
            W,
            "Tanda TINJAU tersisa",
            "`spbe new` membawa jawaban tahun lalu dan menandai setiap indikator dengan "
            "`# TINJAU: dibawa dari <tahun>`. Tanda yang tersisa berarti jawaban itu belum "
            "ditinjau untuk tahun ini; `validate --strict` (sebelum dikirim) gagal karenanya.",
            "TINJAU mark left",
            "`spbe new` carries last year's answers and marks every indicator with "
            "`# TINJAU: dibawa dari <year>`. A mark left means the answer was not reviewed for "
            "this year yet; `validate --strict` (before sending) fails on it.",
        ),
        _rule(
            "X022",
            W,
            "CODEOWNERS usang",
            "CODEOWNERS yang dibuat spbe diturunkan dari `units:` (dengan `owners`) dan "
            "`assessors:` di spbe.yaml. Setelah registri berubah, pemilik berkas di forge tidak "
            "lagi sesuai sampai `spbe codeowners` dijalankan. CODEOWNERS tulisan tangan (tanpa "
            "baris pertama dari spbe) tidak diperiksa.",
            "CODEOWNERS out of date",
            "The CODEOWNERS that spbe writes comes from `units:` (with `owners`) and "
            "`assessors:` in spbe.yaml. Once the registry changes, the forge's file owners are "
            "wrong until `spbe codeowners` runs. A hand-written CODEOWNERS (without spbe's first "
            "line) is not checked.",
        ),
        _rule(
            "X019",
            E,
            "Bukan folder tahun",
            "Penilaian setahun berada di folder bernama tahunnya (`assessments/2026`). Folder "
            "lain di samping folder tahun (`2026 `, `2026-final`, `lama`) dilewati oleh `score` "
            "dan `validate`; agar tidak ada penilaian yang lolos tanpa diperiksa, folder seperti "
            "itu dilaporkan.",
            "Not a year folder",
            "A year's assessment lives in a folder named after the year (`assessments/2026`). "
            "Other folders beside the years (`2026 `, `2026-final`, `old`) are passed over by "
            "`score` and `validate`; so that nothing passes unchecked, they are reported.",
        ),
        _rule(
            "X020",
            E,
            "Berkas tak dikenal di folder tahun",
            "Di folder tahun, spbe membaca berkas unit (`<unit>.yaml`, akhiran huruf kecil) dan "
            "berkas tahap (`_dokumen.yaml`, `_interviu.yaml`, `_visitasi.yaml`, `_final.yaml`). "
            "Berkas lain yang tampak seperti YAML (`Bpkad.YAML`, `bpkad.yaml.txt`, `x.yml.bak`, "
            "`spbe.yaml`) tidak dibaca siapa pun; dilaporkan agar jawaban tidak hilang diam-diam.",
            "Unknown file in a year folder",
            "In a year folder spbe reads unit files (`<unit>.yaml`, lower-case suffix) and stage "
            "files (`_dokumen.yaml`, `_interviu.yaml`, `_visitasi.yaml`, `_final.yaml`). Other "
            "files that look like YAML (`Bpkad.YAML`, `bpkad.yaml.txt`, `x.yml.bak`, `spbe.yaml`) "
            "are read by nothing; they are reported so that no answer disappears silently.",
        ),
        _rule(
            "X017",
            E,
            "Nilai eksternal tidak diizinkan",
            "Hanya indikator yang di katalognya punya `external_source` (nilainya berasal dari "
            "indeks instansi lain) boleh memakai `external:`.",
            "External value not allowed",
            "Only indicators with an `external_source` in the catalogue (their value comes from "
            "another agency's index) may use `external:`.",
        ),
        _rule(
            "X018",
            E,
            "Tingkat dan nilai eksternal bersamaan",
            "Jawaban memakai `external:` atau `level`, tidak keduanya; tulis `level: null`.",
            "Level and external value together",
            "An answer uses `external:` or `level`, not both; write `level: null`.",
        ),
        _rule(
            "X016",
            E,
            "Tahap tidak cocok",
            "`stage:` sebuah berkas hasil eksternal sama dengan nama berkasnya: _dokumen.yaml, "
            "_interviu.yaml, _visitasi.yaml atau _final.yaml.",
            "Stage mismatch",
            "The `stage:` of an external result file equals its file name: _dokumen.yaml, "
            "_interviu.yaml, _visitasi.yaml or _final.yaml.",
        ),
        _rule(
            "C010",
            E,
            "Data dukung berubah sejak dikunci",
            "`spbe evidence lock` mencatat ukuran dan SHA-256 setiap berkas data dukung. Berkas "
            "yang berubah sesudahnya bukan lagi berkas yang dinilai asesor.",
            "Evidence changed since locked",
            "`spbe evidence lock` records each evidence file's size and SHA-256. A file that "
            "changes afterwards is no longer the one the assessors judged.",
        ),
        _rule(
            "C011",
            E,
            "Data dukung terkunci hilang",
            "Berkas yang tercatat di kunci data dukung tidak ada lagi.",
            "Locked evidence gone",
            "A file recorded in the evidence lock no longer exists.",
        ),
        _rule(
            "C012",
            W,
            "Data dukung belum dikunci",
            "Repositori ini memakai kunci data dukung, tetapi berkas ini belum tercatat.",
            "Evidence not locked",
            "This repository locks its evidence, but this file is not recorded yet.",
        ),
        _rule(
            "C013",
            W,
            "Data dukung kedaluwarsa",
            "Untuk indikator yang kriterianya menuntut reviu atau evaluasi berkala, data dukung "
            "bertanggal (`date:`) yang lebih tua dari batas (bawaan 24 bulan sebelum akhir "
            "tahun penilaian, `evidence_max_age_months` di spbe.yaml) perlu diperbarui, mulai "
            "dari tingkat yang kriterianya menuntut reviu berkala (tingkat di bawahnya cukup "
            "dengan dokumen lama).",
            "Evidence too old",
            "For indicators whose criteria ask for periodic review or evaluation, dated "
            "evidence (`date:`) older than the limit (24 months before the end of the "
            "assessment year by default, `evidence_max_age_months` in spbe.yaml) needs a "
            "newer document, from the level whose criterion asks for periodic review on (lower "
            "levels are proven by older documents too).",
        ),
        _rule(
            "C014",
            W,
            "Tingkat di bawahnya tanpa bukti",
            "Kriteria bersifat kumulatif: tingkat N mensyaratkan kriteria setiap tingkat di "
            "bawahnya. Bila data dukung diberi `level:`, setiap tingkat sampai tingkat yang "
            "diklaim perlu buktinya.",
            "Lower level without evidence",
            "Criteria are cumulative: level N requires every level below it. When evidence is "
            "tagged with `level:`, every level up to the claimed one needs its evidence.",
        ),
        _rule(
            "C015",
            W,
            "Rekomendasi ditutup tanpa tindak lanjut",
            "Rekomendasi berstatus `closed` mencatat tindak lanjutnya di `follow_up`.",
            "Recommendation closed without follow-up",
            "A `closed` recommendation records what was done in `follow_up`.",
        ),
        _rule(
            "C016",
            W,
            "Revisi tanpa catatan",
            "Reviu berstatus `revisi` menjelaskan di `note` apa yang harus diperbaiki unit.",
            "Sent back without a note",
            "A review that says `revisi` tells the unit in `note` what to fix.",
        ),
        _rule(
            "K012",
            E,
            "Crosswalk menyebut indikator yang tidak ada",
            "Setiap id di crosswalk ada di katalog asal (`from`) atau tujuan (peta).",
            "Crosswalk names a missing indicator",
            "Every id in a crosswalk exists in its source (`from`) or target catalogue (keys).",
        ),
        _rule(
            "K001",
            E,
            "Id katalog ganda",
            "Id domain, aspek dan indikator unik dalam katalog.",
            "Duplicate catalogue id",
            "Domain, aspect and indicator ids are unique.",
        ),
        _rule(
            "K002",
            E,
            "Bobot tidak positif",
            "Setiap bobot lebih besar dari nol.",
            "Weight not positive",
            "Every weight is greater than zero.",
        ),
        _rule(
            "K003",
            E,
            "Bobot aspek tidak cocok",
            "Bobot aspek sama dengan jumlah bobot indikatornya.",
            "Aspect weight mismatch",
            "An aspect's weight equals the sum of its indicators'.",
        ),
        _rule(
            "K004",
            E,
            "Bobot domain tidak cocok",
            "Bobot domain sama dengan jumlah bobot aspeknya.",
            "Domain weight mismatch",
            "A domain's weight equals the sum of its aspects'.",
        ),
        _rule(
            "K005",
            E,
            "Jumlah bobot bukan 100",
            "Bobot semua domain berjumlah 100.",
            "Weights do not total 100",
            "The domain weights add up to 100.",
        ),
        _rule(
            "K006",
            E,
            "Tingkat tidak berurutan",
            "Tingkat sebuah skala berurutan tanpa loncatan (mis. 1..5 atau 0..5).",
            "Levels not consecutive",
            "The levels of a scale are consecutive (e.g. 1..5 or 0..5).",
        ),
        _rule(
            "K007",
            E,
            "Rentang predikat tidak lengkap",
            "Rentang predikat menutup seluruh skala tanpa celah atau tumpang tindih.",
            "Predikat bands incomplete",
            "The predikat bands cover the whole scale with no gap or overlap.",
        ),
        _rule(
            "K008",
            E,
            "Skala tidak dikenal",
            "Skala yang dirujuk didefinisikan di `scales`.",
            "Unknown scale",
            "A referenced scale is defined under `scales`.",
        ),
        _rule(
            "K009",
            E,
            "Kriteria tidak cocok",
            "Kriteria indikator ada untuk setiap tingkat skalanya, atau tidak ada sama sekali.",
            "Criteria do not match",
            "An indicator has a criterion for every level of its scale, or none.",
        ),
        _rule(
            "K010",
            E,
            "Aspek kosong",
            "Setiap aspek berisi paling sedikit satu indikator.",
            "Empty aspect",
            "Every aspect holds at least one indicator.",
        ),
        _rule(
            "K011",
            E,
            "Bobot indikator sebagian",
            "Bobot indikator dalam satu aspek ditulis semua, atau tidak sama sekali (dibagi rata).",
            "Some indicator weights missing",
            "Indicator weights in an aspect are given for all, or for none (shared equally).",
        ),
    ]
}

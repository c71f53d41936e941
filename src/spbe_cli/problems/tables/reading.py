"""Problem codes Y: reading a file and its YAML.

One rule per code: severity, message, title and explanation, in both languages. Never
renumber or reuse a code; retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.problems.rule import E, Rule, W

RULES = (
    Rule(
        "Y001",
        E,
        message={
            "id": "YAML tidak dapat dibaca: {hint}{detail}",
            "en": "the YAML cannot be read: {hint}{detail}",
        },
        title={
            "id": "YAML tidak dapat dibaca",
            "en": "YAML syntax error",
        },
        text={
            "id": (
                "Berkas harus YAML yang sah. Penyebab tersering: titik dua atau tanda "
                "pagar di tengah teks, teks yang diawali tanda kutip tetapi berlanjut "
                "setelahnya, indentasi yang tidak rata. Apit teks seperti itu dengan tanda "
                "kutip atau tulis sebagai blok `>-`."
            ),
            "en": (
                "The file must be valid YAML. Usual causes: a colon or hash inside text, "
                "text that starts with a quote and goes on after it, uneven indentation. "
                "Quote such text or write it as a `>-` block."
            ),
        },
    ),
    Rule(
        "Y002",
        E,
        message={
            "id": (
                "kunci `{key}` ditulis dua kali (pertama di baris {first_line}); hapus "
                "salah satunya"
            ),
            "en": ("key `{key}` appears twice (first on line {first_line}); remove one of them"),
        },
        title={
            "id": "Kunci ganda",
            "en": "Duplicate key",
        },
        text={
            "id": (
                "Satu kunci hanya boleh muncul sekali dalam satu tingkat. Pembaca YAML "
                "biasa diam-diam memakai nilai terakhir; spbe menolaknya agar tidak ada "
                "jawaban yang hilang."
            ),
            "en": (
                "A key may appear once per mapping. Ordinary YAML readers silently keep "
                "the last value; spbe refuses it so that no answer is lost."
            ),
        },
    ),
    Rule(
        "Y003",
        E,
        message={
            "id": (
                "anchor/alias YAML (`&`, `*`) tidak dipakai di berkas ini; tulis nilainya langsung"
            ),
            "en": (
                "YAML anchors and aliases (`&`, `*`) are not used in these files; write "
                "the value out"
            ),
        },
        title={
            "id": "Anchor atau alias YAML",
            "en": "YAML anchor or alias",
        },
        text={
            "id": (
                "Berkas penilaian tidak membutuhkan `&anchor` dan `*alias`; alias juga "
                "dapat dipakai untuk membuat berkas kecil yang meledak saat dibaca. Tulis "
                "nilainya langsung."
            ),
            "en": (
                "Assessment files need no `&anchors` or `*aliases`, and aliases can make a "
                "small file explode when read. Write the values out."
            ),
        },
    ),
    Rule(
        "Y004",
        E,
        message={
            "id": "tag YAML `{tag}` tidak diizinkan; hapus tag itu",
            "en": "the YAML tag `{tag}` is not allowed; remove it",
        },
        title={
            "id": "Tag YAML",
            "en": "YAML tag",
        },
        text={
            "id": (
                "Tag seperti `!!python/object` dapat menjalankan kode pada pembaca yang "
                "tidak aman. spbe menolak setiap tag dan tidak pernah membangun objeknya."
            ),
            "en": (
                "Tags such as `!!python/object` run code in unsafe readers. spbe refuses "
                "every tag and never constructs its object."
            ),
        },
    ),
    Rule(
        "Y005",
        E,
        message={
            "id": (
                "berkas bukan UTF-8 (byte 0x{byte} di posisi {offset}); simpan ulang sebagai UTF-8"
            ),
            "en": (
                "the file is not UTF-8 (byte 0x{byte} at offset {offset}); save it again as UTF-8"
            ),
        },
        title={
            "id": "Bukan UTF-8",
            "en": "Not UTF-8",
        },
        text={
            "id": (
                "Berkas harus disimpan sebagai UTF-8 (BOM boleh). Teks yang ditempel dari "
                "Word sering membawa kutip miring Windows-1252; simpan ulang sebagai UTF-8."
            ),
            "en": (
                "Files must be saved as UTF-8 (a BOM is fine). Text pasted from Word often "
                "carries Windows-1252 curly quotes; save the file again as UTF-8."
            ),
        },
    ),
    Rule(
        "Y006",
        E,
        message={
            "id": "berkas terlalu besar ({size} byte; batasnya {limit} byte)",
            "en": "the file is too large ({size} bytes; the limit is {limit} bytes)",
        },
        title={
            "id": "Berkas terlalu besar",
            "en": "File too large",
        },
        text={
            "id": (
                "Berkas penilaian yang wajar di bawah 30 KB. Berkas di atas batas (bawaan "
                "5 MB, `--max-size`) tidak dibaca."
            ),
            "en": (
                "Real assessment files are under 30 KB. Files over the limit (5 MB by "
                "default, `--max-size`) are not read."
            ),
        },
    ),
    Rule(
        "Y007",
        E,
        message={
            "id": "struktur bertingkat terlalu dalam (lebih dari {limit} tingkat)",
            "en": "the structure is nested too deeply (more than {limit} levels)",
        },
        title={
            "id": "Terlalu bertingkat",
            "en": "Nested too deeply",
        },
        text={
            "id": ("Format ini hanya butuh sekitar enam tingkat; lebih dari 32 tingkat ditolak."),
            "en": "The format needs about six levels; more than 32 are refused.",
        },
    ),
    Rule(
        "Y008",
        E,
        message={
            "id": (
                "berkas kosong: tidak ada data (hanya komentar, `~` atau `---`); isi "
                "berkas ini atau hapus"
            ),
            "en": (
                "the file is empty: it holds no data (only comments, `~` or `---`); fill "
                "it in or delete it"
            ),
        },
        title={
            "id": "Berkas kosong",
            "en": "Empty file",
        },
        text={
            "id": (
                "Setiap jenis berkas (unit, tahap, spbe.yaml, kunci data dukung, katalog) "
                "punya isi wajib. Berkas yang hanya berisi komentar, `~` atau `---` tidak "
                "berisi apa pun: berkas unit seperti itu tidak menjawab satu indikator "
                "pun, sehingga indikatornya tetap dihitung belum dijawab."
            ),
            "en": (
                "Every kind of file (unit, stage, spbe.yaml, evidence lock, catalogue) has "
                "required content. A file holding only comments, `~` or `---` holds "
                "nothing: such a unit file answers no indicator, so its indicators still "
                "count as unanswered."
            ),
        },
    ),
    Rule(
        "Y009",
        E,
        message={
            "id": "isi berkas harus berupa pasangan `kunci: nilai`, bukan {found}",
            "en": "the file must hold `key: value` pairs at the top, not {found}",
        },
        title={
            "id": "Bukan pasangan kunci: nilai",
            "en": "Not key: value pairs",
        },
        text={
            "id": (
                "Tingkat teratas berkas harus berupa pasangan `kunci: nilai` (unit, year, "
                "indicators, ...)."
            ),
            "en": ("The top of the file must be `key: value` pairs (unit, year, indicators, ...)."),
        },
    ),
    Rule(
        "Y010",
        E,
        message={
            "id": (
                "ada karakter tab di sini; YAML memakai spasi untuk indentasi, ganti tab "
                "dengan spasi"
            ),
            "en": ("a tab character here; YAML indents with spaces, replace the tab with spaces"),
        },
        title={
            "id": "Karakter tab",
            "en": "Tab character",
        },
        text={
            "id": (
                "YAML memakai spasi untuk indentasi. Sebagian pembaca menerima tab setelah "
                "`kunci:`, sebagian menolaknya; ganti tab dengan spasi agar berkas terbaca "
                "sama di mana pun."
            ),
            "en": (
                "YAML indents with spaces. Some readers accept a tab after `key:`, others "
                "refuse it; replace tabs with spaces so that the file reads the same "
                "everywhere."
            ),
        },
    ),
    Rule(
        "Y011",
        E,
        message={
            "id": "berkas tidak dapat dibaca: {detail}",
            "en": "the file cannot be read: {detail}",
        },
        title={
            "id": "Berkas tidak dapat dibaca",
            "en": "Unreadable file",
        },
        text={
            "id": (
                "Berkas tidak dapat dibuka: folder bernama seperti berkas, tautan rusak "
                "atau berputar, atau tidak ada izin baca."
            ),
            "en": (
                "The file cannot be opened: a folder named like a file, a broken or "
                "looping link, or no read permission."
            ),
        },
    ),
    Rule(
        "Y012",
        E,
        message={
            "id": "berkas berisi lebih dari satu dokumen YAML (`---`); sisakan satu saja",
            "en": "the file holds more than one YAML document (`---`); keep only one",
        },
        title={
            "id": "Beberapa dokumen YAML",
            "en": "Several YAML documents",
        },
        text={
            "id": "Satu berkas berisi satu penilaian; pemisah `---` kedua tidak dipakai.",
            "en": "One file holds one assessment; a second `---` document is not used.",
        },
    ),
    Rule(
        "Y013",
        W,
        message={
            "id": (
                "teks setelah ` #` dianggap komentar dan hilang (nilai terbaca hanya "
                '"{value}"); apit seluruh nilai dengan tanda kutip'
            ),
            "en": (
                "the text after ` #` is read as a comment and lost (the value reads only "
                '"{value}"); put the whole value in quotes'
            ),
        },
        title={
            "id": "Teks terpotong oleh komentar",
            "en": "Text cut by a comment",
        },
        text={
            "id": (
                "Dalam YAML, ` #` memulai komentar, sehingga `judul: Surat Edaran #12` "
                'terbaca hanya "Surat Edaran". Apit seluruh teks dengan tanda kutip.'
            ),
            "en": (
                "In YAML ` #` starts a comment, so `title: Circular #12` reads only "
                '"Circular". Put the whole text in quotes.'
            ),
        },
    ),
    Rule(
        "Y014",
        E,
        message={
            "id": (
                "bukan berkas biasa (folder, FIFO, perangkat atau tautan ke salah "
                "satunya); tidak dibaca"
            ),
            "en": ("not a regular file (a folder, a FIFO, a device, or a link to one); not read"),
        },
        title={
            "id": "Bukan berkas biasa",
            "en": "Not a regular file",
        },
        text={
            "id": (
                "Hanya berkas biasa yang dibaca. FIFO, perangkat (mis. tautan ke "
                "/dev/zero) atau folder dengan nama berkas YAML ditolak sebelum dibaca, "
                "agar pemeriksaan tidak menggantung atau menghabiskan memori."
            ),
            "en": (
                "Only regular files are read. A FIFO, a device (a link to /dev/zero, say) "
                "or a folder named like a YAML file is refused before anything is read, so "
                "that a check never hangs or runs out of memory."
            ),
        },
    ),
    Rule(
        "Y015",
        E,
        message={
            "id": (
                "tautan (symlink) ini menunjuk ke luar repositori {root}; tidak dibaca. "
                "Simpan berkasnya sendiri di dalam repositori"
            ),
            "en": (
                "this link (symlink) points outside the repository {root}; not read. Keep "
                "the file itself inside the repository"
            ),
        },
        title={
            "id": "Tautan ke luar repositori",
            "en": "Link out of the repository",
        },
        text={
            "id": (
                "Berkas unit, tahap, spbe.yaml, kunci data dukung, katalog repositori dan "
                "folder tahun harus berada di dalam repositori. Tautan (symlink) yang menunjuk "
                "ke luar tidak diikuti oleh perintah mana pun: isi berkas di luar repositori "
                "tidak boleh ikut dibaca, dihitung atau tampil di pesan."
            ),
            "en": (
                "Unit, stage, spbe.yaml, evidence lock and repository catalogue files, and year "
                "folders, must lie inside the repository. A link (symlink) pointing outside is "
                "followed by no command: nothing outside the repository is read, scored or "
                "shown in a message."
            ),
        },
    ),
    Rule(
        "Y016",
        E,
        message={
            "id": (
                "`{value}` tampak seperti tanggal atau angka tetapi tidak sah (tanggal "
                "yang tidak ada, atau angka terlalu panjang); perbaiki nilainya, atau apit "
                "dengan tanda kutip bila maksudnya teks"
            ),
            "en": (
                "`{value}` looks like a date or a number but is not a valid one (a date "
                "that does not exist, or a number too long); fix the value, or quote it if "
                "it is meant as text"
            ),
        },
        title={
            "id": "Tanggal atau angka tidak sah",
            "en": "Invalid date or number",
        },
        text={
            "id": (
                "YAML membaca `2023-02-30` sebagai tanggal dan `12345...` sebagai angka. "
                "Tanggal yang tidak ada di kalender (30 Februari, bulan 13, jam 25, tahun "
                "0) dan angka lebih dari 30 digit tidak mempunyai arti di berkas ini. "
                "Perbaiki nilainya; bila maksudnya teks, apit dengan tanda kutip."
            ),
            "en": (
                "YAML reads `2023-02-30` as a date and `12345...` as a number. A date that "
                "is not in the calendar (30 February, month 13, hour 25, year 0) and a "
                "number of more than 30 digits mean nothing in these files. Fix the value; "
                "quote it if it is meant as text."
            ),
        },
    ),
    Rule(
        "Y017",
        W,
        message={
            "id": (
                "teks bertanda kutip ini memuat karakter kendali (mis. `\\e`, `\\a`, "
                "`\\x00`); karakter itu ditampilkan sebagai kode, hapus dari berkas"
            ),
            "en": (
                "this quoted text holds a control character (such as `\\e`, `\\a`, "
                "`\\x00`); it is shown as a code, remove it from the file"
            ),
        },
        title={
            "id": "Karakter kendali",
            "en": "Control character",
        },
        text={
            "id": (
                "Teks bertanda kutip ganda boleh memuat kode seperti `\\e` (ESC), `\\a` "
                "(bel) atau `\\x00`. Karakter seperti itu dapat mengendalikan terminal "
                "atau log CI, jadi spbe menampilkannya sebagai kode (`\\x1b`). Hapus dari "
                "berkas."
            ),
            "en": (
                "Double-quoted text may hold codes such as `\\e` (ESC), `\\a` (bell) or "
                "`\\x00`. Such characters can drive a terminal or a CI log, so spbe shows "
                "them as codes (`\\x1b`). Remove them from the file."
            ),
        },
    ),
    Rule(
        "Y018",
        E,
        message={
            "id": (
                "`{value}` bukan angka desimal biasa (YAML 1.1 membacanya sebagai "
                "{meaning}); tulis angka tanpa awalan 0x/0o/0b/0, garis bawah atau titik "
                "dua"
            ),
            "en": (
                "`{value}` is not a plain decimal number (YAML 1.1 reads it as {meaning}); "
                "write the number without a 0x/0o/0b/0 prefix, underscores or colons"
            ),
        },
        title={
            "id": "Angka bukan desimal biasa",
            "en": "Not a plain decimal number",
        },
        text={
            "id": (
                "YAML 1.1 membaca `0x3` sebagai heksadesimal, `017` sebagai oktal (15), "
                "`0b11` sebagai biner, `1_000` dengan garis bawah dan `1:30` sebagai basis "
                "60. Tidak ada pengisi formulir yang bermaksud begitu: tingkat dan angka "
                "lain ditulis sebagai angka desimal biasa."
            ),
            "en": (
                "YAML 1.1 reads `0x3` as hexadecimal, `017` as octal (15), `0b11` as "
                "binary, `1_000` with underscores and `1:30` as base 60. Nobody filling in "
                "a form means that: levels and other numbers are written as plain decimal "
                "numbers."
            ),
        },
    ),
    Rule(
        "Y019",
        W,
        message={
            "id": (
                "nilai `{value}` diawali tanda kutip tipografis (“ ” ‘ ’), yang ikut "
                "menjadi bagian nilai; YAML hanya mengenal tanda kutip lurus \" dan '. "
                "Ganti atau hapus tanda kutipnya"
            ),
            "en": (
                "value `{value}` starts with a typographic quote (“ ” ‘ ’), which stays "
                "part of the value; YAML knows only the straight quotes \" and '. Replace "
                "or remove the quotes"
            ),
        },
        title={
            "id": "Tanda kutip tipografis",
            "en": "Typographic quotes",
        },
        text={
            "id": (
                "Pengolah kata mengganti tanda kutip lurus dengan tanda kutip tipografis "
                "(“ ” ‘ ’). YAML tidak mengenalnya sebagai tanda kutip: `unit: “bpkad”` "
                "berarti unit bernama “bpkad” lengkap dengan tanda kutipnya, yang lalu "
                "tidak cocok dengan nama berkas."
            ),
            "en": (
                "Word processors replace straight quotes with typographic ones (“ ” ‘ ’). "
                "YAML does not read them as quotes: `unit: “bpkad”` names a unit “bpkad” "
                "with the quotes, which then does not match the file name."
            ),
        },
    ),
    Rule(
        "Y020",
        E,
        message={
            "id": (
                "indentasi memakai karakter spasi khusus {char}, biasanya tersalin dari "
                "pengolah kata; YAML membacanya sebagai teks. Ganti dengan spasi biasa"
            ),
            "en": (
                "the indentation uses the special space {char}, usually pasted from a word "
                "processor; YAML reads it as text. Replace it with plain spaces"
            ),
        },
        title={
            "id": "Spasi khusus di indentasi",
            "en": "Special spaces in the indentation",
        },
        text={
            "id": (
                "Teks yang disalin dari pengolah kata atau halaman web dapat membawa spasi "
                "tak-putus (NBSP, U+00A0) atau spasi lebar. YAML tidak menganggapnya "
                "spasi: kunci yang diindentasi dengannya menjadi kunci lain tanpa "
                "peringatan. Ganti dengan spasi biasa."
            ),
            "en": (
                "Text pasted from a word processor or a web page can carry no-break spaces "
                "(NBSP, U+00A0) or wide spaces. YAML does not read them as spaces: a key "
                "indented with them silently becomes another key. Replace them with plain "
                "spaces."
            ),
        },
    ),
)

"""Problem codes W: a workbook brought back to ``spbe import``.

One rule per code: severity, message, title and explanation, in both languages. Never
renumber or reuse a code; retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.problems.rule import E, Rule

RULES = (
    Rule(
        "W001",
        E,
        message={
            "id": "bukan buku kerja Excel (.xlsx) yang dapat dibaca: {detail}",
            "en": "not a readable Excel workbook (.xlsx): {detail}",
        },
        title={"id": "Bukan buku kerja .xlsx", "en": "Not an .xlsx workbook"},
        text={
            "id": (
                "`spbe import` membaca buku kerja .xlsx yang dibuat `spbe sheet`. Berkas ini "
                "bukan .xlsx (mungkin berkas lain yang diberi nama .xlsx) atau rusak. Buka di "
                "Excel atau LibreOffice lalu simpan sebagai Buku Kerja Excel (.xlsx)."
            ),
            "en": (
                "`spbe import` reads .xlsx workbooks made by `spbe sheet`. This file is not an "
                ".xlsx (perhaps another file named .xlsx) or it is damaged. Open it in Excel or "
                "LibreOffice and save it as an Excel Workbook (.xlsx)."
            ),
        },
    ),
    Rule(
        "W002",
        E,
        message={
            "id": (
                "format {kind} tidak diterima; simpan ulang sebagai Buku Kerja Excel (.xlsx) "
                "tanpa makro"
            ),
            "en": "the {kind} format is not accepted; save it again as an Excel Workbook (.xlsx) "
            "without macros",
        },
        title={"id": "Format buku kerja ditolak", "en": "Workbook format refused"},
        text={
            "id": (
                "Buku kerja bermakro (.xlsm), format lama (.xls) dan biner (.xlsb) tidak dibaca: "
                "makro dapat menjalankan kode, dan format lama tidak menyimpan isian apa adanya."
            ),
            "en": (
                "Workbooks with macros (.xlsm), the old format (.xls) and the binary one (.xlsb) "
                "are not read: macros can run code, and the old formats do not keep the entries "
                "as typed."
            ),
        },
    ),
    Rule(
        "W003",
        E,
        message={
            "id": "buku kerja ini tidak dibuat oleh `spbe sheet` ({detail})",
            "en": "this workbook was not made by `spbe sheet` ({detail})",
        },
        title={"id": "Bukan buku kerja isian spbe", "en": "Not an spbe fill-in workbook"},
        text={
            "id": (
                "Hanya buku kerja dari `spbe sheet UNIT` yang dapat diimpor: lembar tersembunyi "
                "`_spbe` menyimpan unit, tahun, katalog dan sidik berkas YAML asalnya. Buat buku "
                "kerja baru dengan `spbe sheet` dan salin isiannya ke sana."
            ),
            "en": (
                "Only a workbook made by `spbe sheet UNIT` can be imported: its hidden sheet "
                "`_spbe` holds the unit, year, catalogue and the fingerprint of the YAML file it "
                "came from. Make a new one with `spbe sheet` and copy the entries into it."
            ),
        },
    ),
    Rule(
        "W004",
        E,
        message={
            "id": "buku kerja ini untuk {expected}, tetapi {file} berisi {found}",
            "en": "this workbook is for {expected}, but {file} holds {found}",
        },
        title={"id": "Buku kerja untuk unit lain", "en": "Workbook of another unit"},
        text={
            "id": (
                "Unit, tahun dan katalog buku kerja harus sama dengan berkas YAML yang akan "
                "diubahnya. Periksa apakah buku kerja tertukar antar-unit atau antar-tahun."
            ),
            "en": (
                "The workbook's unit, year and catalogue must match the YAML file it changes. "
                "Check whether workbooks were swapped between units or years."
            ),
        },
    ),
    Rule(
        "W005",
        E,
        message={
            "id": (
                "{file} sudah berubah sejak buku kerja ini dibuat; buat buku kerja baru, atau "
                "periksa perbedaannya lalu pakai --force"
            ),
            "en": (
                "{file} changed since this workbook was made; make a new workbook, or check the "
                "differences and use --force"
            ),
        },
        title={"id": "Berkas YAML sudah berubah", "en": "The YAML file changed"},
        text={
            "id": (
                "Buku kerja menyimpan sidik (SHA-256) berkas unit saat dibuat. Bila berkas itu "
                "diubah sesudahnya, isian buku kerja dapat menimpa perubahan tersebut. Dengan "
                "--force isian buku kerja dipakai untuk setiap sel yang diubah, dan perbedaannya "
                "ditampilkan."
            ),
            "en": (
                "The workbook keeps the unit file's fingerprint (SHA-256) from when it was made. "
                "If the file changed since, the workbook could overwrite those changes. With "
                "--force the workbook's entries are used for every cell that changed, and the "
                "differences are shown."
            ),
        },
    ),
    Rule(
        "W006",
        E,
        message={
            "id": "lembar `{sheet}` tidak ada (diganti nama atau dihapus?)",
            "en": "sheet `{sheet}` is missing (renamed or deleted?)",
        },
        title={"id": "Lembar hilang", "en": "Missing sheet"},
        text={
            "id": "Nama dan urutan lembar buku kerja isian tidak boleh diubah.",
            "en": "The sheets of a fill-in workbook must keep their names and order.",
        },
    ),
    Rule(
        "W007",
        E,
        message={
            "id": "lembar tambahan `{sheet}`; hapus lembar itu atau salin isiannya ke lembar asli",
            "en": "extra sheet `{sheet}`; delete it or copy its entries to the original sheets",
        },
        title={"id": "Lembar tambahan", "en": "Extra sheet"},
        text={
            "id": (
                "Hanya lembar yang dibuat `spbe sheet` yang dibaca; isian di lembar lain akan "
                "hilang tanpa kabar, maka buku kerja seperti itu ditolak."
            ),
            "en": (
                "Only the sheets `spbe sheet` made are read; entries on another sheet would be "
                "lost without a word, so such a workbook is refused."
            ),
        },
    ),
    Rule(
        "W008",
        E,
        message={
            "id": "sel {cells} digabung (merge); pisahkan kembali",
            "en": "cells {cells} are merged; unmerge them",
        },
        title={"id": "Sel digabung", "en": "Merged cells"},
        text={
            "id": (
                "Sel yang digabung menyembunyikan isian di baliknya dan menggeser kolom. "
                "Pisahkan kembali (Unmerge) lalu simpan."
            ),
            "en": (
                "Merged cells hide the entries behind them and shift columns. Unmerge them "
                "and save."
            ),
        },
    ),
    Rule(
        "W009",
        E,
        message={
            "id": "sel berisi rumus `{formula}`; ketik nilainya saja",
            "en": "the cell holds a formula `{formula}`; type the value itself",
        },
        title={"id": "Rumus di sel isian", "en": "Formula in a fill-in cell"},
        text={
            "id": (
                "Sel isian dibaca apa adanya, tanpa menghitung rumus: hasil rumus bergantung "
                "pada program yang terakhir menyimpannya. Ketik nilainya langsung; teks yang "
                "diawali `=` diketik dengan tanda petik tunggal di depannya."
            ),
            "en": (
                "Fill-in cells are read as they are, without evaluating formulas: a formula's "
                "result depends on the program that last saved it. Type the value itself; text "
                "starting with `=` is typed with a leading apostrophe."
            ),
        },
    ),
    Rule(
        "W010",
        E,
        message={
            "id": "struktur lembar berubah: {detail}",
            "en": "the sheet's structure changed: {detail}",
        },
        title={"id": "Struktur lembar berubah", "en": "Sheet structure changed"},
        text={
            "id": (
                "Baris dan kolom buku kerja isian tidak boleh disisipkan, dihapus atau "
                "dipindah: kode indikator dan kolom menunjukkan ke mana isian masuk. Untuk "
                "menghapus data dukung, kosongkan isinya; untuk menambah, isi baris kosong di "
                "bawahnya."
            ),
            "en": (
                "Rows and columns of a fill-in workbook must not be inserted, deleted or moved: "
                "the indicator ids and columns say where each entry goes. To remove evidence, "
                "clear its cells; to add some, fill the empty rows below."
            ),
        },
    ),
    Rule(
        "W011",
        E,
        message={
            "id": "`{value}` bukan tingkat; pilih dari daftar (mis. `{example}`){hint}",
            "en": "`{value}` is not a level; pick one from the list (e.g. `{example}`){hint}",
        },
        title={"id": "Tingkat tidak dikenal", "en": "Unknown level"},
        text={
            "id": (
                "Tingkat diisi sebagai angka atau pilihan daftar (`3 - Terdefinisi`), bukan kata "
                "(`tiga`). Katalog bernilai desimal menerima `2,5` atau `2.5`."
            ),
            "en": (
                "A level is a number or a choice from the list (`3 - Terdefinisi`), not a word "
                "(`three`). Decimal catalogues take `2,5` or `2.5`."
            ),
        },
    ),
    Rule(
        "W012",
        E,
        message={
            "id": "sel berisi {found}, padahal yang diharapkan {expected}",
            "en": "the cell holds {found} where {expected} is expected",
        },
        title={"id": "Jenis isian salah", "en": "Wrong kind of entry"},
        text={
            "id": (
                "Excel kadang mengubah ketikan menjadi tanggal atau angka. Penjelasan dan judul "
                "adalah teks; tanggal ditulis sebagai tanggal atau `2026-03-31`."
            ),
            "en": (
                "Spreadsheets sometimes turn what was typed into a date or a number. "
                "Explanations and titles are text; dates are dates or `2026-03-31`."
            ),
        },
    ),
    Rule(
        "W013",
        E,
        message={
            "id": "lembar berisi lebih dari {limit} baris; buku kerja isian tidak sebesar itu",
            "en": "the sheet holds more than {limit} rows; no fill-in workbook is that large",
        },
        title={"id": "Terlalu banyak baris", "en": "Too many rows"},
        text={
            "id": "Buku kerja sebesar itu bukan isian satu unit; tidak dibaca lebih jauh.",
            "en": "A workbook that large is not one unit's entries; it is not read further.",
        },
    ),
    Rule(
        "W014",
        E,
        message={
            "id": "berkas terlalu besar: {size} (batas {limit}), dihitung setelah isinya dibuka",
            "en": "the file is too large: {size} (limit {limit}), counted once unpacked",
        },
        title={"id": "Berkas terlalu besar", "en": "File too large"},
        text={
            "id": (
                "Berkas .xlsx adalah arsip zip. Berkas kecil yang mengembang menjadi sangat "
                "besar saat dibuka (zip bomb), atau berkas yang memang terlalu besar, tidak "
                "dibaca agar mesin tidak kehabisan memori."
            ),
            "en": (
                "An .xlsx file is a zip archive. A small file that expands to a huge size when "
                "opened (a zip bomb), or a file that is simply too large, is not read, so that "
                "the machine does not run out of memory."
            ),
        },
    ),
    Rule(
        "W015",
        E,
        message={
            "id": "buku kerja dilindungi kata sandi (terenkripsi); simpan ulang tanpa kata sandi",
            "en": "the workbook is encrypted with a password; save it again without one",
        },
        title={"id": "Buku kerja terenkripsi", "en": "Encrypted workbook"},
        text={
            "id": (
                "Isi buku kerja terenkripsi tidak dapat dibaca. Buka, hapus kata sandinya "
                "(File > Info > Protect Workbook), lalu simpan."
            ),
            "en": (
                "An encrypted workbook cannot be read. Open it, remove the password "
                "(File > Info > Protect Workbook) and save it."
            ),
        },
    ),
    Rule(
        "W016",
        E,
        message={
            "id": "buku kerja memiliki tautan ke berkas lain ({detail}); hapus tautannya",
            "en": "the workbook links to other files ({detail}); remove the links",
        },
        title={"id": "Tautan eksternal", "en": "External links"},
        text={
            "id": (
                "Tautan eksternal membuat isian bergantung pada berkas di komputer pengisi. "
                "Ganti dengan nilainya (Data > Edit Links > Break Link)."
            ),
            "en": (
                "External links make entries depend on files on the filler's computer. "
                "Replace them by their values (Data > Edit Links > Break Link)."
            ),
        },
    ),
    Rule(
        "W017",
        E,
        message={
            "id": "baris data dukung: {detail}",
            "en": "evidence row: {detail}",
        },
        title={"id": "Baris data dukung tidak lengkap", "en": "Incomplete evidence row"},
        text={
            "id": (
                "Setiap data dukung baru memerlukan kode indikator milik unit ini dan judul, "
                "serta path berkas di repositori atau URL."
            ),
            "en": (
                "Each new evidence row needs an indicator id of this unit and a title, and a "
                "file path in the repository or a URL."
            ),
        },
    ),
    Rule(
        "W018",
        E,
        message={
            "id": "buku kerja lain untuk {file} juga diimpor ({other}); impor satu per unit",
            "en": "another workbook for {file} is imported too ({other}); import one per unit",
        },
        title={"id": "Dua buku kerja untuk satu unit", "en": "Two workbooks for one unit"},
        text={
            "id": "Dua buku kerja untuk berkas yang sama akan saling menimpa; pilih satu.",
            "en": "Two workbooks for the same file would overwrite each other; pick one.",
        },
    ),
    Rule(
        "W019",
        E,
        message={
            "id": "berkas unit {file} tidak ada di repositori ini",
            "en": "the unit file {file} is not in this repository",
        },
        title={"id": "Berkas unit tidak ada", "en": "Unit file missing"},
        text={
            "id": (
                "Buku kerja diimpor ke berkas unit yang menjadi asalnya. Jalankan `spbe import` "
                "di repositori penilaian (atau dengan --repo), dan buat berkasnya dengan "
                "`spbe new` bila belum ada."
            ),
            "en": (
                "A workbook is imported into the unit file it came from. Run `spbe import` in "
                "the assessment repository (or with --repo), and make the file with `spbe new` "
                "if it does not exist."
            ),
        },
    ),
    Rule(
        "W020",
        E,
        message={
            "id": "isian buku kerja tidak dapat ditulis ke berkas ini tanpa mengubah bagian lain "
            "({detail}); tulis perubahannya dengan tangan",
            "en": "the workbook's entries cannot be written into this file without changing "
            "other parts ({detail}); make the change by hand",
        },
        title={"id": "Berkas tidak dapat diubah di tempat", "en": "File cannot be edited in place"},
        text={
            "id": (
                "`spbe import` hanya mengganti nilai yang berubah dan membiarkan setiap byte "
                "lain. Tata letak YAML yang tidak lazim (mis. pemetaan dalam satu baris `{...}`) "
                "tidak dapat diubah begitu; ubah berkasnya dengan tangan atau tulis ulang bagian "
                "itu dalam bentuk blok."
            ),
            "en": (
                "`spbe import` replaces only the values that changed and leaves every other "
                "byte. An unusual YAML layout (e.g. a one-line `{...}` mapping) cannot be edited "
                "that way; change the file by hand or rewrite that part in block style."
            ),
        },
    ),
    Rule(
        "W021",
        E,
        message={
            "id": "`{part}` terlalu besar untuk dibaca: {size} (batas {limit}); buku kerja isian "
            "tidak sebesar itu",
            "en": "`{part}` is too large to read: {size} (limit {limit}); no fill-in workbook is "
            "that large",
        },
        title={"id": "Lembar terlalu besar untuk dibaca", "en": "Sheet too large to read"},
        text={
            "id": (
                "`spbe import` hanya membuka lembar yang dibacanya (Indikator, Data dukung, "
                "_spbe) dan bagian yang menyertainya (teks bersama, gaya), dan mengukur "
                "masing-masing sebelum membukanya: isi yang dibuka atau jumlah sel yang "
                "dinyatakan lembar itu di atas batas berarti bukan isian satu unit, dan tidak "
                "dibaca sama sekali. Lembar lain tidak pernah dibuka."
            ),
            "en": (
                "`spbe import` opens only the sheets it reads (Indicators, Evidence, _spbe) and "
                "the parts that come with them (shared strings, styles), and measures each one "
                "before opening it: unpacked content or a declared cell count over the limit is "
                "not one unit's entries, and is not read at all. Other sheets are never opened."
            ),
        },
    ),
)

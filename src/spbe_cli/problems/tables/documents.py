"""Messages and problem codes D: the documents an instansi signs (``spbe document``).

The codes D locate a refused or failing DOCX template (a repository's own, or ``--templates``),
the letterhead's logo and the signatories of ``spbe.yaml``. One rule per code; never renumber
or reuse a code, retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.base.lang import Lang
from spbe_cli.problems.rule import E, Rule, W

RULES = (
    Rule(
        "D001",
        E,
        message={
            "id": "templat DOCX tidak dapat dibaca: {detail}",
            "en": "the DOCX template cannot be read: {detail}",
        },
        title={"id": "Templat DOCX tidak terbaca", "en": "Unreadable DOCX template"},
        text={
            "id": (
                "`spbe document` membaca templat Word (.docx) dari `templates/document/` di "
                "repositori atau dari `--templates DIR`. Berkas ini bukan .docx (mungkin berkas "
                "lain yang diberi nama .docx), rusak, atau tidak berisi `word/document.xml`. "
                "Buka di Word atau LibreOffice lalu simpan sebagai Dokumen Word (.docx). Gambar "
                "di dalam templat harus PNG, JPEG atau GIF. Templat yang dicapai lewat tautan "
                "(symlink) ke luar repositori, atau ke luar folder `--templates`, tidak dipakai."
            ),
            "en": (
                "`spbe document` reads Word templates (.docx) from the repository's "
                "`templates/document/` or from `--templates DIR`. This file is not a .docx "
                "(perhaps another file named .docx), is damaged, or holds no "
                "`word/document.xml`. Open it in Word or LibreOffice and save it as a Word "
                "Document (.docx). Pictures inside a template must be PNG, JPEG or GIF. A "
                "template reached through a link (symlink) out of the repository, or out of the "
                "`--templates` folder, is not used."
            ),
        },
    ),
    Rule(
        "D002",
        E,
        message={
            "id": "templat DOCX terlalu besar: {size} (batas {limit})",
            "en": "the DOCX template is too large: {size} (limit {limit})",
        },
        title={"id": "Templat DOCX terlalu besar", "en": "DOCX template too large"},
        text={
            "id": (
                "Templat datang dari pull request, jadi ukurannya diperiksa sebelum dibuka: "
                "ukuran berkas, jumlah bagian di dalam zip, ukuran tiap bagian setelah dibuka "
                "dan rasio pemampatannya (bom zip), jumlah elemen XML (1.000.000) dan "
                "kedalamannya (256), serta ukuran gambar dalam piksel: LibreOffice membuka tiap "
                "gambar di memori untuk mencetaknya, jadi semua gambar bersama paling banyak 40 "
                "megapiksel. Templat surat biasa jauh di bawah batas; kecilkan gambar di "
                "dalamnya."
            ),
            "en": (
                "Templates come from pull requests, so their size is checked before they are "
                "opened: the file, the number of parts in the zip, each part unpacked and its "
                "compression ratio (a zip bomb), the XML elements (1,000,000) and their nesting "
                "(256), and each picture's size in pixels: LibreOffice unpacks every picture in "
                "memory to print it, so all pictures together hold 40 megapixels at most. An "
                "ordinary letter template is far below the limits; make its pictures smaller."
            ),
        },
    ),
    Rule(
        "D003",
        E,
        message={
            "id": "templat DOCX berisi makro ({detail}); simpan ulang sebagai Dokumen Word "
            "(.docx) tanpa makro",
            "en": "the DOCX template holds macros ({detail}); save it again as a Word Document "
            "(.docx) without macros",
        },
        title={"id": "Templat bermakro ditolak", "en": "Template with macros refused"},
        text={
            "id": (
                "Makro dapat menjalankan kode di komputer yang membuka dokumen. Templat dengan "
                "`vbaProject.bin`, tipe isi bermakro atau berakhiran .docm/.dotm tidak dipakai."
            ),
            "en": (
                "Macros can run code on the computer that opens the document. A template with "
                "`vbaProject.bin`, a macro-enabled content type or a .docm/.dotm name is not used."
            ),
        },
    ),
    Rule(
        "D004",
        E,
        message={
            "id": "bagian XML ini memuat DTD atau entitas, yang ditolak ({detail})",
            "en": "this XML part declares a DTD or entities, which are refused ({detail})",
        },
        title={"id": "DTD di templat ditolak", "en": "DTD in a template refused"},
        text={
            "id": (
                "Word tidak pernah menulis DTD di dalam .docx. Entitas XML dapat membaca berkas "
                "lain di komputer (XXE) atau mengembang tanpa batas, jadi bagian yang memuatnya "
                "ditolak sebelum dibaca."
            ),
            "en": (
                "Word never writes a DTD inside a .docx. XML entities can read other files of the "
                "computer (XXE) or expand without end, so a part that declares them is refused "
                "before it is read."
            ),
        },
    ),
    Rule(
        "D005",
        E,
        message={
            "id": "templat merujuk ke luar dokumen ({detail}); hanya tautan biasa yang diterima",
            "en": "the template refers outside the document ({detail}); only plain links are "
            "accepted",
        },
        title={"id": "Rujukan keluar ditolak", "en": "Outside reference refused"},
        text={
            "id": (
                "Gambar tertaut, templat terlampir di server, field INCLUDETEXT, "
                "INCLUDEPICTURE, LINK atau DDE akan membaca berkas atau alamat lain ketika "
                "dokumen dibuka atau diubah ke PDF. Hanya hyperlink dan field yang menampilkan "
                "isi dokumen itu sendiri (PAGE, NUMPAGES, SECTIONPAGES, SECTION, DATE, TIME, REF, "
                "PAGEREF, NOTEREF, SEQ, STYLEREF, TOC, HYPERLINK) yang diterima; sisipkan gambar "
                "ke dalam dokumen."
            ),
            "en": (
                "A linked picture, a template attached from a server, or an INCLUDETEXT, "
                "INCLUDEPICTURE, LINK or DDE field would read another file or address when the "
                "document is opened or turned into a PDF. Only hyperlinks and the fields that "
                "show the document's own content (PAGE, NUMPAGES, SECTIONPAGES, SECTION, DATE, "
                "TIME, REF, PAGEREF, NOTEREF, SEQ, STYLEREF, TOC, HYPERLINK) are accepted; embed "
                "pictures instead."
            ),
        },
    ),
    Rule(
        "D006",
        E,
        message={
            "id": "templat memuat objek tersemat yang ditolak ({detail})",
            "en": "the template holds an embedded object, which is refused ({detail})",
        },
        title={"id": "Objek tersemat ditolak", "en": "Embedded object refused"},
        text={
            "id": (
                "Objek OLE, kontrol ActiveX dan dokumen tersemat dijalankan atau dibuka oleh "
                "program lain ketika dokumen dibuka. Sebuah templat surat tidak memerlukannya."
            ),
            "en": (
                "OLE objects, ActiveX controls and embedded documents are run or opened by "
                "other programs when the document is opened. A letter template needs none."
            ),
        },
    ),
    Rule(
        "D007",
        E,
        message={
            "id": "templat gagal dirender{where}: {detail}",
            "en": "the template failed to render{where}: {detail}",
        },
        title={"id": "Templat gagal dirender", "en": "Template failed to render"},
        text={
            "id": (
                "Tag templat (`{{ d.index }}`, `{%tr for ... %}`) dijalankan di sandbox yang "
                "sama dengan templat HTML: tanpa atribut `_`, tanpa memanggil metode berbahaya, "
                "dengan batas waktu, memori dan ukuran. Nama yang salah ketik, tag yang tidak "
                "ditutup atau upaya keluar dari sandbox berhenti di sini; pesan menyebut "
                "paragraf tempat tag itu berada."
            ),
            "en": (
                "Template tags (`{{ d.index }}`, `{%tr for ... %}`) run in the same sandbox as "
                "the HTML templates: no `_` attributes, no unsafe methods, bounded time, memory "
                "and size. A misspelt name, an unclosed tag or an attempt to leave the sandbox "
                "stops here; the message names the paragraph that holds the tag."
            ),
        },
    ),
    Rule(
        "D008",
        E,
        message={
            "id": "logo `{logo}` tidak dapat dipakai: {detail}",
            "en": "the logo `{logo}` cannot be used: {detail}",
        },
        title={"id": "Logo tidak dapat dipakai", "en": "Unusable logo"},
        text={
            "id": (
                "`documents.logo` di spbe.yaml menyebut gambar PNG atau JPEG di dalam "
                "repositori (paling besar 2 MB dan 16 megapiksel, misalnya 4000 × 4000 piksel) "
                "untuk kop surat. Path di luar repositori, berkas yang tidak ada, bukan PNG/JPEG "
                "atau lebih besar dari itu tidak dipakai."
            ),
            "en": (
                "`documents.logo` in spbe.yaml names a PNG or JPEG picture inside the repository "
                "(2 MB and 16 megapixels at most, such as 4000 × 4000 pixels) for the letterhead. "
                "A path outside the repository, a missing file, or one that is not a PNG or JPEG "
                "or is larger is not used."
            ),
        },
    ),
    Rule(
        "D009",
        W,
        message={
            "id": "penanda tangan `{key}` belum diatur; nama, pangkat dan NIP dibiarkan kosong "
            "untuk diisi tangan",
            "en": "the signatory `{key}` is not set; the name, rank and NIP are left blank to "
            "be filled in by hand",
        },
        title={"id": "Penanda tangan belum diatur", "en": "Signatory not set"},
        text={
            "id": (
                "Blok tanda tangan mengambil nama, jabatan, pangkat dan NIP dari spbe.yaml: "
                "`documents.signatories.ketua` (Ketua Tim Asesor Internal), "
                "`documents.signatories.koordinator` (Koordinator) dan `units.<unit>.head` "
                "(kepala unit, untuk lembar kerja). Tanpa itu dokumen tetap dibuat dengan "
                "baris kosong."
            ),
            "en": (
                "Signature blocks take the name, position, rank and NIP from spbe.yaml: "
                "`documents.signatories.ketua` (head of the internal assessor team), "
                "`documents.signatories.koordinator` (the coordinator) and `units.<unit>.head` "
                "(the unit head, for the worksheet). Without them the document is still made, "
                "with blank lines."
            ),
        },
    ),
)

MESSAGES: dict[str, dict[Lang, str]] = {
    # titles
    "doc_ba_title": {"id": "Berita Acara", "en": "Official Record"},
    "doc_ba_subtitle": {
        "id": "Penilaian Mandiri {framework} Tahun {year}",
        "en": "{framework} Self-Assessment {year}",
    },
    "doc_pp_title": {"id": "Pernyataan Persetujuan Publikasi", "en": "Consent to Publish"},
    "doc_pp_subtitle": {
        "id": "Hasil Penilaian {framework} Tahun {year}",
        "en": "{framework} Assessment Result {year}",
    },
    "doc_lk_title": {"id": "Lembar Kerja Penilaian Mandiri", "en": "Self-Assessment Worksheet"},
    "doc_lk_subtitle": {
        "id": "{framework} Tahun {year}: {unit}",
        "en": "{framework} {year}: {unit}",
    },
    "doc_ct_title": {
        "id": "Catatan Perbaikan Butir Bukti",
        "en": "Notes on Evidence Items Sent Back",
    },
    "doc_ct_subtitle": {
        "id": "Penilaian {framework} Tahun {year}",
        "en": "{framework} Assessment {year}",
    },
    "doc_full_title": {"id": "{title} {subtitle}", "en": "{title}: {subtitle}"},
    "doc_nomor_line": {"id": "Nomor: {nomor}", "en": "Number: {nomor}"},
    "doc_nomor_blank": {"id": "........../........../{year}", "en": "........../........../{year}"},
    "doc_blank": {"id": "....................", "en": "...................."},
    # the opening, day and date in words (kop and opening of an official record)
    "doc_date_words": {
        "id": "Pada hari ini, {weekday}, tanggal {day} bulan {month} tahun {year}",
        "en": "On this day, {weekday}, the {day} of {month} in the year {year}",
    },
    "doc_ba_opening": {
        "id": (
            "{date_words}, bertempat di {place}, kami yang bertanda tangan di bawah ini telah "
            "menyelesaikan Penilaian Mandiri {framework} Tahun {year} di lingkungan {instansi} "
            "berdasarkan {regulation}."
        ),
        "en": (
            "{date_words}, at {place}, we the undersigned have completed the {framework} "
            "Self-Assessment of {instansi} for {year} under {regulation}."
        ),
    },
    "doc_ba_assessed": {
        "id": (
            "Penilaian diisi oleh {units} pengampu indikator dan diperiksa oleh Tim Asesor "
            "Internal."
        ),
        "en": (
            "The assessment was filled in by {units} leading the indicators and checked by the "
            "internal assessor team."
        ),
    },
    "doc_units": {"id": "{count} unit kerja", "en": "{count} units"},
    "doc_units_one": {"id": "{count} unit kerja", "en": "{count} unit"},
    "doc_stage_values": {
        "id": "Nilai yang dicantumkan adalah nilai tahap {stage}.",
        "en": "The values shown are those of the {stage} stage.",
    },
    "doc_stage_values_by": {
        "id": "Nilai yang dicantumkan adalah nilai tahap {stage} ({assessor}).",
        "en": "The values shown are those of the {stage} stage ({assessor}).",
    },
    "doc_ba_result": {
        "id": (
            "{index_name} {instansi} Tahun {year} adalah {index} dengan predikat {predikat}; "
            "rinciannya per aspek pada Tabel 1 dan per indikator pada Tabel 2."
        ),
        "en": (
            "The {index_name} of {instansi} for {year} is {index}, predikat {predikat}; by "
            "aspect in Table 1 and by indicator in Table 2."
        ),
    },
    "doc_missing": {
        "id": "{count} indikator belum dijawab dan dihitung pada tingkat terendah.",
        "en": "{count} indicators are not answered and count at the lowest level.",
    },
    "doc_missing_one": {
        "id": "{count} indikator belum dijawab dan dihitung pada tingkat terendah.",
        "en": "{count} indicator is not answered and counts at the lowest level.",
    },
    "doc_ba_statement": {
        "id": (
            "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
            "mestinya."
        ),
        "en": "This record was made truthfully, to be used as appropriate.",
    },
    "doc_table_aspects": {"id": "Tabel 1. Indeks per aspek", "en": "Table 1. Index by aspect"},
    "doc_table_indicators": {
        "id": "Tabel 2. Nilai per indikator",
        "en": "Table 2. Value by indicator",
    },
    # under a table whose values are marked "*" (the year view's `pending`)
    "doc_pending_note": {
        "id": "* Menunggu nilai indeks instansi lain; dihitung {value} sampai nilainya tersedia.",
        "en": "* Waiting for another agency's index value; counted as {value} until supplied.",
    },
    # the consent to publish
    "doc_pp_intro": {"id": "Yang bertanda tangan di bawah ini:", "en": "The undersigned:"},
    "doc_pp_consent": {
        "id": (
            "selaku Koordinator {framework} di lingkungan {instansi}, dengan ini menyatakan "
            "menyetujui hasil penilaian {framework} Tahun {year} untuk dipublikasikan."
        ),
        "en": (
            "as the {framework} coordinator of {instansi}, hereby consents to the publication "
            "of its {framework} assessment result for {year}."
        ),
    },
    "doc_pp_result": {
        "id": "Hasil penilaian mandiri: {index_name} {index} dengan predikat {predikat}.",
        "en": "Self-assessment result: {index_name} {index}, predikat {predikat}.",
    },
    "doc_pp_statement": {
        "id": "Demikian pernyataan ini dibuat dengan sebenarnya.",
        "en": "This statement was made truthfully.",
    },
    # the unit's worksheet
    "doc_lk_intro": {
        "id": (
            "Indikator yang diampu {unit} pada penilaian {framework} Tahun {year}, dengan nilai, "
            "penjelasan, butir bukti dan catatan reviu internal."
        ),
        "en": (
            "The indicators {unit} leads in the {framework} assessment {year}, with their "
            "values, explanations, evidence items and internal review notes."
        ),
    },
    "doc_lk_none": {
        "id": "Unit ini tidak mengampu indikator pada tahun ini.",
        "en": "This unit leads no indicator this year.",
    },
    "doc_lk_items": {"id": "Butir bukti", "en": "Evidence items"},
    "doc_lk_no_items": {"id": "Tidak ada butir bukti.", "en": "No evidence items."},
    "doc_lk_statement": {
        "id": (
            "Isian di atas sesuai dengan keadaan unit kerja dan bukti yang diunggah, dan "
            "dipertanggungjawabkan oleh kepala unit."
        ),
        "en": (
            "The entries above match the unit's situation and the evidence uploaded, and the "
            "unit head answers for them."
        ),
    },
    # the notes on items sent back
    "doc_ct_intro": {
        "id": (
            "Butir bukti yang dikembalikan (revisi){scope}, per unit kerja, dengan alasan, "
            "catatan asesor dan yang diminta kriteria. Perbaiki lalu unggah kembali."
        ),
        "en": (
            "Evidence items sent back (revisi){scope}, by unit, with the reason, the assessors' "
            "note and what the criterion asks. Fix them and upload them again."
        ),
    },
    "doc_ct_scope": {"id": " pada tahap {stage}", "en": " at the {stage} stage"},
    "doc_ct_none": {
        "id": "Tidak ada butir bukti yang dikembalikan.",
        "en": "No evidence item was sent back.",
    },
    "doc_ct_statement": {
        "id": (
            "Demikian catatan ini disampaikan untuk ditindaklanjuti oleh unit kerja yang "
            "bersangkutan."
        ),
        "en": "These notes are handed to the units concerned for follow-up.",
    },
    "doc_stage_review": {"id": "reviu", "en": "review"},
    "doc_ct_answer": {
        "id": "jawaban indikator (reviu internal)",
        "en": "the indicator's answer (internal review)",
    },
    # evidence status of an indicator
    "doc_ev_none": {"id": "belum ada bukti", "en": "no evidence"},
    "doc_ev_count": {"id": "{count} bukti", "en": "{count} items"},
    "doc_ev_count_one": {"id": "{count} bukti", "en": "{count} item"},
    "doc_ev_accepted": {"id": "{count} diterima", "en": "{count} accepted"},
    "doc_ev_revisi": {"id": "{count} revisi", "en": "{count} sent back"},
    "doc_ev_pending": {"id": "{count} belum dinilai", "en": "{count} not assessed"},
    # signature blocks
    "doc_role_ketua": {
        "id": "Ketua Tim Asesor Internal",
        "en": "Head of the Internal Assessor Team",
    },
    "doc_role_koordinator": {"id": "Koordinator {framework}", "en": "{framework} Coordinator"},
    "doc_nip_line": {"id": "NIP. {nip}", "en": "NIP {nip}"},
    "doc_place_date": {"id": "{place}, {date}", "en": "{place}, {date}"},
    # table headings and labels
    "doc_no": {"id": "No.", "en": "No."},
    "doc_code": {"id": "Kode", "en": "Code"},
    "doc_aspect": {"id": "Aspek", "en": "Aspect"},
    "doc_weight": {"id": "Bobot (%)", "en": "Weight (%)"},
    "doc_index": {"id": "Indeks", "en": "Index"},
    "doc_indicator": {"id": "Indikator", "en": "Indicator"},
    "doc_value": {"id": "Nilai", "en": "Value"},
    "doc_lead_unit": {"id": "Unit pengampu", "en": "Lead unit"},
    "doc_evidence": {"id": "Status bukti", "en": "Evidence status"},
    "doc_explanation": {"id": "Penjelasan", "en": "Explanation"},
    "doc_review": {"id": "Catatan reviu internal", "en": "Internal review note"},
    "doc_item": {"id": "Butir bukti", "en": "Evidence item"},
    "doc_level": {"id": "Tingkat", "en": "Level"},
    "doc_status": {"id": "Status", "en": "Status"},
    "doc_reason_note": {"id": "Alasan dan catatan", "en": "Reason and note"},
    "doc_asks": {"id": "Yang diminta kriteria", "en": "What the criterion asks"},
    "doc_asks_provisional": {
        "id": "Yang diminta kriteria (pedoman sementara)",
        "en": "What the criterion asks (provisional guidance)",
    },
    "doc_name": {"id": "Nama", "en": "Name"},
    "doc_nip": {"id": "NIP", "en": "NIP"},
    "doc_pangkat": {"id": "Pangkat/golongan", "en": "Rank/grade"},
    "doc_jabatan": {"id": "Jabatan", "en": "Position"},
    "doc_page": {"id": "Halaman", "en": "Page"},
    "doc_of": {"id": "dari", "en": "of"},
    "doc_digest": {
        "id": "Sidik data (SHA-256 spbe snapshot, tahap {stage}): {digest}",
        "en": "Data digest (SHA-256 of spbe snapshot, {stage} stage): {digest}",
    },
    # days of the week, Monday first (datetime.date.weekday)
    "doc_day_0": {"id": "Senin", "en": "Monday"},
    "doc_day_1": {"id": "Selasa", "en": "Tuesday"},
    "doc_day_2": {"id": "Rabu", "en": "Wednesday"},
    "doc_day_3": {"id": "Kamis", "en": "Thursday"},
    "doc_day_4": {"id": "Jumat", "en": "Friday"},
    "doc_day_5": {"id": "Sabtu", "en": "Saturday"},
    "doc_day_6": {"id": "Minggu", "en": "Sunday"},
    # the command
    "doc_suffix": {
        "id": "-o {path}: dokumen ditulis sebagai .docx atau .pdf",
        "en": "-o {path}: a document is written as .docx or .pdf",
    },
    "doc_unit_needed": {
        "id": "--unit: {kind} dibuat untuk satu unit; unit yang ada: {units}",
        "en": "--unit: {kind} is made for one unit; units: {units}",
    },
    "doc_unit_unused": {
        "id": "--unit: {kind} dibuat untuk seluruh instansi; --unit berlaku untuk lembar-kerja "
        "dan catatan",
        "en": "--unit: {kind} is made for the whole instansi; --unit is for lembar-kerja and "
        "catatan",
    },
    "doc_logo_outside": {
        "id": "path di luar repositori",
        "en": "a path outside the repository",
    },
    "doc_logo_missing": {"id": "berkas tidak ada atau kosong", "en": "no such file, or empty"},
    "doc_logo_format": {"id": "bukan gambar PNG atau JPEG", "en": "not a PNG or JPEG picture"},
    "doc_logo_size": {"id": "lebih dari {limit}", "en": "over {limit}"},
    "doc_logo_pixels": {
        "id": "gambar {width} × {height} piksel, {count} megapiksel (batas {limit} megapiksel)",
        "en": "a {width} × {height} pixel picture, {count} megapixels (limit {limit} megapixels)",
    },
    # what a refused DOCX template is too large in (D002) or holds (D001)
    "doc_unpacked": {"id": "{size} setelah dibuka", "en": "{size} unpacked"},
    "doc_ratio": {"id": "rasio kompresi {ratio}:1", "en": "compression ratio {ratio}:1"},
    "doc_parts": {"id": "{count} bagian", "en": "{count} parts"},
    "doc_tags": {"id": "{count} tag templat", "en": "{count} template tags"},
    "doc_nodes": {"id": "lebih dari {count} elemen XML", "en": "over {count} XML elements"},
    "doc_depth": {
        "id": "elemen XML bersarang lebih dari {count} tingkat",
        "en": "XML elements nested over {count} levels deep",
    },
    "doc_pixels": {
        "id": "gambar {width} × {height} piksel, semua gambar {total} megapiksel",
        "en": "a {width} × {height} pixel picture, {total} megapixels in all pictures",
    },
    "doc_mp": {"id": "{count} megapiksel", "en": "{count} megapixels"},
    "doc_picture_type": {
        "id": "gambar yang bukan PNG, JPEG atau GIF, atau rusak; simpan gambar sebagai PNG atau "
        "JPEG",
        "en": "a picture that is not a PNG, JPEG or GIF, or is damaged; save pictures as PNG or "
        "JPEG",
    },
    "doc_template_link": {
        "id": "tautan ke luar repositori; salin templatnya ke dalam repositori",
        "en": "a link out of the repository; copy the template into the repository",
    },
    "doc_template_link_dir": {
        "id": "tautan ke luar folder --templates `{folder}`; salin templatnya ke dalam folder itu",
        "en": "a link out of the --templates folder `{folder}`; copy the template into it",
    },
    "doc_bad_date": {
        "id": "--date: `{value}` bukan tanggal YYYY-MM-DD",
        "en": "--date: `{value}` is not a YYYY-MM-DD date",
    },
    "doc_no_such_date": {
        "id": "--date: `{value}` adalah tanggal yang tidak ada",
        "en": "--date: `{value}` is a date that does not exist",
    },
    "doc_stage_mandiri": {
        "id": (
            "--stage {stage}: {kind} adalah dokumen penilaian mandiri dan selalu memuat nilai "
            "tahap mandiri; --stage berlaku untuk lembar-kerja dan catatan"
        ),
        "en": (
            "--stage {stage}: {kind} is a self-assessment document and always shows the "
            "mandiri values; --stage is for lembar-kerja and catatan"
        ),
    },
    "doc_no_templates": {
        "id": "--templates: folder {path} tidak ada",
        "en": "--templates: the folder {path} does not exist",
    },
    "doc_pdf_missing": {
        "id": (
            "PDF dibuat dengan LibreOffice (soffice), yang tidak ditemukan; pasang LibreOffice "
            "Writer atau tulis .docx"
        ),
        "en": (
            "PDFs are made with LibreOffice (soffice), which was not found; install LibreOffice "
            "Writer or write a .docx"
        ),
    },
    "doc_pdf_failed": {
        "id": "LibreOffice tidak dapat membuat PDF: {detail}",
        "en": "LibreOffice could not make the PDF: {detail}",
    },
    "doc_pdf_limit": {
        "id": "LibreOffice berjalan dengan batas memori {limit}",
        "en": "LibreOffice runs with a memory limit of {limit}",
    },
    "doc_paragraph": {"id": " di paragraf «{text}»", "en": " in the paragraph «{text}»"},
    # a NIP in spbe.yaml (`documents.signatories`, `units.<unit>.head`): what S004 says of it
    "detail_nip_digits": {
        "id": "NIP terdiri atas 18 angka (boleh dipisah spasi, tanpa tanda lain)",
        "en": "a NIP is 18 digits (spaces between them are fine, nothing else)",
    },
    "detail_nip_length": {
        "id": "NIP harus 18 angka (terbaca {count})",
        "en": "a NIP has 18 digits (found {count})",
    },
    "detail_nip_birth": {
        "id": (
            "8 angka pertama NIP adalah tanggal lahir (tahun, bulan, tanggal), tetapi {value} "
            "bukan tanggal yang ada"
        ),
        "en": (
            "the first 8 digits of a NIP are a birth date (year, month, day), but {value} is no "
            "such date"
        ),
    },
    "detail_nip_month": {
        "id": (
            "angka ke-9 sampai ke-14 NIP adalah tahun dan bulan (TTTTBB), tetapi {value} tidak "
            "memuat bulan yang ada"
        ),
        "en": (
            "digits 9 to 14 of a NIP are a year and a month (YYYYMM), but {value} holds no such "
            "month"
        ),
    },
}

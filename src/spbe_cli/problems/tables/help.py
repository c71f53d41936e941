"""Messages: the help of every command and option (``--help``), in both languages.

Each text is found by its key, ``help.<command>`` and ``help.<command>.<parameter>`` (the
command's function name; a parameter several commands share may have one ``help.<parameter>``);
the command line declares no help text of its own (``cli/localized.py`` shows these)."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "help._root.install_completion": {
        "id": "Pasang pelengkapan perintah (completion) untuk shell ini.",
        "en": "Install completion for the current shell.",
    },
    "help._root.show_completion": {
        "id": "Tampilkan skrip pelengkapan untuk shell ini, untuk disalin atau disesuaikan.",
        "en": "Show completion for the current shell, to copy it or customize the installation.",
    },
    "help._root.version": {
        "id": "Tampilkan versi lalu keluar.",
        "en": "Show the version and exit.",
    },
    "help._root.debug": {
        "id": "Tampilkan traceback bila terjadi kesalahan internal.",
        "en": "Show the traceback when an internal error happens.",
    },
    "help._root.no_color": {
        "id": "Tanpa warna (sama dengan NO_COLOR=1).",
        "en": "No colours (same as NO_COLOR=1).",
    },
    "help._root": {
        "id": (
            "Penilaian mandiri Indeks Pemerintah Digital dan SPBE sebagai kode: skor, validasi "
            "dan bahan rapat dari berkas YAML.\n\nKode keluar: 0 berhasil, 1 ada error di data, "
            "2 salah pemakaian, 3 kesalahan internal, 130 dihentikan."
        ),
        "en": (
            "Pemerintah Digital and SPBE self-assessment as code: scores, validation and "
            "meeting handouts from YAML files.\n\nExit codes: 0 ok, 1 data errors, 2 usage, "
            "3 internal error, 130 interrupted."
        ),
    },
    "help.catalogue_check": {
        "id": (
            "Periksa keutuhan katalog: id unik, bobot, skala, kriteria, rentang "
            "predikat.\n\nKode keluar: 0 utuh; 1 ada masalah (dicetak dengan lokasinya)."
        ),
        "en": (
            "Check a catalogue's integrity: unique ids, weights, scales, criteria, "
            "predikat bands.\n\nExit codes: 0 sound; 1 problems found (printed with their "
            "location)."
        ),
    },
    "help.catalogue_check.files": {
        "id": "Id katalog (mis. pemdi-2026) atau path berkasnya.",
        "en": "Catalogue ids (such as pemdi-2026) or the paths of their files.",
    },
    "help.catalogue_list": {
        "id": "Daftar katalog bawaan.",
        "en": "List the bundled catalogues.",
    },
    "help.catalogue_show": {
        "id": ("Tampilkan struktur katalog, atau satu indikator dengan kriteria setiap tingkat."),
        "en": ("Show a catalogue's structure, or one indicator with the criteria of every level."),
    },
    "help.catalogue_show.ref": {
        "id": "Id katalog atau path berkasnya.",
        "en": "Catalogue id or the path of its file.",
    },
    "help.catalogue_show.indicator": {
        "id": "Satu indikator beserta kriterianya, mis. I5.",
        "en": "One indicator with its criteria, such as I5.",
    },
    "help.convert": {
        "id": (
            "PERKIRAAN jawaban di bawah katalog lain melalui crosswalk, untuk tren lintas "
            "regulasi.\n\nSetiap tingkat perkiraan dilabeli dengan indikator asalnya. Exit "
            "codes: 0; 1 ada error di\nmasukan atau tidak ada crosswalk; 2 salah pemakaian."
        ),
        "en": (
            "An ESTIMATE of the answers under another catalogue through a crosswalk, for "
            "trends across regulations.\n\nEvery estimated level is labelled with the "
            "indicators it came from. Exit codes: 0; 1 errors in the input or no "
            "crosswalk; 2 usage error."
        ),
    },
    "help.convert.path": {
        "id": "Folder tahun, mis. assessments/2019.",
        "en": "Year folder, such as assessments/2019.",
    },
    "help.convert.to": {
        "id": "Katalog tujuan, mis. spbe-2020.",
        "en": "Target catalogue, such as spbe-2020.",
    },
    "help.convert.fmt": {
        "id": "table, json atau yaml.",
        "en": "table, json or yaml.",
    },
    "help.convert.stage": {
        "id": "Tahap asal (bawaan mandiri).",
        "en": "Stage to start from (default mandiri).",
    },
    "help.catalogue": {
        "id": "Katalog indikator: periksa, daftar, tampilkan.",
        "en": "Indicator catalogues: check, list, show.",
    },
    "help.evidence_lock": {
        "id": (
            "Catat ukuran dan SHA-256 setiap berkas data dukung di "
            "spbe-evidence.lock.\n\nMengunci satu tahun memperbarui berkas tahun itu dan "
            "menyimpan yang lain.\n\nBerkas penilaian tidak diubah. `spbe validate` lalu "
            "melaporkan data dukung yang berubah atau\nhilang sesudah dikunci, dan yang "
            "belum dikunci. Kode keluar: 0 ditulis; 1 ada error."
        ),
        "en": (
            "Record the size and SHA-256 of every evidence file in "
            "spbe-evidence.lock.\n\nLocking one year updates that year's files and keeps "
            "the others.\n\nAssessment files are not changed. `spbe validate` then reports "
            "evidence that changed or disappeared after it was locked, and evidence not "
            "yet locked. Exit codes: 0 written; 1 errors."
        ),
    },
    "help.evidence_lock.paths": {
        "id": "Akar repositori (bawaan: repositori di sekitar folder kerja).",
        "en": "Repository root (default: the repository around the working folder).",
    },
    "help.evidence_lock.prune": {
        "id": (
            "Hapus dari kunci berkas yang tidak dirujuk tahun mana pun lagi (bawaan: tetap "
            "disimpan)."
        ),
        "en": "Drop from the lock the files no year points at any more (default: keep them).",
    },
    "help.evidence_status": {
        "id": (
            "Butir bukti per status dan unit: yang dikembalikan (revisi) beserta alasannya, "
            "yang belum\ndinilai, dan yang diterima.\n\nHanya butir yang memakai kode "
            "aplikasi (`id`). Kode keluar: 0 ditampilkan; 1 ada error."
        ),
        "en": (
            "Evidence items by status and unit: the ones sent back (revisi) with their reason, "
            "the ones not\nassessed yet, and the accepted ones.\n\nOnly items with an "
            "application code (`id`). Exit codes: 0 shown; 1 errors."
        ),
    },
    "help.evidence_status.paths": {
        "id": "Folder tahun, mis. assessments/2026.",
        "en": "Year folder, such as assessments/2026.",
    },
    "help.evidence_status.fmt": {
        "id": "table, json atau md.",
        "en": "table, json or md.",
    },
    "help.diff": {
        "id": (
            "Bandingkan dua penilaian: indeks, domain, aspek, dan setiap indikator (naik, "
            "turun, tetap,\nbaru, hilang) beserta unitnya.\n\nKode keluar: 0 dibandingkan; "
            "1 ada error di masukan; 2 salah pemakaian."
        ),
        "en": (
            "Compare two assessments: index, domains, aspects, and every indicator (up, "
            "down, unchanged, new, gone) with its unit.\n\nExit codes: 0 compared; 1 "
            "errors in the input; 2 usage error."
        ),
    },
    "help.diff.old": {
        "id": "Folder tahun atau REVISI:PATH git, mis. v2023:assessments/2023.",
        "en": "Year folder or git REVISION:PATH, such as v2023:assessments/2023.",
    },
    "help.diff.new": {
        "id": "Folder tahun atau REVISI:PATH git.",
        "en": "Year folder or git REVISION:PATH.",
    },
    "help.diff.fmt": {
        "id": "table, json atau md.",
        "en": "table, json or md.",
    },
    "help.diff.stage": {
        "id": "Tahap yang dibandingkan (bawaan mandiri).",
        "en": "Stage to compare (default mandiri).",
    },
    "help.plan": {
        "id": (
            "Rencana termurah untuk mencapai target indeks atau predikat: indikator mana "
            "naik ke\ntingkat berapa, berapa tambahan indeksnya, dan kriteria tingkat "
            "barunya.\n\nKode keluar: 0 rencana dibuat (termasuk bila target tidak dapat "
            "dicapai: dikatakan jelas);\n1 ada error di masukan; 2 salah pemakaian."
        ),
        "en": (
            "The cheapest plan to reach a target index or predikat: which indicators rise "
            "to which level, what each adds to the index, and the criteria of the new "
            "level.\n\nExit codes: 0 plan made (also when the target cannot be reached: "
            "said plainly); 1 errors in the input; 2 usage error."
        ),
    },
    "help.plan.path": {
        "id": "Folder tahun, mis. assessments/2023.",
        "en": "Year folder, such as assessments/2023.",
    },
    "help.plan.target": {
        "id": "Target indeks, mis. 3.50.",
        "en": "Target index, such as 3.50.",
    },
    "help.plan.predikat": {
        "id": 'Target berupa predikat, mis. "Sangat Baik".',
        "en": 'Target as a predikat, such as "Sangat Baik".',
    },
    "help.plan.stage": {
        "id": (
            "Tahap awal (bawaan: tahap terakhir yang ada: final, visitasi, interviu, dokumen, "
            "review, lalu mandiri)."
        ),
        "en": (
            "Stage to start from (default: the latest present: final, visitasi, interviu, "
            "dokumen, review, then mandiri)."
        ),
    },
    "help.report.stage": {
        "id": (
            "Tahap yang ditampilkan (bawaan: tahap terakhir yang ada: final, visitasi, "
            "interviu, dokumen, review, lalu mandiri)."
        ),
        "en": (
            "Stage to show (default: the latest present: final, visitasi, interviu, dokumen, "
            "review, then mandiri)."
        ),
    },
    "help.plan.max_step": {
        "id": "Berapa tingkat paling banyak satu indikator boleh naik.",
        "en": "How many levels one indicator may rise at most.",
    },
    "help.plan.exclude": {
        "id": "Indikator yang tidak boleh dinaikkan, mis. I45,I46.",
        "en": "Indicators that must not be raised, such as I45,I46.",
    },
    "help.plan.effort": {
        "id": "YAML biaya per kenaikan tingkat (bawaan: setiap kenaikan sama).",
        "en": "YAML of the cost of each level raised (default: every raise costs the same).",
    },
    "help.plan.fmt": {
        "id": "table, json atau md.",
        "en": "table, json or md.",
    },
    "help.evidence": {
        "id": "Data dukung: kunci berkas yang sudah dinilai.",
        "en": "Evidence (data dukung): lock the files that were assessed.",
    },
    "help.init": {
        "id": (
            "Siapkan repositori penilaian: spbe.yaml dengan unit dan indikatornya, satu "
            "berkas per\nunit, JSON Schema untuk editor, CI GitHub/GitLab, pre-commit, "
            "CODEOWNERS dan README.\n\nTidak pernah menimpa berkas. Kode keluar: 0 dibuat; "
            "1 ada berkas yang sudah ada (tanpa\n--force); 2 salah pemakaian."
        ),
        "en": (
            "Set up an assessments repository: spbe.yaml with units and their indicators, "
            "one file per unit, a JSON Schema for editors, GitHub/GitLab CI, pre-commit, "
            "CODEOWNERS and a README.\n\nNever overwrites a file. Exit codes: 0 created; 1 "
            "some files exist already (without --force); 2 usage error."
        ),
    },
    "help.init.directory": {
        "id": "Folder repositori baru (bawaan: folder kerja).",
        "en": "Folder of the new repository (default: the working folder).",
    },
    "help.init.instansi": {
        "id": 'Nama instansi, mis. "Pemerintah Kabupaten Contoh".',
        "en": 'Name of the instansi, such as "Pemerintah Kabupaten Contoh".',
    },
    "help.init.year": {
        "id": "Tahun penilaian (bawaan: tahun ini).",
        "en": "Assessment year (default: this year).",
    },
    "help.init.catalogue": {
        "id": (
            "Id katalog (bawaan: kerangka yang berlaku pada tahun itu, mis. pemdi-2026 untuk "
            "2026, spbe-2020 untuk 2020-2025)."
        ),
        "en": (
            "Catalogue id (default: the framework in force that year, e.g. pemdi-2026 for "
            "2026, spbe-2020 for 2020-2025)."
        ),
    },
    "help.init.force": {
        "id": (
            "Tulis versi baru berkas yang sudah ada ke folder spbe-baru/, tidak pernah menimpanya."
        ),
        "en": ("Write new versions of existing files to the folder spbe-baru/, never over them."),
    },
    "help.init.package": {
        "id": (
            'Sumber spbe untuk CI, dipatok pada tag atau commit, mis. "spbe @ '
            'git+https://<forge>/<pemilik>/spbe@v0.1.0". Tanpa ini: variabel CI '
            "SPBE_PACKAGE."
        ),
        "en": (
            'Where CI installs spbe from, pinned to a tag or commit, such as "spbe @ '
            'git+https://<forge>/<owner>/spbe@v0.1.0". Without it: the CI variable '
            "SPBE_PACKAGE."
        ),
    },
    "help.new": {
        "id": (
            "Berkas unit untuk tahun baru: jawaban tahun lalu dibawa dan ditandai untuk "
            "ditinjau,\natau daftar indikatornya dari spbe.yaml.\n\nKode keluar: 0 ditulis; "
            "1 berkas sudah ada atau ada error; 2 salah pemakaian."
        ),
        "en": (
            "A unit file for a new year: last year's answers carried over and marked for "
            "review, or its indicator list from spbe.yaml.\n\nExit codes: 0 written; 1 the "
            "file exists or errors; 2 usage error."
        ),
    },
    "help.new.unit": {
        "id": "Kode unit, mis. diskominfo.",
        "en": "Unit code, such as diskominfo.",
    },
    "help.new.year": {
        "id": "Tahun yang baru.",
        "en": "The new year.",
    },
    "help.codeowners": {
        "id": (
            "Buat ulang CODEOWNERS dari `units:` (owners) dan `assessors:` di "
            "spbe.yaml.\n\nPemilik berkas unit, pengaturan, hasil tahap, data dukung dan "
            "kuncinya. Kode keluar: 0\nditulis atau sudah sesuai; 1 tidak sesuai (dengan "
            "--check) atau spbe.yaml bermasalah; 2 salah\npemakaian."
        ),
        "en": (
            "Rebuild CODEOWNERS from `units:` (owners) and `assessors:` in "
            "spbe.yaml.\n\nOwners of the unit files, the settings, the stage results, the "
            "evidence and its lock. Exit codes: 0 written or already up to date; 1 out of "
            "date (with --check) or spbe.yaml has errors; 2 usage error."
        ),
    },
    "help.codeowners.check": {
        "id": "Hanya periksa: exit 1 bila CODEOWNERS tidak sesuai.",
        "en": "Only check: exit 1 when CODEOWNERS is out of date.",
    },
    "help.schema": {
        "id": (
            "JSON Schema (draft-07) berkas penilaian untuk editor: nama dan kriteria "
            "indikator muncul\nsaat kursor di atasnya, nilai dibatasi pada skalanya.\n\nExit "
            "codes: 0 ditulis; 1 katalog repositori bermasalah; 2 salah pemakaian."
        ),
        "en": (
            "JSON Schema (draft-07) of assessment files for editors: indicator names and "
            "criteria show under the cursor, values are limited to their scale.\n\nExit codes: "
            "0 written; 1 the repository's catalogue has a problem; 2 usage error."
        ),
    },
    "help.schema.catalogue": {
        "id": (
            "Id atau path katalog (bawaan: kerangka repositori: `catalogue:` di spbe.yaml, "
            "atau yang berlaku pada tahun terbaru; tanpa folder tahun: spbe-2020)."
        ),
        "en": (
            "Catalogue id or path (default: the repository's framework: `catalogue:` in "
            "spbe.yaml, else the one in force in its latest year; without a year folder: "
            "spbe-2020)."
        ),
    },
    "help.schema.kind": {
        "id": (
            "unit: berkas unit; stage: berkas hasil tahap (_dokumen.yaml, _interviu.yaml, "
            "_visitasi.yaml, _final.yaml)."
        ),
        "en": (
            "unit: unit files; stage: stage files (_dokumen.yaml, _interviu.yaml, "
            "_visitasi.yaml, _final.yaml)."
        ),
    },
    "help.schema.output": {
        "id": "Berkas hasil (bawaan: stdout).",
        "en": "Output file (default: stdout).",
    },
    "help.export": {
        "id": (
            "Ekspor penilaian satu tahun: buku kerja Excel, CSV, JSON, atau teks siap "
            "tempel ke\naplikasi monev nasional (tingkat, penjelasan, data dukung per "
            "indikator).\n\nKode keluar: 0 ditulis; 1 ada error di masukan; 2 salah "
            "pemakaian."
        ),
        "en": (
            "Export one year's assessment: an Excel workbook, CSV, JSON, or text ready to "
            "paste into the national monev application (level, penjelasan, data dukung per "
            "indicator).\n\nExit codes: 0 written; 1 errors in the input; 2 usage error."
        ),
    },
    "help.export.path": {
        "id": "Folder tahun.",
        "en": "Year folder.",
    },
    "help.export.fmt": {
        "id": "xlsx, csv, json atau portal (teks untuk aplikasi monev).",
        "en": "xlsx, csv, json or portal (text for the monev application).",
    },
    "help.export.output": {
        "id": "Berkas hasil (xlsx bawaan: <instansi>-<tahun>.xlsx).",
        "en": "Output file (xlsx default: <instansi>-<year>.xlsx).",
    },
    "help.sheet": {
        "id": (
            "Buku kerja isian (.xlsx) untuk satu unit: tingkat dengan daftar pilihan, "
            "penjelasan, data\ndukung, dan kriteria tiap tingkat. Unit mengisinya di Excel atau "
            "LibreOffice; `spbe import`\nmembawanya kembali ke berkas YAML.\n\nKode keluar: 0 "
            "ditulis; 1 berkas unit bermasalah; 2 salah pemakaian."
        ),
        "en": (
            "A fill-in workbook (.xlsx) for one unit: the level with a drop-down list, the "
            "explanation, the evidence, and the criteria of every level. The unit fills it in "
            "Excel or LibreOffice; `spbe import` brings it back into the YAML file.\n\nExit "
            "codes: 0 written; 1 the unit file has errors; 2 usage error."
        ),
    },
    "help.sheet.unit": {
        "id": "Kode unit, mis. bappeda (atau --all).",
        "en": "Unit code, such as bappeda (or --all).",
    },
    "help.sheet.year": {
        "id": "Tahun (bawaan: tahun terbaru).",
        "en": "Year (default: the newest).",
    },
    "help.sheet.output": {
        "id": (
            "Berkas hasil (bawaan: <instansi>-<tahun>-<unit>.xlsx); dengan --all: folder "
            "(bawaan: isian-<tahun>)."
        ),
        "en": (
            "Output file (default: <instansi>-<year>-<unit>.xlsx); with --all: a folder "
            "(default: isian-<year>)."
        ),
    },
    "help.sheet.all_units": {
        "id": "Satu buku kerja untuk setiap unit.",
        "en": "One workbook for every unit.",
    },
    "help.import": {
        "id": (
            "Bawa isian buku kerja kembali ke berkas YAML unit. Tanpa --apply: hanya "
            "tampilkan\nperubahannya per indikator. Setiap sel diperiksa dengan aturan `spbe "
            "validate`; bila ada\nmasalah tidak ada berkas yang diubah. Hanya nilai yang "
            "berubah yang ditulis; komentar dan\nbagian lain berkas tetap sama persis.\n\n"
            "Kode keluar: 0 dapat diterapkan (atau sudah diterapkan); 1 ada masalah, tidak ada "
            "yang\nditulis; 2 salah pemakaian."
        ),
        "en": (
            "Bring a filled workbook back into the unit's YAML file. Without --apply: only show "
            "what changes, per indicator. Every cell is checked by the rules of `spbe "
            "validate`; when there is a problem no file is changed. Only the values that "
            "changed are written; comments and the rest of the file stay exactly as they "
            "were.\n\nExit codes: 0 can be applied (or was applied); 1 problems, nothing "
            "written; 2 usage error."
        ),
    },
    "help.import.files": {
        "id": "Buku kerja isian (.xlsx) dari `spbe sheet`.",
        "en": "Fill-in workbooks (.xlsx) from `spbe sheet`.",
    },
    "help.import.apply": {
        "id": "Tulis perubahan ke berkas YAML unit.",
        "en": "Write the changes into the units' YAML files.",
    },
    "help.import.force": {
        "id": (
            "Terima buku kerja walau berkas YAML berubah sejak buku kerja dibuat (isian buku "
            "kerja menang; perbedaannya ditampilkan)."
        ),
        "en": (
            "Accept a workbook although its YAML file changed since the workbook was made "
            "(the workbook's entries win; the differences are shown)."
        ),
    },
    "help.import.fmt": {
        "id": "Perubahan sebagai table, json atau md.",
        "en": "The changes as table, json or md.",
    },
    "help.export.csv_dialect": {
        "id": (
            "CSV untuk Excel berlokal Indonesia (excel-id: `;`, koma desimal, BOM UTF-8, CRLF) "
            "atau RFC 4180 (`,`, titik desimal). Bawaan: excel-id bila --lang id."
        ),
        "en": (
            "CSV for Excel in the Indonesian locale (excel-id: `;`, decimal comma, UTF-8 BOM, "
            "CRLF) or RFC 4180 (`,`, decimal point). Default: excel-id with --lang id."
        ),
    },
    "help.site": {
        "id": (
            "Situs web statis dari seluruh repositori: beranda, halaman per tahun, per unit, "
            "per\nindikator, validasi dan pencarian. Tanpa server: buka index.html dari disk, atau "
            "terbitkan\ndengan GitHub/GitLab Pages.\n\nKode keluar: 0 ditulis (juga bila ada tahun "
            "yang tidak dapat dihitung: halaman Validasi\nmenunjukkan sebabnya); 1 tidak ada "
            "folder tahun, atau folder hasil bukan situs spbe (tidak\nada yang ditulis); 2 salah "
            "pemakaian, termasuk folder hasil di dalam data repositori."
        ),
        "en": (
            "A static website of the whole repository: a home page, a page per year, per unit "
            "and per indicator, validation and search. No server: open index.html from disk, or "
            "publish it with GitHub/GitLab Pages.\n\nExit codes: 0 written (also when a year "
            "cannot be scored: the Validation page says why); 1 no year folder, or the output "
            "folder is not an spbe site (nothing is written); 2 usage error, including an "
            "output folder inside the repository's data."
        ),
    },
    "help.site.path": {
        "id": "Akar repositori (bawaan: folder kerja).",
        "en": "Repository root (default: the working folder).",
    },
    "help.site.output": {
        "id": "Folder situs (bawaan: public).",
        "en": "Site folder (default: public).",
    },
    "help.site.base_url": {
        "id": (
            "Alamat berkas di forge untuk tautan masalah, mis. https://github.com/o/r/blob/main/ "
            "(bawaan: dari remote origin bila GitHub/GitLab)."
        ),
        "en": (
            "Where the forge shows files, for links from problems, e.g. "
            "https://github.com/o/r/blob/main/ (default: from the origin remote on "
            "GitHub/GitLab)."
        ),
    },
    "help.site.with_evidence": {
        "id": (
            "Salin berkas data dukung di dalam repositori ke situs dan tautkan (bawaan: hanya "
            "judul, tanggal dan path)."
        ),
        "en": (
            "Copy the evidence files inside the repository into the site and link them "
            "(default: titles, dates and paths only)."
        ),
    },
    "help.site.templates": {
        "id": "Folder templat pengganti (site/<nama berkas>).",
        "en": "Folder of replacement templates (site/<file name>).",
    },
    "help.report": {
        "id": (
            "Buat bahan rapat (handout) HTML, Markdown atau PDF dari penilaian satu "
            "tahun.\n\nKode keluar: 0 ditulis; 1 ada error di masukan atau hasil tidak "
            "dapat dibuat (tidak ada\nberkas yang ditulis); 2 salah pemakaian."
        ),
        "en": (
            "Make a meeting handout in HTML, Markdown or PDF from one year's "
            "assessment.\n\nExit codes: 0 written; 1 errors in the input or the output "
            "cannot be made (nothing is written); 2 usage error."
        ),
    },
    "help.report.path": {
        "id": "Folder tahun, mis. assessments/2026 (bawaan: tahun terbaru repositori).",
        "en": "Year folder, such as assessments/2026 (default: the repository's latest year).",
    },
    "help.report.fmt": {
        "id": "html, md atau pdf.",
        "en": "html, md or pdf.",
    },
    "help.report.output": {
        "id": (
            "Berkas hasil. Tanpa ini: html/md ke stdout, pdf ke <instansi>-<tahun>.pdf di "
            "folder kerja."
        ),
        "en": (
            "Output file. Without it: html/md to stdout, pdf to <instansi>-<year>.pdf in "
            "the working folder."
        ),
    },
    "help.report.unit": {
        "id": "Bahan satu unit saja (mis. diskominfo).",
        "en": "One unit's handout only (such as diskominfo).",
    },
    "help.report.target": {
        "id": "Target indeks, mis. 3.50 (juga `target:` di spbe.yaml).",
        "en": "Target index, such as 3.50 (also `target:` in spbe.yaml).",
    },
    "help.report.templates": {
        "id": "Folder templat pengganti (per nama berkas).",
        "en": "Folder of replacement templates (by file name).",
    },
    "help.document": {
        "id": (
            "Buat dokumen yang ditandatangani (DOCX atau PDF) dari penilaian satu tahun.\n\n"
            "Kode keluar: 0 ditulis; 1 ada error di masukan, templat ditolak atau PDF tidak "
            "dapat dibuat\n(tidak ada berkas yang ditulis); 2 salah pemakaian."
        ),
        "en": (
            "Make a document to sign (DOCX or PDF) from one year's assessment.\n\n"
            "Exit codes: 0 written; 1 errors in the input, a template refused or the PDF "
            "cannot be made (nothing is written); 2 usage error."
        ),
    },
    "help.document.kind": {
        "id": (
            "Jenis dokumen: berita-acara, persetujuan-publikasi, lembar-kerja (satu unit) "
            "atau catatan (butir yang dikembalikan)."
        ),
        "en": (
            "Kind of document: berita-acara (the self-assessment's official record), "
            "persetujuan-publikasi (consent to publish), lembar-kerja (one unit's worksheet) "
            "or catatan (the evidence items sent back)."
        ),
    },
    "help.document.path": {
        "id": (
            "Folder tahun (mis. assessments/2026) atau tahunnya saja (2026); bawaan: tahun "
            "terbaru repositori."
        ),
        "en": (
            "Year folder (such as assessments/2026) or just the year (2026); default: the "
            "repository's latest year."
        ),
    },
    "help.document.stage": {
        "id": (
            "Untuk lembar-kerja: tahap yang nilainya dicantumkan (bawaan: mandiri, seperti "
            "spbe score); untuk catatan: hanya butir yang dikembalikan pada tahap itu. "
            "berita-acara dan persetujuan-publikasi selalu tentang tahap mandiri."
        ),
        "en": (
            "For lembar-kerja: stage whose values are shown (default: mandiri, as in spbe "
            "score); for catatan: only the items sent back at that stage. berita-acara and "
            "persetujuan-publikasi are always about the mandiri stage."
        ),
    },
    "help.document.unit": {
        "id": "Unit, mis. diskominfo (wajib untuk lembar-kerja; untuk catatan: satu unit saja).",
        "en": "Unit, such as diskominfo (required for lembar-kerja; for catatan: one unit only).",
    },
    "help.document.date": {
        "id": "Tanggal dokumen YYYY-MM-DD (bawaan: hari ini, atau tanggal SOURCE_DATE_EPOCH).",
        "en": "The document's date, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH's date).",
    },
    "help.document.nomor": {
        "id": (
            "Nomor dokumen (bawaan: documents.nomor di spbe.yaml, atau titik-titik untuk diisi)."
        ),
        "en": (
            "The document's number (default: documents.nomor in spbe.yaml, or dots to fill in)."
        ),
    },
    "help.document.output": {
        "id": (
            "Berkas hasil, .docx atau .pdf (bawaan: <instansi>-<tahun>-<jenis>.docx di folder "
            "kerja)."
        ),
        "en": (
            "Output file, .docx or .pdf (default: <instansi>-<year>-<kind>.docx in the working "
            "folder)."
        ),
    },
    "help.document.templates": {
        "id": (
            "Folder templat pengganti: DIR/document/<jenis>.docx (juga templates/ di repositori)."
        ),
        "en": (
            "Folder of replacement templates: DIR/document/<kind>.docx (also templates/ in the "
            "repository)."
        ),
    },
    "help.score": {
        "id": (
            "Hitung indeks (SPBE atau Pemdi), indeks domain/aspek dan predikat penilaian satu "
            "tahun.\n\nDengan akar "
            "repositori (beberapa folder tahun): indeks setiap tahun (tren).\nKode keluar: "
            "0 dihitung; 1 ada error di berkas masukan (dicetak ke stderr); 2 salah pemakaian."
        ),
        "en": (
            "Compute the index (SPBE or Pemdi, by the year's catalogue), the domain or aspect "
            "indices and the predikat of one year's assessment.\n\nWith a "
            "repository root (several year folders): the index of every year (trend). Exit "
            "codes: 0 computed; 1 errors in the input files (printed to stderr); 2 usage error."
        ),
    },
    "help.score.paths": {
        "id": (
            "Folder tahun (mis. assessments/2023), beberapa folder tahun (satu atau banyak "
            "instansi, dihitung masing-masing), akar repositori (tren), atau daftar berkas "
            "unit."
        ),
        "en": (
            "Year folder (such as assessments/2023), several year folders (one or many "
            "instansi, each scored on its own), a repository root (trend), or unit files."
        ),
    },
    "help.score.fmt": {
        "id": "table (tampilan terminal), json, csv atau md (Markdown).",
        "en": "table (terminal view), json, csv or md (Markdown).",
    },
    "help.score.catalogue": {
        "id": (
            "Id katalog (mis. spbe-2020) atau path berkas katalog; menggantikan yang "
            "tertulis di berkas dan spbe.yaml."
        ),
        "en": (
            "Catalogue id (such as spbe-2020) or the path of a catalogue file; replaces "
            "the one written in the files and spbe.yaml."
        ),
    },
    "help.score.stage": {
        "id": (
            "Tahap yang dihitung: mandiri (bawaan), review, dokumen, interviu, visitasi, "
            "final, atau bukti (tingkat yang didukung data dukung). Nilai yang belum ada "
            "memakai tahap sebelumnya."
        ),
        "en": (
            "Stage to score: mandiri (default), review, dokumen, interviu, visitasi, "
            "final, or bukti (the level the evidence supports). Values not there yet come "
            "from the stage before."
        ),
    },
    "help.score.stages": {
        "id": "Semua tahap berdampingan, dengan klaim yang melebihi tingkat yang diterima.",
        "en": "Every stage side by side, with the claims above the accepted level.",
    },
    "help.snapshot": {
        "id": (
            "Catat apa yang diserahkan sebagai in-toto Statement v1 (JSON): setiap berkas "
            "masukan\ndengan SHA-256 dan ukurannya, dan nilai setiap tahap.\n\nKode keluar: 0 "
            "ditulis; 1 ada error di masukan atau tanda tangan gagal (tidak ada berkas\nyang "
            "ditulis); 2 salah pemakaian (juga: berkas hasil sudah ada, tanpa --force)."
        ),
        "en": (
            "Record what was submitted as an in-toto Statement v1 (JSON): every input file "
            "with its SHA-256 and size, and the values of every stage.\n\nExit codes: 0 "
            "written; 1 errors in the input or signing failed (nothing is written); 2 usage "
            "error (also: the output file exists, without --force)."
        ),
    },
    "help.snapshot.year": {
        "id": "Tahun (mis. 2026) atau folder tahun (bawaan: tahun terbaru repositori).",
        "en": "Year (such as 2026) or year folder (default: the repository's latest year).",
    },
    "help.snapshot.stage": {
        "id": (
            "Tahap yang diserahkan (bawaan: mandiri, seperti spbe score dan spbe document). "
            "Nilai setiap tahap yang ada tetap dicatat."
        ),
        "en": (
            "The stage submitted (default: mandiri, as spbe score and spbe document). The "
            "values of every stage present are recorded all the same."
        ),
    },
    "help.snapshot.output": {
        "id": (
            "Berkas hasil (bawaan: stdout; dengan --sign: snapshot-<tahun>.json di folder kerja)."
        ),
        "en": (
            "Output file (default: stdout; with --sign: snapshot-<year>.json in the working "
            "folder)."
        ),
    },
    "help.snapshot.sign": {
        "id": (
            "Tanda tangani dengan kunci SSH privat ini (ssh-keygen -Y sign, namespace "
            "spbe-snapshot); tanda tangan ditulis ke <berkas>.sig."
        ),
        "en": (
            "Sign with this private SSH key (ssh-keygen -Y sign, namespace spbe-snapshot); "
            "the signature is written to <file>.sig."
        ),
    },
    "help.snapshot.force": {
        "id": (
            "Ganti berkas snapshot (dan .sig-nya) yang sudah ada; tanpa ini berkas yang ada "
            "tidak pernah ditimpa."
        ),
        "en": (
            "Replace an existing snapshot file (and its .sig); without it an existing file is "
            "never overwritten."
        ),
    },
    "help.verify": {
        "id": (
            "Periksa snapshot: hitung ulang setiap digest dan setiap nilai dari folder kerja "
            "atau\nrevisi git, dan periksa tanda tangannya.\n\nKode keluar: 0 semua cocok; 1 "
            "ada yang berbeda (setiap berkas dan nilai disebut), atau tanda tangan tidak ada\n"
            "atau tidak dapat diperiksa; 2 salah pemakaian."
        ),
        "en": (
            "Check a snapshot: recompute every digest and every value from the working "
            "folder or a git revision, and check its signature.\n\nExit codes: 0 all agree; "
            "1 something differs (each file and value is named), or the signature is missing "
            "or cannot be checked; 2 usage error."
        ),
    },
    "help.verify.snapshot": {
        "id": "Berkas snapshot (JSON dari spbe snapshot).",
        "en": "Snapshot file (the JSON of spbe snapshot).",
    },
    "help.verify.allowed_signers": {
        "id": (
            "Daftar penanda tangan yang diakui, format allowed_signers ssh-keygen/git (bawaan: "
            ".spbe/allowed_signers di akar repositori)."
        ),
        "en": (
            "The signers accepted, in the allowed_signers format of ssh-keygen and git "
            "(default: .spbe/allowed_signers at the repository root)."
        ),
    },
    "help.verify.repo": {
        "id": (
            "Folder repositori, atau revisi git (mis. HEAD, v2026) yang dibandingkan (bawaan: "
            "folder kerja)."
        ),
        "en": (
            "Repository folder, or git revision (such as HEAD, v2026) to compare with "
            "(default: the working folder)."
        ),
    },
    "help.verify.fmt": {
        "id": "text atau json.",
        "en": "text or json.",
    },
    "help.validate": {
        "id": (
            "Periksa berkas penilaian: sintaks YAML, isi, antar-berkas dan data "
            "dukung.\n\nKode keluar: 0 bersih (peringatan boleh); 1 ada error (atau "
            "peringatan dengan --strict);\n2 salah pemakaian; 3 kesalahan internal."
        ),
        "en": (
            "Check assessment files: YAML syntax, content, across files and "
            "evidence.\n\nExit codes: 0 clean (warnings allowed); 1 errors (or warnings "
            "with --strict); 2 usage error; 3 internal error."
        ),
    },
    "help.validate.paths": {
        "id": (
            "Berkas unit, folder tahun atau akar repositori. Tanpa path: repositori di "
            "sekitar folder kerja (semua tahun)."
        ),
        "en": (
            "Unit files, year folders or a repository root. Without a path: the repository "
            "around the working folder (every year)."
        ),
    },
    "help.validate.fmt": {
        "id": (
            "auto (GitHub Actions bila terdeteksi, teks bila tidak), text, github, gitlab, "
            "junit, sarif atau json."
        ),
        "en": (
            "auto (GitHub Actions when detected, text otherwise), text, github, gitlab, "
            "junit, sarif or json."
        ),
    },
    "help.validate.allow_partial": {
        "id": "Indikator yang belum dijawab menjadi peringatan, bukan error.",
        "en": "Unanswered indicators become warnings, not errors.",
    },
    "help.validate.strict": {
        "id": "Peringatan juga membuat exit code 1.",
        "en": "Warnings also make the exit code 1.",
    },
    "help.validate.ignore": {
        "id": "Abaikan kode masalah ini (boleh diulang atau dipisah koma, mis. X003,C008).",
        "en": (
            "Ignore these problem codes (repeat it or separate with commas, such as X003,C008)."
        ),
    },
    "help.validate.max_size": {
        "id": "Batas ukuran satu berkas, dalam byte.",
        "en": "Size limit of one file, in bytes.",
    },
    "help.explain": {
        "id": "Jelaskan aturan di balik sebuah kode masalah.",
        "en": "Explain the rule behind a problem code.",
    },
    "help.explain.code": {
        "id": "Kode masalah, mis. Y002 atau C005.",
        "en": "Problem code, such as Y002 or C005.",
    },
    "help.repo": {
        "id": "Akar repositori (bawaan: folder kerja).",
        "en": "Repository root (default: the working folder).",
    },
    "help.site.target": {
        "id": "Target indeks, mis. 3.50 (juga `target:` di spbe.yaml).",
        "en": "Target index, such as 3.50 (also `target:` in spbe.yaml).",
    },
    "help.lang": {
        "id": "Bahasa keluaran: id (default) atau en. Juga: SPBE_LANG.",
        "en": "Output language: id (default) or en. Also: SPBE_LANG.",
    },
}

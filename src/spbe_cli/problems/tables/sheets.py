"""Messages: the fill-in workbook (``spbe sheet``) and bringing it back (``spbe import``)."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    # sheet names: read back by `spbe import` in the language the workbook was made in
    "sheet_guide": {"id": "Petunjuk", "en": "Guide"},
    "sheet_indicators": {"id": "Indikator", "en": "Indicators"},
    "sheet_evidence": {"id": "Data dukung", "en": "Evidence"},
    "sheet_criteria": {"id": "Kriteria", "en": "Criteria"},
    # the indicator sheet
    "sh_col_id": {"id": "Kode", "en": "Id"},
    "sh_col_name": {"id": "Indikator", "en": "Indicator"},
    "sh_col_role": {"id": "Peran unit", "en": "Unit's role"},
    "sh_col_current": {"id": "Nilai saat ini", "en": "Current value"},
    "sh_col_level": {"id": "Tingkat (isi)", "en": "Level (fill in)"},
    "sh_col_explanation": {"id": "Penjelasan (isi)", "en": "Explanation (penjelasan, fill in)"},
    "sh_col_next": {"id": "Syarat tingkat berikutnya", "en": "What the next level requires"},
    "sh_col_evidence": {"id": "Data dukung", "en": "Evidence"},
    "sh_col_criteria": {"id": "Kriteria", "en": "Criteria"},
    "sh_role_lead": {"id": "Pengampu", "en": "Lead"},
    "sh_role_support": {"id": "Pendukung", "en": "Supporting"},
    "sh_support_level": {
        "id": "(tingkat diisi unit pengampu)",
        "en": "(the lead unit sets the level)",
    },
    "sh_external_level": {
        "id": "(nilai dari {agency}; tidak diisi unit)",
        "en": "(value from {agency}; not filled in by the unit)",
    },
    "sh_this_year": {"id": "{value} ({name})", "en": "{value} ({name})"},
    "sh_last_year": {
        "id": "{value} ({name}) - nilai {year}; tahun ini belum diisi",
        "en": "{value} ({name}) - the {year} value; not filled in this year",
    },
    "sh_not_filled": {"id": "belum diisi", "en": "not filled in"},
    "sh_next": {
        "id": "Tingkat {level} ({name}): {criterion}",
        "en": "Level {level} ({name}): {criterion}",
    },
    "sh_top": {"id": "Sudah tingkat tertinggi.", "en": "Already the top level."},
    "sh_evidence_rows": {"id": "{count} baris", "en": "{count} rows"},
    "sh_evidence_none": {"id": "tambah di lembar Data dukung", "en": "add on the Evidence sheet"},
    "sh_criteria_link": {"id": "lihat kriteria", "en": "see the criteria"},
    "sh_too_long": {
        "id": "(teks lebih dari 32.767 karakter, batas sel Excel: sunting di berkas YAML)",
        "en": "(text longer than 32,767 characters, the spreadsheet cell limit: edit the YAML "
        "file)",
    },
    "sh_title": {
        "id": "Isian penilaian mandiri {year} - {unit} - {instansi}",
        "en": "Self-assessment entries {year} - {unit} - {instansi}",
    },
    "sh_subtitle": {
        "id": "Isi hanya sel berlatar kuning. Katalog: {catalogue}. Petunjuk: lembar Petunjuk.",
        "en": "Fill in the yellow cells only. Catalogue: {catalogue}. See the Guide sheet.",
    },
    "sh_pick_title": {"id": "Tingkat", "en": "Level"},
    "sh_pick_whole": {
        "id": "Pilih tingkat dari daftar.",
        "en": "Pick a level from the list.",
    },
    "sh_pick_decimal": {
        "id": "Pilih tingkat dari daftar, atau ketik nilai desimal seperti {value}.",
        "en": "Pick a level from the list, or type a decimal value such as {value}.",
    },
    "sh_pick_indicator": {
        "id": "Pilih kode indikator unit ini.",
        "en": "Pick an indicator id of this unit.",
    },
    # the evidence sheet
    "sh_ev_indicator": {"id": "Kode indikator", "en": "Indicator id"},
    "sh_ev_title": {"id": "Judul dokumen", "en": "Document title"},
    "sh_ev_path": {"id": "Path berkas di repositori", "en": "File path in the repository"},
    "sh_ev_url": {"id": "URL", "en": "URL"},
    "sh_ev_item": {"id": "Kode butir", "en": "Item code"},
    "sh_ev_level": {"id": "Untuk tingkat", "en": "For level"},
    "sh_ev_date": {"id": "Tanggal dokumen", "en": "Document date"},
    "sh_ev_status": {"id": "Status dari asesor", "en": "Assessors' status"},
    "sh_ev_hint": {
        "id": "Satu baris per dokumen. Hapus: kosongkan judul, path dan URL. Tambah: isi baris "
        "kosong di bawah.",
        "en": "One row per document. Remove: clear its title, path and URL. Add: fill an empty "
        "row below.",
    },
    # the criteria sheet
    "sh_cr_level": {"id": "Tingkat", "en": "Level"},
    "sh_cr_name": {"id": "Nama tingkat", "en": "Level name"},
    "sh_cr_criterion": {"id": "Kriteria", "en": "Criterion"},
    "sh_cr_evidence": {"id": "Bukti yang diminta", "en": "Evidence asked for"},
    # the guide
    "sh_guide_title": {"id": "Petunjuk pengisian", "en": "How to fill in this workbook"},
    "sh_guide_1": {
        "id": "Buku kerja ini berisi indikator yang diampu dan didukung unit {unit} untuk "
        "penilaian mandiri {year} ({catalogue}).",
        "en": "This workbook holds the indicators unit {unit} leads and supports in the "
        "{year} self-assessment ({catalogue}).",
    },
    "sh_guide_2": {
        "id": "Isi hanya sel berlatar kuning: Tingkat dan Penjelasan di lembar Indikator, dan "
        "baris di lembar Data dukung. Sel lain dikunci agar struktur tetap utuh.",
        "en": "Fill in the yellow cells only: Level and Explanation on the Indicators sheet, "
        "and rows on the Evidence sheet. The other cells are locked to keep the structure.",
    },
    "sh_guide_3": {
        "id": "Tingkat: pilih dari daftar (mis. {example}){decimal}. Kolom Syarat tingkat "
        "berikutnya dan lembar Kriteria menjelaskan apa yang diminta tiap tingkat. Unit "
        "pendukung tidak mengisi tingkat, hanya penjelasan dan data dukung.",
        "en": "Level: pick from the list (e.g. {example}){decimal}. The column What the next "
        "level requires and the Criteria sheet say what each level asks for. A supporting unit "
        "fills in no level, only the explanation and evidence.",
    },
    "sh_guide_decimal": {
        "id": ", atau ketik nilai desimal (mis. {value})",
        "en": ", or type a decimal value (e.g. {value})",
    },
    "sh_guide_4": {
        "id": "Penjelasan: kondisi nyata unit dan analisisnya terhadap kriteria. Ganti baris "
        "di dalam sel dengan Alt+Enter (Excel) atau Ctrl+Enter (LibreOffice).",
        "en": "Explanation: the unit's actual situation and its analysis against the criteria. "
        "Start a new line inside a cell with Alt+Enter (Excel) or Ctrl+Enter (LibreOffice).",
    },
    "sh_guide_5": {
        "id": "Data dukung: satu baris per dokumen (judul, lalu path berkas di repositori atau "
        "URL). Untuk menghapus, kosongkan judul, path dan URL-nya; untuk menambah, isi baris "
        "kosong di bawah dan pilih kode indikatornya.",
        "en": "Evidence: one row per document (a title, then a file path in the repository or "
        "a URL). To remove one, clear its title, path and URL; to add one, fill an empty row "
        "below and pick its indicator id.",
    },
    "sh_guide_6": {
        "id": "Jangan menyisipkan, menghapus atau memindah baris, kolom dan lembar, jangan "
        "menggabung sel, dan jangan memakai rumus: buku kerja seperti itu ditolak saat "
        "diimpor.",
        "en": "Do not insert, delete or move rows, columns or sheets, do not merge cells, and do "
        "not use formulas: such a workbook is refused when it is imported.",
    },
    "sh_guide_7": {
        "id": "Simpan sebagai .xlsx (Excel atau LibreOffice) tanpa kata sandi dan tanpa makro, "
        "lalu kirim kembali ke Tim Koordinasi {framework}. Mereka memasukkannya dengan "
        "`spbe import`; setiap perubahan ditinjau sebelum diterima.",
        "en": "Save it as .xlsx (Excel or LibreOffice) without a password and without macros, "
        "and send it back to the Tim Koordinasi {framework}. They bring it in with "
        "`spbe import`; every change is reviewed before it is accepted.",
    },
    "sh_guide_source": {
        "id": "Dibuat oleh spbe {version} dari {file}.",
        "en": "Made by spbe {version} from {file}.",
    },
    # spbe sheet
    "sheet_written": {
        "id": "{path} ditulis ({rows} indikator, {evidence} data dukung).",
        "en": "{path} written ({rows} indicators, {evidence} evidence).",
    },
    "sheet_no_file": {
        "id": "{path} tidak ada; buat dulu dengan `spbe new {unit} --year {year}`",
        "en": "{path} does not exist; make it first with `spbe new {unit} --year {year}`",
    },
    "sheet_unit_or_all": {
        "id": "sebutkan satu UNIT, atau --all untuk semua unit",
        "en": "name one UNIT, or --all for every unit",
    },
    "sheet_no_year": {
        "id": "tidak ada folder tahun di {path}",
        "en": "no year folder in {path}",
    },
    "sheet_nothing": {
        "id": "unit {unit} tidak mengampu atau mendukung indikator apa pun tahun {year}",
        "en": "unit {unit} leads or supports no indicator in {year}",
    },
    # spbe import
    "imp_col_unit": {"id": "Unit", "en": "Unit"},
    "imp_col_indicator": {"id": "Indikator", "en": "Indicator"},
    "imp_col_change": {"id": "Perubahan", "en": "Change"},
    "imp_col_before": {"id": "Sebelum", "en": "Before"},
    "imp_col_after": {"id": "Sesudah", "en": "After"},
    "imp_col_cell": {"id": "Sel", "en": "Cell"},
    "imp_level": {"id": "tingkat", "en": "level"},
    "imp_explanation": {"id": "penjelasan", "en": "explanation"},
    "imp_evidence_added": {"id": "data dukung ditambah", "en": "evidence added"},
    "imp_evidence_removed": {"id": "data dukung dihapus", "en": "evidence removed"},
    "imp_evidence_changed": {"id": "data dukung diubah", "en": "evidence changed"},
    "imp_empty": {"id": "(kosong)", "en": "(empty)"},
    "imp_none": {
        "id": "{workbook}: tidak ada perubahan untuk {file}",
        "en": "{workbook}: no change to {file}",
    },
    "imp_dry": {
        "id": "{count} perubahan; belum ada yang ditulis. Jalankan lagi dengan --apply untuk "
        "menerapkannya.",
        "en": "{count} changes; nothing written yet. Run again with --apply to apply them.",
    },
    "imp_applied": {
        "id": "{file} diperbarui ({count} perubahan).",
        "en": "{file} updated ({count} changes).",
    },
    "imp_refused": {
        "id": "Ada masalah; tidak ada berkas yang diubah.",
        "en": "There are problems; no file was changed.",
    },
    "imp_forced": {
        "id": "--force: {file} berubah sejak buku kerja dibuat; isian buku kerja dipakai untuk "
        "setiap sel yang berbeda dari berkas (perbedaannya di atas).",
        "en": "--force: {file} changed since the workbook was made; the workbook's entries are "
        "used for every cell that differs from the file (the differences are above).",
    },
    "imp_files": {"id": "berkas", "en": "files"},
    # details inside the W problems
    "imp_d_heading": {
        "id": "judul kolom `{expected}` diharapkan, ditemukan `{found}` (kolom disisipkan atau "
        "dihapus?)",
        "en": "heading `{expected}` expected, found `{found}` (a column inserted or deleted?)",
    },
    "imp_d_row": {
        "id": "indikator `{ident}` diharapkan di baris ini, ditemukan `{found}` (baris "
        "disisipkan, dihapus atau dipindah?)",
        "en": "indicator `{ident}` expected in this row, found `{found}` (a row inserted, "
        "deleted or moved?)",
    },
    "imp_d_cells": {"id": "{count} sel", "en": "{count} cells"},
    "imp_d_extra": {
        "id": "isian di bawah baris terakhir (baris tidak ditambah di sini)",
        "en": "an entry below the last row (rows are not added here)",
    },
    "imp_d_evidence_moved": {
        "id": "baris data dukung disisipkan, dihapus atau dipindah; kosongkan isinya untuk "
        "menghapus",
        "en": "evidence rows were inserted, deleted or moved; clear a row's cells to remove it",
    },
    "imp_d_not_listed": {
        "id": "indikator `{ident}` tidak lagi milik unit ini (daftar unit berubah?)",
        "en": "indicator `{ident}` is no longer this unit's (the registry changed?)",
    },
    "imp_d_no_indicator": {
        "id": "kode indikator `{found}` bukan milik buku kerja ini; pilih dari daftar",
        "en": "indicator id `{found}` is not one of this workbook's; pick one from the list",
    },
    "imp_d_indicator_missing": {
        "id": "pilih kode indikatornya di kolom pertama",
        "en": "pick its indicator id in the first column",
    },
    "imp_d_no_title": {"id": "judul wajib diisi", "en": "a title is required"},
    "imp_d_entry_gone": {
        "id": "baris data dukung ini tidak lagi cocok dengan isi berkas",
        "en": "this evidence row no longer matches an entry of the file",
    },
    "imp_d_whole": {"id": "; tingkat berupa bilangan bulat", "en": "; levels are whole numbers"},
    "imp_k_date": {"id": "tanggal", "en": "a date"},
    "imp_k_number": {"id": "angka", "en": "a number"},
    "imp_k_text": {"id": "teks", "en": "text"},
}

"""Messages: The meeting handout."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "r_title": {
        "id": "Bahan Rapat Penilaian Mandiri {framework}",
        "en": "{framework} Self-Assessment Meeting Handout",
    },
    "r_unit_title": {
        "id": "Bahan Unit Penilaian Mandiri {framework}",
        "en": "Unit Handout: {framework} Self-Assessment",
    },
    "r_generated": {
        "id": "Dibuat",
        "en": "Generated",
    },
    "r_catalogue": {
        "id": "Katalog",
        "en": "Catalogue",
    },
    "r_regulation": {
        "id": "Regulasi",
        "en": "Regulation",
    },
    "r_provisional": {
        "id": ("Katalog sementara: angka-angka ini belum berdasarkan regulasi yang berlaku resmi."),
        "en": "Provisional catalogue: these numbers do not rest on a regulation in force.",
    },
    "r_index": {
        "id": "Indeks SPBE",
        "en": "SPBE Index",
    },
    "r_predikat": {
        "id": "Predikat",
        "en": "Predikat",
    },
    "r_target": {
        "id": "Target",
        "en": "Target",
    },
    "r_target_gap": {
        "id": "Kurang dari target",
        "en": "Short of the target",
    },
    "r_target_reached": {
        "id": "Target tercapai",
        "en": "Target reached",
    },
    "r_bands": {
        "id": "Rentang predikat",
        "en": "Predikat bands",
    },
    "r_band_range": {
        "id": "Nilai indeks",
        "en": "Index value",
    },
    "r_charts": {
        "id": "Grafik",
        "en": "Charts",
    },
    "r_radar_title": {
        "id": "Indeks per aspek",
        "en": "Index per aspect",
    },
    "r_radar_desc": {
        "id": (
            "Diagram radar indeks setiap aspek pada skala tingkat; garis putus-putus adalah target."
        ),
        "en": (
            "Radar chart of each aspect's index on the level scale; the dashed line is the target."
        ),
    },
    "r_bars_title_aspects": {
        "id": "Indeks per aspek (batang)",
        "en": "Index per aspect (bars)",
    },
    "r_bars_desc_aspects": {
        "id": "Diagram batang indeks setiap aspek pada skala tingkat; garis putus-putus adalah "
        "target.",
        "en": "Bar chart of each aspect's index on the level scale; the dashed line is the target.",
    },
    "r_bars_title": {
        "id": "Indeks per domain",
        "en": "Index per domain",
    },
    "r_bars_desc": {
        "id": (
            "Diagram batang indeks setiap domain pada skala tingkat; garis putus-putus "
            "adalah target."
        ),
        "en": (
            "Bar chart of each domain's index on the level scale; the dashed line is the target."
        ),
    },
    "r_series": {
        "id": "Indeks",
        "en": "Index",
    },
    "r_domains": {
        "id": "Domain, aspek dan indikator",
        "en": "Domains, aspects and indicators",
    },
    "r_domains_aspects": {
        "id": "Aspek dan indikator",
        "en": "Aspects and indicators",
    },
    "r_id": {
        "id": "Kode",
        "en": "Id",
    },
    "r_name": {
        "id": "Nama",
        "en": "Name",
    },
    "r_weight": {
        "id": "Bobot %",
        "en": "Weight %",
    },
    "r_col_index": {
        "id": "Indeks",
        "en": "Index",
    },
    "r_indicators": {
        "id": "Indikator",
        "en": "Indicators",
    },
    "r_level": {
        "id": "Tingkat",
        "en": "Level",
    },
    "r_unit": {
        "id": "Unit",
        "en": "Unit",
    },
    "r_gain": {
        "id": "Ke tingkat berikutnya",
        "en": "To the next level",
    },
    "r_change": {
        "id": "Perubahan",
        "en": "Change",
    },
    "r_next_title": {
        "id": "Yang dibutuhkan untuk tingkat berikutnya",
        "en": "What the next level requires",
    },
    "r_next_level": {
        "id": "Tingkat berikutnya",
        "en": "Next level",
    },
    "r_criterion_next": {
        "id": "Kriteria tingkat berikutnya",
        "en": "Criterion of the next level",
    },
    "r_range": {
        "id": "nilai {low}-{high}",
        "en": "values {low}-{high}",
    },
    "r_criterion_now": {
        "id": "Kriteria tingkat saat ini",
        "en": "Criterion of the current level",
    },
    "r_units": {
        "id": "Rincian per unit (SKPD)",
        "en": "Per unit (SKPD)",
    },
    "r_explanation": {
        "id": "Penjelasan",
        "en": "Explanation",
    },
    "r_review": {
        "id": "Catatan Tim Asesor Internal",
        "en": "Internal assessors' note",
    },
    "r_skipped_years": {
        "id": (
            "Tahun {years} tidak ikut dalam tren, perbandingan dan rekomendasi karena berkasnya "
            "ada error: jalankan `spbe validate`."
        ),
        "en": (
            "Year {years} is left out of the trend, the comparison and the recommendations: "
            "its files have errors; run `spbe validate`."
        ),
    },
    "r_other_recommendations": {
        "id": "Rekomendasi terbuka untuk unit tanpa berkas tahun ini",
        "en": "Open recommendations for units without a file this year",
    },
    "r_assessor_notes": {
        "id": "Catatan Tim Asesor Eksternal",
        "en": "External assessors' notes",
    },
    "r_assessor_note": {
        "id": "{stage}, nilai {value}",
        "en": "{stage}, value {value}",
    },
    "r_review_level": {
        "id": ", nilai {level}",
        "en": ", value {level}",
    },
    "r_external": {
        "id": "Nilai dari indeks instansi lain",
        "en": "Value from another agency's index",
    },
    "r_evidence": {
        "id": "Data dukung",
        "en": "Evidence",
    },
    "r_no_explanation": {
        "id": "(belum ada penjelasan)",
        "en": "(no explanation yet)",
    },
    "r_no_evidence": {
        "id": "(belum ada data dukung)",
        "en": "(no evidence yet)",
    },
    "r_missing": {
        "id": "Indikator belum dijawab",
        "en": "Unanswered indicators",
    },
    "r_none": {
        "id": "(tidak ada)",
        "en": "(none)",
    },
    "r_footer_catalogue": {
        "id": "Versi katalog",
        "en": "Catalogue version",
    },
    "r_footer_hash": {
        "id": "Hash masukan",
        "en": "Inputs hash",
    },
    "r_footer_commit": {
        "id": "Commit git",
        "en": "Git commit",
    },
    "r_footer_tool": {
        "id": "Dibuat dengan spbe",
        "en": "Made with spbe",
    },
    "r_previous": {
        "id": "Tahun lalu",
        "en": "Last year",
    },
    "r_mean": {
        "id": "Rata-rata tingkat",
        "en": "Mean level",
    },
    "r_contribution": {
        "id": "Kontribusi indeks",
        "en": "Index contribution",
    },
    "r_count": {
        "id": "Jumlah indikator",
        "en": "Indicators",
    },
    "r_file": {
        "id": "Berkas",
        "en": "File",
    },
    "r_all_at_top": {
        "id": "Tidak ada indikator di bawah ambang ini.",
        "en": "No indicator is below this threshold.",
    },
    "r_contents": {
        "id": "Isi",
        "en": "Contents",
    },
    "r_pending": {
        "id": "menunggu nilai eksternal",
        "en": "awaiting the external value",
    },
    "r_not_answered": {
        "id": "belum dijawab",
        "en": "not answered",
    },
    "r_chart_text": {
        "id": "Grafik sebagai teks",
        "en": "Charts as text",
    },
    "r_stages": {
        "id": "Perbandingan tahap penilaian",
        "en": "Assessment stages compared",
    },
    "r_stage_rows_note": {
        "id": (
            "Indikator yang tingkatnya berbeda antartahap; (n) berarti belum ada nilai di "
            "tahap itu dan memakai tahap sebelumnya."
        ),
        "en": (
            "Indicators whose level differs between stages; (n) means no value at that "
            "stage, the earlier one is used."
        ),
    },
    "r_recommendations": {
        "id": "Rekomendasi asesor eksternal yang masih terbuka",
        "en": "Open recommendations of the external assessors",
    },
    "r_supports": {
        "id": "Indikator yang didukung",
        "en": "Indicators it supports",
    },
    "r_lead_unit": {
        "id": "pengampu",
        "en": "lead unit",
    },
    "r_trend": {
        "id": "Tren indeks",
        "en": "Index trend",
    },
    "r_year": {
        "id": "Tahun",
        "en": "Year",
    },
    "r_trend_title": {
        "id": "Indeks per tahun",
        "en": "Index per year",
    },
    "r_trend_desc": {
        "id": "Grafik garis indeks setiap tahun; garis titik-titik adalah batas predikat.",
        "en": ("Line chart of the index per year; the dotted lines are the predikat thresholds."),
    },
    "r_dir_up": {
        "id": "naik",
        "en": "up",
    },
    "r_dir_down": {
        "id": "turun",
        "en": "down",
    },
    "r_dir_same": {
        "id": "tetap",
        "en": "unchanged",
    },
    "r_dir_new": {
        "id": "baru",
        "en": "new",
    },
    "r_next_rule_target": {
        "id": (
            "Indikator dengan tingkat di bawah {level} (untuk mencapai target indeks "
            "{target}), beserta kriteria tingkat berikutnya dari katalog."
        ),
        "en": (
            "Indicators below level {level} (to reach the target index {target}), with the "
            "catalogue's criterion of the next level."
        ),
    },
    "r_next_rule_default": {
        "id": (
            "Indikator dengan tingkat di bawah {level} (target tiap indikator dalam "
            "evaluasi nasional), beserta kriteria tingkat berikutnya dari katalog.{target}"
        ),
        "en": (
            "Indicators below level {level} (the per-indicator target of the national "
            "evaluation), with the catalogue's criterion of the next level.{target}"
        ),
    },
    "r_validation_note": {
        "id": (
            "Pemeriksaan: {errors} dan {warnings}. Jalankan `spbe "
            "validate` untuk melihat letak dan cara memperbaikinya."
        ),
        "en": (
            "Checks: {errors} and {warnings}. Run `spbe validate` to see "
            "where they are and how to fix them."
        ),
    },
    "r_validation_clean": {
        "id": "Pemeriksaan `spbe validate`: tidak ada error maupun peringatan.",
        "en": "Checks (`spbe validate`): no errors and no warnings.",
    },
    "r_change_title": {
        "id": "Perubahan sejak {year}",
        "en": "Change since {year}",
    },
    "r_pdf_missing": {
        "id": (
            "PDF memerlukan Chromium atau Google Chrome, yang tidak ditemukan. Pasang "
            "dengan `sudo apt-get install chromium` (Debian/Ubuntu) atau setel "
            "SPBE_CHROMIUM ke path browsernya. Tidak ada berkas yang ditulis."
        ),
        "en": (
            "PDF needs Chromium or Google Chrome, which was not found. Install it with "
            "`sudo apt-get install chromium` (Debian/Ubuntu) or set SPBE_CHROMIUM to the "
            "browser's path. No file was written."
        ),
    },
    "r_pdf_failed": {
        "id": "Chromium gagal membuat PDF ({detail}). Tidak ada berkas yang ditulis.",
        "en": "Chromium could not make the PDF ({detail}). No file was written.",
    },
    "r_pdf_escape": {
        "id": (
            "halaman yang akan dicetak memuat <{tag}> (baris {line} kolom {column} HTML "
            "hasilnya). PDF hanya dicetak dari halaman yang tidak memuat apa pun dari luar "
            "dirinya dan tidak berpindah: script, iframe, frame, object, embed, base, link "
            "dan meta http-equiv (selain content-type) tidak diizinkan. Tidak ada berkas "
            "yang ditulis."
        ),
        "en": (
            "the page to print holds <{tag}> (line {line} column {column} of the rendered "
            "HTML). A PDF is printed only from a page that loads nothing from beyond itself "
            "and never navigates: script, iframe, frame, object, embed, base, link and meta "
            "http-equiv (other than content-type) are not allowed. No file was written."
        ),
    },
    "r_written": {
        "id": "Ditulis: {path}",
        "en": "Written: {path}",
    },
    "r_unknown_unit": {
        "id": "unit `{unit}` tidak ada di tahun ini; unit yang ada: {units}",
        "en": "unit `{unit}` is not in this year; units: {units}",
    },
    # A template that asks for too much (render.limits): after "templat <file>:<line>: ".
    "t_too_long": {
        "id": "nilai terlalu panjang: {size} karakter atau butir (batas {limit})",
        "en": "value too long: {size} characters or items (the limit is {limit})",
    },
    "t_big_number": {
        "id": "bilangan terlalu besar (lebih dari {limit} bit)",
        "en": "number too big (over {limit} bits)",
    },
    "t_print_number": {
        "id": "bilangan terlalu panjang untuk dicetak (lebih dari 4300 digit)",
        "en": "number too long to print (over 4300 digits)",
    },
    "t_range": {
        "id": "range terlalu besar: {size} butir (batas {limit})",
        "en": "range too big: {size} items (the limit is {limit})",
    },
    "t_depth": {
        "id": "macro atau loop rekursif bersarang lebih dari {limit} tingkat",
        "en": "macros or recursive loops nested deeper than {limit} levels",
    },
    "t_recursion": {
        "id": "rekursi terlalu dalam (macro, include, atau blok yang memanggil dirinya sendiri?)",
        "en": "recursion too deep (a macro, include or block that calls itself?)",
    },
    "t_time": {
        "id": "templat berjalan lebih dari {seconds} detik",
        "en": "the template ran for more than {seconds} seconds",
    },
    "t_output": {
        "id": "hasil templat lebih dari {limit} karakter",
        "en": "the template wrote more than {limit} characters",
    },
    "t_memory": {
        "id": "templat memakai lebih dari {limit} MiB memori",
        "en": "the template used more than {limit} MiB of memory",
    },
    "t_file_size": {
        "id": "berkas templat lebih dari {limit} byte",
        "en": "the template file is over {limit} bytes",
    },
    "t_encoding": {
        "id": "berkas templat bukan UTF-8 (byte {byte}); simpan ulang sebagai UTF-8",
        "en": "the template file is not UTF-8 (byte {byte}); save it again as UTF-8",
    },
    "t_indent": {
        "id": "indentasi tojson {indent} terlalu lebar (batas {limit})",
        "en": "tojson indent {indent} is too wide (the limit is {limit})",
    },
    "t_failed": {
        "id": "gagal dijalankan: {detail}",
        "en": "failed: {detail}",
    },
}

"""Messages: What the commands say: summaries, usage errors, notices, onboarding."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "schema_explanation": {
        "id": "Penjelasan: kondisi nyata dan analisis terhadap kriteria.",
        "en": "Penjelasan: the actual situation and its analysis against the criteria.",
    },
    "schema_evidence": {
        "id": "Data dukung: berkas (path) atau tautan (url).",
        "en": "Data dukung (evidence): a file (path) or a link (url).",
    },
    "schema_unit": {
        "id": "Kode unit, sama dengan nama berkas.",
        "en": "Unit code, the same as the file name.",
    },
    "schema_name": {
        "id": "Nama unit (SKPD/OPD).",
        "en": "Name of the unit (SKPD/OPD).",
    },
    "schema_year": {
        "id": "Tahun penilaian, sama dengan nama folder.",
        "en": "Assessment year, the same as the folder name.",
    },
    "schema_catalogue": {
        "id": "Id atau path katalog.",
        "en": "Catalogue id or path.",
    },
    "schema_indicators": {
        "id": "Jawaban per indikator.",
        "en": "The answer to each indicator.",
    },
    "schema_title": {
        "id": "Judul dokumen atau tautan.",
        "en": "Title of the document or link.",
    },
    "schema_path": {
        "id": "Path berkas, relatif terhadap folder spbe.yaml.",
        "en": "Path of the file, relative to the folder of spbe.yaml.",
    },
    "schema_url": {
        "id": "Tautan http(s).",
        "en": "An http(s) link.",
    },
    "schema_date": {
        "id": "Tanggal dokumen (TTTT-BB-HH).",
        "en": "Date of the document (YYYY-MM-DD).",
    },
    "schema_level": {
        "id": "Tingkat yang didukung bukti ini.",
        "en": "The level this evidence supports.",
    },
    "schema_supports": {
        "id": (
            "Indikator yang didukung unit ini tanpa memimpinnya: penjelasan dan butir bukti, "
            "tanpa tingkat."
        ),
        "en": (
            "Indicators this unit supports without leading them: explanation and evidence "
            "items, no level."
        ),
    },
    "schema_item_id": {
        "id": "Kode butir di aplikasi evaluasi, mis. PG_04_01.",
        "en": "The item's code in the evaluation application, e.g. PG_04_01.",
    },
    "schema_document": {
        "id": "Dokumen sumber nilai (judul laporan, nomor surat).",
        "en": "The document the value comes from (report title, letter number).",
    },
    "schema_note": {
        "id": "Catatan Tim Asesor Internal.",
        "en": "Note of the internal assessors (Tim Asesor Internal).",
    },
    "schema_by": {
        "id": "Penilai.",
        "en": "Assessor.",
    },
    "schema_source": {
        "id": "Sumber nilai.",
        "en": "Source of the value.",
    },
    "schema_external": {
        "id": "Nilai dapat diambil dari indeks {source} (`external:`).",
        "en": "The value may come from the index {source} (`external:`).",
    },
    "schema_heading": {
        "id": "Penilaian mandiri satu unit: {title}",
        "en": "Self-assessment of one unit: {title}",
    },
    "schema_made": {
        "id": "{regulation}. Dibuat oleh `spbe schema`.",
        "en": "{regulation}. Made by `spbe schema`.",
    },
    "schema_weight": {
        "id": "bobot {weight} %",
        "en": "weight {weight} %",
    },
    "schema_ranges": {
        "id": "Kriteria per rentang nilai:",
        "en": "Criteria by value range:",
    },
    "schema_range_evidence": {
        "id": "data dukung: {evidence}",
        "en": "evidence: {evidence}",
    },
    "schema_decimal_point": {
        "id": (
            "Nilai desimal ditulis dengan titik, mis. `2.5` (bukan `2,5`), atau pecahan dalam "
            'tanda kutip, mis. `"7/6"`.'
        ),
        "en": (
            "Write a decimal with a point, e.g. `2.5` (not `2,5`), or a fraction in quotes, "
            'e.g. `"7/6"`.'
        ),
    },
    "schema_decimal_error": {
        "id": (
            'Tulis nilai dengan titik desimal, mis. 2.5 (bukan 2,5), atau pecahan seperti "7/6".'
        ),
        "en": (
            'Write the value with a decimal point, e.g. 2.5 (not 2,5), or a fraction such as "7/6".'
        ),
    },
    "schema_stage_heading": {
        "id": "Hasil satu tahap penilaian eksternal: {title}",
        "en": "Results of one external assessment stage: {title}",
    },
    "schema_stage": {
        "id": (
            "Tahap: dokumen, interviu, visitasi atau final; sama dengan nama berkas "
            "`_<tahap>.yaml`."
        ),
        "en": (
            "The stage: dokumen, interviu, visitasi or final; the same as the file name "
            "`_<stage>.yaml`."
        ),
    },
    "schema_assessor": {
        "id": "Penilai, mis. Tim Asesor Eksternal KemenPANRB.",
        "en": "The assessors, e.g. Tim Asesor Eksternal KemenPANRB.",
    },
    "schema_stage_date": {
        "id": "Tanggal hasil tahap ini (TTTT-BB-HH).",
        "en": "Date of this stage's results (YYYY-MM-DD).",
    },
    "schema_stage_indicators": {
        "id": (
            "Nilai asesor per indikator; indikator yang tidak tercantum mengikuti tahap sebelumnya."
        ),
        "en": (
            "The assessors' value of each indicator; one not listed keeps the previous "
            "stage's value."
        ),
    },
    "schema_stage_note": {
        "id": "Catatan asesor.",
        "en": "The assessors' note.",
    },
    "schema_recommendations": {
        "id": "Rekomendasi asesor, per indikator.",
        "en": "The assessors' recommendations, per indicator.",
    },
    "schema_rec_indicator": {
        "id": "Indikator yang dituju rekomendasi.",
        "en": "The indicator the recommendation is about.",
    },
    "schema_rec_text": {
        "id": "Isi rekomendasi.",
        "en": "What is recommended.",
    },
    "schema_rec_unit": {
        "id": "Kode unit yang menindaklanjuti (seperti di spbe.yaml).",
        "en": "Code of the unit that follows it up (as in spbe.yaml).",
    },
    "schema_rec_status": {
        "id": "open: belum ditindaklanjuti; closed: sudah, dengan `follow_up`.",
        "en": "open: not followed up yet; closed: followed up, with a `follow_up`.",
    },
    "schema_follow_up": {
        "id": "Tindak lanjut yang sudah dilakukan.",
        "en": "The follow-up done.",
    },
    "schema_follow_up_date": {
        "id": "Tanggal tindak lanjut (TTTT-BB-HH).",
        "en": "Date of the follow-up (YYYY-MM-DD).",
    },
    "schema_not_written": {
        "id": (
            "Skema tidak ditulis karena ada error di atas. Perbaiki, atau pilih katalog dengan "
            "--catalogue."
        ),
        "en": (
            "No schema was written because of the errors above. Fix them, or choose a "
            "catalogue with --catalogue."
        ),
    },
    "usage_hint": {
        "id": "Bantuan: {command}",
        "en": "Help: {command}",
    },
    "provisional_notice": {
        "id": (
            "PERHATIAN: katalog {catalogue} ({title}) bersifat sementara; angkanya belum "
            "berdasarkan teks regulasi resmi dan bukan hasil resmi."
        ),
        "en": (
            "NOTE: catalogue {catalogue} ({title}) is provisional; its numbers do not rest "
            "on the official regulation text and are not official results."
        ),
    },
    "partial_notice": {
        "id": (
            "CATATAN: katalog {catalogue}: {verified} terverifikasi dari beberapa sumber; "
            "{provisional} masih sementara."
        ),
        "en": (
            "NOTE: catalogue {catalogue}: {verified} verified from several sources; "
            "{provisional} still provisional."
        ),
    },
    "and": {"id": "dan", "en": "and"},
    "criteria_source": {
        "id": "Sumber kriteria (sementara)",
        "en": "Source of the criteria (provisional)",
    },
    "external_index": {
        "id": "Nilai dari indeks instansi lain",
        "en": "Valued from another agency's index",
    },
    "part_structure": {"id": "struktur", "en": "structure"},
    "part_weights": {"id": "bobot", "en": "weights"},
    "part_formula": {"id": "rumus", "en": "formula"},
    "part_predikat": {"id": "predikat", "en": "predikat"},
    "part_level_names": {"id": "nama tingkat", "en": "level names"},
    "part_criteria": {"id": "kriteria", "en": "criteria"},
    "part_conversion": {
        "id": "tabel konversi indeks eksternal",
        "en": "external index conversion tables",
    },
    "catalogue_ok": {
        "id": (
            "{path}: katalog {id} utuh ({domains} domain, {aspects} aspek, {indicators} "
            "indikator, tingkat {low}-{high})"
        ),
        "en": (
            "{path}: catalogue {id} is sound ({domains} domains, {aspects} aspects, "
            "{indicators} indicators, levels {low}-{high})"
        ),
    },
    "catalogue_ok_aspects": {
        "id": (
            "{path}: katalog {id} utuh ({aspects} aspek, {indicators} indikator, "
            "tingkat {low}-{high})"
        ),
        "en": (
            "{path}: catalogue {id} is sound ({aspects} aspects, {indicators} indicators, "
            "levels {low}-{high})"
        ),
    },
    "registered_units": {
        "id": "{known}{hint}",
        "en": "{known}{hint}",
    },
    "catalogue_counts": {
        "id": "{indicators} indikator, tingkat {low}-{high}",
        "en": "{indicators} indicators, levels {low}-{high}",
    },
    "no_crosswalk": {
        "id": (
            "tidak ada crosswalk dari {source} ke {target} "
            "(indicators/crosswalks/{source}--{target}.yaml)"
        ),
        "en": (
            "no crosswalk from {source} to {target} (indicators/crosswalks/{source}--{target}.yaml)"
        ),
    },
    "estimate_notice": {
        "id": (
            "PERKIRAAN: jawaban {source} diterjemahkan ke {target} melalui crosswalk; "
            "{count} indikator {target} tanpa padanan dihitung pada tingkat terendah. "
            "Bukan hasil penilaian."
        ),
        "en": (
            "ESTIMATE: {source} answers translated to {target} through a crosswalk; "
            "{count} {target} indicators without a counterpart count at the lowest level. "
            "Not an assessment result."
        ),
    },
    "estimate_header": {
        "id": "PERKIRAAN dari {source} ke {target} melalui crosswalk; bukan hasil penilaian.",
        "en": ("ESTIMATE from {source} to {target} through a crosswalk; not an assessment result."),
    },
    "estimate_index": {
        "id": "Indeks perkiraan {index} ({predikat}).",
        "en": "Estimated index {index} ({predikat}).",
    },
    "estimate_from": {
        "id": "Perkiraan dari {catalogue}: {sources}",
        "en": "Estimated from {catalogue}: {sources}",
    },
    "portal_unanswered": {
        "id": "Belum dijawab.",
        "en": "Not answered.",
    },
    "portal_level": {
        "id": "Tingkat: {level} ({name})",
        "en": "Level: {level} ({name})",
    },
    "portal_explanation": {
        "id": "Penjelasan:",
        "en": "Explanation:",
    },
    "portal_evidence": {
        "id": "Data dukung:",
        "en": "Evidence:",
    },
    "xlsx_summary": {
        "id": "Ringkasan",
        "en": "Summary",
    },
    "xlsx_indicators": {
        "id": "Indikator",
        "en": "Indicators",
    },
    "xlsx_item": {
        "id": "Kode",
        "en": "Id",
    },
    "init_conflicts": {
        "id": (
            "berkas ini sudah ada dan tidak ditimpa: {files}. Pakai --force untuk menulis "
            "versi barunya di folder spbe-baru/ (untuk dibandingkan, lalu dihapus)."
        ),
        "en": (
            "these files exist and are not overwritten: {files}. Use --force to write the "
            "new versions into spbe-baru/ (to compare, then delete)."
        ),
    },
    "init_bad_package": {
        "id": (
            "--package: `{package}` bukan persyaratan pip yang dapat dipakai di CI; tulis "
            'mis. "spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0" (tanpa tanda kutip, '
            "`$` atau `;`)"
        ),
        "en": (
            "--package: `{package}` is not a pip requirement CI can use; write, for "
            'example, "spbe @ git+https://<forge>/<owner>/spbe@v0.1.0" (no quotes, `$` or '
            "`;`)"
        ),
    },
    "init_done": {
        "id": (
            "Repositori dibuat di {path}: {count} berkas. Lanjutkan: cd {path} && spbe validate"
        ),
        "en": "Repository created in {path}: {count} files. Next: cd {path} && spbe validate",
    },
    "new_not_written": {
        "id": "{path} tidak ditulis",
        "en": "{path} was not written",
    },
    "new_exists": {
        "id": "{path} sudah ada; tidak ditimpa",
        "en": "{path} exists; not overwritten",
    },
    "new_done": {
        "id": "Ditulis: {path} ({how})",
        "en": "Written: {path} ({how})",
    },
    "new_carried": {
        "id": "jawaban {year} dibawa untuk ditinjau",
        "en": "{year} answers carried over for review",
    },
    "new_fresh": {
        "id": "indikator dari spbe.yaml, belum diisi",
        "en": "indicators from spbe.yaml, not filled in",
    },
    "new_no_roles": {
        "id": (
            "`units:` spbe.yaml tidak menyebut indikator unit `{unit}` pada katalog {catalogue} "
            "yang berlaku tahun {year}; tambahkan `catalogues: {catalogue}: indicators: [...]` "
            "pada unit itu"
        ),
        "en": (
            "the `units:` of spbe.yaml give unit `{unit}` no indicator of catalogue {catalogue}, "
            "in force in {year}; add `catalogues: {catalogue}: indicators: [...]` to that unit"
        ),
    },
    "new_unknown_unit": {
        "id": "unit `{unit}` tidak ada di `units:` spbe.yaml maupun tahun sebelumnya",
        "en": ("unit `{unit}` is neither in the `units:` of spbe.yaml nor in the previous year"),
    },
    "progress_files": {
        "id": "Memeriksa berkas:",
        "en": "Checking files:",
    },
    "summary_problems": {
        "id": "{errors}, {warnings}",
        "en": "{errors}, {warnings}",
    },
    "unknown_code": {
        "id": "kode `{code}` tidak dikenal; kode yang ada: {codes}",
        "en": "unknown code `{code}`; known codes: {codes}",
    },
    "severity_error": {
        "id": "error",
        "en": "error",
    },
    "severity_warning": {
        "id": "peringatan",
        "en": "warning",
    },
    "not_scored": {
        "id": ("Penilaian tidak dihitung karena ada error di atas. Perbaiki lalu jalankan lagi."),
        "en": "Nothing was scored because of the errors above. Fix them and run again.",
    },
    "not_scored_some": {
        "id": "Sebagian folder tidak dihitung karena ada error di atas; yang lain tercetak.",
        "en": ("Some folders were not scored because of the errors above; the others are printed."),
    },
    "internal_error": {
        "id": (
            "spbe: terjadi kesalahan internal ({error}). Jalankan lagi dengan --debug dan "
            "laporkan keluarannya."
        ),
        "en": "spbe: internal error ({error}). Run again with --debug and report the output.",
    },
    "help_option": {
        "id": "Tampilkan bantuan ini lalu keluar.",
        "en": "Show this message and exit.",
    },
    "interrupted": {
        "id": "spbe: dihentikan.",
        "en": "spbe: interrupted.",
    },
    "output_is_input": {
        "id": (
            "menolak menulis ke {path}: berkas itu masukan repositori (spbe.yaml, berkas "
            "unit atau tahap, kunci data dukung, katalog, templat, atau folder evidence/). "
            "Pilih nama lain dengan --output"
        ),
        "en": (
            "refusing to write to {path}: it is an input of the repository (spbe.yaml, a "
            "unit or stage file, the evidence lock, a catalogue, a template, or the "
            "evidence/ folder). Choose another name with --output"
        ),
    },
    "target_not_number": {
        "id": "--target: `{value}` bukan angka indeks; tulis mis. 3.50 atau 3,50",
        "en": "--target: `{value}` is not an index value; write, for example, 3.50",
    },
    "target_out_of_range": {
        "id": "--target: {value} di luar skala katalog; target harus antara {low} dan {high}",
        "en": (
            "--target: {value} is outside the catalogue's scale; the target must be "
            "between {low} and {high}"
        ),
    },
    "unknown_codes": {
        "id": (
            "--ignore: kode masalah {codes} tidak dikenal; `spbe explain KODE` menjelaskan "
            "kode yang ada, daftarnya di README"
        ),
        "en": (
            "--ignore: unknown problem code {codes}; `spbe explain CODE` explains the "
            "codes, the README lists them"
        ),
    },
    "unknown_indicators": {
        "id": "--exclude: indikator {ids} tidak ada di katalog tahun ini",
        "en": "--exclude: this year's catalogue has no indicator {ids}",
    },
    "git_not_repository": {
        "id": (
            "`{spec}` dibaca dari git, tetapi folder kerja ini bukan repositori git; "
            "jalankan dari dalam repositori, atau tulis folder tahunnya tanpa `REVISI:`"
        ),
        "en": (
            "`{spec}` is read from git, but this folder is not in a git repository; run it "
            "from inside the repository, or give the year folder without `REVISION:`"
        ),
    },
    "git_not_found": {
        "id": (
            "`{spec}` tidak ada di git: revisi `{rev}` atau folder `{path}` di revisi itu "
            "tidak ditemukan (cek dengan `git log --oneline` dan `git ls-tree {rev}`)"
        ),
        "en": (
            "`{spec}` is not in git: revision `{rev}` or folder `{path}` at that revision "
            "was not found (check with `git log --oneline` and `git ls-tree {rev}`)"
        ),
    },
    "git_failed": {
        "id": "`{spec}` tidak dapat dibaca dari git: {detail}",
        "en": "`{spec}` cannot be read from git: {detail}",
    },
    "new_no_repo": {
        "id": (
            "--repo: folder {path} tidak ada; beri akar repositori penilaian (folder "
            "berisi spbe.yaml)"
        ),
        "en": (
            "--repo: there is no folder {path}; give the root of the assessments "
            "repository (the folder holding spbe.yaml)"
        ),
    },
    "r_wrong_suffix": {
        "id": (
            "--output {path}: akhirannya tidak cocok dengan --format {fmt}; pakai "
            "{expected}, atau pilih --format yang sesuai"
        ),
        "en": (
            "--output {path}: its suffix does not match --format {fmt}; use {expected}, or "
            "choose the matching --format"
        ),
    },
    "r_no_templates": {
        "id": (
            "--templates: folder {path} tidak ada; beri folder yang berisi templat "
            "pengganti (mis. report.html.j2)"
        ),
        "en": (
            "--templates: there is no folder {path}; give a folder that holds replacement "
            "templates (such as report.html.j2)"
        ),
    },
    "year_not_four_digits": {
        "id": "{year} bukan tahun; tulis tahun empat angka, mis. 2026",
        "en": "{year} is not a year; write a four-digit year, such as 2026",
    },
    "output_is_folder": {
        "id": "{path} adalah folder; tulis nama berkas hasil di dalamnya: {path}/<nama berkas>",
        "en": "{path} is a folder; give the name of an output file in it: {path}/<file name>",
    },
    "year_not_in_repo": {
        "id": "tahun {year} tidak ada di repositori ini (tahun yang ada: {years})",
        "en": "year {year} is not in this repository (its years: {years})",
    },
    "output_not_a_file": {
        "id": (
            "{path} bukan berkas biasa (perangkat, pipa atau soket); spbe tidak menulis ke sana. "
            "Tulis nama berkas hasil"
        ),
        "en": (
            "{path} is not a regular file (a device, pipe or socket); spbe does not write over "
            "it. Give the name of an output file"
        ),
    },
    "output_failed": {
        "id": "hasil tidak dapat ditulis ke {path}: {detail}. Tidak ada berkas yang ditulis",
        "en": "the result cannot be written to {path}: {detail}. Nothing was written",
    },
    "git_bad_revision": {
        "id": (
            "revisi `{rev}` tidak sah: tulis nama tag, cabang atau commit sebelum titik "
            "dua, mis. v2023:assessments/2023"
        ),
        "en": (
            "revision `{rev}` is not valid: write a tag, branch or commit name before the "
            "colon, such as v2023:assessments/2023"
        ),
    },
    "estimate_unit": {
        "id": "perkiraan",
        "en": "estimate",
    },
}

"""Messages: the static website of a repository (``spbe site``)."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "s_site_title": {
        "id": "Penilaian {framework}: {instansi}",
        "en": "{framework} assessment: {instansi}",
    },
    "s_home": {"id": "Beranda", "en": "Home"},
    "s_years": {"id": "Tahun", "en": "Years"},
    "s_units": {"id": "Unit", "en": "Units"},
    "s_indicators": {"id": "Indikator", "en": "Indicators"},
    "s_validation": {"id": "Validasi", "en": "Validation"},
    "s_search": {"id": "Cari", "en": "Search"},
    "s_skip": {"id": "Langsung ke isi", "en": "Skip to content"},
    "s_latest": {"id": "Indeks terbaru", "en": "Latest index"},
    "s_trend": {"id": "Perkembangan indeks", "en": "The index over the years"},
    "s_catalogue_changed": {"id": "katalog berganti", "en": "catalogue changed"},
    "s_radar": {"id": "Indeks per aspek", "en": "Index by aspect"},
    "s_changed_title": {"id": "Perubahan terakhir", "en": "Latest change"},
    "s_changed_commit": {
        "id": "Commit terakhir yang mengubah penilaian: {commit} ({date}) {subject}",
        "en": "Last commit that changed the assessments: {commit} ({date}) {subject}",
    },
    "s_changed_added": {
        "id": "Tahun terbaru ditambahkan pada commit itu.",
        "en": "The latest year was added in that commit.",
    },
    "s_changed_none": {
        "id": "Tidak ada indikator yang berubah tingkat pada commit itu.",
        "en": "No indicator changed its level in that commit.",
    },
    "s_changed_nogit": {
        "id": "Riwayat git tidak tersedia (bukan repositori git, atau belum ada commit "
        "sebelumnya).",
        "en": "No git history is available (not a git repository, or no earlier commit).",
    },
    "s_problems": {
        "id": "{errors} dan {warnings} dari `spbe validate`.",
        "en": "{errors} and {warnings} from `spbe validate`.",
    },
    "s_problems_clean": {
        "id": "`spbe validate` tidak menemukan masalah.",
        "en": "`spbe validate` found no problem.",
    },
    "s_mode_private": {
        "id": "Mode data dukung: pribadi. Situs ini menampilkan judul, tanggal dan path data "
        "dukung tanpa menyalin berkasnya.",
        "en": "Evidence mode: private. This site shows evidence titles, dates and paths without "
        "copying the files.",
    },
    "s_mode_copied": {
        "id": "Mode data dukung: disalin. Berkas data dukung di dalam repositori ikut disalin ke "
        "situs ini dan ditautkan ({count} berkas).",
        "en": "Evidence mode: copied. Evidence files inside the repository are copied into this "
        "site and linked ({count} files).",
    },
    "s_generated": {
        "id": "Dibuat {date} oleh spbe {version}{commit}.",
        "en": "Made on {date} by spbe {version}{commit}.",
    },
    "s_at_commit": {"id": " dari commit {commit}", "en": " from commit {commit}"},
    "s_year_title": {"id": "Penilaian {year}", "en": "Assessment {year}"},
    "s_year_errors": {
        "id": "Tahun ini memiliki error sehingga tidak dapat dihitung; lihat halaman Validasi.",
        "en": "This year has errors and cannot be scored; see the Validation page.",
    },
    "s_stage": {"id": "Tahap", "en": "Stage"},
    "s_stages": {"id": "Perbandingan tahap", "en": "Stages compared"},
    "s_recommendations": {"id": "Rekomendasi", "en": "Recommendations"},
    "s_status": {"id": "Status", "en": "Status"},
    "s_follow_up": {"id": "Tindak lanjut", "en": "Follow-up"},
    "s_rec_open": {"id": "terbuka", "en": "open"},
    "s_rec_closed": {"id": "selesai", "en": "closed"},
    "s_plan": {"id": "Rencana menuju target {target}", "en": "Plan to reach the target {target}"},
    "s_plan_none": {
        "id": "Tidak ada target (isi `target:` di spbe.yaml atau pakai --target).",
        "en": "No target is set (`target:` in spbe.yaml, or --target).",
    },
    "s_plan_reached": {"id": "Target sudah tercapai.", "en": "The target is reached."},
    "s_plan_unreachable": {
        "id": "Target tidak tercapai dengan satu tingkat per indikator (paling tinggi {best}).",
        "en": "The target cannot be reached one level per indicator (at most {best}).",
    },
    "s_from_to": {"id": "Dari", "en": "From"},
    "s_to": {"id": "Ke", "en": "To"},
    "s_role": {"id": "Peran", "en": "Role"},
    "s_role_lead": {"id": "pengampu", "en": "lead"},
    "s_role_support": {"id": "pendukung", "en": "supporting"},
    "s_unit_title": {"id": "Unit {unit}", "en": "Unit {unit}"},
    "s_unit_year": {"id": "Tahun {year}", "en": "Year {year}"},
    "s_next": {"id": "Syarat tingkat berikutnya", "en": "What the next level requires"},
    "s_evidence_status": {"id": "Data dukung dan statusnya", "en": "Evidence and its status"},
    "s_item_status": {"id": "Status asesor", "en": "Assessors' status"},
    "s_indicator_title": {"id": "{id} · {name}", "en": "{id} · {name}"},
    "s_criteria": {"id": "Kriteria tiap tingkat", "en": "Criteria of each level"},
    "s_history": {"id": "Nilai setiap tahun dan tahap", "en": "Value in every year and stage"},
    "s_history_chart": {
        "id": "Nilai indikator per tahun (tahap terakhir yang ada tiap tahun)",
        "en": "The indicator's value per year (each year's latest stage)",
    },
    "s_owner": {"id": "Pengampu", "en": "Lead unit"},
    "s_supporters": {"id": "Unit pendukung", "en": "Supporting units"},
    "s_over_years": {"id": "Penjelasan dan data dukung", "en": "Explanations and evidence"},
    "s_review": {"id": "Catatan asesor internal", "en": "Internal assessors' notes"},
    "s_assessor_notes": {"id": "Catatan asesor eksternal", "en": "External assessors' notes"},
    "s_aspect": {"id": "Aspek", "en": "Aspect"},
    "s_weight": {"id": "Bobot", "en": "Weight"},
    "s_value": {"id": "Nilai", "en": "Value"},
    "s_level": {"id": "tingkat", "en": "level"},
    "s_external": {"id": "nilai dari {agency}", "en": "value from {agency}"},
    "s_file": {"id": "Berkas", "en": "File"},
    "s_line": {"id": "Baris", "en": "Line"},
    "s_code": {"id": "Kode", "en": "Code"},
    "s_message": {"id": "Pesan", "en": "Message"},
    "s_severity": {"id": "Jenis", "en": "Severity"},
    "s_search_label": {
        "id": "Cari indikator, unit atau penjelasan",
        "en": "Search indicators, units or explanations",
    },
    "s_search_button": {"id": "Cari", "en": "Search"},
    "s_search_needs_js": {
        "id": "Pencarian memerlukan JavaScript. Tanpa JavaScript, daftar di bawah memuat semua "
        "halaman.",
        "en": "Search needs JavaScript. Without it, the list below holds every page.",
    },
    "s_search_none": {"id": "Tidak ada hasil.", "en": "No results."},
    "s_all_pages": {"id": "Semua halaman", "en": "Every page"},
    "s_no_data": {"id": "Tidak ada data.", "en": "No data."},
    "s_site_written": {
        "id": "Situs ditulis ke {path} ({pages} halaman, {size}).",
        "en": "Site written to {path} ({pages} pages, {size}).",
    },
    "s_site_not_ours": {
        "id": "{path} sudah ada dan bukan situs buatan `spbe site`; pilih folder lain atau "
        "kosongkan dulu",
        "en": "{path} exists and is not a site made by `spbe site`; choose another folder or "
        "empty it first",
    },
    "s_name_clash": {
        "id": "dua berkas situs akan bernama sama (tanpa membedakan huruf besar/kecil): {first} "
        "dan {second}; tidak ada yang ditulis",
        "en": "two files of the site would share a name (ignoring case): {first} and {second}; "
        "nothing was written",
    },
    "s_site_inside": {
        "id": "{path} berada di dalam atau memuat data repositori; pilih folder lain (mis. public)",
        "en": "{path} is inside or holds the repository's data; choose another folder (e.g. "
        "public)",
    },
    "s_bad_base_url": {
        "id": "--base-url harus alamat https:// (mis. https://github.com/o/r/blob/main/)",
        "en": "--base-url must be an https:// address (e.g. https://github.com/o/r/blob/main/)",
    },
    "s_no_years": {"id": "tidak ada folder tahun di {path}", "en": "no year folder in {path}"},
    "s_none_usable": {
        "id": "Belum ada tahun yang dapat dihitung: lihat halaman Validasi.",
        "en": "No year can be scored yet: see the Validation page.",
    },
    "s_pending": {"id": "{value} (menunggu)", "en": "{value} (pending)"},
    "s_kind_indicator": {"id": "Indikator", "en": "Indicator"},
    "s_kind_unit": {"id": "Unit", "en": "Unit"},
    "s_kind_year": {"id": "Tahun", "en": "Year"},
}

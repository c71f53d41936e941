"""Messages: The score, stages, trend, diff and plan views (terminal, Markdown, JSON headers)."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "xlsx_col_id": {"id": "Kode", "en": "Id"},
    "xlsx_col_name": {"id": "Indikator", "en": "Indicator"},
    "xlsx_col_aspect": {"id": "Aspek", "en": "Aspect"},
    "xlsx_col_domain": {"id": "Domain", "en": "Domain"},
    "xlsx_col_weight": {"id": "Bobot (%)", "en": "Weight (%)"},
    "xlsx_col_level": {"id": "Tingkat", "en": "Level"},
    "xlsx_col_level_name": {"id": "Nama tingkat", "en": "Level name"},
    "xlsx_col_unit": {"id": "Unit", "en": "Unit"},
    "xlsx_col_explanation": {"id": "Penjelasan", "en": "Explanation (penjelasan)"},
    "xlsx_col_evidence": {"id": "Data dukung", "en": "Evidence (data dukung)"},
    "xlsx_col_stage": {"id": "Tingkat {stage}", "en": "Level at {stage}"},
    "xlsx_col_external": {"id": "Nilai eksternal", "en": "External value"},
    "xlsx_col_supports": {"id": "Unit pendukung", "en": "Supporting units"},
    "supports_count": {"id": "{count} data dukung", "en": "{count} evidence"},
    "portal_item_level": {"id": "tingkat {level}", "en": "level {level}"},
    "index_title": {
        "id": "Indeks SPBE",
        "en": "SPBE Index",
    },
    "predikat": {
        "id": "Predikat",
        "en": "Predikat",
    },
    "instansi": {
        "id": "Instansi",
        "en": "Instansi",
    },
    "year": {
        "id": "Tahun",
        "en": "Year",
    },
    "catalogue": {
        "id": "Katalog",
        "en": "Catalogue",
    },
    "incomplete_note": {
        "id": (
            "BELUM LENGKAP: {count} indikator belum dijawab dan dihitung pada tingkat "
            "terendah; indeks ini adalah batas bawah."
        ),
        "en": (
            "INCOMPLETE: {count} indicators are unanswered and count at the lowest level; "
            "this index is a lower bound."
        ),
    },
    "estimate_stage": {
        "id": "Tahap: perkiraan dari {catalogue}.",
        "en": "Stage: estimated from {catalogue}.",
    },
    "score_later_stage": {
        "id": (
            "Nilai di atas dari tahap {stage}; tahap terbaru tahun ini adalah {latest}: indeks "
            "{index} ({predikat}). Lihat dengan --stage {latest}."
        ),
        "en": (
            "The values above are from stage {stage}; this year's latest stage is {latest}: "
            "index {index} ({predikat}). See it with --stage {latest}."
        ),
    },
    "stage_note": {
        "id": "Tahap: {stage}.",
        "en": "Stage: {stage}.",
    },
    "stage_note_fallback": {
        "id": (
            "Tahap: {stage}. {count} nilai belum ada di tahap ini dan memakai tahap "
            "sebelumnya: {listed}."
        ),
        "en": (
            "Stage: {stage}. {count} values are not set at this stage and come from an "
            "earlier one: {listed}."
        ),
    },
    "stages_title": {
        "id": "Perbandingan tahap penilaian",
        "en": "Assessment stages compared",
    },
    "stages_indices": {
        "id": "Indeks per tahap",
        "en": "Indices per stage",
    },
    "stages_levels": {
        "id": "Tingkat per indikator",
        "en": "Levels per indicator",
    },
    "stages_caption": {
        "id": "(n) = belum ada nilai di tahap itu; memakai tahap sebelumnya.",
        "en": "(n) = no value at that stage; the earlier stage's value is used.",
    },
    "over_claim": {
        "id": "▲ klaim {claimed} > diterima {accepted}",
        "en": "▲ claimed {claimed} > accepted {accepted}",
    },
    "over_claims_count": {
        "id": "Klaim di atas tingkat yang diterima: {count} indikator.",
        "en": "Claims above the accepted level: {count} indicators.",
    },
    "trend_title": {
        "id": "Indeks per tahun",
        "en": "Index per year",
    },
    "trend_domains": {
        "id": "Domain",
        "en": "Domains",
    },
    "trend_change": {
        "id": "Perubahan",
        "en": "Change",
    },
    "trend_index": {
        "id": "Indeks",
        "en": "Index",
    },
    "trend_aspects": {
        "id": "Aspek",
        "en": "Aspects",
    },
    "trend_domains_aspects": {
        "id": "Domain / aspek",
        "en": "Domains / aspects",
    },
    "trend_new_catalogue": {
        "id": "katalog baru",
        "en": "new catalogue",
    },
    "trend_errors": {
        "id": "(ada error; jalankan spbe validate)",
        "en": "(has errors; run spbe validate)",
    },
    "trend_incomplete": {
        "id": "* belum lengkap: indeks adalah batas bawah.",
        "en": "* incomplete: the index is a lower bound.",
    },
    "diff_title": {
        "id": "Perubahan dari {old} ke {new}",
        "en": "Changes from {old} to {new}",
    },
    "diff_naik": {
        "id": "naik",
        "en": "up",
    },
    "diff_turun": {
        "id": "turun",
        "en": "down",
    },
    "diff_tetap": {
        "id": "tetap",
        "en": "unchanged",
    },
    "diff_baru": {
        "id": "baru",
        "en": "new",
    },
    "diff_hilang": {
        "id": "hilang",
        "en": "gone",
    },
    "diff_estimated": {
        "id": (
            "PERKIRAAN: sisi lama memakai katalog {source}; domain, aspek dan indikatornya "
            "diterjemahkan ke {target} melalui crosswalk. Indeksnya dihitung dengan "
            "katalognya sendiri."
        ),
        "en": (
            "ESTIMATE: the old side uses catalogue {source}; its domains, aspects and "
            "indicators are translated to {target} through a crosswalk. Its index is "
            "computed under its own catalogue."
        ),
    },
    "diff_other_catalogue": {
        "id": "Kedua sisi memakai katalog yang berbeda: hanya indeksnya yang dibandingkan.",
        "en": "The two sides use different catalogues: only the index is compared.",
    },
    "plan_title": {
        "id": "Rencana kenaikan tingkat",
        "en": "Plan of level raises",
    },
    "plan_after": {
        "id": "Indeks sesudahnya",
        "en": "Index after",
    },
    "plan_criterion": {
        "id": "Kriteria tingkat baru",
        "en": "Criterion of the new level",
    },
    "items_title": {"id": "Status butir bukti", "en": "Evidence item status"},
    "items_summary": {
        "id": (
            "{total} butir: {revisi} dikembalikan (revisi), {pending} belum dinilai, "
            "{accepted} diterima."
        ),
        "en": (
            "{total} items: {revisi} sent back (revisi), {pending} not assessed, "
            "{accepted} accepted."
        ),
    },
    "items_status": {"id": "Status", "en": "Status"},
    "items_code": {"id": "Kode butir", "en": "Item code"},
    "items_reason": {"id": "Alasan", "en": "Reason"},
    "items_note": {"id": "Catatan", "en": "Note"},
    "item_support": {"id": "pendukung", "en": "supporting"},
    "item_diterima": {"id": "diterima", "en": "accepted"},
    "item_revisi": {"id": "revisi", "en": "sent back"},
    "item_belum_dinilai": {"id": "belum dinilai", "en": "not assessed"},
    "item_reason_tidak_tepat": {"id": "bukti tidak tepat", "en": "wrong evidence"},
    "item_reason_belum_diunggah": {"id": "belum diunggah", "en": "not uploaded"},
    "item_reason_ditolak_otomatis": {"id": "ditolak otomatis", "en": "rejected automatically"},
    "plan_supply": {
        "id": (
            "Lengkapi nilai eksternal {indicator} ({index}, {agency}; unit {unit}): masih dihitung "
            "1,00; bila nilainya {value}, indeks bertambah +{gain}."
        ),
        "en": (
            "Supply the external value of {indicator} ({index}, {agency}; unit {unit}): it "
            "counts as 1.00 now; at {value} the index would gain +{gain}."
        ),
    },
    "plan_summary": {
        "id": (
            "Dari tahap {stage} ({start}) ke target {target}: {count} indikator, {steps} "
            "kenaikan tingkat (biaya {cost}); indeks menjadi {end} ({predikat}). Tidak ada "
            "rencana yang lebih murah."
        ),
        "en": (
            "From stage {stage} ({start}) to the target {target}: {count} indicators, "
            "{steps} level raises (cost {cost}); the index becomes {end} ({predikat}). No "
            "cheaper plan exists."
        ),
    },
    "plan_reached": {
        "id": ("Target {target} sudah tercapai di tahap {stage} ({start}); tidak perlu kenaikan."),
        "en": (
            "The target {target} is already reached at stage {stage} ({start}); no raise is needed."
        ),
    },
    "plan_unreachable": {
        "id": (
            "Target {target} TIDAK DAPAT dicapai dengan batas ini: indeks tertinggi yang "
            "mungkin {best} (sekarang {start}). Longgarkan --max-step atau --exclude."
        ),
        "en": (
            "The target {target} CANNOT be reached within these limits: the highest "
            "possible index is {best} (now {start}). Loosen --max-step or --exclude."
        ),
    },
    "evidence_locked": {
        "id": (
            "{path}: {count} berkas dikunci (baru {added}, berubah {changed}, dihapus {removed})"
        ),
        "en": ("{path}: {count} files locked ({added} new, {changed} changed, {removed} removed)"),
    },
    "evidence_unused": {
        "id": (
            "{count} berkas di kunci tidak dirujuk tahun mana pun lagi; tetap disimpan "
            "(pakai --prune untuk menghapusnya dari kunci)"
        ),
        "en": (
            "{count} locked files are no longer referenced by any year; kept (use --prune "
            "to drop them from the lock)"
        ),
    },
    "unknown_predikat": {
        "id": "predikat `{name}` tidak ada; pilihan: {names}",
        "en": "no predikat `{name}`; choose from: {names}",
    },
    "plan_one_target": {
        "id": "berikan salah satu: --target atau --predikat",
        "en": "give one of --target or --predikat",
    },
    "bands_title": {
        "id": "Rentang predikat",
        "en": "Predikat bands",
    },
    "band_range": {
        "id": "Nilai indeks",
        "en": "Index value",
    },
    "domains_title": {
        "id": "Domain dan aspek",
        "en": "Domains and aspects",
    },
    "col_id": {
        "id": "Kode",
        "en": "Id",
    },
    "col_name": {
        "id": "Nama",
        "en": "Name",
    },
    "col_weight": {
        "id": "Bobot %",
        "en": "Weight %",
    },
    "col_index": {
        "id": "Indeks",
        "en": "Index",
    },
    "units_title": {
        "id": "Kontribusi unit (SKPD)",
        "en": "Unit (SKPD) contributions",
    },
    "col_unit": {
        "id": "Unit",
        "en": "Unit",
    },
    "col_answered": {
        "id": "Indikator",
        "en": "Indicators",
    },
    "col_mean": {
        "id": "Rata-rata tingkat",
        "en": "Mean level",
    },
    "col_contribution": {
        "id": "Kontribusi indeks",
        "en": "Index contribution",
    },
    "pending_title": {
        "id": "Menunggu nilai eksternal (dihitung 1,00 sampai nilainya tersedia)",
        "en": "Waiting for an external value (counted as 1.00 until supplied)",
    },
    "col_source": {
        "id": "Sumber",
        "en": "Source",
    },
    "external_pending": {
        "id": "menunggu nilai eksternal {index} dari {agency}",
        "en": "pending external value of {index} from {agency}",
    },
    "external_supplied": {
        "id": "{index} {raw}, sumber {source}",
        "en": "{index} {raw}, source {source}",
    },
    "external_document": {
        "id": "dokumen: {document}",
        "en": "document: {document}",
    },
    "domains_title_aspects": {
        "id": "Indeks per aspek",
        "en": "Index by aspect",
    },
    "missing_title": {
        "id": "Indikator belum dijawab",
        "en": "Unanswered indicators",
    },
    "gains_title": {
        "id": "Lima indikator yang paling menaikkan indeks bila naik satu tingkat",
        "en": "Five indicators whose next level raises the index most",
    },
    "col_indicator": {
        "id": "Indikator",
        "en": "Indicator",
    },
    "col_level": {
        "id": "Tingkat",
        "en": "Level",
    },
    "col_next": {
        "id": "Tingkat berikut",
        "en": "Next level",
    },
    "col_gain": {
        "id": "Tambahan indeks",
        "en": "Index gain",
    },
    "none": {
        "id": "(tidak ada)",
        "en": "(none)",
    },
    "all_at_top": {
        "id": "Semua indikator sudah di tingkat tertinggi.",
        "en": "Every indicator is already at the highest level.",
    },
    # --- the summary line of `spbe validate`: English counts one in the singular -----------
    "summary_counts": {
        "id": "{errors}, {warnings}, {files}",
        "en": "{errors}, {warnings}, {files}",
    },
    "summary_errors": {"id": "{count} error", "en": "{count} errors"},
    "summary_errors_one": {"id": "{count} error", "en": "{count} error"},
    "summary_warnings": {"id": "{count} peringatan", "en": "{count} warnings"},
    "summary_warnings_one": {"id": "{count} peringatan", "en": "{count} warning"},
    "summary_files": {"id": "{count} berkas diperiksa", "en": "{count} files checked"},
    "summary_files_one": {"id": "{count} berkas diperiksa", "en": "{count} file checked"},
    # the notification of a SARIF run cut to what GitHub accepts (render/problems.py)
    "sarif_left_out": {
        "id": "{left} dari {total} masalah tidak dimuat: GitHub menerima paling banyak {limit} "
        "hasil per run, jadi yang dimuat hanya {limit} yang paling berat (error lebih dulu). "
        "Semua masalah: spbe validate --format text.",
        "en": "{left} of {total} problems left out: GitHub accepts at most {limit} results per "
        "run, so only the {limit} most severe are included (errors first). All problems: "
        "spbe validate --format text.",
    },
    "summary_left_out": {
        "id": "{left} dari {total} masalah tidak dimuat di ringkasan ini: GitHub menerima "
        "ringkasan langkah paling besar 1 MiB. Semua masalah ada di log langkah ini.",
        "en": "{left} of {total} problems left out of this summary: GitHub takes a step summary "
        "of at most 1 MiB. Every problem is in this step's log.",
    },
    # --- Pydantic's errors, in our words (model.schema): no English text of Pydantic's own ---
    "choices": {
        "id": "{some} atau {last}",
        "en": "{some} or {last}",
    },
    "listed": {
        "id": "{first}, {rest}",
        "en": "{first}, {rest}",
    },
    "with_hint": {
        "id": "{text}{hint}",
        "en": "{text}{hint}",
    },
    "detail_exactly": {
        "id": "harus {value}",
        "en": "must be {value}",
    },
    "detail_ge": {
        "id": "paling kecil {value}",
        "en": "must be at least {value}",
    },
    "detail_gt": {
        "id": "harus lebih dari {value}",
        "en": "must be more than {value}",
    },
    "detail_le": {
        "id": "paling besar {value}",
        "en": "must be at most {value}",
    },
    "detail_lt": {
        "id": "harus kurang dari {value}",
        "en": "must be less than {value}",
    },
    "detail_multiple_of": {
        "id": "harus kelipatan {value}",
        "en": "must be a multiple of {value}",
    },
    "detail_pattern": {
        "id": "tidak cocok dengan pola `{value}`",
        "en": "does not match the pattern `{value}`",
    },
    "detail_of_key": {
        "id": "kunci `{name}` {detail}",
        "en": "the key `{name}` {detail}",
    },
    "detail_other": {
        "id": "tidak sesuai dengan format berkas (pemeriksaan `{value}`)",
        "en": "does not fit the file format (check `{value}`)",
    },
    "s006_flow_comma": {
        "id": "di dalam `{{...}}` koma memisahkan pasangan `kunci: nilai`{fix}",
        "en": "inside `{{...}}` a comma separates `key: value` pairs{fix}",
    },
    "hint_allowed": {
        "id": "; yang dikenal: {value}",
        "en": "; the known ones: {value}",
    },
    "hint_decimal_comma": {
        "id": "; tulis {value} (titik, bukan koma)",
        "en": "; write {value} (a point, not a comma)",
    },
    "hint_whole_comma": {
        "id": "; tulis {value} (bilangan bulat, tanpa koma)",
        "en": "; write {value} (a whole number, without a comma)",
    },
    "hint_whole_only": {
        "id": "; di sini hanya bilangan bulat, tanpa koma atau titik desimal",
        "en": "; only a whole number here, with no decimal comma or point",
    },
}

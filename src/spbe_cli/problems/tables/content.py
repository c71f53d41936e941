"""Problem codes C: the content of answers: levels, penjelasan, data dukung, stages.

One rule per code: severity, message, title and explanation, in both languages. Never
renumber or reuse a code; retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.problems.rule import E, Rule, W

RULES = (
    Rule(
        "C001",
        W,
        message={
            "id": (
                "indikator {indicator} diisi tingkat {level} tanpa penjelasan "
                "(`explanation`); asesor akan meminta penjelasannya"
            ),
            "en": (
                "indicator {indicator} claims level {level} without an `explanation`; "
                "assessors will ask for one"
            ),
        },
        title={
            "id": "Tanpa penjelasan",
            "en": "No explanation",
        },
        text={
            "id": (
                "Tingkat di atas tingkat terendah perlu penjelasan: kondisi nyata, nama "
                "aplikasi atau dokumen, dan analisis terhadap kriteria tingkat."
            ),
            "en": (
                "A level above the lowest needs an explanation: the actual situation, the "
                "application or document, and how it meets the level's criteria."
            ),
        },
    ),
    Rule(
        "C002",
        W,
        message={
            "id": ("indikator {indicator} diisi tingkat {level} tanpa data dukung (`evidence`)"),
            "en": "indicator {indicator} claims level {level} without evidence (`evidence`)",
        },
        title={
            "id": "Tanpa data dukung",
            "en": "No evidence",
        },
        text={
            "id": (
                "Tingkat di atas tingkat terendah perlu data dukung (dokumen, tangkapan "
                "layar, tautan)."
            ),
            "en": "A level above the lowest needs evidence (documents, screenshots, links).",
        },
    ),
    Rule(
        "C003",
        E,
        message={
            "id": "data dukung ini tidak punya `path` (berkas) maupun `url` (tautan)",
            "en": "this evidence has neither a `path` (file) nor a `url` (link)",
        },
        title={
            "id": "Data dukung tanpa path atau url",
            "en": "Evidence without path or url",
        },
        text={
            "id": "Setiap data dukung menunjuk berkas (`path`) atau tautan (`url`).",
            "en": "Each evidence entry points at a file (`path`) or a link (`url`).",
        },
    ),
    Rule(
        "C004",
        E,
        message={
            "id": (
                "`url` bukan alamat web yang dapat dibuka (tertulis `{url}`): harus "
                "diawali http:// atau https:// dan nama host, tanpa spasi (tulis %20) dan "
                "tanpa `\\`"
            ),
            "en": (
                "`url` is not a web address that opens (it is `{url}`): it must start with "
                "http:// or https:// and a host name, with no spaces (write %20) and no "
                "`\\`"
            ),
        },
        title={
            "id": "url bukan alamat web",
            "en": "url is not a web address",
        },
        text={
            "id": (
                "Tautan data dukung harus alamat http:// atau https:// yang utuh agar "
                "asesor dapat membukanya: dengan nama host, port berupa angka, tanpa spasi "
                "atau karakter kendali (spasi ditulis %20) dan tanpa garis miring terbalik."
            ),
            "en": (
                "Evidence links must be whole http:// or https:// addresses so that "
                "assessors can open them: a host name, a numeric port, no spaces or "
                "control characters (write a space as %20) and no backslashes."
            ),
        },
    ),
    Rule(
        "C005",
        E,
        message={
            "id": "berkas data dukung `{target}` tidak ditemukan (dicari dari {root}){hint}",
            "en": "evidence file `{target}` does not exist (looked up from {root}){hint}",
        },
        title={
            "id": "Berkas data dukung tidak ada",
            "en": "Evidence file missing",
        },
        text={
            "id": "`path` dibaca relatif terhadap akar repositori (folder spbe.yaml).",
            "en": "`path` is relative to the repository root (the folder of spbe.yaml).",
        },
    ),
    Rule(
        "C006",
        E,
        message={
            "id": "berkas data dukung `{target}` kosong (0 byte)",
            "en": "evidence file `{target}` is empty (0 bytes)",
        },
        title={
            "id": "Berkas data dukung kosong",
            "en": "Empty evidence file",
        },
        text={
            "id": "Berkas 0 byte biasanya unggahan yang gagal.",
            "en": "A 0-byte file is usually a failed upload.",
        },
    ),
    Rule(
        "C007",
        E,
        message={
            "id": (
                "`path` data dukung harus berada di dalam repositori ({root}); `{target}` "
                "keluar darinya"
            ),
            "en": (
                "an evidence `path` must stay inside the repository ({root}); `{target}` leaves it"
            ),
        },
        title={
            "id": "path keluar dari repositori",
            "en": "Path leaves the repository",
        },
        text={
            "id": (
                "Path absolut, `..` atau tautan simbolik ke luar repositori ditolak dan "
                "tidak pernah dibuka."
            ),
            "en": (
                "Absolute paths, `..` and symbolic links out of the repository are refused "
                "and never opened."
            ),
        },
    ),
    Rule(
        "C008",
        W,
        message={
            "id": (
                "penjelasan indikator {indicator} hanya mengulang kriteria tingkat "
                "{level}; tuliskan kondisi nyata dan buktinya"
            ),
            "en": (
                "the explanation of indicator {indicator} merely repeats the level {level} "
                "criterion; describe the actual situation and its evidence"
            ),
        },
        title={
            "id": "Penjelasan menyalin kriteria",
            "en": "Explanation copies a criterion",
        },
        text={
            "id": (
                "Asesor menolak penjelasan yang hanya mengulang teks kriteria; tuliskan "
                "kondisi nyata."
            ),
            "en": (
                "Assessors reject explanations that only repeat the criterion text; "
                "describe what actually exists."
            ),
        },
    ),
    Rule(
        "C009",
        E,
        message={
            "id": "`{target}` adalah folder, bukan berkas data dukung",
            "en": "`{target}` is a folder, not an evidence file",
        },
        title={
            "id": "path adalah folder",
            "en": "Path is a folder",
        },
        text={
            "id": "`path` data dukung menunjuk satu berkas, bukan folder.",
            "en": "An evidence `path` points at one file, not a folder.",
        },
    ),
    Rule(
        "C010",
        E,
        message={
            "id": (
                "berkas data dukung `{target}` berubah sejak dikunci ({change}); asesor "
                "menilai versi yang lama. Kembalikan berkasnya atau kunci ulang dengan "
                "`spbe evidence lock`"
            ),
            "en": (
                "evidence file `{target}` changed since it was locked ({change}); the "
                "assessors judged the old version. Restore it or lock again with `spbe "
                "evidence lock`"
            ),
        },
        title={
            "id": "Data dukung berubah sejak dikunci",
            "en": "Evidence changed since locked",
        },
        text={
            "id": (
                "`spbe evidence lock` mencatat ukuran dan SHA-256 setiap berkas data "
                "dukung. Berkas yang berubah sesudahnya bukan lagi berkas yang dinilai "
                "asesor."
            ),
            "en": (
                "`spbe evidence lock` records each evidence file's size and SHA-256. A "
                "file that changes afterwards is no longer the one the assessors judged."
            ),
        },
    ),
    Rule(
        "C011",
        E,
        message={
            "id": "berkas data dukung `{target}` sudah dikunci tetapi kini hilang",
            "en": "evidence file `{target}` was locked but is gone",
        },
        title={
            "id": "Data dukung terkunci hilang",
            "en": "Locked evidence gone",
        },
        text={
            "id": "Berkas yang tercatat di kunci data dukung tidak ada lagi.",
            "en": "A file recorded in the evidence lock no longer exists.",
        },
    ),
    Rule(
        "C012",
        W,
        message={
            "id": ("berkas data dukung `{target}` belum dikunci; jalankan `spbe evidence lock`"),
            "en": "evidence file `{target}` is not locked yet; run `spbe evidence lock`",
        },
        title={
            "id": "Data dukung belum dikunci",
            "en": "Evidence not locked",
        },
        text={
            "id": ("Repositori ini memakai kunci data dukung, tetapi berkas ini belum tercatat."),
            "en": "This repository locks its evidence, but this file is not recorded yet.",
        },
    ),
    Rule(
        "C013",
        W,
        message={
            "id": (
                "data dukung bertanggal {date}, lebih dari {months} bulan sebelum akhir "
                "{year}; kriteria indikator {indicator} menuntut reviu berkala, sertakan "
                "dokumen yang lebih baru"
            ),
            "en": (
                "evidence dated {date}, more than {months} months before the end of "
                "{year}; indicator {indicator} asks for periodic review, add a more recent "
                "document"
            ),
        },
        title={
            "id": "Data dukung kedaluwarsa",
            "en": "Evidence too old",
        },
        text={
            "id": (
                "Untuk indikator yang kriterianya menuntut reviu atau evaluasi berkala, "
                "data dukung bertanggal (`date:`) yang lebih tua dari batas (bawaan 24 "
                "bulan sebelum akhir tahun penilaian, `evidence_max_age_months` di "
                "spbe.yaml) perlu diperbarui, mulai dari tingkat yang kriterianya menuntut "
                "reviu berkala (tingkat di bawahnya cukup dengan dokumen lama)."
            ),
            "en": (
                "For indicators whose criteria ask for periodic review or evaluation, "
                "dated evidence (`date:`) older than the limit (24 months before the end "
                "of the assessment year by default, `evidence_max_age_months` in "
                "spbe.yaml) needs a newer document, from the level whose criterion asks "
                "for periodic review on (lower levels are proven by older documents too)."
            ),
        },
    ),
    Rule(
        "C014",
        W,
        message={
            "id": "tingkat {missing} belum didukung bukti: tingkat {level} akan ditolak",
            "en": ("level {missing} has no supporting evidence: level {level} will be rejected"),
        },
        title={
            "id": "Tingkat di bawahnya tanpa bukti",
            "en": "Lower level without evidence",
        },
        text={
            "id": (
                "Kriteria bersifat kumulatif: tingkat N mensyaratkan kriteria setiap "
                "tingkat di bawahnya. Bila data dukung diberi `level:`, setiap tingkat "
                "sampai tingkat yang diklaim perlu buktinya."
            ),
            "en": (
                "Criteria are cumulative: level N requires every level below it. When "
                "evidence is tagged with `level:`, every level up to the claimed one needs "
                "its evidence."
            ),
        },
    ),
    Rule(
        "C015",
        W,
        message={
            "id": (
                "rekomendasi untuk {indicator} ditandai `closed` tanpa `follow_up` (tindak lanjut)"
            ),
            "en": "the recommendation for {indicator} is `closed` without a `follow_up`",
        },
        title={
            "id": "Rekomendasi ditutup tanpa tindak lanjut",
            "en": "Recommendation closed without follow-up",
        },
        text={
            "id": "Rekomendasi berstatus `closed` mencatat tindak lanjutnya di `follow_up`.",
            "en": "A `closed` recommendation records what was done in `follow_up`.",
        },
    ),
    Rule(
        "C016",
        W,
        message={
            "id": (
                "reviu indikator {indicator} berstatus `revisi` tanpa `note`; tuliskan apa "
                "yang harus diperbaiki"
            ),
            "en": (
                "the review of indicator {indicator} says `revisi` without a `note`; say "
                "what must be fixed"
            ),
        },
        title={
            "id": "Revisi tanpa catatan",
            "en": "Sent back without a note",
        },
        text={
            "id": (
                "Reviu berstatus `revisi` menjelaskan di `note` apa yang harus diperbaiki unit."
            ),
            "en": "A review that says `revisi` tells the unit in `note` what to fix.",
        },
    ),
    Rule(
        "C017",
        W,
        message={
            "id": (
                "tanda `# TINJAU` dari `spbe new` masih ada: jawaban ini dibawa dari tahun "
                "lalu; tinjau tingkat, penjelasan dan data dukungnya, lalu hapus tanda ini"
            ),
            "en": (
                "the `# TINJAU` mark from `spbe new` is still here: this answer was "
                "carried over from last year; review its level, explanation and evidence, "
                "then delete the mark"
            ),
        },
        title={
            "id": "Tanda TINJAU tersisa",
            "en": "TINJAU mark left",
        },
        text={
            "id": (
                "`spbe new` membawa jawaban tahun lalu dan menandai setiap indikator "
                "dengan `# TINJAU: dibawa dari <tahun>`. Tanda yang tersisa berarti "
                "jawaban itu belum ditinjau untuk tahun ini; `validate --strict` (sebelum "
                "dikirim) gagal karenanya."
            ),
            "en": (
                "`spbe new` carries last year's answers and marks every indicator with `# "
                "TINJAU: dibawa dari <year>`. A mark left means the answer was not "
                "reviewed for this year yet; `validate --strict` (before sending) fails on "
                "it."
            ),
        },
    ),
    Rule(
        "C018",
        W,
        message={
            "id": (
                "butir {item} (tingkat {level}) indikator {indicator} akan ditolak otomatis: "
                "belum ada butir tingkat {below} yang diterima"
            ),
            "en": (
                "item {item} (level {level}) of indicator {indicator} will be rejected "
                "automatically: no item of level {below} is accepted"
            ),
        },
        title={
            "id": "Butir akan ditolak otomatis",
            "en": "Item will be rejected automatically",
        },
        text={
            "id": (
                "Asesor menilai butir bukti bertingkat: butir tingkat n+1 ditolak otomatis "
                "selama tidak ada butir tingkat n yang diterima. Lengkapi atau perbaiki butir "
                "tingkat di bawahnya lebih dulu."
            ),
            "en": (
                "Assessors read evidence items level by level: an item of level n+1 is rejected "
                "automatically while no item of level n is accepted. Complete or fix the lower "
                "level first."
            ),
        },
    ),
    Rule(
        "C020",
        W,
        message={
            "id": (
                "indikator {indicator}: tabel konversi katalog (sementara: {source}) memberi "
                "{index} {raw} nilai {value}; {state}"
            ),
            "en": (
                "indicator {indicator}: the catalogue's conversion table (provisional: "
                "{source}) gives {index} {raw} the value {value}; {state}"
            ),
        },
        title={
            "id": "Nilai eksternal menurut tabel konversi",
            "en": "External value by the conversion table",
        },
        text={
            "id": (
                "Nilai mentah indeks instansi lain (mis. SDI 58,3) dikonversi ke nilai 1,00-5,00 "
                "menurut tabel katalog, linear di dalam tiap rentang. Tabel itu sementara: "
                "`spbe` hanya mengusulkan, tidak menghitungnya diam-diam. Tulis nilai yang "
                "dipakai di `external.value`; bila nilai yang ditulis berbeda dari hasil "
                "konversi, periksa lagi angka dan sumbernya."
            ),
            "en": (
                "Another agency's raw figure (e.g. SDI 58.3) converts to a 1.00-5.00 value by "
                "the catalogue's table, linearly within each step. The table is provisional: "
                "`spbe` only proposes, never scores it silently. Write the value used under "
                "`external.value`; where the value written differs from the conversion, check "
                "the figure and its source again."
            ),
        },
    ),
    Rule(
        "C021",
        E,
        message={
            "id": (
                "`{target}` berada di dalam direktori git (`.git`); berkas git tidak pernah "
                "menjadi data dukung. Simpan dokumennya di folder biasa"
            ),
            "en": (
                "`{target}` lies inside a git directory (`.git`); git's files are never "
                "evidence. Keep the document in an ordinary folder"
            ),
        },
        title={
            "id": "Data dukung di dalam .git",
            "en": "Evidence inside .git",
        },
        text={
            "id": (
                "Berkas di `.git` (mis. `.git/config`) dapat memuat kredensial dan tidak "
                "pernah merupakan bukti penilaian; path seperti itu, langsung atau lewat "
                "tautan, ditolak dan tidak pernah disalin ke situs."
            ),
            "en": (
                "Files under `.git` (such as `.git/config`) may hold credentials and are never "
                "assessment evidence; such a path, directly or through a link, is refused and "
                "never copied to the site."
            ),
        },
    ),
    Rule(
        "C022",
        W,
        message={
            "id": (
                "indikator {indicator}: {index} {raw} di luar rentang indeks itu ({low}-{high}); "
                "periksa angka dan sumbernya"
            ),
            "en": (
                "indicator {indicator}: {index} {raw} lies outside that index's range "
                "({low}-{high}); check the figure and its source"
            ),
        },
        title={
            "id": "Angka indeks eksternal di luar rentangnya",
            "en": "External index figure out of its range",
        },
        text={
            "id": (
                "Setiap indeks instansi lain punya rentang (SDI 0-100, SJIG dan IPS 1-5). Angka "
                "di luar rentang itu salah ketik atau salah indeks, dan tabel konversi tidak "
                "dapat memberinya nilai."
            ),
            "en": (
                "Each other agency's index has its range (SDI 0-100, SJIG and IPS 1-5). A "
                "figure outside it is a typo or another index, and the conversion table cannot "
                "give it a value."
            ),
        },
    ),
)

"""Problem codes S: the shape of one file, checked against its model.

One rule per code: severity, message, title and explanation, in both languages. Never
renumber or reuse a code; retire it instead (``RETIRED`` in ``problems.rules``)."""

from __future__ import annotations

from spbe_cli.problems.rule import E, Rule

RULES = (
    Rule(
        "S001",
        E,
        message={
            "id": "kunci wajib `{key}` belum ada",
            "en": "the required key `{key}` is missing",
        },
        title={
            "id": "Kunci wajib belum ada",
            "en": "Missing required key",
        },
        text={
            "id": (
                "Setiap berkas unit butuh `unit`, `year` dan `indicators`; setiap jawaban "
                "butuh `level`; setiap data dukung butuh `title`."
            ),
            "en": (
                "Each unit file needs `unit`, `year` and `indicators`; each answer needs "
                "`level`; each evidence entry needs `title`."
            ),
        },
    ),
    Rule(
        "S002",
        E,
        message={
            "id": "kunci `{key}` tidak dikenal{hint}",
            "en": "unknown key `{key}`{hint}",
        },
        title={
            "id": "Kunci tidak dikenal",
            "en": "Unknown key",
        },
        text={
            "id": (
                "Kunci yang salah ketik (`levle`) akan diam-diam diabaikan oleh alat lain; "
                "spbe menolaknya dan menyarankan kunci terdekat."
            ),
            "en": (
                "A mistyped key (`levle`) would be silently ignored by other tools; spbe "
                "refuses it and suggests the nearest key."
            ),
        },
    ),
    Rule(
        "S003",
        E,
        message={
            "id": "`{key}` harus berupa {expected}, tetapi terbaca sebagai {found}{hint}",
            "en": "`{key}` must be {expected}, but it reads as {found}{hint}",
        },
        title={
            "id": "Jenis nilai salah",
            "en": "Wrong type",
        },
        text={
            "id": (
                'Tidak ada konversi diam-diam: `level: "3"`, `level: 3.0` dan `level: yes` '
                "ditolak; `year: 2023-01-01` terbaca sebagai tanggal; id tanpa tanda kutip "
                "bisa terbaca sebagai angka."
            ),
            "en": (
                'Nothing is coerced: `level: "3"`, `level: 3.0` and `level: yes` are '
                "refused; `year: 2023-01-01` reads as a date; an unquoted id can read as a "
                "number."
            ),
        },
    ),
    Rule(
        "S004",
        E,
        message={
            "id": "nilai `{key}` tidak sah: {detail}",
            "en": "invalid value for `{key}`: {detail}",
        },
        title={
            "id": "Nilai tidak sah",
            "en": "Invalid value",
        },
        text={
            "id": (
                "Nilai melanggar batas format, misalnya teks kosong atau daftar terlalu panjang."
            ),
            "en": (
                "The value breaks a limit of the format, such as empty text or a list too long."
            ),
        },
    ),
    Rule(
        "S005",
        E,
        message={
            "id": "tingkat {level} di luar skala indikator {indicator} ({low} sampai {high})",
            "en": ("level {level} is outside the scale of indicator {indicator} ({low} to {high})"),
        },
        title={
            "id": "Tingkat di luar skala",
            "en": "Level outside the scale",
        },
        text={
            "id": (
                "Tingkat harus bilangan bulat pada skala indikator menurut katalog "
                "(PermenPANRB 59/2020: 1 sampai 5)."
            ),
            "en": (
                "A level must be a whole number on the indicator's scale in the catalogue "
                "(PermenPANRB 59/2020: 1 to 5)."
            ),
        },
    ),
    Rule(
        "S006",
        E,
        message={
            "id": "kunci harus berupa teks, tetapi `{key}` terbaca sebagai {found}; {advice}",
            "en": "keys must be text, but `{key}` reads as {found}; {advice}",
        },
        title={
            "id": "Kunci bukan teks",
            "en": "Key is not text",
        },
        text={
            "id": (
                "Kunci seperti `4:` terbaca sebagai angka dan `yes:` sebagai ya/tidak. "
                "Tulis id indikator lengkap (`I4`) atau apit dengan tanda kutip."
            ),
            "en": (
                "Keys such as `4:` read as numbers and `yes:` as booleans. Write the full "
                "indicator id (`I4`) or quote it."
            ),
        },
    ),
    Rule(
        "S007",
        E,
        message={
            "id": "`level` dan `value` keduanya diisi; tulis salah satu saja",
            "en": "both `level` and `value` are given; write only one",
        },
        title={
            "id": "Tingkat ditulis dua kali",
            "en": "Level given twice",
        },
        text={
            "id": (
                "`value:` adalah nama lain dari `level:` (nilai desimal Pemdi seperti `2.5`). "
                "Jika keduanya ada, tidak jelas mana yang dimaksud: hapus salah satu."
            ),
            "en": (
                "`value:` is another name for `level:` (Pemdi decimal values such as `2.5`). "
                "With both, which one is meant is unclear: remove one."
            ),
        },
    ),
)

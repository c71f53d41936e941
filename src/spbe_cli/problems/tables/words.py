"""Messages: Words and parts of sentences that problem messages are built from: hints for the YAML
reader's errors, details of invalid values, names of things."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "decimal_number": {"id": "{whole},{fraction}", "en": "{whole}.{fraction}"},
    "s006_quote": {
        "id": "apit dengan tanda kutip",
        "en": "put it in quotes",
    },
    "s006_indicator": {
        "id": "tulis id indikator lengkap, mis. `{example}`",
        "en": "write the whole indicator id, such as `{example}`",
    },
    "c005_slash": {
        "id": "; pisahkan folder dengan `/`, bukan `\\` (`{fixed}`)",
        "en": "; separate folders with `/`, not `\\` (`{fixed}`)",
    },
    "c005_case": {
        "id": (
            "; mungkin maksudnya `{name}`? Huruf besar/kecil berbeda: lolos di Windows, "
            "gagal di CI dan di server"
        ),
        "en": (
            "; did you mean `{name}`? The letter case differs: that passes on Windows and "
            "fails in CI and on servers"
        ),
    },
    "codeowners_written": {
        "id": "{path} dibuat ulang dari spbe.yaml",
        "en": "{path} made again from spbe.yaml",
    },
    "codeowners_current": {
        "id": "{path} sudah sesuai dengan spbe.yaml",
        "en": "{path} already matches spbe.yaml",
    },
    "codeowners_stale": {
        "id": "{path} tidak sesuai dengan spbe.yaml; jalankan `spbe codeowners`",
        "en": "{path} does not match spbe.yaml; run `spbe codeowners`",
    },
    "c010_size": {
        "id": "ukuran {old} → {new} byte",
        "en": "size {old} → {new} bytes",
    },
    "c020_pending": {
        "id": "`value` belum diisi: indikator tetap menunggu nilai eksternal (dihitung 1,00)",
        "en": "no `value` yet: the indicator stays pending (counted as 1.00)",
    },
    "c020_differs": {
        "id": "`value` yang ditulis {given} berbeda dari hasil konversi itu",
        "en": "the `value` written, {given}, differs from that conversion",
    },
    "c010_hash": {
        "id": "ukuran sama, isi berbeda: SHA-256 {old}… → {new}…",
        "en": "same size, other content: SHA-256 {old}… → {new}…",
    },
    "yaml_detail": {
        "id": "(pesan pembaca YAML: {detail})",
        "en": "({detail})",
    },
    "yaml_unclosed": {
        "id": (
            "tanda kutip yang dibuka di sini tidak pernah ditutup; tutup dengan tanda "
            "kutip yang sama di akhir teks"
        ),
        "en": (
            "the quote opened here is never closed; close it with the same quote at the "
            "end of the text"
        ),
    },
    "yaml_indent": {
        "id": (
            "baris ini menjorok {now} spasi, kunci di atasnya {then} spasi; kunci yang "
            "setingkat harus menjorok sama"
        ),
        "en": (
            "this line is indented {now} spaces, the key above it {then}; keys on one "
            "level must be indented alike"
        ),
    },
    "yaml_no_colon": {
        "id": "titik dua setelah `{name}` hilang; tulis `{name}: {value}`",
        "en": "the colon after `{name}` is missing; write `{name}: {value}`",
    },
    "yaml_no_space": {
        "id": "setelah titik dua harus ada spasi; tulis `{name}: {value}`",
        "en": "a colon must be followed by a space; write `{name}: {value}`",
    },
    "yaml_fullwidth_colon": {
        "id": (
            "ini titik dua lebar (`：`, dari papan ketik Asia); ganti dengan titik dua "
            "biasa `:` lalu spasi"
        ),
        "en": (
            "this is a full-width colon (`：`, from an Asian keyboard); replace it with a "
            "plain `:` and a space"
        ),
    },
    "yaml_colon": {
        "id": (
            "ada titik dua (`:`) di dalam nilai; apit nilainya dengan tanda kutip atau "
            "pakai blok `>-`"
        ),
        "en": "a colon (`:`) inside a value; put the value in quotes or use a `>-` block",
    },
    "yaml_token": {
        "id": (
            "ada karakter yang tidak boleh mengawali nilai (misalnya tab, `@`, `%` atau "
            "`*`); apit nilainya dengan tanda kutip"
        ),
        "en": (
            "a character that cannot start a value (a tab, `@`, `%` or `*`, for example); "
            "put the value in quotes"
        ),
    },
    "yaml_key": {
        "id": "indentasi atau tanda kutip tidak cocok di sekitar baris ini",
        "en": "the indentation or the quotes do not match around this line",
    },
    "yaml_dash": {
        "id": "indentasi daftar (`- ...`) tidak cocok di sekitar baris ini",
        "en": "the indentation of the list (`- ...`) does not match around this line",
    },
    "yaml_eof": {
        "id": "tanda kutip atau kurung belum ditutup",
        "en": "a quote or a bracket is not closed",
    },
    "yaml_control": {
        "id": "ada karakter kendali yang tak terlihat; hapus karakter itu",
        "en": "an invisible control character; delete it",
    },
    "yaml_quote": {
        "id": (
            "teks yang diawali tanda kutip harus diakhiri tanda kutip juga; apit seluruh "
            "nilai dengan tanda kutip lain atau pakai blok `>-`"
        ),
        "en": (
            "text that starts with a quote must end with one; quote the whole value "
            "differently or use a `>-` block"
        ),
    },
    "empty": {
        "id": "",
        "en": "",
    },
    "detail_empty": {
        "id": "tidak boleh kosong",
        "en": "must not be empty",
    },
    "detail_too_short": {
        "id": "paling sedikit {value} isian",
        "en": "needs at least {value} entries",
    },
    "detail_too_long": {
        "id": "terlalu panjang; paling banyak {value}",
        "en": "too long; at most {value}",
    },
    "detail_literal": {
        "id": "harus salah satu dari: {value}",
        "en": "must be one of: {value}",
    },
    "did_you_mean": {
        "id": "; mungkin maksudnya {options}?",
        "en": "; did you mean {options}?",
    },
    "type_int": {
        "id": "bilangan bulat",
        "en": "a whole number",
    },
    "type_str": {
        "id": "teks",
        "en": "text",
    },
    "type_list": {
        "id": "daftar (`- ...`)",
        "en": "a list (`- ...`)",
    },
    "type_mapping": {
        "id": "pasangan `kunci: nilai`",
        "en": "`key: value` pairs",
    },
    "type_bool": {
        "id": "ya/tidak (yes/no/true/false)",
        "en": "a yes/no value",
    },
    "type_decimal": {
        "id": "bilangan desimal",
        "en": "a decimal number",
    },
    "type_date": {
        "id": "tanggal",
        "en": "a date",
    },
    "type_null": {
        "id": "kosong",
        "en": "empty",
    },
    "type_number": {
        "id": "angka",
        "en": "a number",
    },
    "type_value": {
        "id": 'tingkat: bilangan bulat, desimal seperti 2.5, atau pecahan seperti "7/6"',
        "en": 'a level: a whole number, a decimal such as 2.5, or a fraction such as "7/6"',
    },
    "hint_fraction_zero": {
        "id": "; penyebut pecahan tidak boleh nol",
        "en": "; a fraction's denominator cannot be zero",
    },
    "type_weight": {
        "id": 'angka positif atau pecahan seperti "20/6"',
        "en": 'a positive number or a fraction such as "20/6"',
    },
    "hint_quote_text": {
        "id": '; apit dengan tanda kutip, misalnya "{value}"',
        "en": '; put it in quotes, for example "{value}"',
    },
    "hint_quote": {
        "id": (
            "; apit teksnya dengan tanda kutip (`yes`, `no`, `on`, `off` dibaca sebagai ya/tidak)"
        ),
        "en": "; put the text in quotes (`yes`, `no`, `on`, `off` read as yes/no)",
    },
    "hint_date": {
        "id": "; tulis tanggal sebagai TTTT-BB-HH tanpa tanda kutip, mis. 2023-05-31",
        "en": "; write the date as YYYY-MM-DD without quotes, e.g. 2023-05-31",
    },
    "hint_unquote_number": {
        "id": "; tulis angkanya tanpa tanda kutip",
        "en": "; write the number without quotes",
    },
    "what_domain": {
        "id": "domain",
        "en": "domain",
    },
    "what_aspect": {
        "id": "aspek",
        "en": "aspect",
    },
    "what_indicator": {
        "id": "indikator",
        "en": "indicator",
    },
    "found_list": {
        "id": "daftar",
        "en": "a list",
    },
    "found_scalar": {
        "id": "satu nilai",
        "en": "a single value",
    },
}

"""One message table for every user-facing string, in Bahasa Indonesia (default) and English."""

from __future__ import annotations

from dataclasses import dataclass

from spbe_cli.base.lang import LANGS, Lang, current_lang, forget_choice, resolve_lang
from spbe_cli.base.safetext import one_line

# Problem codes are a frozen contract (CI scripts match on them): a letter for the family and a
# number. Y: reading the YAML; S: the shape of one file; X: across files; K: catalogue integrity.
# Never renumber or reuse a code; retire it instead.
MESSAGES: dict[str, dict[Lang, str]] = {
    # --- Y: reading YAML -------------------------------------------------------------------
    "Y001": {
        "id": "YAML tidak dapat dibaca: {hint}{detail}",
        "en": "the YAML cannot be read: {hint}{detail}",
    },
    "Y002": {
        "id": "kunci `{key}` ditulis dua kali (pertama di baris {first_line}); hapus salah satunya",
        "en": "key `{key}` appears twice (first on line {first_line}); remove one of them",
    },
    "Y003": {
        "id": "anchor/alias YAML (`&`, `*`) tidak dipakai di berkas ini; tulis nilainya langsung",
        "en": "YAML anchors and aliases (`&`, `*`) are not used in these files; write the value "
        "out",
    },
    "Y004": {
        "id": "tag YAML `{tag}` tidak diizinkan; hapus tag itu",
        "en": "the YAML tag `{tag}` is not allowed; remove it",
    },
    "Y005": {
        "id": "berkas bukan UTF-8 (byte 0x{byte} di posisi {offset}); simpan ulang sebagai UTF-8",
        "en": "the file is not UTF-8 (byte 0x{byte} at offset {offset}); save it again as UTF-8",
    },
    "Y006": {
        "id": "berkas terlalu besar ({size} byte; batasnya {limit} byte)",
        "en": "the file is too large ({size} bytes; the limit is {limit} bytes)",
    },
    "Y007": {
        "id": "struktur bertingkat terlalu dalam (lebih dari {limit} tingkat)",
        "en": "the structure is nested too deeply (more than {limit} levels)",
    },
    "Y008": {
        "id": "berkas kosong: tidak ada data (hanya komentar, `~` atau `---`); isi berkas ini atau "
        "hapus",
        "en": "the file is empty: it holds no data (only comments, `~` or `---`); fill it in or "
        "delete it",
    },
    "Y014": {
        "id": "bukan berkas biasa (folder, FIFO, perangkat atau tautan ke salah satunya); tidak "
        "dibaca",
        "en": "not a regular file (a folder, a FIFO, a device, or a link to one); not read",
    },
    "Y015": {
        "id": "tautan (symlink) ini menunjuk ke luar repositori {root}; tidak dibaca. Simpan "
        "berkasnya sendiri di dalam repositori",
        "en": "this link (symlink) points outside the repository {root}; not read. Keep the file "
        "itself inside the repository",
    },
    "Y016": {
        "id": "`{value}` tampak seperti tanggal atau angka tetapi tidak sah (tanggal yang tidak "
        "ada, atau angka terlalu panjang); perbaiki nilainya, atau apit dengan tanda kutip bila "
        "maksudnya teks",
        "en": "`{value}` looks like a date or a number but is not a valid one (a date that does "
        "not exist, or a number too long); fix the value, or quote it if it is meant as text",
    },
    "Y017": {
        "id": "teks bertanda kutip ini memuat karakter kendali (mis. `\\e`, `\\a`, `\\x00`); "
        "karakter itu ditampilkan sebagai kode, hapus dari berkas",
        "en": "this quoted text holds a control character (such as `\\e`, `\\a`, `\\x00`); it "
        "is shown as a code, remove it from the file",
    },
    "Y009": {
        "id": "isi berkas harus berupa pasangan `kunci: nilai`, bukan {found}",
        "en": "the file must hold `key: value` pairs at the top, not {found}",
    },
    "Y010": {
        "id": "ada karakter tab di sini; YAML memakai spasi untuk indentasi, ganti tab dengan "
        "spasi",
        "en": "a tab character here; YAML indents with spaces, replace the tab with spaces",
    },
    "Y013": {
        "id": 'teks setelah ` #` dianggap komentar dan hilang (nilai terbaca hanya "{value}"); '
        "apit seluruh nilai dengan tanda kutip",
        "en": "the text after ` #` is read as a comment and lost (the value reads only "
        '"{value}"); put the whole value in quotes',
    },
    "Y011": {
        "id": "berkas tidak dapat dibaca: {detail}",
        "en": "the file cannot be read: {detail}",
    },
    "Y012": {
        "id": "berkas berisi lebih dari satu dokumen YAML (`---`); sisakan satu saja",
        "en": "the file holds more than one YAML document (`---`); keep only one",
    },
    # --- S: the shape of one file ----------------------------------------------------------
    "S001": {
        "id": "kunci wajib `{key}` belum ada",
        "en": "the required key `{key}` is missing",
    },
    "S002": {
        "id": "kunci `{key}` tidak dikenal{hint}",
        "en": "unknown key `{key}`{hint}",
    },
    "S003": {
        "id": "`{key}` harus berupa {expected}, tetapi terbaca sebagai {found}{hint}",
        "en": "`{key}` must be {expected}, but it reads as {found}{hint}",
    },
    "S004": {
        "id": "nilai `{key}` tidak sah: {detail}",
        "en": "invalid value for `{key}`: {detail}",
    },
    "S005": {
        "id": "tingkat {level} di luar skala indikator {indicator} ({low} sampai {high})",
        "en": "level {level} is outside the scale of indicator {indicator} ({low} to {high})",
    },
    "S006": {
        "id": "kunci harus berupa teks, tetapi `{key}` terbaca sebagai {found}; {advice}",
        "en": "keys must be text, but `{key}` reads as {found}; {advice}",
    },
    "s006_quote": {"id": "apit dengan tanda kutip", "en": "put it in quotes"},
    "s006_indicator": {
        "id": "tulis id indikator lengkap, mis. `{example}`",
        "en": "write the whole indicator id, such as `{example}`",
    },
    "Y019": {
        "id": "nilai `{value}` diawali tanda kutip tipografis (“ ” ‘ ’), yang ikut menjadi bagian "
        "nilai; YAML hanya mengenal tanda kutip lurus \" dan '. Ganti atau hapus tanda kutipnya",
        "en": "value `{value}` starts with a typographic quote (“ ” ‘ ’), which stays part of the "
        "value; YAML knows only the straight quotes \" and '. Replace or remove the quotes",
    },
    "Y020": {
        "id": "indentasi memakai karakter spasi khusus {char}, biasanya tersalin dari pengolah "
        "kata; YAML membacanya sebagai teks. Ganti dengan spasi biasa",
        "en": "the indentation uses the special space {char}, usually pasted from a word "
        "processor; YAML reads it as text. Replace it with plain spaces",
    },
    "Y018": {
        "id": "`{value}` bukan angka desimal biasa (YAML 1.1 membacanya sebagai {meaning}); tulis "
        "angka tanpa awalan 0x/0o/0b/0, garis bawah atau titik dua",
        "en": "`{value}` is not a plain decimal number (YAML 1.1 reads it as {meaning}); write the "
        "number without a 0x/0o/0b/0 prefix, underscores or colons",
    },
    # --- X: across files -------------------------------------------------------------------
    "X001": {
        "id": "indikator `{indicator}` tidak ada di katalog {catalogue}{hint}",
        "en": "indicator `{indicator}` is not in catalogue {catalogue}{hint}",
    },
    "X002": {
        "id": "indikator {indicator} juga dijawab oleh unit `{other_unit}` di {other}; satu "
        "indikator hanya dijawab oleh satu unit",
        "en": "indicator {indicator} is also answered by unit `{other_unit}` at {other}; one "
        "indicator is answered by one unit only",
    },
    "X003": {
        "id": "indikator {indicator} ({name}) belum dijawab unit mana pun; dihitung pada tingkat "
        "terendah ({level})",
        "en": "indicator {indicator} ({name}) is not answered by any unit; it counts at the lowest "
        "level ({level})",
    },
    "X004": {
        "id": "`year: {year}` berbeda dengan folder tahunnya ({folder})",
        "en": "`year: {year}` differs from its year folder ({folder})",
    },
    "X005": {
        "id": "`unit: {unit}` berbeda dengan nama berkasnya (`{stem}`)",
        "en": "`unit: {unit}` differs from the file name (`{stem}`)",
    },
    "X006": {
        "id": "berkas ini memakai katalog `{catalogue}`, sedangkan berkas lain tahun ini memakai "
        "`{other}`",
        "en": "this file uses catalogue `{catalogue}` while other files of the year use `{other}`",
    },
    "X007": {
        "id": "katalog `{catalogue}` tidak dikenal; yang tersedia: {known}",
        "en": "unknown catalogue `{catalogue}`; available: {known}",
    },
    "X008": {
        "id": "tidak ada berkas penilaian (*.yaml) di {where}",
        "en": "no assessment files (*.yaml) in {where}",
    },
    "X009": {
        "id": "{where} berisi beberapa folder tahun ({years}); pilih satu, misalnya {example}",
        "en": "{where} holds several year folders ({years}); pick one, for example {example}",
    },
    "X010": {
        "id": "berkas atau folder tidak ditemukan: {where}",
        "en": "no such file or folder: {where}",
    },
    "X011": {
        "id": "unit `{unit}` tidak terdaftar di `units:` spbe.yaml (terdaftar: {known})",
        "en": "unit `{unit}` is not in the `units:` registry of spbe.yaml (registered: {known})",
    },
    "X012": {
        "id": "indikator {indicator} tidak ditugaskan kepada unit `{unit}` di spbe.yaml",
        "en": "indicator {indicator} is not assigned to unit `{unit}` in spbe.yaml",
    },
    "X013": {
        "id": "indikator {indicator} belum diisi (`level` kosong)",
        "en": "indicator {indicator} is not filled in yet (`level` is empty)",
    },
    "X014": {
        "id": "indikator `{indicator}` di `units:` tidak ada di katalog {catalogue}",
        "en": "indicator `{indicator}` under `units:` is not in catalogue {catalogue}",
    },
    "X015": {
        "id": "indikator {indicator} sudah ditugaskan kepada unit `{other_unit}`; satu indikator "
        "dikoordinasikan satu unit",
        "en": "indicator {indicator} is already assigned to unit `{other_unit}`; one indicator "
        "has one coordinating unit",
    },
    # --- C: content of answers ---------------------------------------------------------------
    "C001": {
        "id": "indikator {indicator} diisi tingkat {level} tanpa penjelasan (`explanation`); "
        "asesor akan meminta penjelasannya",
        "en": "indicator {indicator} claims level {level} without an `explanation`; assessors "
        "will ask for one",
    },
    "C002": {
        "id": "indikator {indicator} diisi tingkat {level} tanpa data dukung (`evidence`)",
        "en": "indicator {indicator} claims level {level} without evidence (`evidence`)",
    },
    "C003": {
        "id": "data dukung ini tidak punya `path` (berkas) maupun `url` (tautan)",
        "en": "this evidence has neither a `path` (file) nor a `url` (link)",
    },
    "C004": {
        "id": "`url` bukan alamat web yang dapat dibuka (tertulis `{url}`): harus diawali http:// "
        "atau https:// dan nama host, tanpa spasi (tulis %20) dan tanpa `\\`",
        "en": "`url` is not a web address that opens (it is `{url}`): it must start with http:// "
        "or https:// and a host name, with no spaces (write %20) and no `\\`",
    },
    "C005": {
        "id": "berkas data dukung `{target}` tidak ditemukan (dicari dari {root}){hint}",
        "en": "evidence file `{target}` does not exist (looked up from {root}){hint}",
    },
    "c005_slash": {
        "id": "; pisahkan folder dengan `/`, bukan `\\` (`{fixed}`)",
        "en": "; separate folders with `/`, not `\\` (`{fixed}`)",
    },
    "c005_case": {
        "id": "; mungkin maksudnya `{name}`? Huruf besar/kecil berbeda: lolos di Windows, gagal "
        "di CI dan di server",
        "en": "; did you mean `{name}`? The letter case differs: that passes on Windows and fails "
        "in CI and on servers",
    },
    "C006": {
        "id": "berkas data dukung `{target}` kosong (0 byte)",
        "en": "evidence file `{target}` is empty (0 bytes)",
    },
    "C007": {
        "id": "`path` data dukung harus berada di dalam repositori ({root}); `{target}` keluar "
        "darinya",
        "en": "an evidence `path` must stay inside the repository ({root}); `{target}` leaves it",
    },
    "C008": {
        "id": "penjelasan indikator {indicator} hanya mengulang kriteria tingkat {level}; "
        "tuliskan kondisi nyata dan buktinya",
        "en": "the explanation of indicator {indicator} merely repeats the level {level} "
        "criterion; describe the actual situation and its evidence",
    },
    "C009": {
        "id": "`{target}` adalah folder, bukan berkas data dukung",
        "en": "`{target}` is a folder, not an evidence file",
    },
    "X021": {
        "id": "indikator {indicator} sudah berpenjelasan atau berdata dukung, tetapi `level` masih "
        "kosong; isi tingkat yang diklaim (tanpa tingkat, indikator ini dihitung pada tingkat "
        "terendah)",
        "en": "indicator {indicator} has an explanation or evidence but `level` is still empty; "
        "fill in the claimed level (without one it counts at the lowest level)",
    },
    "C017": {
        "id": "tanda `# TINJAU` dari `spbe new` masih ada: jawaban ini dibawa dari tahun lalu; "
        "tinjau tingkat, penjelasan dan data dukungnya, lalu hapus tanda ini",
        "en": "the `# TINJAU` mark from `spbe new` is still here: this answer was carried over from "
        "last year; review its level, explanation and evidence, then delete the mark",
    },
    "X022": {
        "id": "CODEOWNERS tidak lagi sesuai dengan `units:`/`assessors:` di spbe.yaml; jalankan "
        "`spbe codeowners` lalu commit hasilnya",
        "en": "CODEOWNERS no longer matches `units:`/`assessors:` in spbe.yaml; run "
        "`spbe codeowners` and commit the result",
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
    "X019": {
        "id": "folder `{folder}` bukan folder tahun (namanya harus tepat 4 angka, mis. 2026); "
        "isinya tidak diperiksa dan tidak dihitung. Ganti namanya atau pindahkan ke luar",
        "en": "folder `{folder}` is not a year folder (its name must be exactly 4 digits, such as "
        "2026); its files are neither checked nor scored. Rename it or move it elsewhere",
    },
    "X020": {
        "id": "berkas `{name}` di folder tahun tidak dibaca: berkas unit bernama `<unit>.yaml` "
        "(huruf kecil) dan berkas tahap `_dokumen.yaml`, `_interviu.yaml`, `_visitasi.yaml`, "
        "`_final.yaml`. Ganti namanya atau pindahkan ke luar folder tahun",
        "en": "file `{name}` in a year folder is read by nothing: unit files are named "
        "`<unit>.yaml` (lower case) and stage files `_dokumen.yaml`, `_interviu.yaml`, "
        "`_visitasi.yaml`, `_final.yaml`. Rename it or move it out of the year folder",
    },
    "X017": {
        "id": "indikator {indicator} tidak mengambil nilai dari indeks instansi lain; isi `level`",
        "en": "indicator {indicator} does not take a value from another agency's index; fill in `level`",
    },
    "X018": {
        "id": "indikator {indicator} memakai nilai `external`; kosongkan `level` (`level: null`)",
        "en": "indicator {indicator} uses an `external` value; leave `level` empty (`level: null`)",
    },
    "X016": {
        "id": "`stage: {stage}` berbeda dengan nama berkasnya (`_{expected}.yaml`)",
        "en": "`stage: {stage}` differs from the file name (`_{expected}.yaml`)",
    },
    "C010": {
        "id": "berkas data dukung `{target}` berubah sejak dikunci ({change}); asesor menilai "
        "versi yang lama. Kembalikan berkasnya atau kunci ulang dengan `spbe evidence lock`",
        "en": "evidence file `{target}` changed since it was locked ({change}); the assessors "
        "judged the old version. Restore it or lock again with `spbe evidence lock`",
    },
    "c010_size": {
        "id": "ukuran {old} → {new} byte",
        "en": "size {old} → {new} bytes",
    },
    "c010_hash": {
        "id": "ukuran sama, isi berbeda: SHA-256 {old}… → {new}…",
        "en": "same size, other content: SHA-256 {old}… → {new}…",
    },
    "C011": {
        "id": "berkas data dukung `{target}` sudah dikunci tetapi kini hilang",
        "en": "evidence file `{target}` was locked but is gone",
    },
    "C012": {
        "id": "berkas data dukung `{target}` belum dikunci; jalankan `spbe evidence lock`",
        "en": "evidence file `{target}` is not locked yet; run `spbe evidence lock`",
    },
    "C013": {
        "id": "data dukung bertanggal {date}, lebih dari {months} bulan sebelum akhir {year}; "
        "kriteria indikator {indicator} menuntut reviu berkala, sertakan dokumen yang lebih baru",
        "en": "evidence dated {date}, more than {months} months before the end of {year}; "
        "indicator {indicator} asks for periodic review, add a more recent document",
    },
    "C014": {
        "id": "tingkat {missing} belum didukung bukti: tingkat {level} akan ditolak",
        "en": "level {missing} has no supporting evidence: level {level} will be rejected",
    },
    "C015": {
        "id": "rekomendasi untuk {indicator} ditandai `closed` tanpa `follow_up` (tindak lanjut)",
        "en": "the recommendation for {indicator} is `closed` without a `follow_up`",
    },
    "C016": {
        "id": "reviu indikator {indicator} berstatus `revisi` tanpa `note`; tuliskan apa yang "
        "harus diperbaiki",
        "en": "the review of indicator {indicator} says `revisi` without a `note`; say what "
        "must be fixed",
    },
    # --- K: catalogue integrity ------------------------------------------------------------
    "K001": {
        "id": "id `{id}` dipakai lebih dari sekali di katalog (juga di baris {other_line})",
        "en": "id `{id}` is used more than once in the catalogue (also on line {other_line})",
    },
    "K002": {
        "id": "bobot {what} `{id}` harus lebih besar dari nol (tertulis {weight})",
        "en": "the weight of {what} `{id}` must be greater than zero (it is {weight})",
    },
    "K003": {
        "id": "bobot aspek `{id}` ({weight}) tidak sama dengan jumlah bobot indikatornya ({total})",
        "en": "the weight of aspect `{id}` ({weight}) differs from the sum of its indicators' "
        "weights ({total})",
    },
    "K004": {
        "id": "bobot domain `{id}` ({weight}) tidak sama dengan jumlah bobot aspeknya ({total})",
        "en": "the weight of domain `{id}` ({weight}) differs from the sum of its aspects' "
        "weights ({total})",
    },
    "K005": {
        "id": "jumlah bobot domain harus 100, tertulis {total}",
        "en": "the domain weights must add up to 100, they add up to {total}",
    },
    "K006": {
        "id": "tingkat pada skala `{scale}` harus berurutan tanpa loncatan ({levels})",
        "en": "the levels of scale `{scale}` must be consecutive ({levels})",
    },
    "K007": {
        "id": "rentang predikat harus menutup {low} sampai {high} tanpa celah atau tumpang "
        "tindih: {detail}",
        "en": "the predikat bands must cover {low} to {high} with no gap or overlap: {detail}",
    },
    "K008": {
        "id": "skala `{scale}` tidak didefinisikan di `scales`",
        "en": "scale `{scale}` is not defined under `scales`",
    },
    "K009": {
        "id": "kriteria indikator `{id}` harus ada untuk setiap tingkat skala ({levels}); "
        "tertulis untuk {found}",
        "en": "indicator `{id}` needs a criterion for each level of its scale ({levels}); found "
        "{found}",
    },
    "K010": {
        "id": "aspek `{id}` tidak berisi indikator",
        "en": "aspect `{id}` holds no indicator",
    },
    "K011": {
        "id": "bobot indikator di aspek `{id}` harus ditulis semua atau tidak sama sekali",
        "en": "indicator weights in aspect `{id}` must be given for all indicators or for none",
    },
    # --- hints for libyaml's messages (Y001) ---------------------------------------------------
    "yaml_detail": {"id": "(pesan pembaca YAML: {detail})", "en": "({detail})"},
    "yaml_unclosed": {
        "id": "tanda kutip yang dibuka di sini tidak pernah ditutup; tutup dengan tanda kutip yang "
        "sama di akhir teks",
        "en": "the quote opened here is never closed; close it with the same quote at the end of "
        "the text",
    },
    "yaml_indent": {
        "id": "baris ini menjorok {now} spasi, kunci di atasnya {then} spasi; kunci yang setingkat "
        "harus menjorok sama",
        "en": "this line is indented {now} spaces, the key above it {then}; keys on one level must "
        "be indented alike",
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
        "id": "ini titik dua lebar (`：`, dari papan ketik Asia); ganti dengan titik dua biasa `:` "
        "lalu spasi",
        "en": "this is a full-width colon (`：`, from an Asian keyboard); replace it with a plain "
        "`:` and a space",
    },
    "yaml_colon": {
        "id": "ada titik dua (`:`) di dalam nilai; apit nilainya dengan tanda kutip atau pakai "
        "blok `>-`",
        "en": "a colon (`:`) inside a value; put the value in quotes or use a `>-` block",
    },
    "yaml_token": {
        "id": "ada karakter yang tidak boleh mengawali nilai (misalnya tab, `@`, `%` atau `*`); "
        "apit nilainya dengan tanda kutip",
        "en": "a character that cannot start a value (a tab, `@`, `%` or `*`, for example); put "
        "the value in quotes",
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
        "id": "teks yang diawali tanda kutip harus diakhiri tanda kutip juga; apit seluruh nilai "
        "dengan tanda kutip lain atau pakai blok `>-`",
        "en": "text that starts with a quote must end with one; quote the whole value differently "
        "or use a `>-` block",
    },
    "empty": {"id": "", "en": ""},
    # --- details of invalid values (S004) -------------------------------------------------------
    "detail_empty": {"id": "tidak boleh kosong", "en": "must not be empty"},
    "detail_too_short": {
        "id": "paling sedikit {value} isian",
        "en": "needs at least {value} entries",
    },
    "detail_too_long": {
        "id": "terlalu panjang; paling banyak {value}",
        "en": "too long; at most {value}",
    },
    "detail_literal": {"id": "harus salah satu dari: {value}", "en": "must be one of: {value}"},
    "K012": {
        "id": "indikator `{id}` tidak ada di katalog {catalogue}",
        "en": "indicator `{id}` is not in catalogue {catalogue}",
    },
    # --- words used inside messages ----------------------------------------------------------
    "did_you_mean": {"id": "; mungkin maksudnya {options}?", "en": "; did you mean {options}?"},
    "type_int": {"id": "bilangan bulat", "en": "a whole number"},
    "type_str": {"id": "teks", "en": "text"},
    "type_list": {"id": "daftar (`- ...`)", "en": "a list (`- ...`)"},
    "type_mapping": {"id": "pasangan `kunci: nilai`", "en": "`key: value` pairs"},
    "type_bool": {"id": "ya/tidak (yes/no/true/false)", "en": "a yes/no value"},
    "type_decimal": {"id": "bilangan desimal", "en": "a decimal number"},
    "type_date": {"id": "tanggal", "en": "a date"},
    "type_null": {"id": "kosong", "en": "empty"},
    "type_number": {"id": "angka", "en": "a number"},
    "type_weight": {
        "id": 'angka positif atau pecahan seperti "20/6"',
        "en": 'a positive number or a fraction such as "20/6"',
    },
    "hint_quote_text": {
        "id": '; apit dengan tanda kutip, misalnya "{value}"',
        "en": '; put it in quotes, for example "{value}"',
    },
    "hint_quote": {
        "id": "; apit teksnya dengan tanda kutip (`yes`, `no`, `on`, `off` dibaca "
        "sebagai ya/tidak)",
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
    "what_domain": {"id": "domain", "en": "domain"},
    "what_aspect": {"id": "aspek", "en": "aspect"},
    "what_indicator": {"id": "indikator", "en": "indicator"},
    "found_list": {"id": "daftar", "en": "a list"},
    "found_scalar": {"id": "satu nilai", "en": "a single value"},
    # --- the score view -----------------------------------------------------------------------
    "index_title": {"id": "Indeks SPBE", "en": "SPBE Index"},
    "predikat": {"id": "Predikat", "en": "Predikat"},
    "instansi": {"id": "Instansi", "en": "Instansi"},
    "year": {"id": "Tahun", "en": "Year"},
    "catalogue": {"id": "Katalog", "en": "Catalogue"},
    "incomplete_note": {
        "id": "BELUM LENGKAP: {count} indikator belum dijawab dan dihitung pada tingkat terendah; "
        "indeks ini adalah batas bawah.",
        "en": "INCOMPLETE: {count} indicators are unanswered and count at the lowest level; this "
        "index is a lower bound.",
    },
    "stage_note": {"id": "Tahap: {stage}.", "en": "Stage: {stage}."},
    "stage_note_fallback": {
        "id": "Tahap: {stage}. {count} nilai belum ada di tahap ini dan memakai tahap sebelumnya: {listed}.",
        "en": "Stage: {stage}. {count} values are not set at this stage and come from an earlier one: {listed}.",
    },
    "stages_title": {"id": "Perbandingan tahap penilaian", "en": "Assessment stages compared"},
    "stages_indices": {"id": "Indeks per tahap", "en": "Indices per stage"},
    "stages_levels": {"id": "Tingkat per indikator", "en": "Levels per indicator"},
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
    "trend_title": {"id": "Indeks SPBE per tahun", "en": "SPBE Index per year"},
    "trend_domains": {"id": "Domain", "en": "Domains"},
    "trend_change": {"id": "Perubahan", "en": "Change"},
    "trend_errors": {
        "id": "(ada error; jalankan spbe validate)",
        "en": "(has errors; run spbe validate)",
    },
    "trend_incomplete": {
        "id": "* belum lengkap: indeks adalah batas bawah.",
        "en": "* incomplete: the index is a lower bound.",
    },
    "diff_title": {"id": "Perubahan dari {old} ke {new}", "en": "Changes from {old} to {new}"},
    "diff_naik": {"id": "naik", "en": "up"},
    "diff_turun": {"id": "turun", "en": "down"},
    "diff_tetap": {"id": "tetap", "en": "unchanged"},
    "diff_baru": {"id": "baru", "en": "new"},
    "diff_hilang": {"id": "hilang", "en": "gone"},
    "diff_estimated": {
        "id": "PERKIRAAN: sisi lama memakai katalog {source}; domain, aspek dan indikatornya diterjemahkan ke {target} melalui crosswalk. Indeksnya dihitung dengan katalognya sendiri.",
        "en": "ESTIMATE: the old side uses catalogue {source}; its domains, aspects and indicators are translated to {target} through a crosswalk. Its index is computed under its own catalogue.",
    },
    "diff_other_catalogue": {
        "id": "Kedua sisi memakai katalog yang berbeda: hanya indeksnya yang dibandingkan.",
        "en": "The two sides use different catalogues: only the index is compared.",
    },
    "plan_title": {"id": "Rencana kenaikan tingkat", "en": "Plan of level raises"},
    "plan_after": {"id": "Indeks sesudahnya", "en": "Index after"},
    "plan_criterion": {"id": "Kriteria tingkat baru", "en": "Criterion of the new level"},
    "plan_summary": {
        "id": "Dari tahap {stage} ({start}) ke target {target}: {count} indikator, {steps} kenaikan tingkat (biaya {cost}); indeks menjadi {end} ({predikat}). Tidak ada rencana yang lebih murah.",
        "en": "From stage {stage} ({start}) to the target {target}: {count} indicators, {steps} level raises (cost {cost}); the index becomes {end} ({predikat}). No cheaper plan exists.",
    },
    "plan_reached": {
        "id": "Target {target} sudah tercapai di tahap {stage} ({start}); tidak perlu kenaikan.",
        "en": "The target {target} is already reached at stage {stage} ({start}); no raise is needed.",
    },
    "plan_unreachable": {
        "id": "Target {target} TIDAK DAPAT dicapai dengan batas ini: indeks tertinggi yang mungkin {best} (sekarang {start}). Longgarkan --max-step atau --exclude.",
        "en": "The target {target} CANNOT be reached within these limits: the highest possible index is {best} (now {start}). Loosen --max-step or --exclude.",
    },
    "evidence_locked": {
        "id": "{path}: {count} berkas dikunci (baru {added}, berubah {changed}, dihapus {removed})",
        "en": "{path}: {count} files locked ({added} new, {changed} changed, {removed} removed)",
    },
    "evidence_unused": {
        "id": "{count} berkas di kunci tidak dirujuk tahun mana pun lagi; tetap disimpan (pakai --prune "
        "untuk menghapusnya dari kunci)",
        "en": "{count} locked files are no longer referenced by any year; kept (use --prune to drop "
        "them from the lock)",
    },
    "unknown_predikat": {
        "id": "predikat `{name}` tidak ada; pilihan: {names}",
        "en": "no predikat `{name}`; choose from: {names}",
    },
    "plan_one_target": {
        "id": "berikan salah satu: --target atau --predikat",
        "en": "give one of --target or --predikat",
    },
    "bands_title": {"id": "Rentang predikat", "en": "Predikat bands"},
    "band_range": {"id": "Nilai indeks", "en": "Index value"},
    "domains_title": {"id": "Domain dan aspek", "en": "Domains and aspects"},
    "col_id": {"id": "Kode", "en": "Id"},
    "col_name": {"id": "Nama", "en": "Name"},
    "col_weight": {"id": "Bobot %", "en": "Weight %"},
    "col_index": {"id": "Indeks", "en": "Index"},
    "units_title": {"id": "Kontribusi unit (SKPD)", "en": "Unit (SKPD) contributions"},
    "col_unit": {"id": "Unit", "en": "Unit"},
    "col_answered": {"id": "Indikator", "en": "Indicators"},
    "col_mean": {"id": "Rata-rata tingkat", "en": "Mean level"},
    "col_contribution": {"id": "Kontribusi indeks", "en": "Index contribution"},
    "missing_title": {"id": "Indikator belum dijawab", "en": "Unanswered indicators"},
    "gains_title": {
        "id": "Lima indikator yang paling menaikkan indeks bila naik satu tingkat",
        "en": "Five indicators whose next level raises the index most",
    },
    "col_indicator": {"id": "Indikator", "en": "Indicator"},
    "col_level": {"id": "Tingkat", "en": "Level"},
    "col_next": {"id": "Tingkat berikut", "en": "Next level"},
    "col_gain": {"id": "Tambahan indeks", "en": "Index gain"},
    "none": {"id": "(tidak ada)", "en": "(none)"},
    "all_at_top": {
        "id": "Semua indikator sudah di tingkat tertinggi.",
        "en": "Every indicator is already at the highest level.",
    },
    # --- the report ---------------------------------------------------------------------------
    "r_title": {
        "id": "Bahan Rapat Penilaian Mandiri SPBE",
        "en": "SPBE Self-Assessment Meeting Handout",
    },
    "r_unit_title": {
        "id": "Bahan Unit: Penilaian Mandiri SPBE",
        "en": "Unit Handout: SPBE Self-Assessment",
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
        "id": "Katalog sementara: angka-angka ini belum berdasarkan regulasi yang berlaku resmi.",
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
        "id": "Diagram radar indeks setiap aspek pada skala tingkat; garis putus-putus adalah target.",
        "en": "Radar chart of each aspect's index on the level scale; the dashed line is the target.",
    },
    "r_bars_title": {
        "id": "Indeks per domain",
        "en": "Index per domain",
    },
    "r_bars_desc": {
        "id": "Diagram batang indeks setiap domain pada skala tingkat; garis putus-putus adalah target.",
        "en": "Bar chart of each domain's index on the level scale; the dashed line is the target.",
    },
    "r_series": {
        "id": "Indeks",
        "en": "Index",
    },
    "r_domains": {
        "id": "Domain, aspek dan indikator",
        "en": "Domains, aspects and indicators",
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
        "id": "+1 tingkat",
        "en": "+1 level",
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
    "r_not_answered": {
        "id": "belum dijawab",
        "en": "not answered",
    },
    "r_chart_text": {
        "id": "Grafik sebagai teks",
        "en": "Charts as text",
    },
    "r_stages": {"id": "Perbandingan tahap penilaian", "en": "Assessment stages compared"},
    "r_stage_rows_note": {
        "id": "Indikator yang tingkatnya berbeda antartahap; (n) berarti belum ada nilai di tahap itu dan memakai tahap sebelumnya.",
        "en": "Indicators whose level differs between stages; (n) means no value at that stage, the earlier one is used.",
    },
    "r_recommendations": {
        "id": "Rekomendasi asesor eksternal yang masih terbuka",
        "en": "Open recommendations of the external assessors",
    },
    "r_trend": {"id": "Tren indeks", "en": "Index trend"},
    "r_year": {"id": "Tahun", "en": "Year"},
    "r_trend_title": {"id": "Indeks SPBE per tahun", "en": "SPBE Index per year"},
    "r_trend_desc": {
        "id": "Grafik garis indeks setiap tahun; garis titik-titik adalah batas predikat.",
        "en": "Line chart of the index per year; the dotted lines are the predikat thresholds.",
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
        "id": "Indikator dengan tingkat di bawah {level} (untuk mencapai target indeks {target}), beserta kriteria tingkat berikutnya dari katalog.",
        "en": "Indicators below level {level} (to reach the target index {target}), with the catalogue's criterion of the next level.",
    },
    "r_next_rule_default": {
        "id": "Indikator dengan tingkat di bawah {level} (target tiap indikator dalam evaluasi nasional), beserta kriteria tingkat berikutnya dari katalog.{target}",
        "en": "Indicators below level {level} (the per-indicator target of the national evaluation), with the catalogue's criterion of the next level.{target}",
    },
    "r_validation_note": {
        "id": "Pemeriksaan: {errors} error dan {warnings} peringatan. Jalankan `spbe validate` untuk melihat letak dan cara memperbaikinya.",
        "en": "Checks: {errors} errors and {warnings} warnings. Run `spbe validate` to see where they are and how to fix them.",
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
        "id": "PDF memerlukan Chromium atau Google Chrome, yang tidak ditemukan. Pasang dengan `sudo apt-get install chromium` (Debian/Ubuntu) atau setel SPBE_CHROMIUM ke path browsernya. Tidak ada berkas yang ditulis.",
        "en": "PDF needs Chromium or Google Chrome, which was not found. Install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set SPBE_CHROMIUM to the browser's path. No file was written.",
    },
    "r_pdf_failed": {
        "id": "Chromium gagal membuat PDF ({detail}). Tidak ada berkas yang ditulis.",
        "en": "Chromium could not make the PDF ({detail}). No file was written.",
    },
    "r_written": {
        "id": "Ditulis: {path}",
        "en": "Written: {path}",
    },
    "r_unknown_unit": {
        "id": "unit `{unit}` tidak ada di tahun ini; unit yang ada: {units}",
        "en": "unit `{unit}` is not in this year; units: {units}",
    },
    # --- the CLI ------------------------------------------------------------------------------
    "provisional_notice": {
        "id": "PERHATIAN: katalog {catalogue} ({title}) bersifat sementara; angkanya belum berdasarkan teks regulasi resmi dan bukan hasil resmi.",
        "en": "NOTE: catalogue {catalogue} ({title}) is provisional; its numbers do not rest on the official regulation text and are not official results.",
    },
    "catalogue_ok": {
        "id": "{path}: katalog {id} utuh ({domains} domain, {aspects} aspek, {indicators} indikator, tingkat {low}-{high})",
        "en": "{path}: catalogue {id} is sound ({domains} domains, {aspects} aspects, {indicators} indicators, levels {low}-{high})",
    },
    "catalogue_counts": {
        "id": "{indicators} indikator, tingkat {low}-{high}",
        "en": "{indicators} indicators, levels {low}-{high}",
    },
    "no_crosswalk": {
        "id": "tidak ada crosswalk dari {source} ke {target} (indicators/crosswalks/{source}--{target}.yaml)",
        "en": "no crosswalk from {source} to {target} (indicators/crosswalks/{source}--{target}.yaml)",
    },
    "estimate_notice": {
        "id": "PERKIRAAN: jawaban {source} diterjemahkan ke {target} melalui crosswalk; {count} indikator {target} tanpa padanan dihitung pada tingkat terendah. Bukan hasil penilaian.",
        "en": "ESTIMATE: {source} answers translated to {target} through a crosswalk; {count} {target} indicators without a counterpart count at the lowest level. Not an assessment result.",
    },
    "estimate_header": {
        "id": "PERKIRAAN dari {source} ke {target} melalui crosswalk; bukan hasil penilaian.",
        "en": "ESTIMATE from {source} to {target} through a crosswalk; not an assessment result.",
    },
    "estimate_index": {
        "id": "Indeks perkiraan {index} ({predikat}).",
        "en": "Estimated index {index} ({predikat}).",
    },
    "estimate_from": {
        "id": "Perkiraan dari {catalogue}: {sources}",
        "en": "Estimated from {catalogue}: {sources}",
    },
    "portal_unanswered": {"id": "Belum dijawab.", "en": "Not answered."},
    "portal_level": {"id": "Tingkat: {level} ({name})", "en": "Level: {level} ({name})"},
    "portal_explanation": {"id": "Penjelasan:", "en": "Explanation:"},
    "portal_evidence": {"id": "Data dukung:", "en": "Evidence:"},
    "xlsx_summary": {"id": "Ringkasan", "en": "Summary"},
    "xlsx_indicators": {"id": "Indikator", "en": "Indicators"},
    "xlsx_item": {"id": "Kode", "en": "Id"},
    "init_conflicts": {
        "id": "berkas ini sudah ada dan tidak ditimpa: {files}. Pakai --force untuk menulis versi barunya di folder spbe-baru/ (untuk dibandingkan, lalu dihapus).",
        "en": "these files exist and are not overwritten: {files}. Use --force to write the new versions into spbe-baru/ (to compare, then delete).",
    },
    "init_bad_package": {
        "id": "--package: `{package}` bukan persyaratan pip yang dapat dipakai di CI; tulis mis. "
        '"spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0" (tanpa tanda kutip, `$` atau `;`)',
        "en": "--package: `{package}` is not a pip requirement CI can use; write, for example, "
        '"spbe @ git+https://<forge>/<owner>/spbe@v0.1.0" (no quotes, `$` or `;`)',
    },
    "init_done": {
        "id": "Repositori dibuat di {path}: {count} berkas. Lanjutkan: cd {path} && spbe validate",
        "en": "Repository created in {path}: {count} files. Next: cd {path} && spbe validate",
    },
    "new_exists": {"id": "{path} sudah ada; tidak ditimpa", "en": "{path} exists; not overwritten"},
    "new_done": {"id": "Ditulis: {path} ({how})", "en": "Written: {path} ({how})"},
    "new_carried": {
        "id": "jawaban {year} dibawa untuk ditinjau",
        "en": "{year} answers carried over for review",
    },
    "new_fresh": {
        "id": "indikator dari spbe.yaml, belum diisi",
        "en": "indicators from spbe.yaml, not filled in",
    },
    "new_unknown_unit": {
        "id": "unit `{unit}` tidak ada di `units:` spbe.yaml maupun tahun sebelumnya",
        "en": "unit `{unit}` is neither in the `units:` of spbe.yaml nor in the previous year",
    },
    "progress_files": {"id": "Memeriksa berkas:", "en": "Checking files:"},
    "summary_problems": {
        "id": "{errors} error, {warnings} peringatan",
        "en": "{errors} errors, {warnings} warnings",
    },
    "unknown_code": {
        "id": "kode `{code}` tidak dikenal; kode yang ada: {codes}",
        "en": "unknown code `{code}`; known codes: {codes}",
    },
    "severity_error": {"id": "error", "en": "error"},
    "severity_warning": {"id": "peringatan", "en": "warning"},
    "validate_summary": {
        "id": "{errors} error, {warnings} peringatan, {files} berkas diperiksa",
        "en": "{errors} errors, {warnings} warnings, {files} files checked",
    },
    "not_scored": {
        "id": "Penilaian tidak dihitung karena ada error di atas. Perbaiki lalu jalankan lagi.",
        "en": "Nothing was scored because of the errors above. Fix them and run again.",
    },
    "not_scored_some": {
        "id": "Sebagian folder tidak dihitung karena ada error di atas; yang lain tercetak.",
        "en": "Some folders were not scored because of the errors above; the others are printed.",
    },
    "internal_error": {
        "id": "spbe: terjadi kesalahan internal ({error}). Jalankan lagi dengan --debug dan "
        "laporkan keluarannya.",
        "en": "spbe: internal error ({error}). Run again with --debug and report the output.",
    },
    "interrupted": {"id": "spbe: dihentikan.", "en": "spbe: interrupted."},
    "output_is_input": {
        "id": "menolak menulis ke {path}: berkas itu masukan repositori (spbe.yaml, berkas unit atau "
        "tahap, kunci data dukung, katalog, templat, atau folder evidence/). Pilih nama lain dengan "
        "--output",
        "en": "refusing to write to {path}: it is an input of the repository (spbe.yaml, a unit or "
        "stage file, the evidence lock, a catalogue, a template, or the evidence/ folder). Choose "
        "another name with --output",
    },
    "target_not_number": {
        "id": "--target: `{value}` bukan angka indeks; tulis mis. 3.50 atau 3,50",
        "en": "--target: `{value}` is not an index value; write, for example, 3.50",
    },
    "target_out_of_range": {
        "id": "--target: {value} di luar skala katalog; target harus antara {low} dan {high}",
        "en": "--target: {value} is outside the catalogue's scale; the target must be between "
        "{low} and {high}",
    },
    "unknown_codes": {
        "id": "--ignore: kode masalah {codes} tidak dikenal; `spbe explain KODE` menjelaskan kode "
        "yang ada, daftarnya di README",
        "en": "--ignore: unknown problem code {codes}; `spbe explain CODE` explains the codes, the "
        "README lists them",
    },
    "unknown_indicators": {
        "id": "--exclude: indikator {ids} tidak ada di katalog tahun ini",
        "en": "--exclude: this year's catalogue has no indicator {ids}",
    },
    "git_not_repository": {
        "id": "`{spec}` dibaca dari git, tetapi folder kerja ini bukan repositori git; jalankan "
        "dari dalam repositori, atau tulis folder tahunnya tanpa `REVISI:`",
        "en": "`{spec}` is read from git, but this folder is not in a git repository; run it from "
        "inside the repository, or give the year folder without `REVISION:`",
    },
    "git_not_found": {
        "id": "`{spec}` tidak ada di git: revisi `{rev}` atau folder `{path}` di revisi itu tidak "
        "ditemukan (cek dengan `git log --oneline` dan `git ls-tree {rev}`)",
        "en": "`{spec}` is not in git: revision `{rev}` or folder `{path}` at that revision was "
        "not found (check with `git log --oneline` and `git ls-tree {rev}`)",
    },
    "git_failed": {
        "id": "`{spec}` tidak dapat dibaca dari git: {detail}",
        "en": "`{spec}` cannot be read from git: {detail}",
    },
    "new_no_repo": {
        "id": "--repo: folder {path} tidak ada; beri akar repositori penilaian (folder berisi "
        "spbe.yaml)",
        "en": "--repo: there is no folder {path}; give the root of the assessments repository "
        "(the folder holding spbe.yaml)",
    },
    "r_wrong_suffix": {
        "id": "--output {path}: akhirannya tidak cocok dengan --format {fmt}; pakai {expected}, "
        "atau pilih --format yang sesuai",
        "en": "--output {path}: its suffix does not match --format {fmt}; use {expected}, or "
        "choose the matching --format",
    },
    "r_no_templates": {
        "id": "--templates: folder {path} tidak ada; beri folder yang berisi templat pengganti "
        "(mis. report.html.j2)",
        "en": "--templates: there is no folder {path}; give a folder that holds replacement "
        "templates (such as report.html.j2)",
    },
    "output_is_folder": {
        "id": "{path} adalah folder; tulis nama berkas hasil, mis. {path}/hasil.html",
        "en": "{path} is a folder; give the name of the output file, such as {path}/out.html",
    },
    "output_failed": {
        "id": "hasil tidak dapat ditulis ke {path}: {detail}. Tidak ada berkas yang ditulis",
        "en": "the result cannot be written to {path}: {detail}. Nothing was written",
    },
    "git_bad_revision": {
        "id": "revisi `{rev}` tidak sah: tulis nama tag, cabang atau commit sebelum titik dua, "
        "mis. v2023:assessments/2023",
        "en": "revision `{rev}` is not valid: write a tag, branch or commit name before the "
        "colon, such as v2023:assessments/2023",
    },
}


@dataclass(frozen=True)
class Msg:
    """A message to be rendered later, in whatever language the output asks for."""

    key: str
    args: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, **args: object) -> Msg:
        return cls(key, tuple(sorted(args.items())))

    def render(self, lang: Lang) -> str:
        return message(self.key, lang, **dict(self.args))


def message(key: str, lang: Lang = "id", /, **args: object) -> str:
    """The message ``key`` in ``lang``. Arguments are data: each is printed on one line with its
    control characters escaped, so no value can start a line of its own in CI output."""
    template = MESSAGES[key][lang]
    if not args:
        return template
    return template.format(
        **{k: v.render(lang) if isinstance(v, Msg) else _arg(v) for k, v in args.items()}
    )


def _arg(value: object) -> object:
    if isinstance(value, int | float):
        return value
    return one_line(str(value))


__all__ = [
    "LANGS",
    "MESSAGES",
    "Lang",
    "Msg",
    "current_lang",
    "forget_choice",
    "message",
    "resolve_lang",
]

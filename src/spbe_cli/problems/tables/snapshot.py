"""Messages: ``spbe snapshot`` and ``spbe verify`` (what was submitted, and whether it holds)."""

from __future__ import annotations

from spbe_cli.base.lang import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "snap_written": {
        "id": "snapshot ditulis: {path} (sha256 {digest})",
        "en": "snapshot written: {path} (sha256 {digest})",
    },
    "snap_signed": {
        "id": "tanda tangan ditulis: {path}",
        "en": "signature written: {path}",
    },
    "snap_stale_sig": {
        "id": (
            "{path} berasal dari snapshot sebelumnya dan tidak cocok dengan yang baru ini; "
            "hapus atau tanda tangani ulang (--sign)."
        ),
        "en": (
            "{path} is from an earlier snapshot and does not match this new one; delete it or "
            "sign again (--sign)."
        ),
    },
    "snap_no_key": {
        "id": "--sign: kunci {path} tidak ada",
        "en": "--sign: key {path} does not exist",
    },
    "snap_no_keygen": {
        "id": (
            "ssh-keygen tidak ditemukan: pasang OpenSSH untuk menandatangani atau memeriksa "
            "tanda tangan."
        ),
        "en": "ssh-keygen was not found: install OpenSSH to sign or to check signatures.",
    },
    "snap_sign_failed": {
        "id": "tidak dapat menandatangani dengan kunci {key}: {detail}",
        "en": "could not sign with the key {key}: {detail}",
    },
    "snap_not_snapshot": {
        "id": "{path} bukan snapshot spbe yang dapat diperiksa (bagian {detail})",
        "en": "{path} is not an spbe snapshot that can be checked (part {detail})",
    },
    "snap_no_signers_file": {
        "id": "--allowed-signers: berkas {path} tidak ada",
        "en": "--allowed-signers: the file {path} does not exist",
    },
    "snap_bad_revision": {
        "id": (
            "--repo: revisi `{rev}` tidak sah: tulis folder repositori, atau tag, cabang atau "
            "commit"
        ),
        "en": (
            "--repo: `{rev}` is not a valid revision: give a repository folder, or a tag, "
            "branch or commit"
        ),
    },
    "snap_not_git": {
        "id": "--repo: `{rev}` bukan folder, dan repositori di folder kerja bukan checkout git",
        "en": (
            "--repo: `{rev}` is not a folder, and the repository in the working folder is not "
            "a git checkout"
        ),
    },
    "snap_git_failed": {
        "id": "--repo: revisi `{rev}` tidak dapat dibaca dari git ({detail})",
        "en": "--repo: the revision `{rev}` cannot be read from git ({detail})",
    },
    "snap_file_changed": {
        "id": "berkas berubah: {name} (sha256 {old}… → {new}…)",
        "en": "file changed: {name} (sha256 {old}… → {new}…)",
    },
    "snap_file_missing": {
        "id": "berkas hilang: {name}",
        "en": "file missing: {name}",
    },
    "snap_file_unused": {
        "id": "berkas tidak dipakai lagi: {name}",
        "en": "file no longer used: {name}",
    },
    "snap_file_new": {
        "id": "berkas baru: {name}",
        "en": "new file: {name}",
    },
    "snap_catalogue": {
        "id": "katalog berubah: {old} → {new}",
        "en": "catalogue changed: {old} → {new}",
    },
    "snap_stage_missing": {
        "id": "tahap {stage} tidak ada lagi",
        "en": "stage {stage} is gone",
    },
    "snap_stage_new": {
        "id": "tahap baru: {stage}",
        "en": "new stage: {stage}",
    },
    "snap_value": {
        "id": "nilai berubah: {what} tahap {stage} {old} → {new}",
        "en": "value changed: {what} at stage {stage} {old} → {new}",
    },
    "snap_what_index": {
        "id": "indeks",
        "en": "index",
    },
    "snap_what_domain": {
        "id": "domain {id}",
        "en": "domain {id}",
    },
    "snap_what_aspect": {
        "id": "aspek {id}",
        "en": "aspect {id}",
    },
    "snap_not_recomputed": {
        "id": "nilai tahun {name} tidak dapat dihitung ulang: {new}",
        "en": "the values of {name} cannot be recomputed: {new}",
    },
    "snap_signature_invalid": {
        "id": "tanda tangan tidak sah: {name}",
        "en": "signature not valid: {name}",
    },
    "snap_signature_unknown_signer": {
        "id": "penanda tangan tidak terdaftar di {name}",
        "en": "signer not listed in {name}",
    },
    "snap_signature_missing": {
        "id": "tanda tangan tidak ada: {name}",
        "en": "signature missing: {name}",
    },
    "snap_signature_no_signers": {
        "id": (
            "tanda tangan tidak dapat diperiksa: daftar penanda tangan {name} tidak ada "
            "(--allowed-signers)"
        ),
        "en": (
            "the signature cannot be checked: the allowed signers file {name} does not exist "
            "(--allowed-signers)"
        ),
    },
    "snap_sig_valid": {
        "id": "tanda tangan sah: {principal}",
        "en": "good signature: {principal}",
    },
    "snap_unsigned": {
        "id": "snapshot ini tidak bertanda tangan ({path} tidak ada)",
        "en": "this snapshot is not signed ({path} does not exist)",
    },
    "snap_agree": {
        "id": "cocok: {files} berkas dan {values} nilai sama dengan snapshot tahap {stage}",
        "en": "all agree: {files} files and {values} values match the snapshot of stage {stage}",
    },
    "snap_differ": {
        "id": "tidak cocok dengan snapshot: {count}",
        "en": "does not match the snapshot: {count}",
    },
    "snap_differences": {
        "id": "{count} perbedaan",
        "en": "{count} differences",
    },
    "snap_differences_one": {
        "id": "1 perbedaan",
        "en": "1 difference",
    },
    "snap_written_stdout": {
        "id": "snapshot ditulis ke stdout (sha256 {digest})",
        "en": "snapshot written to stdout (sha256 {digest})",
    },
    "snap_exists": {
        "id": (
            "{path} sudah ada: snapshot (dan tanda tangannya) adalah catatan apa yang "
            "diserahkan, jadi tidak ditimpa diam-diam. Tulis ke berkas lain (-o), atau pakai "
            "--force untuk menggantinya"
        ),
        "en": (
            "{path} exists: a snapshot (and its signature) is the record of what was "
            "submitted, so it is never replaced silently. Write to another file (-o), or use "
            "--force to replace it"
        ),
    },
    "snap_key_kind": {
        "id": "--sign: {path} {kind}, bukan berkas kunci privat SSH",
        "en": "--sign: {path} {kind}, not an SSH private key file",
    },
    "snap_not_private_key": {
        "id": (
            "--sign: {path} bukan berkas kunci privat SSH (berkas kunci privat diawali "
            "`-----BEGIN OPENSSH PRIVATE KEY-----`; kunci publik .pub tidak dapat "
            "menandatangani)"
        ),
        "en": (
            "--sign: {path} is not an SSH private key file (a private key file starts with "
            "`-----BEGIN OPENSSH PRIVATE KEY-----`; a public .pub key cannot sign)"
        ),
    },
    "snap_signers_kind": {
        "id": "--allowed-signers: {path} {kind}, bukan berkas allowed_signers",
        "en": "--allowed-signers: {path} {kind}, not an allowed_signers file",
    },
    "snap_signers_unreadable": {
        "id": "daftar penanda tangan {path} tidak dapat dibaca: {detail}",
        "en": "the allowed signers file {path} cannot be read: {detail}",
    },
    "snap_snapshot_kind": {
        "id": "{path} {kind}, bukan berkas snapshot",
        "en": "{path} {kind}, not a snapshot file",
    },
    "snap_kind_missing": {
        "id": "tidak ada",
        "en": "does not exist",
    },
    "snap_kind_folder": {
        "id": "adalah folder",
        "en": "is a folder",
    },
    "snap_kind_fifo": {
        "id": "adalah pipa bernama (FIFO)",
        "en": "is a named pipe (FIFO)",
    },
    "snap_kind_socket": {
        "id": "adalah soket",
        "en": "is a socket",
    },
    "snap_kind_device": {
        "id": "adalah perangkat",
        "en": "is a device",
    },
    "snap_kind_other": {
        "id": "bukan berkas biasa",
        "en": "is not a regular file",
    },
    "snap_no_repository": {
        "id": (
            "tidak ada repositori spbe (spbe.yaml) di {where} atau di atasnya: jalankan spbe "
            "verify di dalam repositori, atau beri --repo FOLDER"
        ),
        "en": (
            "no spbe repository (spbe.yaml) at {where} or above it: run spbe verify inside "
            "the repository, or give --repo FOLDER"
        ),
    },
    "snap_where_line": {
        "id": "baris {line} kolom {column}",
        "en": "line {line} column {column}",
    },
    "snap_where_deep": {
        "id": "baris {line} kolom {column}: bersarang lebih dari {limit} tingkat",
        "en": "line {line} column {column}: nested more than {limit} levels deep",
    },
    "snap_where_size": {
        "id": "seluruh berkas: lebih dari {limit} byte",
        "en": "the whole file: more than {limit} bytes",
    },
    "snap_where_root": {
        "id": "seluruh berkas: bukan objek JSON {{...}}",
        "en": "the whole file: not a JSON object {{...}}",
    },
    "snap_where_encoding": {
        "id": "baris {line} kolom {column}: bukan UTF-8",
        "en": "line {line} column {column}: not UTF-8",
    },
    "snap_where_twice": {
        "id": "{where}: sama dengan {other}",
        "en": "{where}: the same as {other}",
    },
    "snap_where_exact": {
        "id": "{where}: pecahan ini bukan {other}",
        "en": "{where}: this fraction is not {other}",
    },
    "snap_field": {
        "id": "isi berbeda: {name}: {old} → {new}",
        "en": "recorded field differs: {name}: {old} → {new}",
    },
    "snap_file_resized": {
        "id": "berkas berubah: {name} (ukuran {old} → {new} byte)",
        "en": "file changed: {name} (size {old} → {new} bytes)",
    },
    "snap_reason_more": {
        "id": "{first} (dan {more} error lain, tercetak di stderr)",
        "en": "{first} (and {more} more errors, printed on stderr)",
    },
    "snap_reason_none": {
        "id": "tahun itu tidak dapat dibuka",
        "en": "the year cannot be opened",
    },
    "snap_data_agree": {
        "id": (
            "data cocok: {files} berkas dan {values} nilai sama dengan snapshot tahap {stage}; "
            "tetapi {problem}"
        ),
        "en": (
            "the data agree: {files} files and {values} values match the snapshot of stage "
            "{stage}; but {problem}"
        ),
    },
    "snap_signers_hint": {
        "id": (
            "Buat {path} berisi satu baris per penanda tangan: `nama@instansi ssh-ed25519 "
            "AAAA...` (jenis dan isi kunci diambil dari berkas .pub penanda tangan, mis. "
            "`ssh-ed25519 AAAA...` di ~/.ssh/id_ed25519.pub), atau beri --allowed-signers "
            "BERKAS."
        ),
        "en": (
            "Create {path} with one line per signer: `name@instansi ssh-ed25519 AAAA...` (the "
            "key type and key taken from the signer's .pub file, such as `ssh-ed25519 AAAA...` "
            "in ~/.ssh/id_ed25519.pub), or give --allowed-signers FILE."
        ),
    },
}

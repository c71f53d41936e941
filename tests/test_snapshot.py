"""``spbe snapshot`` and ``spbe verify`` through the CLI: a signed snapshot of the bundled
example verifies, and one evidence byte, one value, the catalogue, a signer not allowed, a
tampered snapshot or a git revision are each caught and named."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli, write

needs_keygen = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="no ssh-keygen")
ISOLATED_GIT = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Uji",
    "GIT_AUTHOR_EMAIL": "uji@example.org",
    "GIT_COMMITTER_NAME": "Uji",
    "GIT_COMMITTER_EMAIL": "uji@example.org",
}


def make_key(folder: Path, name: str = "key") -> Path:
    """A fresh ed25519 key without a passphrase, as a user would make one."""
    key = folder / name
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(key)],
        check=True,
        capture_output=True,
    )
    return key


def allow(root: Path, principal: str, key: Path) -> Path:
    """``.spbe/allowed_signers`` of the repository at ``root``, listing ``key``."""
    public = " ".join(key.with_suffix(".pub").read_text(encoding="utf-8").split()[:2])
    return write(root / ".spbe" / "allowed_signers", f"{principal} {public}\n")


@pytest.fixture
def signed(example_copy: Path) -> tuple[Path, Path]:
    """The 2023 snapshot of the example (evidence files), signed by a listed key."""
    keys = example_copy.parent / "keys"
    keys.mkdir()
    key = make_key(keys)
    allow(example_copy, "penilai@kab.example", key)
    out = example_copy.parent / "snapshot-2023.json"
    done = run_cli("snapshot", "2023", "--sign", str(key), "-o", str(out))
    assert done.exit_code == 0, done.stderr
    return out, key


def statement(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@needs_keygen
def test_the_bundled_example_round_trips(example_copy: Path) -> None:
    key = make_key(example_copy.parent)
    allow(example_copy, "sekda@kab.example", key)
    out = example_copy.parent / "snap.json"
    made = run_cli("snapshot", "2026", "--sign", str(key), "-o", str(out))
    assert made.exit_code == 0, made.stderr
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"sha256 {sha}" in made.stderr
    assert Path(f"{out}.sig").read_text(encoding="utf-8").startswith("-----BEGIN SSH SIGNATURE")
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 0, checked.stdout
    assert checked.stdout == ""
    assert "tanda tangan sah: sekda@kab.example" in checked.stderr
    assert "cocok: 12 berkas dan" in checked.stderr
    english = run_cli("verify", str(out), "--lang", "en", "-f", "json").json()
    assert english["agree"] is True and english["sha256"] == sha
    assert english["signature"] == {
        "status": "valid",
        "principal": "sekda@kab.example",
        "allowed_signers": ".spbe/allowed_signers",
    }
    # values that look alike at two places are told apart, never shown as a fraction
    final = example_copy / "2026" / "_final.yaml"
    final.write_text(final.read_text("utf-8").replace('level: "7/3"', "level: 2.33"), "utf-8")
    changed = run_cli("verify", str(out))
    assert changed.exit_code == 1
    assert "nilai berubah: I3 tahap final 2,333 → 2,330" in changed.stdout.splitlines()
    assert "/3" not in changed.stdout


def test_the_statement_is_in_toto_and_its_bytes_are_canonical(example_copy: Path) -> None:
    first, second = run_cli("snapshot", "2026"), run_cli("snapshot")  # the latest year: 2026
    assert first.exit_code == 0 and first.stdout == second.stdout
    doc = json.loads(first.stdout)
    assert first.stdout == json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert doc["_type"] == "https://in-toto.io/Statement/v1"
    assert doc["predicateType"] == "urn:spbe:snapshot:v1"
    names = [s["name"] for s in doc["subject"]]
    assert names == sorted(names)
    assert {"spbe.yaml", "spbe-evidence.lock", "2026/bappeda.yaml", "2026/_final.yaml"} <= set(
        names
    )
    assert "spbe:indicators/pemdi-2026.yaml" in names
    bappeda = next(s for s in doc["subject"] if s["name"] == "2026/bappeda.yaml")
    data = (example_copy / "2026" / "bappeda.yaml").read_bytes()
    assert bappeda["digest"] == {"sha256": hashlib.sha256(data).hexdigest()}
    assert bappeda["annotations"] == {"role": "unit", "size": len(data)}
    p = doc["predicate"]
    assert (p["year"], p["folder"], p["stage"], p["commit"]) == (2026, "2026", "mandiri", None)
    assert (p["catalogue"]["id"], p["catalogue"]["version"]) == ("pemdi-2026", "2026.1")
    assert "created" not in p
    assert p["evidence"]["urls"][0].startswith("https://")
    # the numbers are the year view's, in the notation of `spbe score --format json`
    final = next(r for r in p["results"] if r["stage"] == "final")
    score = run_cli("score", "2026", "--stage", "final", "-f", "json").json()
    assert float(final["index_rounded"]) == score["index_rounded"]
    assert [r["stage"] for r in p["results"]] == ["mandiri", "dokumen", "final", "bukti"]
    i3 = next(i for i in final["indicators"] if i["id"] == "I3")
    assert i3 == {"id": "I3", "value": "2.3333333333", "shown": "2.33", "exact": "7/3"}
    i1 = next(i for i in final["indicators"] if i["id"] == "I1")
    assert i1 == {"id": "I1", "value": "2.5", "shown": "2.50"}
    assert final["index"] == str(score["index"]) == "2.0313666667"
    assert final["exact"] == "60941/30000"  # the index has no finite decimal: the fraction too
    mandiri = json.loads(run_cli("snapshot", "2026", "--stage", "mandiri").stdout)
    assert mandiri["predicate"]["stage"] == "mandiri" and mandiri["subject"] == doc["subject"]
    dated = run_cli("snapshot", "2026", env={"SOURCE_DATE_EPOCH": "1764460800"})
    assert json.loads(dated.stdout)["predicate"]["created"] == "2025-11-30T00:00:00Z"


@needs_keygen
def test_one_evidence_byte_is_caught(signed: tuple[Path, Path], example_copy: Path) -> None:
    out, _ = signed
    names = [s["name"] for s in statement(out)["subject"]]
    assert "evidence/2023/inventaris-aset-tik-2023.pdf" in names
    assert run_cli("verify", str(out)).exit_code == 0
    pdf = example_copy / "evidence" / "2023" / "inventaris-aset-tik-2023.pdf"
    data = bytearray(pdf.read_bytes())
    data[-2] ^= 1
    pdf.write_bytes(bytes(data))
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 1
    assert checked.stdout.startswith(
        "berkas berubah: evidence/2023/inventaris-aset-tik-2023.pdf (sha256 "
    )
    assert len(checked.stdout.splitlines()) == 1  # the numbers do not depend on that byte
    assert "tidak cocok dengan snapshot: 1 perbedaan" in checked.stderr
    pdf.unlink()
    gone = run_cli("verify", str(out), "--lang", "en")
    assert gone.stdout == "file missing: evidence/2023/inventaris-aset-tik-2023.pdf\n"


@needs_keygen
def test_one_value_is_caught(signed: tuple[Path, Path], example_copy: Path) -> None:
    out, _ = signed
    unit = example_copy / "2023" / "bpkad.yaml"
    text = unit.read_text(encoding="utf-8")
    assert "  I24:\n    level: 2\n" in text
    unit.write_text(text.replace("  I24:\n    level: 2\n", "  I24:\n    level: 3\n"), "utf-8")
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 1
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("berkas berubah: 2023/bpkad.yaml (sha256 ")
    assert "nilai berubah: I24 tahap mandiri 2 → 3" in lines
    assert any(line.startswith("nilai berubah: indeks tahap mandiri 2,78 → 2,") for line in lines)
    english = run_cli("verify", str(out), "--lang", "en", "-f", "json")
    assert english.exit_code == 1
    kinds = {(d["kind"], d["name"], d["stage"]) for d in english.json()["differences"]}
    assert ("value", "I24", "mandiri") in kinds and ("file_changed", "2023/bpkad.yaml", "") in kinds
    assert "value changed: I24 at stage mandiri 2 → 3" in [
        d["message"] for d in english.json()["differences"]
    ]


@needs_keygen
def test_a_changed_catalogue_is_caught(example_copy: Path) -> None:
    from spbe_cli.base.resources import catalogue_dir

    custom = example_copy / "indicators" / "pemdi-uji.yaml"
    custom.parent.mkdir()
    shutil.copy(catalogue_dir() / "pemdi-2026.yaml", custom)
    config = example_copy / "spbe.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "catalogue: indicators/pemdi-uji.yaml\n", "utf-8"
    )
    key = make_key(example_copy.parent)
    allow(example_copy, "sekda@kab.example", key)
    out = example_copy.parent / "snap.json"
    assert run_cli("snapshot", "2026", "--sign", str(key), "-o", str(out)).exit_code == 0
    p = statement(out)["predicate"]
    assert p["catalogue"]["file"] == "indicators/pemdi-uji.yaml"
    assert run_cli("verify", str(out)).exit_code == 0
    text = custom.read_text(encoding="utf-8")
    custom.write_text(text.replace('version: "2026.1"', 'version: "2026.2"'), "utf-8")
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 1
    assert checked.stdout.splitlines() == [
        "berkas berubah: indicators/pemdi-uji.yaml (sha256 "
        + checked.stdout.split("(sha256 ", 1)[1].split("\n", 1)[0],
        "katalog berubah: pemdi-2026 2026.1 → pemdi-2026 2026.2",
    ]


@needs_keygen
def test_a_signer_not_allowed_is_refused(signed: tuple[Path, Path], example_copy: Path) -> None:
    out, _ = signed
    other = make_key(example_copy.parent, "other")
    allow(example_copy, "lain@kab.example", other)
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 1
    assert checked.stdout == "penanda tangan tidak terdaftar di .spbe/allowed_signers\n"
    listed = write(example_copy.parent / "signers", "x@y " + "AAAA\n")
    english = run_cli("verify", str(out), "--allowed-signers", str(listed), "--lang", "en")
    assert english.exit_code == 1 and english.stdout.startswith("signer not listed in ")


@needs_keygen
def test_a_tampered_snapshot_or_a_missing_signature(
    signed: tuple[Path, Path], example_copy: Path
) -> None:
    out, _ = signed
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace('"index_rounded": "2.78"', '"index_rounded": "2.80"', 1), "utf-8")
    tampered = run_cli("verify", str(out))
    assert tampered.exit_code == 1
    assert tampered.stdout.splitlines() == [
        'isi berbeda: predicate.results[mandiri].index_rounded: "2.80" → "2.78"',
        f"tanda tangan tidak sah: {out}.sig",
    ]
    out.write_text(text, "utf-8")
    Path(f"{out}.sig").unlink()
    signers = str(example_copy / ".spbe" / "allowed_signers")
    missing = run_cli("verify", str(out), "--allowed-signers", signers)
    assert missing.exit_code == 1
    assert missing.stdout == f"tanda tangan tidak ada: {out}.sig\n"
    # allowed signers exist in the repository: a snapshot without a signature fails as well
    by_default = run_cli("verify", str(out))
    assert by_default.exit_code == 1
    assert by_default.stdout == f"tanda tangan tidak ada: {out}.sig\n"
    assert "data cocok: 64 berkas" in by_default.stderr and "tidak cocok" not in by_default.stderr
    (example_copy / ".spbe" / "allowed_signers").unlink()
    unsigned = run_cli("verify", str(out))  # no signers, no signature: the data alone count
    assert unsigned.exit_code == 0 and "tidak bertanda tangan" in unsigned.stderr


@needs_keygen
def test_a_git_revision_is_read_without_touching_the_working_tree(example_copy: Path) -> None:
    env = {**os.environ, **ISOLATED_GIT}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=example_copy, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "penilaian 2023")
    key = make_key(example_copy.parent)
    allow(example_copy, "sekda@kab.example", key)
    out = example_copy.parent / "snap.json"
    assert run_cli("snapshot", "2023", "--sign", str(key), "-o", str(out)).exit_code == 0
    assert len(statement(out)["predicate"]["commit"]) == 12
    unit = example_copy / "2023" / "bpkad.yaml"
    changed = unit.read_text(encoding="utf-8").replace(
        "  I24:\n    level: 2", "  I24:\n    level: 3", 1
    )
    unit.write_text(changed, "utf-8")
    pdf = example_copy / "evidence" / "2023" / "inventaris-aset-tik-2023.pdf"
    pdf.write_bytes(pdf.read_bytes() + b"\n")
    assert run_cli("verify", str(out)).exit_code == 1  # the working tree differs
    at_head = run_cli("verify", str(out), "--repo", "HEAD")
    assert at_head.exit_code == 0, at_head.stdout
    assert "tanda tangan sah: sekda@kab.example" in at_head.stderr
    assert unit.read_text(encoding="utf-8") == changed  # nothing was checked out over it
    git("commit", "-q", "-am", "ubah")
    later = run_cli("verify", str(out), "--repo", "HEAD", "--lang", "en")
    assert later.exit_code == 1
    assert "file changed: 2023/bpkad.yaml" in later.stdout
    assert "file changed: evidence/2023/inventaris-aset-tik-2023.pdf" in later.stdout
    assert run_cli("verify", str(out), "--repo", "HEAD~1").exit_code == 0
    for rev in ("tidak-ada", "--output=x"):
        wrong = run_cli("verify", str(out), "--repo", rev)
        assert wrong.exit_code == 2 and "--repo" in wrong.stderr and "Traceback" not in wrong.stderr


def test_evidence_outside_the_repository_is_never_read(example_copy: Path) -> None:
    outside = example_copy.parent / "rahasia.pdf"
    outside.write_bytes(b"%PDF rahasia")
    (example_copy / "evidence" / "2023" / "tautan.pdf").symlink_to(outside)
    unit = example_copy / "2023" / "bpkad.yaml"
    text = unit.read_text(encoding="utf-8")
    unit.write_text(text.replace("inventaris-aset-tik-2023.pdf", "tautan.pdf", 1), encoding="utf-8")
    doc = json.loads(run_cli("snapshot", "2023").stdout)
    names = [s["name"] for s in doc["subject"]]
    assert "evidence/2023/tautan.pdf" not in names
    unavailable = doc["predicate"]["evidence"]["unavailable"]
    assert {"path": "evidence/2023/tautan.pdf", "problem": "C007"} in unavailable


def test_a_snapshot_naming_paths_outside_is_refused(example_copy: Path) -> None:
    doc = json.loads(run_cli("snapshot", "2026").stdout)
    doc["subject"][0]["name"] = "../../etc/passwd"
    hostile = write(example_copy.parent / "snap.json", json.dumps(doc))
    checked = run_cli("verify", str(hostile))
    assert checked.exit_code == 1
    assert "bukan snapshot spbe yang dapat diperiksa (bagian subject[0].name)" in checked.stderr
    broken = write(example_copy.parent / "rusak.json", "{")
    assert "(bagian baris 1 kolom 2)" in run_cli("verify", str(broken)).stderr


def test_usage_errors(example_copy: Path) -> None:
    cases = [
        (["snapshot", "2031"], "tahun 2031 tidak ada di repositori ini (tahun yang ada: "),
        (["snapshot", "2026", "--sign", "tidak-ada"], "--sign: kunci tidak-ada tidak ada"),
        (["snapshot", "2026", "-o", "2026/hasil.json"], "menolak menulis ke 2026/hasil.json"),
        (["verify", "tidak-ada.json"], "tidak-ada.json"),
        (["verify", "spbe.yaml", "--allowed-signers", "x"], "--allowed-signers: berkas x"),
    ]
    for args, expected in cases:
        out = run_cli(*args)
        assert out.exit_code == 2, args
        assert expected in out.stderr and "Traceback" not in out.stderr
    assert not (example_copy / "2026" / "hasil.json").exists()


@needs_keygen
def test_signing_without_ssh_keygen_or_with_a_bad_key(example_copy: Path) -> None:
    bad = write(
        example_copy.parent / "kunci-rusak",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nrusak\n-----END OPENSSH PRIVATE KEY-----\n",
    )
    out = example_copy.parent / "snap.json"
    wrong = run_cli("snapshot", "2026", "--sign", str(bad), "-o", str(out))
    assert wrong.exit_code == 1 and "tidak dapat menandatangani dengan kunci" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) <= 2  # one line (and the catalogue notice)
    none = run_cli("snapshot", "2026", "--sign", str(bad), "-o", str(out), env={"PATH": ""})
    assert none.exit_code == 1 and "ssh-keygen tidak ditemukan" in none.stderr
    assert not out.exists()


def test_help_speaks_english() -> None:
    for command, phrase in (("snapshot", "Record what was submitted"), ("verify", "Check a")):
        out = run_cli(command, "--help", "--lang", "en")
        assert out.exit_code == 0 and phrase in out.stdout
        assert "bawaan" not in out.stdout


@needs_keygen
def test_a_year_that_no_longer_opens_still_has_its_files_compared(
    signed: tuple[Path, Path], example_copy: Path
) -> None:
    out, _ = signed
    unit = example_copy / "2023" / "bpkad.yaml"
    unit.write_text(unit.read_text(encoding="utf-8") + "indicators: [\n", encoding="utf-8")
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[0].startswith("berkas berubah: 2023/bpkad.yaml (sha256 ")
    assert checked.stdout.splitlines()[-1].startswith(
        "nilai tahun 2023 tidak dapat dihitung ulang: 2023/bpkad.yaml:"
    )
    assert "error Y001" in checked.stderr
    # a new snapshot without --sign says that the old signature beside it no longer fits
    unit.write_text(unit.read_text(encoding="utf-8").replace("indicators: [\n", ""), "utf-8")
    again = run_cli("snapshot", "2023", "-o", str(out), "--force")
    assert again.exit_code == 0
    assert "berasal dari snapshot sebelumnya" in again.stderr


def test_by_default_the_stage_submitted_is_mandiri_as_score_and_document_show(
    example_copy: Path,
) -> None:
    default = run_cli("snapshot", "2026")
    assert default.exit_code == 0, default.stderr
    assert default.stdout == run_cli("snapshot", "2026", "--stage", "mandiri").stdout
    assert default.stdout != run_cli("snapshot", "2026", "--stage", "final").stdout


def _tampered(example_copy: Path, name: str, change: Any) -> Path:
    """The unsigned 2026 snapshot of the example, changed by ``change(doc)``."""
    doc = json.loads(run_cli("snapshot", "2026").stdout)
    change(doc)
    return write(example_copy.parent / name, json.dumps(doc, ensure_ascii=False))


def _stage(doc: Any, stage: str = "mandiri") -> Any:
    return next(r for r in doc["predicate"]["results"] if r["stage"] == stage)


def _indicator(doc: Any, ident: str, stage: str = "mandiri") -> Any:
    return next(i for i in _stage(doc, stage)["indicators"] if i["id"] == ident)


def _subject(doc: Any, name: str) -> Any:
    return next(s for s in doc["subject"] if s["name"] == name)


EDITS: list[tuple[str, Any, str]] = [
    ("predikat", lambda d: _stage(d).update(predikat="Memuaskan"), '].predikat: "Memuaskan"'),
    ("rounded", lambda d: _stage(d).update(index_rounded="9.99"), '].index_rounded: "9.99"'),
    ("shown", lambda d: _indicator(d, "I1").update(shown="4.00"), '[I1].shown: "4.00"'),
    ("complete", lambda d: _stage(d).update(complete=not _stage(d)["complete"]), "].complete: "),
    ("instansi", lambda d: d["predicate"].update(instansi="Kota Lain"), "predicate.instansi:"),
    ("year", lambda d: d["predicate"].update(year=2025), "predicate.year: 2025 → 2026"),
    ("format", lambda d: d["predicate"].update(format=2), "predicate.format: 2 → 1"),
    ("generator", lambda d: d["predicate"]["generator"].update(name="x"), "generator.name"),
    ("url", lambda d: d["predicate"]["evidence"]["urls"].pop(0), 'evidence.urls: - → "https'),
    (
        "unavailable",
        lambda d: d["predicate"]["evidence"]["unavailable"].append(
            {"path": "evidence/x.pdf", "problem": "C005"}
        ),
        'unavailable[evidence/x.pdf].problem: "C005" → -',
    ),
    ("status", lambda d: d["predicate"]["catalogue"].update(status="official"), "ue.status:"),
    ("file", lambda d: d["predicate"]["catalogue"].update(file="x.yaml"), "catalogue.file:"),
    (
        "size",
        lambda d: _subject(d, "spbe.yaml")["annotations"].update(size=1),
        "subject[spbe.yaml].annotations.size: 1 →",
    ),
    (
        "role",
        lambda d: _subject(d, "spbe.yaml")["annotations"].update(role="unit"),
        'subject[spbe.yaml].annotations.role: "unit" → "config"',
    ),
    ("value", lambda d: _indicator(d, "I1").update(value="4", shown="4.00"), "I1 tahap mandiri"),
    ("stage", lambda d: d["predicate"]["results"].pop(), "tahap baru: bukti"),
]


@pytest.mark.parametrize(("case", "change", "expected"), EDITS, ids=[e[0] for e in EDITS])
def test_every_recorded_field_is_compared(
    example_copy: Path, case: str, change: Any, expected: str
) -> None:
    """One edit of any field the repository determines is one named line and exit 1."""
    edited = _tampered(example_copy, f"{case}.json", change)
    checked = run_cli("verify", str(edited))
    assert checked.exit_code == 1, checked.stdout
    assert len(checked.stdout.splitlines()) == 1, checked.stdout
    assert expected in checked.stdout
    assert "tidak cocok dengan snapshot: 1 perbedaan" in checked.stderr


def test_the_commit_time_and_version_are_not_compared(example_copy: Path) -> None:
    def change(doc: Any) -> None:
        doc["predicate"].update(commit="0123456789ab+", created="2020-01-01T00:00:00Z")
        doc["predicate"]["generator"]["version"] = "9.9.9"

    checked = run_cli("verify", str(_tampered(example_copy, "same.json", change)))
    assert checked.exit_code == 0 and checked.stdout == ""
    assert "cocok: 12 berkas" in checked.stderr and "tahap mandiri" in checked.stderr


NOT_SNAPSHOTS: list[tuple[str, Any, str]] = [
    (
        "twice",
        lambda d: d["subject"].append(dict(d["subject"][0])),
        "subject[{n}].name: sama dengan subject[0].name",
    ),
    (
        "exact",  # the true value moved into `exact`, the decimal changed
        lambda d: _indicator(d, "I3", "final").update(value="3", exact="7/3"),
        "predicate.results[2].indicators[2].exact: pecahan ini bukan",
    ),
    ("finite", lambda d: _indicator(d, "I1").update(exact="5/2"), "predicate.results[0].indi"),
    ("huge", lambda d: _stage(d).update(index="1e5000000"), "predicate.results[0].index"),
    ("overflow", lambda d: _stage(d).update(index="1e1000000"), "predicate.results[0].index"),
    ("zero", lambda d: _stage(d, "final").update(exact="1/0"), "predicate.results[2].exact"),
    ("list", lambda d: d["predicate"].update(stage=["mandiri"]), "predicate.stage"),
    ("absent", lambda d: d["predicate"].update(stage="visitasi"), "predicate.stage"),
    ("unknown", lambda d: d["predicate"].update(extra=1), "predicate.extra"),
    ("bool", lambda d: d["predicate"].update(year=True), "predicate.year"),
    (
        "deep",
        lambda d: d["predicate"].update(x={"a": {"a": {"a": {"a": [[[[[[[]]]]]]]}}}}),
        "baris 1",
    ),
]


@pytest.mark.parametrize(
    ("case", "change", "part"), NOT_SNAPSHOTS, ids=[e[0] for e in NOT_SNAPSHOTS]
)
def test_a_file_not_in_the_shape_spbe_writes_is_not_a_snapshot(
    example_copy: Path, case: str, change: Any, part: str
) -> None:
    """Hostile numbers, duplicates, a wrong type or nesting: one located line, exit 1, fast."""
    edited = _tampered(example_copy, f"{case}.json", change)
    part = part.format(n=len(statement(edited)["subject"]) - 1)
    checked = run_cli("verify", str(edited))
    assert checked.exit_code == 1
    assert f"bukan snapshot spbe yang dapat diperiksa (bagian {part}" in checked.stderr
    assert checked.stdout == "" and len(checked.stderr.splitlines()) == 1


def test_malformed_json_is_located_never_a_crash(example_copy: Path) -> None:
    good = run_cli("snapshot", "2026").stdout
    cases = {
        "brackets": ("[" * 100000 + "]" * 100000, "(bagian baris 1 kolom 13: bersarang lebih"),
        "digits": (
            good.replace('"year": 2026', '"year": ' + "9" * 5000),
            "(bagian predicate.year)",
        ),
        "float": (good.replace('"format": 1', '"format": 1.0'), "(bagian predicate.format)"),
        "nan": (good.replace('"format": 1', '"format": NaN'), "(bagian predicate.format)"),
        "key": (good.replace('"format": 1,', '"format": 1, "format": 1,'), "predicate.format)"),
        "utf8": ("{\n  \xff", "(bagian baris 2 kolom 3: bukan UTF-8)"),
        "size": (" " * (4 << 20) + good, "(bagian seluruh berkas: lebih dari 4194304 byte)"),
        "list": ("[]", "(bagian seluruh berkas: bukan objek JSON {...})"),
    }
    for name, (text, expected) in cases.items():
        path = example_copy.parent / f"{name}.json"
        data = text.encode("utf-8") if name != "utf8" else b"{\n  \xff"
        path.write_bytes(data)
        checked = run_cli("verify", str(path))
        assert checked.exit_code == 1, name
        assert expected in checked.stderr, name
        assert "internal" not in checked.stderr and "Traceback" not in checked.stderr


@needs_keygen
def test_an_input_or_an_earlier_snapshot_is_never_overwritten(example_copy: Path) -> None:
    keys = example_copy.parent / "keys"
    keys.mkdir()
    key = make_key(keys)
    signers = allow(example_copy, "sekda@kab.example", key)
    before = {p: p.read_bytes() for p in (key, Path(f"{key}.pub"), signers)}
    for target in (key, Path(f"{key}.pub"), signers):
        refused = run_cli("snapshot", "2026", "--sign", str(key), "-o", str(target))
        assert refused.exit_code == 2, target
        assert "menolak menulis" in refused.stderr
    plain = run_cli("snapshot", "2026", "-o", str(signers), "--force")
    assert plain.exit_code == 2 and "menolak menulis" in plain.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert not Path(f"{key}.sig").exists() and not Path(f"{signers}.sig").exists()
    out = example_copy.parent / "snap.json"
    assert run_cli("snapshot", "2026", "--sign", str(key), "-o", str(out)).exit_code == 0
    recorded = out.read_bytes(), Path(f"{out}.sig").read_bytes()
    again = run_cli("snapshot", "2026", "-o", str(out))
    assert again.exit_code == 2 and "sudah ada" in again.stderr and "--force" in again.stderr
    only_sig = example_copy.parent / "lain.json"
    Path(f"{only_sig}.sig").write_text("tanda tangan lama\n", encoding="utf-8")
    assert run_cli("snapshot", "2026", "--sign", str(key), "-o", str(only_sig)).exit_code == 2
    assert (out.read_bytes(), Path(f"{out}.sig").read_bytes()) == recorded
    forced = run_cli("snapshot", "2026", "--stage", "final", "-o", str(out), "--force")
    assert forced.exit_code == 0 and "berasal dari snapshot sebelumnya" in forced.stderr
    assert statement(out)["predicate"]["stage"] == "final"


@needs_keygen
def test_signature_policy_and_what_each_refusal_says(example_copy: Path) -> None:
    keys = example_copy.parent / "keys"
    keys.mkdir()
    key = make_key(keys)
    out = example_copy.parent / "snap.json"
    assert run_cli("snapshot", "2026", "--sign", str(key), "-o", str(out)).exit_code == 0
    nobody = run_cli("verify", str(out))  # signed, and no allowed signers to check it with
    assert nobody.exit_code == 1
    assert "data cocok: 12 berkas" in nobody.stderr and "tidak cocok" not in nobody.stderr
    assert "tanda tangan tidak dapat diperiksa" in nobody.stderr
    assert "`nama@instansi ssh-ed25519 AAAA...`" in nobody.stderr and ".pub" in nobody.stderr
    english = run_cli("verify", str(out), "--lang", "en", "-f", "json")
    assert english.json()["data_agree"] is True and english.json()["agree"] is False
    pipe = example_copy.parent / "pipa"
    os.mkfifo(pipe)
    cases = [
        (["verify", str(out), "--allowed-signers", str(pipe)], "adalah pipa bernama (FIFO)"),
        (["verify", str(out), "--allowed-signers", str(keys)], "adalah folder, bukan berkas"),
        (["verify", str(keys)], "adalah folder, bukan berkas snapshot"),
        (["snapshot", "2026", "--sign", str(keys)], "adalah folder, bukan berkas kunci privat"),
        (["snapshot", "2026", "--sign", "/etc/passwd"], "bukan berkas kunci privat SSH"),
        (["snapshot", "2026", "--sign", f"{key}.pub"], "bukan berkas kunci privat SSH"),
    ]
    for args, expected in cases:
        done = run_cli(*args)
        assert done.exit_code == 2, args
        assert expected in done.stderr, args


def test_the_digest_is_said_for_stdout_too_and_verify_needs_a_repository(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = run_cli("snapshot", "2026")
    digest = hashlib.sha256(made.stdout.encode("utf-8")).hexdigest()
    assert f"snapshot ditulis ke stdout (sha256 {digest})" in made.stderr
    out = write(example_copy.parent / "snap.json", made.stdout)
    elsewhere = example_copy.parent / "kosong"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    lost = run_cli("verify", str(out))
    assert lost.exit_code == 2 and "tidak ada repositori spbe (spbe.yaml)" in lost.stderr
    assert "berkas hilang" not in lost.stdout
    there = run_cli("verify", str(out), "--repo", str(example_copy))
    assert there.exit_code == 0, there.stdout


def test_a_changed_catalogue_choice_says_why_and_which(example_copy: Path) -> None:
    out = write(example_copy.parent / "snap.json", run_cli("snapshot", "2026").stdout)
    config = example_copy / "spbe.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "catalogue: spbe-2020\n", "utf-8")
    checked = run_cli("verify", str(out))
    assert checked.exit_code == 1
    lines = checked.stdout.splitlines()
    assert "katalog berubah: pemdi-2026 → spbe-2020" in lines
    assert lines[-1].startswith("nilai tahun 2026 tidak dapat dihitung ulang: 2026/")
    assert " error X" in lines[-1]  # the reason itself, not "see above"
    assert " error X" in checked.stderr


def test_a_revision_copies_only_what_the_year_needs(
    example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A YAML blob the year does not read is never read; one it reads that is over the YAML
    reader's limit is reported (Y006), not read; the temporary folder is gone afterwards, and
    so is one that a killed run left."""
    import tempfile

    from spbe_cli.repository import gitsrc
    from spbe_cli.submission import revision as revision_module

    env = {**os.environ, **ISOLATED_GIT}

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=example_copy, env=env, check=True, capture_output=True
        )
        return done.stdout.decode().strip()

    junk = "x: " + "a" * (6 << 20) + "\n"
    (example_copy / "junk.yaml").write_text(junk, encoding="utf-8")
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "penilaian")
    out = write(tmp_path / "snap.json", run_cli("snapshot", "2023").stdout)
    read: list[str] = []

    def recording(top: Path, *args: str, timeout: float = 60) -> bytes:
        if args[:2] == ("cat-file", "blob"):
            read.append(args[-1])
        return gitsrc.run_git(top, *args, timeout=timeout)

    monkeypatch.setattr(revision_module, "run_git", recording)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    gone = subprocess.Popen(["true"])
    gone.wait()
    (scratch / f"spbe-verify-{gone.pid}-sisa").mkdir()
    at_head = run_cli("verify", str(out), "--repo", "HEAD")
    assert at_head.exit_code == 0, at_head.stdout
    assert git("rev-parse", "HEAD:junk.yaml") not in read
    assert not any(n.endswith(".yaml") and n.startswith("2026/") for n in read)
    assert list(scratch.iterdir()) == []
    (example_copy / "2023" / "besar.yaml").write_text(junk, encoding="utf-8")
    unit = example_copy / "2023" / "bpkad.yaml"
    size = unit.stat().st_size
    unit.write_text(unit.read_text(encoding="utf-8") + "# catatan\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "besar")
    read.clear()
    large = run_cli("verify", str(out), "--repo", "HEAD")
    assert large.exit_code == 1
    assert "HEAD:2023/besar.yaml:0:0: error Y006" in large.stderr
    assert git("rev-parse", "HEAD:2023/besar.yaml") not in read
    assert large.stdout.splitlines() == [
        f"berkas berubah: 2023/bpkad.yaml (ukuran {size} → {size + 10} byte)",
        "nilai tahun 2023 tidak dapat dihitung ulang: HEAD:2023/besar.yaml:0:0: error Y006 "
        "berkas terlalu besar (6291460 byte; batasnya 5242880 byte)",
    ]
    assert list(scratch.iterdir()) == []


def test_sigterm_removes_the_copy_of_a_revision(example_copy: Path, tmp_path: Path) -> None:
    """Killed politely (SIGTERM) while reading from git: the run ends as interrupted (130)
    and its temporary folder is gone."""
    import signal
    import sys
    import time

    env = {**os.environ, **ISOLATED_GIT}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "x"]):
        subprocess.run(["git", *args], cwd=example_copy, env=env, check=True, capture_output=True)
    out = write(tmp_path / "snap.json", run_cli("snapshot", "2023").stdout)
    fake = tmp_path / "bin"
    fake.mkdir()
    real = shutil.which("git")
    started = tmp_path / "started"
    script = (
        f"#!{sys.executable}\nimport os, sys, time\n"
        f"if 'cat-file' in sys.argv:\n    open({str(started)!r}, 'w').close()\n"
        f"    time.sleep(60)\nos.execv({real!r}, [{real!r}, *sys.argv[1:]])\n"
    )
    write(fake / "git", script).chmod(0o755)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env.update(PATH=f"{fake}{os.pathsep}{env['PATH']}", TMPDIR=str(scratch))
    command = [sys.executable, "-m", "spbe_cli", "verify", str(out), "--repo", "HEAD"]
    process = subprocess.Popen(
        command, cwd=example_copy, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert started.exists(), process.communicate()
    assert [p.name[:12] for p in scratch.iterdir()] == ["spbe-verify-"]
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert list(scratch.iterdir()) == []

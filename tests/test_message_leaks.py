"""No English of Pydantic's in an Indonesian message, counts in English grammar, and a decimal
comma (``level: 2,5``) explained where it is written. Each through the CLI, as a user meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_cli, write

# Pydantic's own English, which reached users inside Indonesian messages.
ENGLISH = (
    "should be",
    "Input should",
    "Field required",
    " or ",
    "Keys should",
    "String should",
    "Extra inputs",
    "Value error",
    "valid integer",
    "function-plain",
)

# One broken thing per file: a file the reader refuses is not checked against the model.
BROKEN = {
    "_dokumen.yaml": "stage: visitas\nyear: 2026\nindicators:\n  I1: {level: 2}\n",
    "_final.yaml": (
        "stage: final\nyear: 2026\nrekomendasi:\n  - {indicator: I1, text: x, status: buka}\n"
    ),
    "kunci-angka.yaml": "unit: a\nyear: 2026\nindicators:\n  1: x\n",
    "kunci-daftar.yaml": "unit: b\nyear: 2026\nindicators:\n  ? [a]\n  : b\n",
    "kunci-jawaban.yaml": "unit: c\nyear: 2026\nindicators:\n  I1:\n    1: x\n    level: 2\n",
    "kunci-atas.yaml": "unit: d\nyear: 2026\n1: x\nno: y\n2.5: z\nindicators: {}\n",
    "kunci-kosong.yaml": "unit: e\nyear: 2026\nindicators:\n  '': {level: 1}\n",
    "jenis.yaml": (
        "unit: f\nyear: dua\nindicators:\n  I1:\n    level: [1]\n    explanation: {a: b}\n"
        "    evidence: satu\n    review: {status: ok, level: tiga}\n"
    ),
    "butir.yaml": (
        "unit: g\nyear: 2026\nindicators:\n  I1:\n    level: 1\n    evidence:\n"
        "      - title: ''\n        date: kemarin\n        level: 1.5\n        status:\n"
        "          dokumn: {status: terima}\n          final: {status: revisi, reason: salah}\n"
        "      - path: a.pdf\n"
    ),
    "wajib.yaml": "year: 2026\n",
}


@pytest.fixture
def broken_2026(example_copy: Path) -> Path:
    folder = example_copy / "2026"
    for name, text in BROKEN.items():
        write(folder / name, text)
    write(example_copy / "upaya.yaml", "default: 1\nindicators:\n  I1: abc\n  I2: {x: 1}\n")
    return folder


PROBLEM_LINE = re.compile(r"^\S+:\d+:\d+: (error|warning) [A-Z]\d{3} ")


def _problem_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if PROBLEM_LINE.match(line)]


def test_no_english_of_pydantic_in_indonesian(broken_2026: Path) -> None:
    out = run_cli("validate", "2026", "-f", "text")
    assert out.exit_code == 1
    lines = _problem_lines(out.stdout)
    assert len(lines) >= 20
    for line in lines:
        assert not [word for word in ENGLISH if word in line], line
    text = out.stdout
    assert "harus salah satu dari: 'dokumen', 'interviu', 'visitasi' atau 'final'" in text
    assert "mungkin maksudnya `visitasi`?" in text
    assert "'diterima' atau 'revisi'" in text and "'open' atau 'closed'" in text
    assert "_dokumen.yaml:1:8: error S004" in text
    # keys that are not text where the model names its keys: at the key, as S006
    assert "kunci-jawaban.yaml:5:5: error S006 kunci harus berupa teks, tetapi `1`" in text
    assert "kunci-atas.yaml:4:1: error S006 kunci harus berupa teks, tetapi `False` terbaca" in text
    assert "kunci-atas.yaml:5:1: error S006 kunci harus berupa teks, tetapi `2.5` terbaca" in text
    assert "kunci-daftar.yaml:4:5: error S006" in text
    # a key the format names itself (an item's stage): unknown, with the nearest one
    assert "butir.yaml:11:11: error S002 kunci `dokumn` tidak dikenal; mungkin maksudnya" in text
    assert "kunci-kosong.yaml:4:3: error S004 nilai `indicators` tidak sah: kunci" in text


def test_the_same_problems_in_english(broken_2026: Path) -> None:
    out = run_cli("validate", "2026", "-f", "text", "--lang", "en")
    assert "must be one of: 'dokumen', 'interviu', 'visitasi' or 'final'" in out.stdout
    assert "did you mean `visitasi`?" in out.stdout
    assert "unknown key `dokumn`; did you mean `dokumen`?" in out.stdout
    assert "Input should" not in out.stdout and "Keys should" not in out.stdout


def test_a_union_of_types_is_one_problem_in_our_words(broken_2026: Path) -> None:
    out = run_cli("plan", "2023", "--target", "2.9", "--effort", "upaya.yaml")
    assert out.exit_code == 1
    lines = _problem_lines(out.stdout + out.stderr)
    assert len(lines) == 2, lines
    assert all("function-plain" not in line and "dict[" not in line for line in lines)
    assert any("upaya.yaml:3:7: error S003 `I1` harus berupa angka positif" in x for x in lines)
    assert any("upaya.yaml:4:8: error S003 `x` harus berupa bilangan bulat" in x for x in lines)


def _replace_first(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_a_decimal_comma_in_a_pemdi_value(example_copy: Path) -> None:
    _replace_first(example_copy / "2026" / "bappeda.yaml", "    level: 3\n", "    level: 2,5\n")
    out = run_cli("validate", "2026", "-f", "text")
    assert out.exit_code == 1
    assert "2026/bappeda.yaml:8:12: error S003 `level` harus berupa tingkat" in out.stdout
    assert "terbaca sebagai teks; tulis 2.5 (titik, bukan koma)\n" in out.stdout
    english = run_cli("validate", "2026", "-f", "text", "--lang", "en")
    assert "reads as text; write 2.5 (a point, not a comma)\n" in english.stdout


def test_a_decimal_comma_in_braces_in_a_stage_file(example_copy: Path) -> None:
    _replace_first(example_copy / "2026" / "_dokumen.yaml", "I1: {level: 2.5}", "I1: {level: 2,5}")
    out = run_cli("validate", "2026", "-f", "text")
    assert out.exit_code == 1
    assert "2026/_dokumen.yaml:9:17: error S006" in out.stdout
    assert "koma memisahkan pasangan `kunci: nilai`; tulis 2.5 (titik, bukan koma)" in out.stdout


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("3,0", "tulis 3 (bilangan bulat, tanpa koma)"),
        ("2,5", "di sini hanya bilangan bulat, tanpa koma atau titik desimal"),
    ],
)
def test_a_decimal_comma_in_a_whole_level(example_copy: Path, written: str, hint: str) -> None:
    _replace_first(
        example_copy / "2023" / "bappeda.yaml", "    level: 3\n", f"    level: {written}\n"
    )
    out = run_cli("validate", "2023", "-f", "text")
    assert out.exit_code == 1
    assert (
        "2023/bappeda.yaml:8:12: error S003 `level` harus berupa bilangan bulat, tetapi "
        f"terbaca sebagai teks; {hint}\n"
    ) in out.stdout


def test_the_summary_counts_one_in_the_singular_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no spbe.yaml: the unit file is the one file checked
    write(
        tmp_path / "2023" / "a.yaml",
        "unit: a\nyear: 2023\nindicators:\n  I1:\n    level: 2\n    explanation: Ada.\n"
        "  I99:\n    level: 3\n",
    )
    args = ("validate", "2023/a.yaml", "--ignore", "X003", "-f", "text")
    english = run_cli(*args, "--lang", "en").stdout
    assert english.endswith("\n1 error, 1 warning, 1 file checked\n")
    assert run_cli(*args).stdout.endswith("\n1 error, 1 peringatan, 1 berkas diperiksa\n")
    write(tmp_path / "2023" / "b.yaml", "unit: b\nyear: 2023\nindicators:\n  I98:\n    level: 1\n")
    several = run_cli("validate", "2023", "--ignore", "X003,C002", "-f", "text", "--lang", "en")
    assert several.stdout.endswith("\n2 errors, 0 warnings, 2 files checked\n")


def test_every_summary_counts_one_in_the_singular(example_copy: Path, tmp_path: Path) -> None:
    """score's problem summary, the handout's check note and the site's: one rule."""
    _replace_first(example_copy / "2026" / "hukum.yaml", "unit: hukum\n", "unit: hukum\nlevle: 1\n")
    score = run_cli("score", "2026", "--lang", "en")
    assert score.exit_code == 1 and "1 error, 0 warnings\n" in score.stderr
    note = run_cli("report", "2023", "--lang", "en", "-f", "md").stdout
    assert "Checks: 0 errors and 3 warnings." in note
    assert run_cli("site", ".", "-o", str(tmp_path / "s"), "--lang", "en").exit_code == 0
    home = (tmp_path / "s" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"\b1 error and [0-9]+ warnings? from", home), home[:2000]

"""``--lang en`` everywhere: no Indonesian text of spbe's own in any command's output.

The marker words are computed, not listed: words of the Indonesian message texts that no English
message text uses and that the example's data and the catalogues (which stay Indonesian: names,
criteria, penjelasan) never contain.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLE, run_cli
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.problems.messages import MESSAGES

WORD = re.compile(r"[A-Za-z]{4,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


CODE = re.compile(r"`[^`]*`")
# Words that are values in every language (YAML and JSON literals).
# YAML words, and the file format's own values (an item's `reason: ditolak_otomatis`), which a
# schema lists whatever the language
LITERALS = {"true", "false", "null", "alias", "anchor", "ditolak", "otomatis"}


def _markers() -> set[str]:
    indonesian = set().union(*(_words(CODE.sub("", m["id"])) for m in MESSAGES.values()))
    english = set().union(*(_words(m["en"]) for m in MESSAGES.values()))
    data = [*EXAMPLE.rglob("*.yaml"), *catalogue_dir().rglob("*.yaml")]
    in_data = set().union(*(_words(p.read_text(encoding="utf-8")) for p in data))
    return indonesian - english - in_data - LITERALS


MARKERS = _markers()

# Every command, on the example (cwd: its root); `{out}` is a file to write.
COMMANDS = [
    ["score", "2023"],
    ["score", "2023", "-f", "md"],
    ["score", "2022", "2023"],
    ["score", "."],
    ["score", ".", "-f", "md"],
    ["score", "2022", "--stages"],
    ["score", "2022", "--stages", "-f", "md"],
    ["score", "2022", "--stage", "final"],
    ["diff", "2022", "2023"],
    ["diff", "2022", "2023", "-f", "md"],
    ["diff", "2019", "2023"],
    ["plan", "2023", "--target", "2.9"],
    ["plan", "2023", "--target", "2.9", "-f", "md"],
    ["convert", "2019", "--to", "spbe-2020"],
    ["convert", "2019", "--to", "spbe-2020", "-f", "yaml"],
    ["validate", "2023", "-f", "text"],
    ["validate", "2023", "-f", "gitlab"],
    ["validate", "2023", "-f", "sarif"],
    ["validate", "2023", "-f", "junit"],
    ["validate", "2023", "-f", "json"],
    ["explain", "C014"],
    ["export", "2023", "-f", "csv"],
    ["export", "2023", "-f", "portal"],
    ["export", "2023", "-f", "json"],
    ["report", "2023", "-f", "md"],
    ["report", "2023", "-f", "html"],
    ["report", "2023", "-f", "md", "--unit", "diskominfo"],
    ["catalogue", "list"],
    ["catalogue", "show", "spbe-2020"],
    ["catalogue", "check", str(catalogue_dir() / "spbe-2020.yaml")],
    ["schema"],
    ["codeowners"],
    ["evidence", "lock", "2023"],
    ["new", "diskominfo", "--year", "2024"],
    ["init", "{out}", "--instansi", "Kota Uji"],
    ["score", "2026"],
    ["score", "2026", "--stages"],
    ["plan", "2026", "--target", "2.50"],
    ["evidence", "status", "2026"],
    ["evidence", "status", "2026", "-f", "md"],
    ["catalogue", "show", "pemdi-2026", "--indicator", "I5"],
]


def test_the_markers_are_words_a_reader_would_notice() -> None:
    assert {"berkas", "peringatan", "perkiraan", "kesalahan"} <= MARKERS
    assert not MARKERS & {"index", "stage", "file", "warning"}


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_english_output_has_no_indonesian_of_its_own(example_copy: Path, args: list[str]) -> None:
    out = example_copy.parent / "out"
    argv = [a.format(out=out) for a in args]
    result = run_cli(*argv, "--lang", "en")
    assert result.exit_code in (0, 1), result.stderr
    text = result.stdout + result.stderr
    # The files `spbe init` writes (README, CI, spbe.yaml) are the team's documents, in Bahasa
    # Indonesia; what init says on the terminal follows --lang like every command.
    written = [p for p in (out, *out.rglob("*")) if p.is_file()] if args[0] != "init" else []
    text += "".join(p.read_text(encoding="utf-8", errors="replace") for p in written)
    found = sorted(_words(text) & MARKERS)
    lines = [line for line in text.splitlines() if _words(line) & MARKERS]
    assert found == [], lines[:10]


GROUPS = ("catalogue", "evidence")
HELP = sorted({(), ("catalogue", "list"), ("evidence", "lock")} | {tuple(a[:1]) for a in COMMANDS})


@pytest.mark.parametrize("args", HELP, ids=lambda a: " ".join(a) or "spbe")
def test_help_speaks_english_when_asked(example_copy: Path, args: tuple[str, ...]) -> None:
    runs = [run_cli(*args, "--help", env={"SPBE_LANG": "en"})]
    if args and args[0] not in GROUPS:  # a group has no --lang of its own; its commands do
        runs.append(run_cli(*args, "--help", "--lang", "en"))
    for run in runs:
        assert run.exit_code == 0, run.stderr
        lines = [line for line in run.stdout.splitlines() if _words(line) & MARKERS]
        assert lines == []


def test_usage_errors_speak_the_output_language(example_copy: Path) -> None:
    missing = run_cli("score")
    assert missing.exit_code == 2
    assert "argumen 'paths' belum diberikan" in missing.stderr and "Bantuan: spbe score" in (
        missing.stderr
    )
    english = run_cli("score", "--lang", "en")
    assert english.exit_code == 2 and "Missing argument 'paths'" in english.stderr
    wrong = run_cli("score", "2023", "--stage", "nope")
    assert wrong.exit_code == 2 and "bukan salah satu dari" in wrong.stderr
    unknown = run_cli("skor")
    assert unknown.exit_code == 2 and "perintah 'skor' tidak ada" in unknown.stderr


@pytest.mark.parametrize("args", HELP, ids=lambda a: " ".join(a) or "spbe")
def test_the_help_option_speaks_the_chosen_language(args: tuple[str, ...]) -> None:
    """``-h, --help`` itself, on every command and group, in both languages."""
    indonesian = run_cli(*args, "-h")
    english = run_cli(*args, "--help", env={"SPBE_LANG": "en"})
    assert "-h, --help" in indonesian.stdout and "Tampilkan bantuan ini lalu keluar." in (
        indonesian.stdout
    )
    assert "Show this message and exit." not in indonesian.stdout
    assert "Show this message and exit." in english.stdout

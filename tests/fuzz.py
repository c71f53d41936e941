"""Fuzz the CI gate with mutants of the bundled example, for a bounded time.

    python tests/fuzz.py --seconds 60 --seed 2026     # what CI runs
    python tests/fuzz.py --seconds 600                # a longer local hunt (random seed)

Each round copies the example repository, mutates one file of one kind (a unit file, a stage
file, ``spbe.yaml``, the evidence lock, or a catalogue) at the byte level or by swapping a YAML
value for a hostile one, then runs ``validate``, ``score``, ``report``, ``site`` and
``catalogue check`` in-process. A round fails when a command exits with anything but 0, 1 or
2, prints a traceback, prints JSON that does not parse, runs past its time limit, or changes a
byte of the repository.
About a sixth of the rounds change the repository's shape as a pull request can (a planted
git directory, a look-alike year folder, a second ``spbe.yaml``, units that differ by case, a
template bomb): no command may run git there, exit 3 or hang, and ``validate`` must fail where
the shape is an error.
A fifth of the rounds fill in a unit's workbook (``spbe sheet``) with hostile cell values (or
corrupt its bytes, or make it a bomb: a zip bomb, a sheet that inflates to many megabytes) and
run ``spbe import``: the dry run must change nothing, and an ``--apply`` that exits 0 must leave
a year that ``spbe validate`` passes, with only that unit's file changed.
Failing mutants are kept under ``--keep`` (default ``fuzz-failures/``) with the command that
failed; the script exits 1 when any round failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from spbe_cli.base.resources import catalogue_dir
from spbe_cli.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "assessments"
COMMAND_SECONDS = 20
MEMORY_LIMIT = 4 << 30

# Values that have broken YAML tools before, or that try to make data act.
HOSTILE = [
    "~",
    '""',
    "-1",
    "0",
    "99",
    "3.5",
    '"7/0"',
    '"7/6"',
    '"0/0"',
    '"1' + "0" * 400 + '/3"',
    "5.0000000000000000000001",
    "0x3",
    "1e+999999",
    "9" * 5000,
    "2023-02-30",
    "2023-13-01",
    "0000-01-01",
    "2023-01-01 25:00:00",
    "yes",
    ".nan",
    "-.inf",
    "[]",
    "{}",
    "[1, [2, [3]]]",
    "&a x",
    "*a",
    "!!python/object/apply:os.system ['id']",
    "!!binary aGVsbG8=",
    '"\\e[31mmerah\\a"',
    '"baris\\n::error file=README.md::PALSU"',
    '"\\0"',
    '"../../../etc/passwd"',
    '"/dev/zero"',
    '"javascript:alert(1)"',
    '"<img src=x onerror=alert(1)>"',
    '"{{ cycler.__init__.__globals__ }}"',
    '"' + "x" * 100_000 + '"',
    '"\u202eevil"',
    "'unclosed",
    '"unclosed',
    "a: b: c",
    "- list",
    "? complex",
    "|\n  block",
]


def kinds(root: Path) -> dict[str, list[Path]]:
    """Every kind of file the gate reads, in the copied example."""
    years = sorted(p for p in root.iterdir() if p.is_dir() and re.fullmatch(r"\d{4}", p.name))
    return {
        "unit": [f for y in years for f in sorted(y.glob("*.yaml")) if not f.name.startswith("_")],
        "stage": [f for y in years for f in sorted(y.glob("_*.yaml"))],
        "config": [root / "spbe.yaml"],
        "lock": [root / "spbe-evidence.lock"],
        "catalogue": [root / "indicators" / "spbe-2020.yaml"],
    }


def mutate(raw: bytes, rng: random.Random) -> bytes:
    """One mutation, at the byte level or by replacing one YAML value."""
    lines = raw.split(b"\n")
    choice = rng.randrange(10)
    if choice == 0 and raw:  # flip bytes
        data = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice == 1:  # insert random bytes
        at = rng.randint(0, len(raw))
        return raw[:at] + rng.randbytes(rng.randint(1, 16)) + raw[at:]
    if choice == 2 and raw:  # delete a span
        at = rng.randrange(len(raw))
        return raw[:at] + raw[at + rng.randint(1, 64) :]
    if choice == 3:  # truncate
        return raw[: rng.randint(0, len(raw))]
    if choice == 4 and len(lines) > 2:  # duplicate or swap lines
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        if rng.random() < 0.5:
            lines.insert(a, lines[b])
        else:
            lines[a], lines[b] = lines[b], lines[a]
        return b"\n".join(lines)
    if choice == 5:  # an empty document of some sort
        return rng.choice([b"", b"# kosong\n", b"~\n", b"---\n", b"--- # x\n...\n"])
    if choice == 6 and len(lines) > 1:  # indentation damage
        n = rng.randrange(len(lines))
        lines[n] = rng.choice([b"\t", b" ", b"\xc2\xa0", b""]) + lines[n]
        return b"\n".join(lines)
    return _replace_value(lines, rng)


def _replace_value(lines: list[bytes], rng: random.Random) -> bytes:
    candidates = [n for n, line in enumerate(lines) if re.search(rb":\s+\S", line)]
    if not candidates:
        return b"\n".join(lines)
    n = rng.choice(candidates)
    key, _, _ = lines[n].partition(b":")
    lines[n] = key + b": " + rng.choice(HOSTILE).encode()
    return b"\n".join(lines)


def special(path: Path, rng: random.Random) -> None:
    """Replace a file by something that is not a regular file inside the repository."""
    import os

    path.unlink()
    kind = rng.randrange(3)
    if kind == 0:
        os.mkfifo(path)
    elif kind == 1:
        path.symlink_to(rng.choice(["/dev/zero", "/dev/urandom", "/etc/hostname"]))
    else:
        path.mkdir()


def digest_tree(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink():
            found[str(path)] = "link:" + str(path.readlink())
        elif path.is_file():
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise Hang

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def commands(root: Path) -> list[list[str]]:
    return [
        ["validate", "--format", "json"],
        ["validate", "--format", "github"],
        ["score", "2023", "--format", "json"],
        ["score", "2022", "--stages", "--format", "json"],
        ["score", ".", "--format", "json"],
        ["report", "2023", "--format", "md"],
        ["report", "2022", "--format", "html"],
        ["score", "2026", "--stages", "--format", "json"],
        ["plan", "2026", "--target", "2.50", "--format", "json"],
        ["evidence", "status", "2026", "--format", "md"],
        ["report", "2026", "--format", "html"],
        ["catalogue", "check", str(root / "indicators" / "spbe-2020.yaml")],
        ["site", ".", "-o", str(root.parent / "site")],  # outside the repository it reads
    ]


def check(args: list[str], runner: CliRunner) -> str | None:
    """What went wrong running ``spbe args``, or None."""
    try:
        with time_limit(COMMAND_SECONDS):
            result = runner.invoke(app, args, catch_exceptions=True)
    except Hang:
        return f"no answer within {COMMAND_SECONDS} s"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"exception {type(result.exception).__name__}: {result.exception}"
    text = result.stdout + result.stderr
    if result.exit_code not in (0, 1, 2):
        return f"exit {result.exit_code}: {text[-500:]}"
    if "Traceback" in text:
        return "traceback printed"
    if "--format" in args and args[args.index("--format") + 1] == "json" and result.stdout:
        try:
            json.loads(result.stdout)
        except ValueError as exc:
            return f"JSON does not parse: {exc}"
    return None


CELL_VALUES: list[Any] = [
    None,
    "",
    " ",
    "tiga",
    "3,5",
    "2,75",
    "7/3",
    "7/0",
    "0",
    "-1",
    "99",
    "5 - Optimum",
    "=1+2",
    '=HYPERLINK("https://contoh.invalid","klik")',
    "@SUM(A1)",
    "+1",
    "-x",
    3,
    2.5,
    1e308,
    float("nan"),
    True,
    dt.datetime(2023, 3, 1),
    dt.date(1900, 1, 1),
    dt.time(12, 0),
    "x" * 40000,
    "a: b # c\n- d\n  e: [f]",
    "{{ 7*7 }}",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "/etc/passwd",
    "https://contoh.go.id/x",
    "javascript:alert(1)",
    "I1",
    "I24",
    "\u202eevil",
    "line\r\nbreak",
]


WORKBOOK_BOMBS = [
    "zip-bomb",
    "unread-sheet-bomb",
    "needed-sheet-too-large",
    "needed-sheet-declares-too-many-cells",
    "many-rows",
]


def workbook_round(root: Path, rng: random.Random, runner: CliRunner) -> tuple[str, str] | None:
    """Fill a unit's workbook with hostile values (or corrupt it) and import it."""
    from openpyxl import load_workbook

    year, unit = rng.choice([("2023", "bpkad"), ("2023", "diskominfo"), ("2026", "inspektorat")])
    book = root / "book.xlsx"
    made = runner.invoke(app, ["sheet", unit, "--year", year, "-o", str(book)])
    if made.exit_code != 0:
        return f"spbe sheet {unit}", f"exit {made.exit_code}: {made.stderr[-300:]}"
    if rng.random() < 0.1:
        import workbook_recipes

        bomb = rng.choice(WORKBOOK_BOMBS)  # each must end fast, under the memory limit
        workbook_recipes.RECIPES[bomb](book)
    elif rng.random() < 0.2:
        raw = book.read_bytes()
        for _ in range(rng.randint(1, 4)):
            raw = mutate(raw, rng)
        book.write_bytes(raw)
    else:
        wb = load_workbook(book)
        for _ in range(rng.randint(1, 6)):
            sheet = (
                wb[rng.choice(wb.sheetnames)]
                if rng.random() < 0.2
                else wb.worksheets[rng.choice((1, 2))]
            )
            row, column = rng.randint(1, min(sheet.max_row + 2, 80)), rng.randint(1, 10)
            try:
                sheet.cell(row, column).value = rng.choice(CELL_VALUES)
            except (ValueError, TypeError, AttributeError):
                continue  # openpyxl itself refuses some values (a merged cell, a bad char)
        wb.save(book)
    before = digest_tree(root)
    unit_file = f"{year}/{unit}.yaml"
    for args in (["import", "book.xlsx", "--format", "json"], ["import", "book.xlsx"]):
        problem = check(args, runner)
        if problem is None and digest_tree(root) != before:
            problem = "a dry run changed the repository"
        if problem is not None:
            return f"workbook of {unit_file}: spbe {' '.join(args)}", problem
    result = runner.invoke(app, ["import", "book.xlsx", "--apply"], catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return f"workbook of {unit_file}: spbe import --apply", f"exception {result.exception!r}"
    if "Traceback" in result.stdout + result.stderr or result.exit_code not in (0, 1):
        return f"workbook of {unit_file}: spbe import --apply", f"exit {result.exit_code}"
    after = digest_tree(root)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    if result.exit_code == 1 and changed:
        return f"workbook of {unit_file}: spbe import --apply", "refused but wrote files"
    if result.exit_code == 0:
        if any(k != str(root / unit_file) for k in changed):
            return f"workbook of {unit_file}: spbe import --apply", f"changed {changed}"
        valid = runner.invoke(app, ["validate", year, "--format", "json"])
        errors = json.loads(valid.stdout)["summary"]["errors"] if valid.stdout else -1
        if errors != 0:
            return f"workbook of {unit_file}: spbe import --apply", "the result does not validate"
    return None


# Template bombs a pull request can put in the repository's ``templates/``: each must end as
# a located error (exit 1) within the command's time limit, never a hang, a crash or exit 3.
TEMPLATE_BOMBS = [
    "{{ lipsum(3000000) }}",
    "{{ 9 ** (9 ** 9) }}",
    "{{ 10 ** 5000 }}",
    '{{ "a" | center(3000000000) }}',
    '{{ "a" * 10000000000 }}',
    "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
    "{% for i in range(10 ** 9) %}{{ i }}{% endfor %}",
    "{{ cycler.__init__.__globals__.os.system('id') }}",
    "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}",
    # one long step in C code, which no signal stops: the child's CPU limit does
    "{{ ([[1] * 100] * 100000)|sum(start=[])|length }}",
    '{% set a="x"*5000000 %}{% set b=("x"*4999999)~"y" %}{{ b in [a]*5000000 }}',
]
LOOK_ALIKE_YEARS = ["２０２３", "2023\n", "2023 ", "٢٠٢٣", "20\u200b23"]


def _git_template(work: Path) -> Path:
    """A real git directory with one commit, made once: what a pull request copies in."""
    import os
    import subprocess

    made = work / "git-template"
    if not made.exists():
        source = work / "git-source"
        env = {"GIT_AUTHOR_NAME": "f", "GIT_AUTHOR_EMAIL": "f@f", "GIT_COMMITTER_NAME": "f"}
        env |= {"GIT_COMMITTER_EMAIL": "f@f", "PATH": os.environ["PATH"]}
        source.mkdir()
        for args in (["init", "-q"], ["commit", "-q", "--allow-empty", "-m", "x"]):
            subprocess.run(["git", *args], cwd=source, env=env, check=True, capture_output=True)
        shutil.copytree(source / ".git", made, ignore=shutil.ignore_patterns("hooks"))
    return made


def structure_round(root: Path, rng: random.Random) -> tuple[str, bool]:
    """Change the repository's shape as a pull request can: a planted git directory, a
    look-alike year, a second spbe.yaml, a unit name that differs by case, a template bomb.
    Returns what was done and whether ``validate`` must then fail."""
    kind = rng.randrange(5)
    if kind == 0:
        folder = rng.choice([root, root / "2023", root / "evidence", root / "2026"])
        shutil.copytree(_git_template(root.parent), folder, dirs_exist_ok=True)
        marker = root.parent / "pwned"
        config = f'[core]\n\tbare = false\n\tworktree = .\n\tfsmonitor = "touch {marker} #"\n'
        (folder / "config").write_text(config)
        return f"git directory in {folder.relative_to(root.parent)}", True
    if kind == 1:
        name = rng.choice(LOOK_ALIKE_YEARS)
        shutil.copytree(root / "2023", root / name)
        return f"look-alike year {name!r}", True
    if kind == 2:
        folder = rng.choice([root / "evidence", root / "indicators", root / "templates"])
        folder.mkdir(exist_ok=True)
        (folder / "spbe.yaml").write_text("instansi: Palsu\n")
        return f"second spbe.yaml in {folder.name}", True
    if kind == 3:
        shutil.copy(root / "2023" / "bpkad.yaml", root / "2023" / "BPKAD.yaml")
        return "units BPKAD and bpkad", False
    bomb = rng.choice(TEMPLATE_BOMBS)
    (root / "templates").mkdir(exist_ok=True)
    for name in ("report.md.j2", "report.html.j2"):
        (root / "templates" / name).write_text(bomb)
    return f"template bomb {bomb[:40]}", False


def run_structure(root: Path, rng: random.Random, runner: CliRunner) -> tuple[str, str] | None:
    done, red = structure_round(root, rng)
    for args in commands(root):
        problem = check(args, runner)
        if problem is None and (root.parent / "pwned").exists():
            problem = "git ran a planted repository's command"
        if problem is None and red and args[:1] == ["validate"]:
            shown = runner.invoke(app, ["validate", "--format", "json"])
            problem = None if shown.exit_code == 1 else f"validate exit {shown.exit_code}"
        if problem is not None:
            return f"{done}: spbe {' '.join(args)}", problem
    return None


def one_round(work: Path, rng: random.Random, runner: CliRunner) -> tuple[str, str] | None:
    """Mutate a fresh copy; run every command; (what failed, how) or None."""
    root = work / "contoh"
    if root.exists():
        shutil.rmtree(root)
    (work / "pwned").unlink(missing_ok=True)
    shutil.copytree(EXAMPLE, root)
    draw = rng.random()
    if draw < 0.35:
        import os

        here = Path.cwd()
        os.chdir(root)
        try:
            if draw < 0.2:
                return workbook_round(root, rng, runner)
            return run_structure(root, rng, runner)
        finally:
            os.chdir(here)
    (root / "indicators").mkdir(exist_ok=True)
    shutil.copy(catalogue_dir() / "spbe-2020.yaml", root / "indicators" / "spbe-2020.yaml")
    kind, files = rng.choice([(k, v) for k, v in kinds(root).items() if v])
    target = rng.choice(files)
    if rng.random() < 0.05:
        special(target, rng)
    else:
        raw = target.read_bytes()
        for _ in range(rng.randint(1, 3)):
            raw = mutate(raw, rng)
        target.write_bytes(raw)
    before = digest_tree(root)
    import os

    here = Path.cwd()
    os.chdir(root)
    try:
        for args in commands(root):
            problem = check(args, runner)
            if problem is None and digest_tree(root) != before:
                problem = "the repository changed"
            if problem is not None:
                return f"{kind} {target.relative_to(root)}: spbe {' '.join(args)}", problem
    finally:
        os.chdir(here)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    options = parser.parse_args(argv)
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    from spbe_cli.render import limits

    limits.RENDER_SECONDS = 5.0  # a template bomb ends well within COMMAND_SECONDS
    runner = CliRunner()
    failures = 0
    rounds = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="spbe-fuzz-") as scratch:
        work = Path(scratch)
        while time.monotonic() - started < options.seconds:
            rounds += 1
            found = one_round(work, rng, runner)
            if found is None:
                continue
            failures += 1
            where, what = found
            kept = options.keep / f"{seed}-{rounds}"
            shutil.copytree(work / "contoh", kept, symlinks=True, dirs_exist_ok=True)
            print(f"FAIL round {rounds}: {where}: {what} (kept in {kept})", file=sys.stderr)
    runs = rounds * len(commands(Path()))
    print(f"fuzz: seed {seed}, {rounds} mutants, {runs} runs, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

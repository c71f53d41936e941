"""Benchmark: whole ``spbe`` commands as users run them, beside their floors and alternatives.

Every figure is the wall time (and, where it matters, the peak memory) of a whole command in a
fresh process, as a user or a CI job runs it: interpreter start-up and imports included, no
warm-up. Within each round the commands of a section alternate (the first one rotating), so a
busy machine slows them alike; the median of the rounds is reported with min-max. Sections:

* ``startup``: ``python -c pass``, ``python -c "import typer"``, ``spbe --help`` and
  ``spbe score``/``spbe validate`` of the bundled example;
* ``validate``: on a 59/2020 corpus (default 40 instansi x 3 years x 15 units, ~3 KB a file,
  see ``corpus.py``) and a Pemdi 2026 corpus (40 instansi x 7 units and ``_final.yaml``):
  the parse floor (a ``python -c`` that loads every YAML file with PyYAML's CSafeLoader),
  ``spbe validate`` over every repository in one command, ``check-jsonschema`` (with its C
  parser, checked) against ``spbe schema`` and ``yamllint -d relaxed`` on the same files; and
  one repository as a CI run validates it (``spbe validate`` in it, no arguments);
* ``score``: peak memory of ``spbe score --format json`` over 120 and 1,200 year folders;
* ``site``: ``spbe site`` of one instansi with 5 and 10 years of 40 units;
* ``workbooks``: the Excel round trip (``workbooks.py``);
* ``profile`` (only with ``--only profile``): where ``spbe validate`` spends its time.

Then the ratios, each against its target, "met" or "not met". It is a measurement, not a
test: it never fails on a target. Run: ``.venv/bin/python bench/bench.py`` (after
``pip install -e '.[bench]'``); ``--instansi 4 --rounds 3`` for a quick look.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import corpus
import workbooks
from runner import Row, interpreter_of, measure, table, tool

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "assessments"
SECTIONS = ("startup", "validate", "score", "site", "workbooks")
FLOOR = (
    "import sys, yaml\n"
    "from pathlib import Path\n"
    "for root in map(Path, sys.argv[1:]):\n"
    "    for f in [root / 'spbe.yaml', *sorted(root.glob('assessments/*/*.yaml'))]:\n"
    "        yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader)\n"
)
# Counts, inside check-jsonschema's own interpreter, the documents its loader parses with
# ruamel.yaml's C parser and with the pure-Python one, on the files given.
PARSER_PROBE = (
    "import sys, _ruamel_yaml, ruamel.yaml.main as main, ruamel.yaml.parser as pure\n"
    "seen = {'c': 0, 'pure': 0}\n"
    "class Counted(_ruamel_yaml.CParser):\n"
    "    def __init__(self, stream):\n"
    "        seen['c'] += 1\n"
    "        super().__init__(stream)\n"
    "main.CParser = Counted\n"
    "plain = pure.Parser.__init__\n"
    "def counted(self, *a, **k):\n"
    "    seen['pure'] += 1\n"
    "    plain(self, *a, **k)\n"
    "pure.Parser.__init__ = counted\n"
    "from check_jsonschema.cli.main_command import main as cli\n"
    "try:\n"
    "    cli(['--schemafile', *sys.argv[1:]])\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(seen['c'], seen['pure'], file=sys.stderr)\n"
)


@dataclass
class Bench:
    spbe: str
    python: str  # the interpreter spbe runs under: the floors use it too
    work: Path
    rounds: int
    seed: int
    instansi: int
    score_folders: tuple[int, int]
    results: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def schema(self, catalogue: str) -> Path:
        """``spbe schema`` of a catalogue, written once."""
        path = self.work / f"schema-{catalogue}.json"
        if not path.exists():
            command = [self.spbe, "schema", "--catalogue", catalogue, "-o", str(path)]
            subprocess.run(command, check=True, capture_output=True)
        return path


def fingerprint(**key: object) -> str:
    """What a corpus folder was made from: the generator's source and the parameters."""
    source = (HERE / "corpus.py").read_bytes()
    return json.dumps({"corpus.py": hashlib.sha256(source).hexdigest()[:16], **key})


def ensure(folder: Path, make: Callable[[], object], **key: object) -> None:
    """Writes a corpus into ``folder`` unless the same generator and parameters made it."""
    marker = folder / ".bench-corpus.json"
    wanted = fingerprint(**key)
    if marker.exists() and marker.read_text(encoding="utf-8") == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    make()
    marker.write_text(wanted, encoding="utf-8")


def spbe_roots(b: Bench) -> list[Path]:
    folder = b.work / "spbe-2020"
    schema = b.schema("spbe-2020").read_text(encoding="utf-8")
    ensure(
        folder,
        lambda: corpus.spbe_corpus(folder, b.instansi, b.seed, schema),
        n=b.instansi,
        seed=b.seed,
    )
    return [folder / f"instansi-{k:03d}" for k in range(b.instansi)]


def pemdi_roots(b: Bench) -> list[Path]:
    folder = b.work / "pemdi-2026"
    ensure(
        folder, lambda: corpus.pemdi_corpus(folder, b.instansi, b.seed), n=b.instansi, seed=b.seed
    )
    return [folder / f"pemdi-{k:03d}" for k in range(b.instansi)]


def describe(name: str, roots: list[Path]) -> None:
    """One line on the corpus: files, sizes, evidence files."""
    units = corpus.unit_files(roots)
    sizes = sorted(f.stat().st_size for f in units)
    others = len(corpus.yaml_files(roots)) - len(units)
    evidence = sum(1 for r in roots for p in r.glob("evidence/*/*") if p.is_file())
    years = len({f.parent.name for f in units})
    print(
        f"corpus {name}: {len(roots)} instansi x {years} year(s): {len(units):,} unit files "
        f"(mean {sum(sizes) / len(sizes) / 1024:.1f} KB, median "
        f"{sizes[len(sizes) // 2] / 1024:.1f} KB, {sum(sizes) / 1e6:.1f} MB), {others} other "
        f"YAML files (spbe.yaml, stage files), {evidence:,} evidence files"
    )


def check_corpus(b: Bench, roots: list[Path], catalogue: str) -> None:
    """Untimed: what ``spbe validate``, yamllint and check-jsonschema say about the corpus
    (it must hold warnings only, and no yamllint error)."""
    out = subprocess.run(
        [b.spbe, "validate", "--format", "json", *map(str, roots)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(out.stdout)
        codes = Counter(p["code"] for p in report["problems"])
        summary = report["summary"]
        said = f"spbe validate: {summary['errors']} errors, {summary['warnings']} warnings"
        said += f" ({', '.join(f'{c} {n}' for c, n in codes.most_common())})" if codes else ""
    except (ValueError, KeyError):
        said = f"spbe validate: exit {out.returncode}, {out.stderr.strip()[-200:]}"
    files = corpus.yaml_files(roots)
    linter = tool("yamllint", Path(b.spbe))
    if linter:
        lint = subprocess.run(
            [linter, "-d", "relaxed", "-f", "parsable", *map(str, files)],
            capture_output=True,
            text=True,
            check=False,
        )
        said += f"; yamllint -d relaxed: {lint.stdout.count('[error]')} errors"
    checker = tool("check-jsonschema", Path(b.spbe))
    if checker:
        units = corpus.unit_files(roots)
        schema = b.schema(catalogue)
        found = subprocess.run(
            [checker, "--schemafile", str(schema), *map(str, units)],
            capture_output=True,
            text=True,
            check=False,
        )
        said += f"; check-jsonschema: {'ok' if found.returncode == 0 else 'schema errors'}"
    print(f"  {said}")


def parser_of_check_jsonschema(b: Bench, roots: list[Path]) -> str:
    """Which ruamel.yaml parser check-jsonschema really uses, counted inside its interpreter."""
    checker = tool("check-jsonschema", Path(b.spbe))
    if checker is None:
        return "not installed (pip install -e '.[bench]')"
    files = [str(f) for f in corpus.unit_files(roots)[:20]]
    python = interpreter_of(checker)
    schema = str(b.schema("spbe-2020"))
    probe = subprocess.run(
        [python, "-c", PARSER_PROBE, schema, *files], capture_output=True, text=True, check=False
    )
    try:
        c, pure = map(int, probe.stderr.split()[-2:])
    except ValueError:
        return f"unknown (no C extension? {probe.stderr.strip()[-120:]})"
    kind = "C parser (ruamel.yaml.clib)" if c and not pure else "PURE-PYTHON parser"
    return f"{kind}: {c} of {len(files)} probe files through CParser, {pure} through the pure one"


def startup(b: Bench) -> None:
    py, spbe = b.python, b.spbe
    rows = [
        Row("python -c pass", [py, "-c", "pass"]),
        Row('python -c "import typer"', [py, "-c", "import typer"]),
        Row("spbe --help", [spbe, "--help"]),
        Row("spbe score <example>/2023", [spbe, "score", str(EXAMPLE / "2023")]),
        Row(
            "spbe score <example>/2026 --stages", [spbe, "score", str(EXAMPLE / "2026"), "--stages"]
        ),
        Row("spbe validate <example> (4 years, 48 files)", [spbe, "validate", str(EXAMPLE)]),
    ]
    measure(rows, b.rounds)
    table(f"[startup] ({b.rounds} rounds)", rows, base=rows[1], base_name="import typer")
    b.results["help/typer"] = rows[2].median / rows[1].median


def validate_rows(b: Bench, roots: list[Path], catalogue: str) -> list[Row]:
    """The aggregate (every repository in one command) and one repository as CI runs it."""
    py, spbe = b.python, b.spbe
    yamls = [str(f) for f in corpus.yaml_files(roots)]
    units = [str(f) for f in corpus.unit_files(roots)]
    rows = [
        Row(
            f"parse floor: python -c CSafeLoader, {len(yamls):,} files",
            [py, "-c", FLOOR, *map(str, roots)],
        ),
        Row(f"spbe validate <{len(roots)} repositories>", [spbe, "validate", *map(str, roots)]),
    ]
    checker = tool("check-jsonschema", Path(spbe))
    if checker:
        schema = str(b.schema(catalogue))
        rows.append(
            Row(
                f"check-jsonschema --schemafile <spbe schema>, {len(units):,} files",
                [checker, "--schemafile", schema, *units],
            )
        )
    linter = tool("yamllint", Path(spbe))
    if linter:
        rows.append(
            Row(f"yamllint -d relaxed, {len(yamls):,} files", [linter, "-d", "relaxed", *yamls])
        )
    one = roots[0]
    files = len(corpus.yaml_files([one]))
    rows += [
        Row(f"parse floor: python -c CSafeLoader, {files} files", [py, "-c", FLOOR, str(one)]),
        Row("spbe validate (in the repository, no arguments)", [spbe, "validate"], cwd=one),
    ]
    return rows


def validate_corpus(b: Bench, name: str, roots: list[Path], catalogue: str) -> None:
    rows = validate_rows(b, roots, catalogue)
    measure(rows, b.rounds)
    every, one = rows[:-2], rows[-2:]
    table(
        f"[validate {name}] every repository in one command ({b.rounds} rounds)",
        every,
        base=every[1],
        base_name="spbe validate",
    )
    table(
        f"[validate {name}] one repository, as its CI job runs it",
        one,
        base=one[0],
        base_name="floor",
    )
    by = {row.label.split()[0]: row.median for row in every}
    spbe = by["spbe"]
    b.results[f"validate/floor {name}"] = spbe / every[0].median
    b.results[f"one repo validate/floor {name}"] = one[1].median / one[0].median
    if "check-jsonschema" in by:
        b.results[f"check-jsonschema/validate {name}"] = by["check-jsonschema"] / spbe
    if "yamllint" in by:
        b.results[f"yamllint/validate {name}"] = by["yamllint"] / spbe
    beyond = spbe - every[0].median
    b.results[f"validate ms/file {name}"] = beyond / len(corpus.unit_files(roots)) * 1000


def validate(b: Bench) -> None:
    spbe20, pemdi = spbe_roots(b), pemdi_roots(b)
    for name, roots, catalogue in (
        ("59/2020", spbe20, "spbe-2020"),
        ("pemdi-2026", pemdi, "pemdi-2026"),
    ):
        describe(name, roots)
        check_corpus(b, roots, catalogue)
    print(f"check-jsonschema parses with its {parser_of_check_jsonschema(b, spbe20)}")
    validate_corpus(b, "59/2020", spbe20, "spbe-2020")
    validate_corpus(b, "pemdi-2026", pemdi, "pemdi-2026")


def score(b: Bench) -> None:
    """Peak memory of one ``spbe score`` over N year folders (instansi-years, 15 units each)."""
    small, large = b.score_folders
    folder = b.work / "score"
    ensure(folder, lambda: corpus.score_folders(folder, large, b.seed), n=large, seed=b.seed)
    folders = [
        folder / f"instansi-{k:03d}" / "assessments" / str(y)
        for k in range(-(-large // len(corpus.SPBE_YEARS)))
        for y in corpus.SPBE_YEARS
    ][:large]
    rows = [
        Row(
            f"spbe score --format json <{n:,} year folders>",
            [b.spbe, "score", "--format", "json", *map(str, folders[:n])],
        )
        for n in (small, large)
    ]
    measure(rows, b.rounds)
    table(
        f"[score] {small:,} and {large:,} year folders of 15 units in one command",
        rows,
        memory=True,
    )
    b.results["score rss large/small"] = rows[1].median_rss / rows[0].median_rss
    for row, n in zip(rows, (small, large), strict=True):
        print(f"  {n:,} folders: {row.median / n * 1000:.1f} ms a folder")


def site(b: Bench) -> None:
    """``spbe site`` of one instansi with 5 and 10 years of 40 units, and of the example."""
    rows = []
    for years in (5, 10):
        repo = b.work / "site" / f"years-{years}"
        ensure(repo, partial(corpus.site_repo, repo, years, b.seed), years=years, seed=b.seed)
        out = b.work / "site-out" / str(years)
        rows.append(
            Row(
                f"spbe site <one instansi, {years} years x 40 units>",
                [b.spbe, "site", str(repo), "-o", str(out)],
            )
        )
    out = b.work / "site-out" / "example"
    rows.append(Row("spbe site <example>", [b.spbe, "site", str(EXAMPLE), "-o", str(out)]))
    measure(rows, b.rounds)
    table(f"[site] ({b.rounds} rounds)", rows, base=rows[0], base_name="5 years")
    b.results["site 10/5"] = rows[1].median / rows[0].median
    pages = sum(1 for _ in (b.work / "site-out" / "10").rglob("*.html"))
    print(f"  10 years: {pages} pages")


def workbook_section(b: Bench) -> None:
    source = spbe_roots(b)[0]
    work = b.work / "workbooks"
    repo = work / "repo"
    shutil.rmtree(repo, ignore_errors=True)
    shutil.copytree(source, repo)
    workbooks.section(b.spbe, b.python, repo, corpus.SPBE_YEARS[-1], work, b.rounds)


def profile(b: Bench) -> None:
    """cProfile of ``spbe validate`` over the 59/2020 corpus: where its time goes."""
    import pstats

    roots = spbe_roots(b)
    out = b.work / "validate.prof"
    command = [b.python, "-m", "cProfile", "-o", str(out), b.spbe, "validate", *map(str, roots)]
    subprocess.run(command, capture_output=True, check=False)
    print(f"\n[profile] spbe validate <{len(roots)} repositories> (cProfile, cumulative)")
    stats = pstats.Stats(str(out)).strip_dirs()
    stats.sort_stats("cumulative").print_stats(r"spbe_cli|difflib|yaml", 30)
    stats.sort_stats("tottime").print_stats(15)


# (result, what it is, target, met?)
TARGETS: tuple[tuple[str, str, str, Callable[[float], bool]], ...] = (
    (
        "validate/floor 59/2020",
        "spbe validate ÷ parse floor, 59/2020 corpus",
        "<= 1.75x",
        lambda v: v <= 1.75,
    ),
    (
        "check-jsonschema/validate 59/2020",
        "check-jsonschema (C parser) ÷ spbe validate, 59/2020",
        ">= 3x",
        lambda v: v >= 3,
    ),
    (
        "yamllint/validate 59/2020",
        "yamllint -d relaxed ÷ spbe validate, 59/2020",
        ">= 10x",
        lambda v: v >= 10,
    ),
    (
        "score rss large/small",
        "spbe score peak RSS, {large:,} ÷ {small:,} year folders",
        "within 10%",
        lambda v: abs(v - 1) <= 0.10,
    ),
    ("site 10/5", "spbe site, 10 ÷ 5 years", "<= 2.5x", lambda v: v <= 2.5),
)
INFORMATION = (
    ("validate/floor pemdi-2026", "spbe validate ÷ parse floor, pemdi-2026 corpus"),
    ("check-jsonschema/validate pemdi-2026", "check-jsonschema ÷ spbe validate, pemdi-2026"),
    ("yamllint/validate pemdi-2026", "yamllint ÷ spbe validate, pemdi-2026"),
    ("one repo validate/floor 59/2020", "one repository: spbe validate ÷ parse floor, 59/2020"),
    ("one repo validate/floor pemdi-2026", "one repository: the same, pemdi-2026"),
    ("help/typer", 'spbe --help ÷ python -c "import typer"'),
)


def ratios(b: Bench) -> None:
    r = b.results
    if not r:
        return
    print(f"\nRatios (of medians){'measured':>53}{'target':>13}")
    small, large = b.score_folders
    for key, template, target, ok in TARGETS:
        label = template.format(small=small, large=large)
        if key not in r:
            print(f"  {label:<68}{'-':>3}{target:>13}  not measured")
            continue
        print(f"  {label:<62}{r[key]:>8.2f}x{target:>13}  {'met' if ok(r[key]) else 'not met'}")
    for key, label in INFORMATION:
        if key in r:
            print(f"  {label:<62}{r[key]:>8.2f}x{'(none)':>13}")
    per = [r.get(f"validate ms/file {name}") for name in ("59/2020", "pemdi-2026")]
    if per[0] is not None and per[1] is not None:
        print(
            f"  spbe validate beyond the parse floor, per unit file: 59/2020 {per[0]:.2f} ms,"
            f" pemdi-2026 {per[1]:.2f} ms"
        )


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--instansi", type=int, default=40, help="instansi per corpus (40)")
    parser.add_argument("--rounds", type=int, default=7, help="runs of each command (7)")
    parser.add_argument(
        "--only",
        choices=(*SECTIONS, "profile"),
        action="append",
        help="measure this section only (repeatable)",
    )
    parser.add_argument("--keep", type=Path, help="folder for the corpora, kept and reused")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (1)")
    parser.add_argument(
        "--score-folders",
        default=None,
        help="SMALL,LARGE year folders for score memory (120,1200; 3 and 30 per instansi below 40)",
    )
    return parser.parse_args()


def header(b: Bench) -> None:
    version = subprocess.run([b.spbe, "--version"], capture_output=True, text=True, check=False)
    libyaml = subprocess.run(
        [b.python, "-c", "import yaml; print(yaml.__with_libyaml__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"spbe bench: whole commands, fresh process each run, alternating, {b.rounds} rounds, "
        f"median [min-max]\n{version.stdout.strip()}, Python {platform.python_version()}, "
        f"PyYAML libyaml {libyaml.stdout.strip()}, {os.cpu_count()} CPUs, load {load}; "
        f"work folder {b.work}"
    )


def main() -> None:
    args = options()
    spbe = tool("spbe", Path(sys.executable))
    if spbe is None:
        sys.exit("spbe is not installed beside this Python nor on PATH")
    if args.score_folders:
        small, large = map(int, args.score_folders.split(","))
    else:
        small, large = (
            (120, 1200) if args.instansi >= 40 else (3 * args.instansi, 30 * args.instansi)
        )
    work = args.keep or Path(tempfile.mkdtemp(prefix="spbe-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    b = Bench(
        spbe,
        interpreter_of(spbe),
        work.resolve(),
        args.rounds,
        args.seed,
        args.instansi,
        (small, large),
    )
    header(b)
    run = {
        "startup": startup,
        "validate": validate,
        "score": score,
        "site": site,
        "workbooks": workbook_section,
        "profile": profile,
    }
    try:
        for name in args.only or SECTIONS:
            run[name](b)
        ratios(b)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

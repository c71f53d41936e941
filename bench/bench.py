"""Benchmark: ``spbe score`` against the floor of merely parsing the same YAML.

Generates a synthetic corpus shaped like users' repositories (default 40 instansi x 3 years x 15
units; evidence as repository paths to files that exist, mostly short explanations, some long
ones, some URLs), then measures in one run:

* the parse floor: ``yaml.load(..., Loader=CSafeLoader)`` of every file, in one process;
* ``spbe`` scoring in-process (load, check, score) of every instansi's year folder;
* the ``spbe score`` command on one instansi (wall time, median of several runs);
* ``spbe --help`` beside ``python -c "import typer"``;
* ``spbe validate`` in-process over every instansi, beside the same parse floor, and the peak
  memory of validating a tenth of the corpus against all of it (it must not grow);
* the ``spbe validate`` command beside ``check-jsonschema`` (against ``spbe schema``) and
  ``yamllint -d relaxed`` on the same files;
* ``spbe score`` over every year folder in one command, against one command per folder;
* ``spbe report``: the command for one instansi, and every instansi's HTML handout in-process;
* a Pemerintah Digital 2026 corpus (the same number of instansi, one year each: 7 units, 20
  indicators, evidence items with codes and assessor statuses, supporting units, a
  ``_final.yaml`` of decimal values, external indices) beside the 59/2020 corpus: ``validate``
  and ``score`` per file;
* the Excel round trip on one instansi of 15 units: ``spbe sheet --all`` (15 workbooks), then
  ``spbe import`` of the 15 workbooks filled in (a level, an explanation and an evidence row
  each), as a dry run and with ``--apply``, beside the floor of merely opening the same
  workbooks with openpyxl (read-only) and with pandas where it is installed;
* ``spbe site`` of the bundled example and of one synthetic instansi with five years (15 units
  each), beside what a team would run instead: ``spbe report`` once per year.

Run: ``python bench/bench.py`` (``--instansi 10`` for a quicker look, ``--keep DIR`` to reuse a
corpus, ``--only workbooks`` for the round trip alone; ``pip install '.[bench]'`` for the other
validators). It is a measurement, not a test:
it prints figures and ratios and never fails on them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import yaml

UNITS = 15
YEARS = (2021, 2022, 2023)
SENTENCE = (
    "Layanan ini telah diterapkan oleh perangkat daerah pada seluruh unit kerja dengan nama "
    "aplikasi yang dibuktikan melalui tangkapan layar, manual pengguna dan laporan pemanfaatan. "
)
SHORT = ["Sudah ditetapkan dengan Perbup.", "Aplikasi berjalan di seluruh OPD sejak 2022."]


def generate(root: Path, instansi: int, years: tuple[int, ...] = YEARS) -> list[Path]:
    """Write ``instansi`` repositories, each with three years of 15 unit files and an evidence
    folder; return their year folders (latest year last within each instansi).

    As users write them: most answers give a short explanation and three evidence files by
    repository path, some a long explanation, some a URL as well."""
    folders = []
    ids = [f"I{n}" for n in range(1, 48)]
    for k in range(instansi):
        repo = root / f"instansi-{k:03d}"
        (repo / "spbe.yaml").parent.mkdir(parents=True, exist_ok=True)
        (repo / "spbe.yaml").write_text(
            f"instansi: Pemerintah Daerah Sintetis {k}\ncatalogue: spbe-2020\n", encoding="utf-8"
        )
        for year_number in years:
            year = repo / "assessments" / str(year_number)
            evidence = repo / "evidence" / str(year_number)
            year.mkdir(parents=True, exist_ok=True)
            evidence.mkdir(parents=True, exist_ok=True)
            for u in range(UNITS):
                mine = ids[u::UNITS]
                head = [f"unit: unit{u:02d}", f"name: Unit Kerja {u}", f"year: {year_number}"]
                lines = [*head, "indicators:"]
                for n, ident in enumerate(mine):
                    level = 1 + (k + u + n + year_number) % 5
                    lines += [f"  {ident}:", f"    level: {level}"]
                    if (k + u + n) % 4 == 0:  # a long explanation
                        lines.append("    explanation: >-")
                        lines += [f"      {SENTENCE}" for _ in range(8)]
                    else:
                        lines.append(f"    explanation: {SHORT[(u + n) % 2]}")
                    lines.append("    evidence:")
                    for e in range(3):
                        name = f"{ident.lower()}-{u:02d}-{e}.pdf"
                        (evidence / name).write_bytes(b"%PDF-1.4 sintetis\n")
                        lines += [
                            f'      - title: "Data dukung {ident} nomor {e + 1}"',
                            f"        path: evidence/{year_number}/{name}",
                        ]
                    if n % 3 == 0:
                        lines += [
                            "      - title: Tautan aplikasi",
                            f"        url: https://contoh.go.id/{ident}",
                        ]
                (year / f"unit{u:02d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
            folders.append(year)
    return folders


PEMDI_UNITS = ("diskominfo", "bappeda", "bkpsdm", "organisasi", "inspektorat", "dpmptsp", "hukum")
EXTERNAL = (5, 6, 7, 18)


def generate_pemdi(root: Path, instansi: int) -> list[Path]:
    """Write ``instansi`` Pemdi 2026 repositories (no `catalogue:`: the year picks it), each
    with 7 unit files (leads and supporting units, evidence items by path with codes and
    statuses) and a ``_final.yaml`` of decimal assessor values; return their year folders."""
    folders = []
    for k in range(instansi):
        repo = root / f"pemdi-{k:03d}"
        year = repo / "assessments" / "2026"
        evidence = repo / "evidence" / "2026"
        year.mkdir(parents=True, exist_ok=True)
        evidence.mkdir(parents=True, exist_ok=True)
        (repo / "spbe.yaml").write_text(f"instansi: Pemda Sintetis {k}\n", encoding="utf-8")
        final = ["stage: final", "year: 2026", "indicators:"]
        for u, unit in enumerate(PEMDI_UNITS):
            lead = [n for n in range(1, 21) if n % len(PEMDI_UNITS) == u]
            lines = [f"unit: {unit}", "year: 2026", "indicators:" + ("" if lead else " {}")]
            for n in lead:
                lines.append(f"  I{n}:")
                if n in EXTERNAL:
                    lines += [
                        "    level: null",
                        "    external: {raw: 58.3, value: 3.33, source: Bappenas, year: 2025}",
                    ]
                    continue
                level = 1 + (k + u + n) % 4
                lines.append(f"    level: {level}")
                if (k + u + n) % 4 == 0:
                    lines += ["    explanation: >-", *[f"      {SENTENCE}" for _ in range(8)]]
                else:
                    lines.append(f"    explanation: {SHORT[(u + n) % 2]}")
                lines.append("    evidence:")
                for lv in range(1, level + 1):
                    name = f"pg-{n:02d}-{lv}.pdf"
                    (evidence / name).write_bytes(b"%PDF-1.4 sintetis\n")
                    status = (
                        "{status: diterima}"
                        if lv < level
                        else "{status: revisi, "
                        + ("reason: tidak_tepat, note: Bukan dokumen yang diminta.}")
                    )
                    lines += [
                        f"      - id: PG_{n:02d}_{lv:02d}",
                        f"        level: {lv}",
                        f'        title: "Butir tingkat {lv} indikator I{n}"',
                        f"        path: evidence/2026/{name}",
                        "        status:",
                        f"          dokumen: {status}",
                    ]
                value = f"{level - 1}.5" if level > 1 else "1.26"  # assessors' decimals
                final.append(f"  I{n}: {{level: {value}}}")
            helped = (u * 3) % 20 + 1
            if helped not in lead:
                lines += [
                    "supports:",
                    f"  I{helped}:",
                    f"    explanation: {SHORT[u % 2]}",
                    "    evidence:",
                    f"      - id: PG_{helped:02d}_S{u}",
                    "        level: 1",
                    "        title: Bukti pendukung",
                    f"        url: https://contoh.go.id/{unit}/{helped}",
                ]
            (year / f"{unit}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (year / "_final.yaml").write_text("\n".join(final) + "\n", encoding="utf-8")
        folders.append(year)
    return folders


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best.append(time.perf_counter() - start)
    return min(best)


def wall(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def validate_in_fresh_process(roots: list[Path]) -> tuple[float, float]:
    """(parse floor, spbe validate) in seconds, best of five each, measured in a process of
    their own as a user's command would run (not after this process's other work)."""
    code = (
        "import sys, time, yaml\n"
        "from pathlib import Path\n"
        "from spbe_cli.engine.validate import validate\n"
        "roots = [Path(p) for p in sys.argv[1:]]\n"
        "files = [f for r in roots for f in sorted(r.glob('assessments/*/*.yaml'))]\n"
        "validate(roots[:1])\n"
        "def best(fn):\n"
        "    times = []\n"
        "    for _ in range(5):\n"
        "        start = time.perf_counter(); fn(); times.append(time.perf_counter() - start)\n"
        "    return min(times)\n"
        "load = lambda f: yaml.load(f.read_bytes(), Loader=yaml.CSafeLoader)\n"
        "floor = best(lambda: [load(f) for f in files])\n"
        "report = validate(roots)\n"
        "assert not report.problems, report.problems[:3]\n"
        "print(floor, best(lambda: validate(roots)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, roots)], check=True, capture_output=True, text=True
    )
    floor, ours = out.stdout.split()
    return float(floor), float(ours)


def peak_memory(roots: list[Path]) -> float:
    """Max RSS in MB of a fresh process that validates ``roots``."""
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from spbe_cli.engine.validate import validate\n"
        "validate([Path(p) for p in sys.argv[1:]])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, roots)], check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip()) / 1024


def compare_validators(spbe: str, roots: list[Path], files: list[Path], work: Path) -> None:
    """``spbe validate`` beside the tools a team would reach for instead, on the same files in
    the same run: check-jsonschema against the editor schema that ``spbe schema`` writes (it
    checks shapes and levels only), and yamllint with its relaxed rules (syntax only)."""
    schema = work / "spbe-assessment.schema.json"
    subprocess.run([spbe, "schema", "-o", str(schema)], check=True, capture_output=True)
    tools = Path(sys.executable).parent
    rows = [("spbe validate", [spbe, "validate", *map(str, roots), "--format", "json"])]
    if (tools / "check-jsonschema").exists():
        rows.append(
            (
                "check-jsonschema --schemafile",
                [str(tools / "check-jsonschema"), "--schemafile", str(schema), *map(str, files)],
            )
        )
    if (tools / "yamllint").exists():
        rows.append(
            ("yamllint -d relaxed", [str(tools / "yamllint"), "-d", "relaxed", *map(str, files)])
        )
    print(f"\n{f'validators on {len(files)} files (command, best of 3)':<52}{'s':>8}{'vs spbe':>9}")
    ours = None
    for label, command in rows:
        seconds = min(wall(command, 1) for _ in range(3))
        ours = ours or seconds
        print(f"{label:<52}{seconds:>8.2f}{seconds / ours:>8.1f}x")
    if len(rows) < 3:
        print("(pip install '.[bench]' adds check-jsonschema and yamllint to the comparison)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instansi", type=int, default=40)
    parser.add_argument("--runs", type=int, default=7, help="runs per command timing")
    parser.add_argument("--keep", type=Path, help="corpus folder to create or reuse")
    parser.add_argument("--only", choices=("workbooks", "site"), help="measure this part alone")
    args = parser.parse_args()

    from spbe_cli.app.workspace import open_year
    from spbe_cli.engine.scoring import score

    root = args.keep or Path(tempfile.mkdtemp(prefix="spbe-bench-"))
    existing = sorted(root.glob("instansi-*/assessments/20*"))
    wanted = args.instansi * len(YEARS)
    folders = existing[:wanted] if len(existing) >= wanted else generate(root, args.instansi)
    files = [f for folder in folders for f in sorted(folder.glob("*.yaml"))]
    size = sum(f.stat().st_size for f in files)
    print(
        f"corpus: {len(folders) // len(YEARS)} instansi x {len(YEARS)} years, {len(files)} files,"
        f" {size / len(files) / 1024:.1f} KB"
        f" per file, {size / 1e6:.1f} MB in {root}"
    )

    def parse_floor(paths: list[Path]) -> None:
        for path in paths:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

    py = sys.executable
    spbe = str(Path(py).with_name("spbe"))
    if args.only == "workbooks":
        compare_workbooks(spbe, folders[len(YEARS) - 1], root, args.runs)
        return
    if args.only == "site":
        compare_site(spbe, root, args.runs)
        return

    def spbe_score(year_folders: list[Path]) -> None:
        for folder in year_folders:
            opened = open_year([folder])
            year_set, problems = opened.year_set, opened.problems
            assert year_set is not None and not problems, problems[:3]
            assert year_set.catalogue is not None
            score(year_set.catalogue, year_set.answers).index  # noqa: B018 - force the sum

    one = folders[:1]
    one_files = sorted(one[0].glob("*.yaml"))
    spbe_score(one)  # warm the catalogue cache, as a long-running process would
    rows = [
        (
            "one instansi (15 files)",
            timed(lambda: parse_floor(one_files), 20),
            timed(lambda: spbe_score(one), 20),
        ),
        (
            f"all {len(folders)} instansi",
            timed(lambda: parse_floor(files), 3),
            timed(lambda: spbe_score(folders), 3),
        ),
    ]
    print(f"\n{'in one process':<28}{'parse floor':>14}{'spbe score':>14}{'ratio':>8}")
    for label, floor, ours in rows:
        print(f"{label:<28}{floor * 1000:>11.1f} ms{ours * 1000:>11.1f} ms{ours / floor:>7.2f}x")

    cli_score = wall([spbe, "score", str(one[0])], args.runs)
    cli_json = wall([spbe, "score", str(one[0]), "--format", "json"], args.runs)
    helps = wall([spbe, "--help"], args.runs)
    typer_import = wall([py, "-c", "import typer"], args.runs)
    bare = wall([py, "-c", "pass"], args.runs)
    print(f"\n{'commands (median wall time)':<40}{'ms':>8}")
    for label, value in [
        ("python -c pass", bare),
        ('python -c "import typer"', typer_import),
        ("spbe --help", helps),
        ("spbe score <one instansi>", cli_score),
        ("spbe score <one instansi> --format json", cli_json),
    ]:
        print(f"{label:<40}{value * 1000:>8.0f}")
    print(f"\nspbe --help / import typer: {helps / typer_import:.2f}x")
    every = wall([spbe, "score", *map(str, folders), "--format", "json"], 1)
    print(
        f"spbe score <all {len(folders)} year folders> (one command): {every:.2f} s; one command"
        f" per folder would take about {cli_json * len(folders):.1f} s"
    )

    roots = list(dict.fromkeys(folder.parent.parent for folder in folders))

    floor, ours = validate_in_fresh_process(roots)
    print(f"\n{'validate, in one process':<28}{'parse floor':>14}{'spbe':>14}{'ratio':>8}")
    print(
        f"{f'all {len(roots)} instansi':<28}{floor * 1000:>11.1f} ms{ours * 1000:>11.1f} ms"
        f"{ours / floor:>7.2f}x"
    )
    tenth = max(1, len(roots) // 10)
    small, large = peak_memory(roots[:tenth]), peak_memory(roots)
    print(
        f"peak memory (max RSS): {tenth} instansi {small:.0f} MB, {len(roots)} instansi "
        f"{large:.0f} MB"
    )
    compare_validators(spbe, roots, files, root)

    from spbe_cli.report.build import prepare, render, view

    def handouts() -> None:
        for folder in folders:
            year = open_year([folder])
            assert year.usable, year.problems[:3]
            prepared = prepare(year)
            r = view(prepared, lang="id", target=None, unit=None, link_base=folder)
            render(r, "html", overrides=[], charts={})

    cli_report = wall([spbe, "report", str(one[0])], args.runs)
    print(
        f"\nspbe report <one instansi> (command, html): {cli_report * 1000:.0f} ms, "
        f"{(cli_report - bare) * 1000:.0f} ms beyond interpreter start-up"
    )
    all_reports = timed(handouts)
    print(
        f"html handouts of all {len(folders)} instansi, in one process: {all_reports:.2f} s "
        f"({all_reports / len(folders) * 1000:.1f} ms each)"
    )
    compare_frameworks(root, args.instansi, folders, roots, spbe_score)
    compare_workbooks(spbe, folders[len(YEARS) - 1], root, args.runs)
    compare_site(spbe, root, args.runs)
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)


def compare_frameworks(
    root: Path,
    instansi: int,
    folders: list[Path],
    roots: list[Path],
    spbe_score: Callable[[list[Path]], None],
) -> None:
    """``validate`` and ``score`` per file on a Pemdi 2026 corpus beside the 59/2020 one."""
    pemdi_root = root / "pemdi"
    existing = sorted(pemdi_root.glob("pemdi-*/assessments/2026"))
    pemdi = (
        existing[:instansi] if len(existing) >= instansi else generate_pemdi(pemdi_root, instansi)
    )
    pemdi_roots = [folder.parent.parent for folder in pemdi]

    def unit_count(year_folders: list[Path]) -> int:
        return sum(1 for f in year_folders for p in f.glob("*.yaml") if not p.name.startswith("_"))

    spbe_score(pemdi[:1])

    def floor_of(year_folders: list[Path]) -> None:
        for folder in year_folders:
            for path in folder.glob("[!_]*.yaml"):
                yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

    rows = []
    for label, year_folders, repos in (
        ("59/2020", folders, roots),
        ("pemdi-2026", pemdi, pemdi_roots),
    ):
        count = unit_count(year_folders)
        size = sum(p.stat().st_size for f in year_folders for p in f.glob("*.yaml")) / 1024
        # validate reads every file of the year (stage files too): its floor is theirs
        validate_floor, validate_s = validate_in_fresh_process(repos)
        score_s = timed(partial(spbe_score, year_folders), 3)
        score_floor = timed(partial(floor_of, year_folders), 3)
        rows.append((label, count, size / count, validate_s, validate_floor, score_s, score_floor))
    print(f"\n{'per unit file':<14}{'files':>7}{'KB/file':>9}{'validate':>12}{'score':>12}")
    for label, count, kb, validate_s, _, score_s, _ in rows:
        print(
            f"{label:<14}{count:>7}{kb:>9.1f}{validate_s / count * 1e3:>9.2f} ms"
            f"{score_s / count * 1e3:>9.2f} ms"
        )
    old, new = rows
    print(
        "pemdi-2026 / 59/2020 per file: "
        f"validate {new[3] / new[1] / (old[3] / old[1]):.2f}x, "
        f"score {new[5] / new[1] / (old[5] / old[1]):.2f}x"
    )
    print(
        "over the parse floor of the same files: "
        f"validate {new[3] / new[4]:.2f}x (59/2020 {old[3] / old[4]:.2f}x), "
        f"score {new[5] / new[6]:.2f}x (59/2020 {old[5] / old[6]:.2f}x)"
    )


def fill_workbook(path: Path) -> None:
    """What a coordinator does: one level raised, one explanation rewritten, one document added."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    ind, ev = book["Indikator"], book["Data dukung"]
    level = str(ind["E4"].value or "1 - x")
    ind["E4"] = f"{min(5, int(level.split()[0]) + 1)} - naik"
    ind["F5"] = "Penjelasan baru dari unit.\nBaris kedua dengan: titik dua dan # pagar."
    row = next(r for r in range(4, ev.max_row + 1) if "|new|" in str(ev.cell(r, 9).value))
    ev.cell(row, 1).value = ind["A4"].value
    ev.cell(row, 2).value = "Dokumen tambahan dari unit"
    ev.cell(row, 4).value = "https://contoh.go.id/dokumen-tambahan"
    book.save(path)


def compare_workbooks(spbe: str, year: Path, root: Path, runs: int) -> None:
    """The Excel round trip on one instansi of 15 units, beside merely opening the workbooks."""
    repo = year.parent.parent
    work = root / "workbooks"
    shutil.rmtree(work, ignore_errors=True)
    bare = wall([sys.executable, "-c", "pass"], runs)
    helps = wall([spbe, "--help"], runs)
    made = wall([spbe, "sheet", "--all", "--repo", str(repo), "--year", year.name, "-o",
                 str(work / "made")], runs)  # fmt: skip
    books = sorted((work / "made").glob("*.xlsx"))
    filled = work / "filled"
    filled.mkdir()
    for book in books:
        shutil.copy(book, filled / book.name)
        fill_workbook(filled / book.name)
    targets = [str(p) for p in sorted(filled.glob("*.xlsx"))]
    dry = wall([spbe, "import", *targets, "--repo", str(repo), "-f", "json"], runs)
    original = {p: p.read_bytes() for p in year.glob("*.yaml")}

    def apply_once() -> None:
        for path, data in original.items():
            path.write_bytes(data)
        subprocess.run(
            [spbe, "import", *targets, "--repo", str(repo), "--apply"],
            check=True, capture_output=True,
        )  # fmt: skip

    apply_s = statistics.median(timed(apply_once) for _ in range(max(1, runs // 2)))
    for path, data in original.items():
        path.write_bytes(data)

    def open_all() -> None:
        from openpyxl import load_workbook

        for target in targets:
            book = load_workbook(target, read_only=True)
            for sheet in book.worksheets:
                for _ in sheet.iter_rows(values_only=True):
                    pass
            book.close()

    floor = timed(open_all, 3)
    try:
        import importlib

        pd: Any = importlib.import_module("pandas")  # optional: the floor people reach for
        pandas_s: float | None = timed(
            lambda: [pd.read_excel(t, sheet_name=None) for t in targets], 3
        )
    except ImportError:
        pandas_s = None
    n = len(books)
    size = sum(p.stat().st_size for p in books) / n / 1024
    print(f"\nExcel round trip, one instansi ({n} units, {size:.0f} KB per workbook)")
    print(f"{'':<52}{'total':>10}{'per workbook beyond start-up':>32}")
    for label, total in (
        (f"spbe sheet --all ({n} workbooks)", made),
        (f"spbe import {n} workbooks (dry run, json)", dry),
        (f"spbe import {n} workbooks --apply", apply_s),
    ):
        beyond = (total - helps) / n
        print(f"{label:<52}{total * 1000:>7.0f} ms{beyond * 1000:>29.0f} ms")
    print(f"{'openpyxl read-only, every cell of the ' + str(n) + ' workbooks':<52}"
          f"{floor * 1000:>7.0f} ms{floor / n * 1000:>29.0f} ms")  # fmt: skip
    if pandas_s is not None:
        print(f"{'pandas.read_excel, every sheet of the ' + str(n) + ' workbooks':<52}"
              f"{pandas_s * 1000:>7.0f} ms{pandas_s / n * 1000:>29.0f} ms")  # fmt: skip
    print(f"(start-up: python {bare * 1000:.0f} ms, spbe --help {helps * 1000:.0f} ms)")


def compare_site(spbe: str, root: Path, runs: int) -> None:
    """``spbe site`` of the example and of a five-year instansi, beside a handout per year."""
    example = Path(__file__).resolve().parent.parent / "assessments"
    five = root / "site-five-years"
    if not (five / "instansi-000" / "assessments" / "2023").is_dir():
        shutil.rmtree(five, ignore_errors=True)
        generate(five, 1, (2019, 2020, 2021, 2022, 2023))
    synthetic = five / "instansi-000"
    out = root / "site-out"
    helps = wall([spbe, "--help"], runs)
    print(f"\n{'spbe site':<44}{'total':>9}{'beyond start-up':>18}{'pages':>7}{'size':>10}")
    for label, repo in (
        ("example (4 years)", example),
        ("synthetic instansi (5 years)", synthetic),
    ):
        total = wall([spbe, "site", str(repo), "-o", str(out)], runs)
        files = [p for p in out.rglob("*") if p.is_file()]
        pages = sum(1 for p in files if p.suffix == ".html")
        size = sum(p.stat().st_size for p in files) / 1024
        print(
            f"{label:<44}{total * 1000:>6.0f} ms{(total - helps) * 1000:>15.0f} ms"
            f"{pages:>7}{size:>7.0f} KB"
        )
    years = sorted((synthetic / "assessments").glob("20*"))
    handouts = root / "handouts"
    handouts.mkdir(exist_ok=True)

    def reports() -> None:
        for year in years:
            subprocess.run(
                [spbe, "report", str(year), "-o", str(handouts / f"{year.name}.html")],
                check=True, capture_output=True,
            )  # fmt: skip

    each = statistics.median(timed(reports) for _ in range(max(1, runs // 2)))
    print(
        f"{'instead: spbe report once per year (5 runs)':<44}{each * 1000:>6.0f} ms"
        f"{(each - len(years) * helps) * 1000:>15.0f} ms{len(years):>7}"
    )
    print(f"(start-up: spbe --help {helps * 1000:.0f} ms)")


if __name__ == "__main__":
    main()

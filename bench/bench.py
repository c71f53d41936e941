"""Benchmark: ``spbe score`` against the floor of merely parsing the same YAML.

Generates a synthetic national-scale corpus (default 600 instansi x 15 units, about 10 KB per
file), then measures in one run:

* the parse floor: ``yaml.load(..., Loader=CSafeLoader)`` of every file, in one process;
* ``spbe`` scoring in-process (load, check, score) of every instansi's year folder;
* the ``spbe score`` command on one instansi (wall time, median of several runs);
* ``spbe --help`` beside ``python -c "import typer"``;
* ``spbe validate`` in-process over every instansi, beside the same parse floor, and the peak
  memory of validating a tenth of the corpus against all of it (it must not grow);
* ``spbe report``: the command for one instansi, and every instansi's HTML handout in-process.

Run: ``python bench/bench.py`` (``--instansi 50`` for a quicker look, ``--keep DIR`` to reuse a
corpus). It is a measurement, not a test: it prints figures and ratios and never fails on them.
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
from pathlib import Path

import yaml

UNITS = 15
SENTENCE = (
    "Layanan ini telah diterapkan oleh perangkat daerah pada seluruh unit kerja dengan nama "
    "aplikasi yang dibuktikan melalui tangkapan layar, manual pengguna dan laporan pemanfaatan. "
)


def generate(root: Path, instansi: int) -> list[Path]:
    """Write ``instansi`` repositories of 15 unit files each; return their year folders."""
    folders = []
    ids = [f"I{n}" for n in range(1, 48)]
    for k in range(instansi):
        repo = root / f"instansi-{k:03d}"
        year = repo / "assessments" / "2023"
        year.mkdir(parents=True, exist_ok=True)
        (repo / "spbe.yaml").write_text(
            f"instansi: Pemerintah Daerah Sintetis {k}\ncatalogue: spbe-2020\n", encoding="utf-8"
        )
        for u in range(UNITS):
            mine = ids[u::UNITS]
            lines = [f"unit: unit{u:02d}", f"name: Unit Kerja {u}", "year: 2023", "indicators:"]
            for n, ident in enumerate(mine):
                lines += [f"  {ident}:", f"    level: {1 + (k + u + n) % 5}", "    explanation: >-"]
                lines += [f"      {SENTENCE}" for _ in range(30 // len(mine) + 6)]
                lines.append("    evidence:")
                for e in range(4):
                    lines += [
                        f'      - title: "Data dukung {ident} nomor {e + 1} tahun 2023"',
                        f"        url: https://contoh.go.id/{ident}/{e}",
                    ]
            (year / f"unit{u:02d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
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


def peak_memory(roots: list[Path]) -> float:
    """Max RSS in MB of a fresh process that validates ``roots``."""
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from spbe_cli.validate import validate\n"
        "validate([Path(p) for p in sys.argv[1:]])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, roots)], check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instansi", type=int, default=600)
    parser.add_argument("--runs", type=int, default=7, help="runs per command timing")
    parser.add_argument("--keep", type=Path, help="corpus folder to create or reuse")
    args = parser.parse_args()

    from spbe_cli.assessments import load_year
    from spbe_cli.scoring import score

    root = args.keep or Path(tempfile.mkdtemp(prefix="spbe-bench-"))
    existing = sorted(root.glob("instansi-*/assessments/2023"))
    folders = (
        existing[: args.instansi]
        if len(existing) >= args.instansi
        else generate(root, args.instansi)
    )
    files = [f for folder in folders for f in sorted(folder.glob("*.yaml"))]
    size = sum(f.stat().st_size for f in files)
    print(
        f"corpus: {len(folders)} instansi, {len(files)} files, {size / len(files) / 1024:.1f} KB"
        f" per file, {size / 1e6:.1f} MB in {root}"
    )

    def parse_floor(paths: list[Path]) -> None:
        for path in paths:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

    def spbe_score(year_folders: list[Path]) -> None:
        for folder in year_folders:
            year_set, problems = load_year([folder])
            assert year_set is not None and not problems, problems[:3]
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

    py = sys.executable
    spbe = str(Path(py).with_name("spbe"))
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

    from spbe_cli.validate import validate

    roots = [folder.parent.parent for folder in folders]

    def spbe_validate() -> None:
        report = validate(roots)
        assert not report.problems, report.problems[:3]

    floor = timed(lambda: parse_floor(files), 3)
    ours = timed(spbe_validate, 3)
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
    cli_validate = wall([spbe, "validate", *map(str, roots), "--format", "json"], 1)
    print(f"spbe validate <all {len(roots)} instansi> (command): {cli_validate:.2f} s")

    from spbe_cli.report.build import prepare, render, view

    def handouts() -> None:
        for folder in folders:
            prepared, problems = prepare(folder)
            assert prepared is not None, problems[:3]
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
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

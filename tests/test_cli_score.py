"""``spbe score`` through the CLI: the bundled example, every format, every exit code."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLE, ROOT, run_cli, unit_file, write


def hand_index(folder: Path) -> Decimal:
    """Independent of spbe: sum(level x weight) / 100 straight from the YAML files."""
    catalogue = yaml.safe_load((ROOT / "indicators" / "spbe-2020.yaml").read_text("utf-8"))
    weights = {
        i["id"]: Decimal(str(i["weight"]))
        for d in catalogue["domains"]
        for a in d["aspects"]
        for i in a["indicators"]
    }
    total = Decimal(0)
    for path in folder.glob("[!_]*.yaml"):
        for ident, answer in yaml.safe_load(path.read_text("utf-8"))["indicators"].items():
            total += answer["level"] * weights[ident]
    return total / 100


@pytest.mark.parametrize(
    ("year", "index", "shown", "predikat"),
    [
        (2022, 2.004, "2,00", "Cukup"),
        (2023, 2.78, "2,78", "Baik"),
    ],
)
def test_example_years(
    monkeypatch: pytest.MonkeyPatch, year: int, index: float, shown: str, predikat: str
) -> None:
    monkeypatch.chdir(ROOT)
    assert hand_index(EXAMPLE / str(year)) == Decimal(str(index))
    table = run_cli("score", f"assessments/{year}")
    assert table.exit_code == 0
    # the self-assessment is shown; stderr names the year's latest stage and its index
    latest = "final" if year == 2022 else "review"
    later = run_cli("score", f"assessments/{year}", "--stage", latest, "-f", "json").json()
    note = f"tahap terbaru tahun ini adalah {latest}: indeks {later['index_rounded']:.2f}"
    assert table.stderr.startswith("Nilai di atas dari tahap mandiri;")
    assert note.replace(".", ",") in table.stderr
    assert "Pemerintah Kabupaten Contoh" in table.stdout
    assert f"{shown}   {predikat}" in table.stdout
    doc = run_cli("score", f"assessments/{year}", "--format", "json").json()
    assert (doc["index"], doc["predikat"], doc["complete"]) == (index, predikat, True)


def test_json_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    doc = run_cli("score", "assessments/2023", "--format", "json").json()
    assert list(doc)[:11] == [
        "format",
        "catalogue",
        "instansi",
        "year",
        "index",
        "index_rounded",
        "predikat",
        "complete",
        "missing",
        "predikat_bands",
        "domains",
    ]
    assert doc["format"] == 1
    assert doc["catalogue"]["id"] == "spbe-2020"
    assert doc["instansi"] == "Pemerintah Kabupaten Contoh"
    assert (doc["year"], doc["index_rounded"], doc["missing"]) == (2023, 2.78, [])
    assert [d["id"] for d in doc["domains"]] == ["D1", "D2", "D3", "D4"]
    d1 = doc["domains"][0]
    assert (d1["weight"], d1["index"], d1["index_rounded"]) == (13.0, 2.5, 2.5)
    a6 = doc["domains"][2]["aspects"][1]
    assert a6["id"] == "A6"
    assert (a6["index"], a6["index_rounded"]) == (1.3333333333, 1.33)  # 4/3: 10 places
    i1 = d1["aspects"][0]["indicators"][0]
    assert i1 == {
        "id": "I1",
        "name": "Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah "
        "Daerah",
        "weight": 1.3,
        "level": 3,
        "level_name": "Terdefinisi",
        "answered": True,
        "unit": "diskominfo",
        "source": "assessments/2023/diskominfo.yaml:7",
        "next_level_gain": 0.013,
        "value": 3.0,
        "external": False,
        "external_source": None,
        "pending": False,
    }
    ids = [i["id"] for d in doc["domains"] for a in d["aspects"] for i in a["indicators"]]
    assert ids == [f"I{n}" for n in range(1, 48)]
    units = {u["unit"]: u for u in doc["units"]}
    assert len(units) == 12
    assert units["bpkad"]["indicators"] == ["I24", "I33", "I34", "I38"]
    assert units["bpkad"]["file"] == "assessments/2023/bpkad.yaml"
    assert sum(Decimal(str(u["contribution"])) for u in doc["units"]) == Decimal("2.78")


def test_source_points_at_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    doc = run_cli("score", "assessments/2023", "-f", "json").json()
    for domain in doc["domains"]:
        for aspect in domain["aspects"]:
            for ind in aspect["indicators"]:
                path, line = ind["source"].rsplit(":", 1)
                text = Path(path).read_text("utf-8").splitlines()[int(line) - 1]
                assert text == f"  {ind['id']}:"


def test_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = run_cli("score", "assessments/2023", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    header = ["id", "name", "domain", "aspect", "weight", "level", "value", "unit", "source"]
    assert list(rows[0]) == header
    assert len(rows) == 47
    assert rows[32] == {
        "id": "I33",
        "name": "Tingkat Kematangan Layanan Penganggaran",
        "domain": "D4",
        "aspect": "A7",
        "weight": "2.75",
        "level": "4",
        "value": "4.0",
        "unit": "bpkad",
        "source": "assessments/2023/bpkad.yaml:16",
    }


def test_csv_of_decimal_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pemdi: the exact value beside the whole level, and no domain column."""
    monkeypatch.chdir(ROOT)
    out = run_cli("score", "assessments/2026", "--stage", "final", "--format", "csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    assert "domain" not in rows["I1"]
    doc = run_cli("score", "assessments/2026", "--stage", "final", "--format", "json").json()
    values = {
        i["id"]: i["value"] for d in doc["domains"] for a in d["aspects"] for i in a["indicators"]
    }
    assert any(v != int(v) for v in values.values())
    for ident, value in values.items():
        assert float(rows[ident]["value"]) == value
        assert rows[ident]["level"] in ("", str(int(value)))
        assert "/" not in rows[ident]["value"]


def test_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = run_cli("score", "assessments/2023", "--lang", "en")
    assert "SPBE Index" in out.stdout and "2.78   Baik" in out.stdout
    env = run_cli("score", "assessments/2023", env={"SPBE_LANG": "en"})
    assert env.stdout == out.stdout


def test_files_as_arguments(year_dir: Path) -> None:
    a = unit_file(year_dir, "a", {f"I{n}": 2 for n in range(1, 30)})
    b = unit_file(year_dir, "b", {f"I{n}": 3 for n in range(30, 48)})
    doc = run_cli("score", str(a), str(b), "-f", "json").json()
    assert doc["complete"] is True
    assert doc["instansi"] == "Pemerintah Kota Uji"


def test_data_error_exit_1_nothing_on_stdout(year_dir: Path) -> None:
    write(year_dir / "a.yaml", "unit: a\nyear: 2023\nindicators:\n  I1:\n    levle: 3\n")
    out = run_cli("score", "assessments/2023", "-f", "json")
    assert out.exit_code == 1
    assert out.stdout == ""
    assert "assessments/2023/a.yaml:4:3: error S001 kunci wajib `level` belum ada" in out.stderr
    assert (
        "assessments/2023/a.yaml:5:5: error S002 kunci `levle` tidak dikenal; mungkin "
        "maksudnya `level`?" in out.stderr
    )
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["score"],
        ["score", "assessments/2023", "--format", "pdf"],
        ["score", "assessments/2023", "--catalogue", "spbe-1999"],
        ["score", "assessments/2023", "--no-such-option"],
    ],
)
def test_usage_exit_2(year_dir: Path, args: list[str]) -> None:
    unit_file(year_dir, "a", {"I1": 3})
    out = run_cli(*args)
    assert out.exit_code == 2
    assert out.stdout == ""


def test_internal_error_exit_3_without_traceback(
    year_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit_file(year_dir, "a", {"I1": 3})

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("spbe_cli.engine.yearview.score_stage", broken)
    out = run_cli("score", "assessments/2023")
    assert out.exit_code == 3
    assert "RuntimeError: boom" in out.stderr and "--debug" in out.stderr
    assert "Traceback" not in out.stderr
    with pytest.raises(RuntimeError):
        run_cli("--debug", "score", "assessments/2023")


def test_console_script_and_module() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "spbe_cli", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("spbe ")
    help_text = subprocess.run(
        [sys.executable, "-m", "spbe_cli", "score", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--format" in help_text and "--catalogue" in help_text


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from spbe_cli.cli import app; "
        "print(sorted(m for m in ('pydantic', 'jinja2', 'rich', 'spbe_cli.engine.scoring') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_markdown_tables_survive_hostile_names(year_dir: Path) -> None:
    write(
        year_dir.parent.parent / "spbe.yaml",
        """
        instansi: "Kota <Uji> | Contoh"
        units:
          a:
            name: "Dinas A | B\\nbaris dua <script>alert(1)</script>"
        """,
    )
    unit_file(year_dir, "a", {"I1": 3})
    out = run_cli("score", "assessments/2023", "--format", "md")
    assert out.exit_code == 0
    assert "# Indeks SPBE 2023: Kota &lt;Uji&gt; | Contoh" in out.stdout
    row = next(line for line in out.stdout.splitlines() if line.startswith("| a |"))
    assert row == (
        "| a | Dinas A \\| B<br>baris dua &lt;script&gt;alert(1)&lt;/script&gt; | 1 | "
        "3,00 | 0,0390 |"
    )
    assert "<script>" not in out.stdout
    header = next(line for line in out.stdout.splitlines() if line.startswith("| Unit |"))
    assert row.count(" | ") == header.count(" | ")


def test_markdown_of_the_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = run_cli("score", "assessments/2023", "--format", "md", "--lang", "en")
    assert "**SPBE Index: 2.78 (Baik)**" in out.stdout
    assert "| **D4** | **Layanan SPBE** | **45.50** | **3.32** |" in out.stdout
    assert "|  | **SPBE Index** | **100.00** | **2.78** |" in out.stdout


def test_many_folders_are_scored_one_at_a_time(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``spbe score`` over many year folders keeps one opened year at a time: each is let go
    once its score is written, so memory does not grow with the number of folders."""
    import gc
    import weakref

    from spbe_cli.app import workspace

    real = workspace.open_year
    opened: list[weakref.ref[object]] = []
    alive_at_open: list[int] = []

    def tracked(paths, catalogue=None):  # type: ignore[no-untyped-def]
        gc.collect()
        alive_at_open.append(sum(ref() is not None for ref in opened))
        year = real(paths, catalogue)
        opened.append(weakref.ref(year))
        return year

    monkeypatch.setattr(workspace, "open_year", tracked)
    folders = ["2019", "2022", "2023", "2026", "2023", "2022"]
    out = run_cli("score", *folders, "-f", "json")
    assert out.exit_code == 0
    docs = json.loads(out.stdout)
    assert [d["year"] for d in docs] == [2019, 2022, 2023, 2026, 2023, 2022]
    assert alive_at_open == [0] * len(folders)

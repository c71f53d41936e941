"""What a new user sees on the first day: messages that name the cause and the fix, in the
user's language, at the line to edit."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import run_cli, unit_file, write


def test_an_empty_level_beside_an_explanation_has_its_own_warning(year_dir: Path) -> None:
    write(
        year_dir / "a.yaml",
        """
        unit: a
        year: 2023
        indicators:
          I1:
            level:
            explanation: Perbup Arsitektur SPBE sudah ditetapkan.
          I2:
            level: null
        """,
    )
    out = run_cli("validate", "assessments/2023", "--allow-partial", "-f", "text")
    assert "a.yaml:5:11: warning X021 indikator I1 sudah berpenjelasan" in out.stdout
    assert "a.yaml:8:12: warning X013 indikator I2 belum diisi" in out.stdout


def test_review_marks_left_by_new_are_listed_and_fail_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "kab"
    assert run_cli("init", str(root), "--instansi", "Kab", "--year", "2025").exit_code == 0
    monkeypatch.chdir(root)
    assert run_cli("new", "bpkad", "--year", "2026").exit_code == 0
    out = run_cli("validate", "assessments/2026", "--allow-partial", "-f", "text")
    marks = [line for line in out.stdout.splitlines() if " C017 " in line]
    assert len(marks) == 4  # one per carried indicator of bpkad
    assert all(line.startswith("assessments/2026/bpkad.yaml:") for line in marks)
    strict = run_cli("validate", "assessments/2026/bpkad.yaml", "--strict", "-f", "text")
    assert strict.exit_code == 1


@pytest.mark.parametrize(
    "args, expected",
    [
        (["report", "2023", "--target", "abc"], "`abc` bukan angka indeks"),
        (["report", "2023", "--target", "9"], "target harus antara 1 dan 5"),
        (["report", "2023", "--target", "1e999999999"], "bukan angka indeks"),
        (["plan", "2023", "--target", "tiga"], "`tiga` bukan angka indeks"),
        (["report", "2023", "--templates", "/tidak/ada"], "folder /tidak/ada tidak ada"),
        (["validate", "--ignore", "X999"], "kode masalah X999 tidak dikenal"),
        (["plan", "2023", "--target", "3", "--exclude", "I99"], "indikator I99 tidak ada"),
        (["new", "bpkad", "--year", "2024", "--repo", "/tidak/ada"], "folder /tidak/ada"),
        (["report", "2023", "-f", "pdf", "-o", "z.html"], "tidak cocok dengan --format pdf"),
        (["report", "2023", "-o", "z.md"], "tidak cocok dengan --format html"),
    ],
)
def test_usage_errors_are_sentences(example_copy: Path, args: list[str], expected: str) -> None:
    out = run_cli(*args)
    assert out.exit_code == 2
    assert expected in out.stderr
    assert "?" not in out.stderr.split(":", 2)[-1][:3]
    assert not (example_copy / "z.html").exists()


def test_a_missing_revision_is_explained(example_copy: Path) -> None:
    out = run_cli("diff", "v2023:2023", "2023")  # not a git repository at all
    assert out.exit_code == 2
    assert "bukan repositori git" in out.stderr or "tidak ada di git" in out.stderr
    assert "fatal:" not in out.stderr


def test_weights_read_with_a_decimal_comma_in_indonesian() -> None:
    out = run_cli("catalogue", "show", "spbe-2020")
    assert "(1,3 %)" in out.stdout and "1.3 %" not in out.stdout
    assert "(1.3 %)" in run_cli("catalogue", "show", "spbe-2020", "--lang", "en").stdout


def test_a_lock_entry_of_another_size_says_so(year_dir: Path) -> None:
    root = year_dir.parent.parent
    write(root / "bukti" / "b.pdf", "dokumen b\n")
    write(year_dir / "a.yaml", "unit: a\nyear: 2023\nindicators:\n  I1:\n    level: 1\n")
    unit = year_dir / "a.yaml"
    unit.write_text(unit.read_text("utf-8") + "    evidence: [{title: B, path: bukti/b.pdf}]\n")
    assert run_cli("evidence", "lock").exit_code == 0
    write(root / "bukti" / "b.pdf", "dokumen b yang lebih panjang\n")
    out = run_cli("validate", "assessments/2023", "--ignore", "X003", "-f", "text").stdout
    assert "`bukti/b.pdf` berubah sejak dikunci (ukuran 10 → 29 byte)" in out


def test_numeric_indicator_keys_get_the_indicator_advice(year_dir: Path) -> None:
    write(year_dir / "a.yaml", "unit: a\nyear: 2023\nindicators:\n  4:\n    level: 2\n")
    out = run_cli("validate", "assessments/2023", "--ignore", "X003", "-f", "text").stdout
    assert "tulis id indikator lengkap, mis. `I4`" in out


def test_one_file_is_one_file_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "2023"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    unit_file(folder, "a", {"I1": 1})
    out = run_cli("validate", "2023/a.yaml", "-f", "text")
    assert out.stdout.endswith("0 error, 0 peringatan, 1 berkas diperiksa\n")


def test_init_ignores_the_handouts_it_tells_users_to_make(tmp_path: Path) -> None:
    assert run_cli("init", str(tmp_path / "k"), "--instansi", "K", "--year", "2025").exit_code == 0
    ignore = (tmp_path / "k" / ".gitignore").read_text("utf-8")
    assert "bahan-rapat*.html" in ignore and "!evidence/**/*.pdf" in ignore
    workflow = (tmp_path / "k" / ".github" / "workflows" / "spbe.yml").read_text("utf-8")
    # the latest year, whatever it is: no year is written into the job
    assert "spbe report --output bahan-rapat.html" in workflow and "2025" not in workflow


def test_workbooks_keep_formulas_as_text_and_do_not_depend_on_the_clock(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from openpyxl import load_workbook

    unit = example_copy / "2023" / "bpkad.yaml"
    text = unit.read_text("utf-8")
    start = text.index("title:")
    end = text.index("\n", start)
    hostile = 'title: "=HYPERLINK(\\"https://contoh.invalid\\",\\"klik\\")"'
    unit.write_text(text[:start] + hostile + text[end:], "utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    assert run_cli("export", "2023", "-o", "a.xlsx").exit_code == 0
    real = time.localtime
    monkeypatch.setattr(time, "localtime", lambda *args: real(2_000_000_000))
    assert run_cli("export", "2023", "-o", "b.xlsx").exit_code == 0
    assert (example_copy / "a.xlsx").read_bytes() == (example_copy / "b.xlsx").read_bytes()
    sheet = load_workbook(example_copy / "a.xlsx")["Indikator"]
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value).startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
    with zipfile.ZipFile(io.BytesIO((example_copy / "a.xlsx").read_bytes())) as book:
        assert "<f>" not in book.read("xl/worksheets/sheet2.xml").decode()
    csv_text = run_cli("export", "2023", "-f", "csv").stdout
    assert "'=HYPERLINK(" in csv_text


def test_plan_shows_every_index_by_one_rule(example_copy: Path) -> None:
    import re

    out = run_cli("plan", "2023", "--target", "3", "--format", "md")
    assert out.exit_code == 0
    headline = re.search(r"indeks menjadi (\d,\d+)", out.stdout)
    assert headline is not None
    rows = [line for line in out.stdout.splitlines() if re.match(r"^\| \d+ \|", line)]
    last_index = rows[-1].split(" | ")[5]
    assert last_index == headline.group(1) == "3,00"


# --- CI templates as their platforms read them ---------------------------------------------------

NODE24_ACTIONS = {"actions/checkout@v6", "actions/setup-python@v6", "actions/upload-artifact@v7"}


def _lint(path: Path, schema: str) -> None:
    import shutil
    import subprocess
    import sys

    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    done = subprocess.run(
        [tool, "--builtin-schema", schema, str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("package", [None, "spbe @ git+https://forge.example/o/spbe@v0.1.0"])
def test_init_workflows_pass_the_platform_schemas(tmp_path: Path, package: str | None) -> None:
    import re

    import yaml

    args = ["init", str(tmp_path / "k"), "--instansi", "K", "--year", "2026"]
    assert run_cli(*args, *(["--package", package] if package else [])).exit_code == 0
    github = tmp_path / "k" / ".github" / "workflows" / "spbe.yml"
    gitlab = tmp_path / "k" / ".gitlab-ci.yml"
    _lint(github, "vendor.github-workflows")
    _lint(gitlab, "vendor.gitlab-ci")
    used = set(re.findall(r"uses: (\S+)", github.read_text("utf-8")))
    assert used == NODE24_ACTIONS
    env = yaml.safe_load(github.read_text("utf-8"))["env"]["SPBE_PACKAGE"]
    assert env == (package or "${{ vars.SPBE_PACKAGE }}")
    assert yaml.safe_load(gitlab.read_text("utf-8"))["variables"]["SPBE_PACKAGE"] == (package or "")
    assert "pip install spbe\n" not in github.read_text("utf-8") + gitlab.read_text("utf-8")


@pytest.mark.parametrize("package", ['spbe"; rm -rf /', "spbe$(id)", "spbe\n- run: x", ""])
def test_init_refuses_a_package_that_is_not_a_requirement(tmp_path: Path, package: str) -> None:
    out = run_cli("init", str(tmp_path / "k"), "--instansi", "K", "--package", package)
    assert out.exit_code == 2
    assert not (tmp_path / "k").exists()


def test_documented_ci_files_pass_the_platform_schemas() -> None:
    import re

    from conftest import ROOT

    _lint(ROOT / "docs" / "ci" / "github-actions.yml", "vendor.github-workflows")
    _lint(ROOT / "docs" / "ci" / "gitlab-ci.yml", "vendor.gitlab-ci")
    text = (ROOT / "docs" / "ci" / "github-actions.yml").read_text("utf-8")
    assert set(re.findall(r"uses: (\S+)", text)) <= NODE24_ACTIONS


def _jobs_without_a_time_limit(path: Path) -> list[str]:
    """The jobs of a GitHub workflow (``timeout-minutes``) or a GitLab CI file (``timeout``, or
    the file's ``default: timeout``) that could run for the platform's default of hours."""
    import re

    import yaml

    doc = yaml.safe_load(path.read_text("utf-8"))
    if "jobs" in doc:
        jobs = doc["jobs"]
        limits = {name: job.get("timeout-minutes") for name, job in jobs.items()}
    else:
        default = (doc.get("default") or {}).get("timeout")
        jobs = {k: v for k, v in doc.items() if isinstance(v, dict) and "script" in v}
        found = {name: re.fullmatch(r"(\d+) minutes", str(job.get("timeout", default)))
                 for name, job in jobs.items()}  # fmt: skip
        limits = {name: int(match[1]) if match else None for name, match in found.items()}
    assert jobs, f"{path}: no jobs"
    return [name for name, limit in limits.items() if limit not in range(1, 61)]


def test_every_ci_job_has_a_time_limit(tmp_path: Path) -> None:
    """What `spbe init` writes and the snippets in docs/ci: a stuck or slowed job (a workbook or
    template bomb in a pull request) stops within the hour, not at the platform's six."""
    from conftest import ROOT

    assert run_cli("init", str(tmp_path / "k"), "--instansi", "K", "--year", "2026").exit_code == 0
    written = [*sorted((tmp_path / "k" / ".github" / "workflows").glob("*.yml"))]
    written.append(tmp_path / "k" / ".gitlab-ci.yml")
    documented = sorted((ROOT / "docs" / "ci").glob("*.yml"))
    assert len(written) == 3 and len(documented) == 4
    for path in written + documented:
        assert _jobs_without_a_time_limit(path) == [], path


def test_codeowners_follow_the_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "k"
    assert run_cli("init", str(root), "--instansi", "K", "--year", "2025").exit_code == 0
    monkeypatch.chdir(root)
    assert " X022 " not in run_cli("validate", "--allow-partial", "-f", "text").stdout
    config = root / "spbe.yaml"
    text = config.read_text("utf-8").replace("assessors: []", 'assessors: ["@kab/tim-asesor"]')
    text = text.replace("owners: []", 'owners: ["@kab/bappeda"]', 1)
    config.write_text(text, "utf-8")
    out = run_cli("validate", "--allow-partial", "-f", "text")
    assert "CODEOWNERS:0:0: warning X022 " in out.stdout
    assert run_cli("codeowners", "--check").exit_code == 1
    assert run_cli("codeowners").exit_code == 0
    owners = (root / "CODEOWNERS").read_text("utf-8").splitlines()
    assert "/assessments/*/bappeda.yaml @kab/bappeda @kab/tim-asesor" in owners
    for shared in ("/spbe.yaml", "/assessments/*/_*.yaml", "/evidence/", "/spbe-evidence.lock"):
        assert f"{shared} @kab/tim-asesor" in owners
    assert run_cli("codeowners", "--check").exit_code == 0
    assert " X022 " not in run_cli("validate", "--allow-partial", "-f", "text").stdout
    (root / "CODEOWNERS").write_text("* @tulisan-tangan\n", "utf-8")  # not spbe's: left alone
    assert " X022 " not in run_cli("validate", "--allow-partial", "-f", "text").stdout


def test_one_command_scores_many_folders(example_copy: Path) -> None:
    import csv
    import io
    import json

    out = run_cli("score", "2022", "2023", "--format", "json")
    assert out.exit_code == 0
    docs = json.loads(out.stdout)
    single = [run_cli("score", y, "--format", "json").json() for y in ("2022", "2023")]
    assert docs == single
    rows = list(csv.DictReader(io.StringIO(run_cli("score", "2022", "2023", "-f", "csv").stdout)))
    assert len(rows) == 94 and {r["year"] for r in rows} == {"2022", "2023"}
    md = run_cli("score", "2022", "2023", "--format", "md").stdout
    assert md.count("**Indeks SPBE:") == 2
    write(example_copy / "2024" / "a.yaml", "unit: a\nyear: 2024\nindicators: 3\n")
    partial = run_cli("score", "2023", "2024", "--format", "json")
    assert partial.exit_code == 1
    assert [d["year"] for d in json.loads(partial.stdout)] == [2023]
    assert "2024/a.yaml" in partial.stderr

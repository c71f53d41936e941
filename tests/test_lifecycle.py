"""The assessment lifecycle through the CLI: stages and their fall-back, evidence integrity,
cumulative levels, diff between folders and git revisions, and the planner."""

from __future__ import annotations

import itertools
import subprocess
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalogues import catalogue_yaml, write_catalogue
from conftest import EXAMPLE, all_levels, run_cli, unit_file, write
from spbe_cli.engine.planner import Effort, make_plan
from spbe_cli.engine.scoring import AnswerInput, score
from spbe_cli.model.catalogue import load_catalogue

# --- stages -------------------------------------------------------------------------------


@pytest.fixture
def staged(year_dir: Path) -> Path:
    """All 47 at level 3 by unit `a`; reviews, a document stage and a final stage on top."""
    lines = ["unit: a", "year: 2023", "indicators:"]
    for n in range(1, 48):
        lines += [f"  I{n}:", "    level: 3"]
        if n == 1:
            lines += ["    review: {status: revisi, level: 2, note: Bukti kurang}"]
        if n == 2:
            lines += ["    review: {status: diterima}"]
        if n == 3:
            lines += ["    review: {status: revisi}"]
    write(year_dir / "a.yaml", "\n".join(lines) + "\n")
    write(
        year_dir / "_dokumen.yaml",
        """
        stage: dokumen
        year: 2023
        indicators:
          I1: {level: 1}
          I4: {level: 2, note: Belum ada SK}
        """,
    )
    write(
        year_dir / "_final.yaml",
        """
        stage: final
        year: 2023
        indicators:
          I4: {level: 4}
        rekomendasi:
          - indicator: I4
            text: Tetapkan SK.
            unit: a
        """,
    )
    return year_dir


def _levels(doc: dict[str, Any]) -> dict[str, int]:
    return {
        i["id"]: i["level"] for d in doc["domains"] for a in d["aspects"] for i in a["indicators"]
    }


def test_stage_fall_back_rule(staged: Path) -> None:
    review = run_cli("score", "assessments/2023", "--stage", "review", "-f", "json").json()
    assert [_levels(review)[i] for i in ("I1", "I2", "I3", "I4")] == [2, 3, 3, 3]
    sources = {f["id"]: f["from"] for f in review["fell_back"]}
    assert "I1" not in sources and "I2" not in sources
    assert sources["I3"] == "mandiri" and sources["I4"] == "mandiri"  # revisi without a level
    dokumen = run_cli("score", "assessments/2023", "--stage", "dokumen", "-f", "json").json()
    assert [_levels(dokumen)[i] for i in ("I1", "I2", "I4")] == [1, 3, 2]
    final = run_cli("score", "assessments/2023", "--stage", "final", "-f", "json").json()
    assert [_levels(final)[i] for i in ("I1", "I2", "I4", "I5")] == [1, 3, 4, 3]
    sources = {f["id"]: f["from"] for f in final["fell_back"]}
    assert (sources["I1"], sources["I2"], sources["I5"]) == ("dokumen", "review", "mandiri")
    assert "I4" not in sources
    # (3 x 100 - 2 x 1.3 + 1 x 1.3) / 100: I1 two levels down, I4 one up
    assert final["index"] == 2.987
    table = run_cli("score", "assessments/2023", "--stage", "final").stdout
    assert "Tahap: final. 46 nilai" in " ".join(table.split())


def test_stages_side_by_side(staged: Path) -> None:
    doc = run_cli("score", "assessments/2023", "--stages", "-f", "json").json()
    assert doc["stages"] == ["mandiri", "review", "dokumen", "final"]
    claims = {c["id"]: (c["claimed"], c["accepted"], c["stage"]) for c in doc["over_claims"]}
    assert claims == {"I1": (3, 1, "dokumen")}
    i4 = next(i for i in doc["indicators"] if i["id"] == "I4")
    assert i4["levels"] == {"mandiri": 3, "review": 3, "dokumen": 2, "final": 4}
    assert i4["own_value"] == {"mandiri": True, "review": False, "dokumen": True, "final": True}
    table = run_cli("score", "assessments/2023", "--stages").stdout
    assert "▲ klaim 3 > diterima 1" in table
    csv_text = run_cli("score", "assessments/2023", "--stages", "-f", "csv").stdout
    assert csv_text.splitlines()[1] == "I1,a,3,2,1,1,yes"


def test_bukti_stage(year_dir: Path) -> None:
    write(
        year_dir / "a.yaml",
        """
        unit: a
        year: 2023
        indicators:
          I1:
            level: 4
            explanation: Kebijakan lengkap.
            evidence:
              - {title: SK, url: "https://a.go.id/1", level: 2}
              - {title: Lampiran, url: "https://a.go.id/2", level: 3}
          I2:
            level: 4
            explanation: Kebijakan lengkap.
            evidence:
              - {title: SK, url: "https://a.go.id/3", level: 3}
              - {title: Reviu, url: "https://a.go.id/4", level: 4}
          I3:
            level: 3
            explanation: Tanpa penanda tingkat.
            evidence:
              - {title: SK, url: "https://a.go.id/5"}
        """,
    )
    doc = run_cli("score", "assessments/2023", "--stage", "bukti", "-f", "json").json()
    assert [_levels(doc)[i] for i in ("I1", "I2", "I3")] == [3, 1, 3]
    assert {f["id"]: f["from"] for f in doc["fell_back"]}["I3"] == "mandiri"
    out = run_cli("validate", "assessments/2023", "--ignore", "X003", "-f", "text")
    assert (
        "a.yaml:4:3: warning C014 tingkat 4 belum didukung bukti: tingkat 4 akan ditolak"
        in out.stdout
    )
    assert (
        "a.yaml:10:3: warning C014 tingkat 2 belum didukung bukti: tingkat 4 akan ditolak"
        in out.stdout
    )


def test_validate_checks_stage_files_and_reviews(staged: Path) -> None:
    write(
        staged / "_interviu.yaml",
        """
        stage: visitasi
        year: 2022
        indicators:
          I99: {level: 2}
          I5: {level: 7}
        rekomendasi:
          - {indicator: I6, text: Perbaiki., unit: zz}
          - {indicator: I7, text: Sudah., status: closed}
        """,
    )
    out = run_cli("validate", "assessments/2023", "-f", "json")
    found = {(Path(p["path"]).name, p["line"], p["code"]) for p in out.json()["problems"]}
    assert {
        ("_interviu.yaml", 1, "X016"),
        ("_interviu.yaml", 2, "X004"),
        ("_interviu.yaml", 4, "X001"),
        ("_interviu.yaml", 5, "S005"),
        ("_interviu.yaml", 7, "X011"),
        ("_interviu.yaml", 8, "C015"),
        ("a.yaml", 12, "C016"),
    } <= found
    assert out.exit_code == 1


def test_age_of_periodic_evidence(year_dir: Path) -> None:
    write(year_dir.parent.parent / "spbe.yaml", "instansi: Kota Uji\nevidence_max_age_months: 12\n")
    write(
        year_dir / "a.yaml",
        """
        unit: a
        year: 2023
        indicators:
          I1:
            level: 4
            explanation: Perwal ditetapkan, direviu dan dievaluasi setiap tahun.
            evidence:
              - {title: Perwal lama, url: "https://a.go.id/1", date: 2022-12-30}
              - {title: Perwal baru, url: "https://a.go.id/2", date: 2022-12-31}
              - {title: Perwal awal, url: "https://a.go.id/0", date: 2019-01-01, level: 2}
          I2:
            level: 3
            explanation: Perwal ditetapkan.
            evidence:
              - {title: Perwal, url: "https://a.go.id/3", date: 2019-01-01}
        """,
    )
    out = run_cli("validate", "assessments/2023", "--ignore", "X003,C014", "-f", "text")
    assert (
        "a.yaml:8:62: warning C013 data dukung bertanggal 2022-12-30, lebih dari 12 bulan "
        "sebelum akhir 2023" in out.stdout
    )
    # I1 asks for periodic review from level 4 on: the level-2 evidence of I1, and I2 at level 3,
    # may be as old as they are.
    assert out.stdout.count("C013") == 1


# --- evidence lock -----------------------------------------------------------------------------


def test_evidence_lock_and_its_checks(year_dir: Path) -> None:
    root = year_dir.parent.parent
    for name in ("a", "b", "c"):
        write(root / "bukti" / f"{name}.pdf", f"dokumen {name}\n")
    unit_file_text = """
        unit: a
        year: 2023
        indicators:
          I1:
            level: 2
            explanation: Ada.
            evidence:
              - {title: A, path: bukti/a.pdf}
              - {title: B, path: bukti/b.pdf}
        """
    write(year_dir / "a.yaml", unit_file_text)
    before = (year_dir / "a.yaml").read_bytes()
    out = run_cli("evidence", "lock")
    assert out.exit_code == 0
    assert "spbe-evidence.lock: 2 berkas dikunci (baru 2, berubah 0, dihapus 0)" in out.stderr
    lock = (root / "spbe-evidence.lock").read_text(encoding="utf-8")
    assert '"bukti/a.pdf": {size: 10, sha256: ' in lock
    assert (year_dir / "a.yaml").read_bytes() == before
    assert run_cli("validate", "assessments/2023", "--ignore", "X003", "--strict").exit_code == 0
    write(root / "bukti" / "a.pdf", "dokumen A\n")  # same size, other content
    (root / "bukti" / "b.pdf").unlink()
    write(year_dir / "a.yaml", unit_file_text + "      - {title: C, path: bukti/c.pdf}\n")
    out = run_cli("validate", "assessments/2023", "--ignore", "X003", "-f", "text")
    assert (
        "a.yaml:8:26: error C010 berkas data dukung `bukti/a.pdf` berubah sejak dikunci "
        "(ukuran sama, isi berbeda: SHA-256 " in out.stdout
    )
    assert (
        "a.yaml:9:26: error C011 berkas data dukung `bukti/b.pdf` sudah dikunci tetapi kini "
        "hilang" in out.stdout
    )
    assert "a.yaml:10:26: warning C012 berkas data dukung `bukti/c.pdf` belum dikunci" in out.stdout
    assert "C005" not in out.stdout
    out = run_cli("evidence", "lock")  # b.pdf is still referenced: it stays locked (and C011)
    assert "3 berkas dikunci (baru 1, berubah 1, dihapus 0)" in out.stderr
    assert "tidak dirujuk" not in out.stderr
    assert "C011" in run_cli("validate", "assessments/2023", "--ignore", "X003").stdout
    without_b = unit_file_text.replace(
        "- {title: B, path: bukti/b.pdf}", "- {title: A2, path: bukti/a.pdf}"
    )
    write(year_dir / "a.yaml", without_b + "      - {title: C, path: bukti/c.pdf}\n")
    out = run_cli("evidence", "lock")
    assert "3 berkas dikunci (baru 0, berubah 0, dihapus 0)" in out.stderr
    assert "1 berkas di kunci tidak dirujuk tahun mana pun lagi" in out.stderr
    out = run_cli("evidence", "lock", "--prune")
    assert "2 berkas dikunci (baru 0, berubah 0, dihapus 1)" in out.stderr


def test_concurrent_locks_keep_every_entry(year_dir: Path) -> None:
    """Five `spbe evidence lock` runs at once, each locking another year's evidence: each run
    reads, merges and writes the same lock, and none loses another's entry (unguarded, four
    rounds in five lost some)."""
    import sys

    root = year_dir.parent.parent
    years = range(2021, 2026)
    for year in years:
        write(root / "bukti" / f"{year}.pdf", f"dokumen {year}\n")
        write(
            root / "assessments" / str(year) / "a.yaml",
            f"""
            unit: a
            year: {year}
            indicators:
              I1:
                level: 2
                explanation: Ada.
                evidence:
                  - {{title: Dokumen, path: bukti/{year}.pdf}}
            """,
        )
    command = [sys.executable, "-m", "spbe_cli", "evidence", "lock"]
    for _ in range(3):
        (root / "spbe-evidence.lock").unlink(missing_ok=True)
        runs = [
            subprocess.Popen([*command, f"assessments/{year}"], cwd=root, stderr=subprocess.PIPE)
            for year in years
        ]
        for run in runs:
            _, err = run.communicate(timeout=120)
            assert run.returncode == 0, err.decode()
        lock = (root / "spbe-evidence.lock").read_text(encoding="utf-8")
        assert [year for year in years if f'"bukti/{year}.pdf"' not in lock] == []


# --- diff ----------------------------------------------------------------------------------


def test_diff_between_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    doc = run_cli("diff", "assessments/2022", "assessments/2023", "-f", "json").json()
    assert doc["index"]["change_rounded"] == 0.78
    assert doc["counts"] == {"naik": 35, "tetap": 12}
    i4 = next(i for i in doc["indicators"] if i["id"] == "I4")
    assert (i4["old"], i4["new"], i4["status"], i4["unit"]) == (2, 2, "tetap", "diskominfo")
    md = run_cli("diff", "assessments/2022", "assessments/2023", "-f", "md").stdout
    assert (
        "| I1 | Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi "
        "Pusat/Pemerintah Daerah | 2 | 3 | ▲ naik | diskominfo |" in md
    )
    assert "| **Indeks SPBE** | 2,00 (Cukup) | 2,78 (Baik) | **+0,78** |" in md


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
            "HOME": str(cwd),
            "PATH": "/usr/bin:/bin:/usr/local/bin",
        },
    )


def test_diff_between_git_revisions(year_dir: Path) -> None:
    root = year_dir.parent.parent
    unit_file(year_dir, "a", all_levels(2))
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "2023 awal")
    _git(root, "tag", "v1")
    unit_file(year_dir, "a", {**all_levels(2, I1=3, I2=1), "I3": None})
    _git(root, "commit", "-qam", "revisi")
    unit_file(year_dir, "a", all_levels(5))  # uncommitted: must not be read, nor touched
    before = (year_dir / "a.yaml").read_bytes()
    doc = run_cli("diff", "v1:assessments/2023", "HEAD:assessments/2023", "-f", "json").json()
    status = {i["id"]: i["status"] for i in doc["indicators"]}
    assert (status["I1"], status["I2"], status["I3"], status["I4"]) == (
        "naik",
        "turun",
        "hilang",
        "tetap",
    )
    assert doc["index"]["old"] == 2.0
    mixed = run_cli("diff", "v1:assessments/2023", "assessments/2023", "-f", "json").json()
    assert mixed["index"]["new"] == 5.0
    assert (year_dir / "a.yaml").read_bytes() == before
    bad = run_cli("diff", "v9:assessments/2023", "assessments/2023")
    assert bad.exit_code == 2 and "v9" in bad.stderr


# --- the planner ---------------------------------------------------------------------------


def test_plan_on_the_example(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    doc = run_cli("plan", "assessments/2022", "--predikat", "Baik", "-f", "json").json()
    assert doc["stage"] == "final"  # 2022 has final results
    assert doc["start"] == 1.9085 and doc["target"] == 2.6 and doc["reachable"]
    assert doc["end_rounded"] >= 2.6 and doc["predikat"] == "Baik"
    # by hand: the gains add up, in order, to the index after each raise
    running = Fraction(str(doc["start"]))
    for r in doc["raises"]:
        running += Fraction(str(r["gain"]))
        assert Fraction(str(r["index_after"])) == running
    # every step costs 1 and may rise one level: the largest weights first, 26 of them
    assert len(doc["raises"]) == doc["cost"] == 26
    out = run_cli("plan", "assessments/2023", "--target", "2.80", "--exclude", "I42,I43,i44")
    # 2023 has reviews: the plan starts there (2,71); three 3 % steps outside the excluded ones
    assert "Dari tahap review (2,71) ke target 2,80: 3 indikator" in " ".join(out.stdout.split())
    unreachable = run_cli("plan", "assessments/2023", "--target", "4.9", "-f", "json").json()
    assert unreachable["reachable"] is False and unreachable["raises"] == []
    assert "TIDAK DAPAT" in run_cli("plan", "assessments/2023", "--target", "4.9").stdout
    reached = run_cli("plan", "assessments/2023", "--target", "2.5", "-f", "md").stdout
    assert "sudah tercapai" in reached
    assert run_cli("plan", "assessments/2023").exit_code == 2
    assert run_cli("plan", "assessments/2023", "--predikat", "Luar Biasa").exit_code == 2
    assert run_cli("plan", "assessments/2023", "--target", "3", "--exclude", "I99").exit_code == 2


def test_plan_with_effort_file(year_dir: Path) -> None:
    unit_file(year_dir, "a", all_levels(2))
    write(
        year_dir.parent.parent / "effort.yaml",
        """
        default: 1
        indicators:
          I42: 10
          I43: {3: 0.5}
        """,
    )
    doc = run_cli(
        "plan", "assessments/2023", "--target", "2.06", "--effort", "effort.yaml", "-f", "json"
    ).json()
    # +0.055 needed: I43 (3 %, cost 0.5) then the cheapest 2.5 % or more at cost 1
    assert next(r["id"] for r in doc["raises"]) == "I43"
    assert doc["cost"] == 1.5 and "I42" not in [r["id"] for r in doc["raises"]]
    write(year_dir.parent.parent / "bad.yaml", "default: 0\nindicators: {I1: -1}\n")
    out = run_cli("plan", "assessments/2023", "--target", "2.1", "--effort", "bad.yaml")
    assert out.exit_code == 1 and "bad.yaml:1:10: error S004" in out.stderr


SMALL = [
    ("D1", "60", [("A1", "60", ["10", "20", "30"])]),
    ("D2", "40", [("A2", "40", ["15", "25"])]),
]


@settings(max_examples=120, deadline=None)
@given(
    levels=st.lists(st.integers(1, 5), min_size=5, max_size=5),
    target=st.integers(100, 500).map(lambda x: Fraction(x, 100)),
    max_step=st.integers(1, 3),
    costs=st.lists(
        st.sampled_from([Fraction(1), Fraction(1, 2), Fraction(3), Fraction(7, 4)]),
        min_size=5,
        max_size=5,
    ),
    excluded=st.sets(st.sampled_from(["I1", "I2", "I3", "I4", "I5"]), max_size=2),
)
def test_plan_is_optimal_against_brute_force(
    tmp_path_factory: pytest.TempPathFactory,
    levels: list[int],
    target: Fraction,
    max_step: int,
    costs: list[Fraction],
    excluded: set[str],
) -> None:
    path = tmp_path_factory.mktemp("c") / "c.yaml"
    catalogue, _ = load_catalogue(write_catalogue(path, catalogue_yaml(SMALL)))
    assert catalogue is not None
    ids = list(catalogue.indicators)
    answers = {i: AnswerInput(v, "u", "u.yaml", 1) for i, v in zip(ids, levels, strict=True)}
    result = score(catalogue, answers)
    effort = Effort(per_indicator=dict(zip(ids, costs, strict=True)))
    plan = make_plan(result, target, max_step=max_step, exclude=excluded, effort=effort)
    best_cost: Fraction | None = None
    ranges = [
        range(1 if i in excluded else min(max_step, 5 - v) + 1)
        for i, v in zip(ids, levels, strict=True)
    ]
    for steps in itertools.product(*ranges):
        gain = sum(
            (k * catalogue.indicators[i].weight / 100 for i, k in zip(ids, steps, strict=True)),
            Fraction(0),
        )
        if result.index + gain >= target - Fraction(1, 200):
            cost = sum((k * c for k, c in zip(steps, costs, strict=True)), Fraction(0))
            best_cost = cost if best_cost is None else min(best_cost, cost)
    if best_cost is None:
        assert not plan.reachable
        return
    assert plan.reachable
    assert plan.cost == best_cost
    assert plan.end >= target - Fraction(1, 200)
    assert all(
        r.indicator.id not in excluded and 0 < r.to_level - r.from_level <= max_step
        for r in plan.raises
    )

"""A pull request is untrusted everywhere: it cannot make git run a command, pass a look-alike
folder off as a year, publish git's files as evidence or have an output replace an input.
Each test is an attack, run through the CLI as CI would run it."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, all_levels, run_cli, unit_file, write

GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None and not os.environ.get("CI"), reason="no git here")


def _git(top: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", *args], cwd=top, env=env, check=True, capture_output=True)


def _checkout(top: Path) -> Path:
    """``top`` as a git checkout: spbe.yaml at the top, one year under ``assessments/``."""
    write(top / "spbe.yaml", "instansi: Pemerintah Kota Asli\n")
    unit_file(top / "assessments" / "2023", "diskominfo", all_levels(1))
    _git(top, "init", "-q", "-b", "main")
    _git(top, "add", "-A")
    _git(top, "commit", "-q", "-m", "data")
    return top


def _plant_git_dir(folder: Path, marker: Path) -> None:
    """Ordinary files, as a pull request can add them, that git takes for a repository with a
    commit whose file-system monitor runs a command."""
    source = folder.parent / f".{folder.name}-source"
    source.mkdir()
    _git(source, "init", "-q", "-b", "main")
    _git(source, "commit", "-q", "--allow-empty", "-m", "x")
    shutil.copytree(source / ".git", folder, dirs_exist_ok=True)
    shutil.rmtree(source)
    (folder / "config").write_text(
        "[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n"
        f'\tfsmonitor = "touch {marker} #"\n'
    )
    for hook in (folder / "hooks").glob("*"):
        hook.unlink()


@needs_git
@pytest.mark.parametrize("where", ["assessments", "assessments/2023"])
def test_git_never_runs_in_a_planted_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    top = _checkout(tmp_path / "repo")
    marker = tmp_path / "pwned"
    _plant_git_dir(top / where, marker)
    # ... and a spbe.yaml that would make the planted folder the repository's root
    write(top / "assessments" / "spbe.yaml", "instansi: Pemerintah Kota Palsu\n")
    monkeypatch.chdir(top)

    out = tmp_path / "out"
    assert run_cli("report", "assessments/2023", "-o", str(out / "h.html")).exit_code == 0
    assert run_cli("report", "assessments/2023", "--format", "md").exit_code == 0
    assert run_cli("site", ".", "-o", str(out / "site")).exit_code == 0
    assert not marker.exists(), "git ran the planted repository's command"

    checked = run_cli("validate", "--format", "text")
    assert checked.exit_code == 1
    assert "X027" in checked.stdout
    assert f"{where}" in checked.stdout
    assert "X028" in checked.stdout and "assessments/spbe.yaml" in checked.stdout
    # every command reads the same spbe.yaml as validate: the top one
    assert "Pemerintah Kota Asli" in (out / "h.html").read_text(encoding="utf-8")
    assert "Palsu" not in (out / "site" / "index.html").read_text(encoding="utf-8")


@needs_git
def test_the_handout_still_names_its_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = _checkout(tmp_path / "repo")
    monkeypatch.chdir(top / "assessments")
    head = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=top, capture_output=True, text=True
    ).stdout.strip()
    shown = run_cli("report", "2023", "--format", "md")
    assert shown.exit_code == 0
    assert head in shown.stdout and f"{head}+" not in shown.stdout
    (top / "assessments" / "2023" / "diskominfo.yaml").write_text(
        (top / "assessments" / "2023" / "diskominfo.yaml").read_text() + "\n"
    )
    assert f"{head}+" in run_cli("report", "2023", "--format", "md").stdout


def test_only_the_git_helper_starts_git() -> None:
    """Read the source: one module runs git, and only output.py (Chromium), sign.py
    (ssh-keygen) and document_pdf.py (LibreOffice) start another program, each isolated; no
    module names git as a command anywhere else."""
    package = ROOT / "src" / "spbe_cli"
    runs_programs = set()
    names_git = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = path.relative_to(package).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                if any(m.split(".")[0] in ("subprocess", "pty") for m in modules):
                    runs_programs.add(relative)
            if isinstance(node, (ast.List, ast.Tuple)) and node.elts:
                first = node.elts[0]
                if isinstance(first, ast.Constant) and first.value in ("git", "git.exe"):
                    names_git.add(relative)
            if isinstance(node, ast.Attribute) and node.attr in ("system", "popen", "execvp"):
                runs_programs.add(relative)
    assert names_git == {"repository/gitsrc.py"}
    assert runs_programs <= {
        "repository/gitsrc.py",
        "app/output.py",
        "submission/sign.py",
        "submission/document_pdf.py",
    }


@pytest.mark.parametrize("name", ["２０２３", "2023\n", "2023 ", "٢٠٢٣", "2023\u200b"])
def test_a_look_alike_year_is_refused(
    year_dir: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    unit_file(year_dir, "diskominfo", all_levels(2))
    fake = year_dir.parent / name
    unit_file(fake, "diskominfo", all_levels(5))
    checked = run_cli("validate", "--format", "json")
    assert checked.exit_code == 1
    codes = [(p["code"], p["path"]) for p in checked.json()["problems"]]
    assert any(code == "X029" for code, _ in codes), codes
    scored = run_cli("score", "assessments", "--format", "json")
    assert scored.exit_code == 0
    text = scored.stdout
    assert "5.0" not in text  # the fake year's levels are read by nothing
    site = run_cli("site", ".", "-o", str(year_dir.parent.parent.parent / "site"))
    assert site.exit_code == 0


def test_one_year_two_folders(year_dir: Path) -> None:
    unit_file(year_dir, "diskominfo", all_levels(2))
    unit_file(year_dir.parent.parent / "2023", "diskominfo", all_levels(5))
    checked = run_cli("validate", "--format", "text")
    assert checked.exit_code == 1
    assert "X030" in checked.stdout


def test_a_year_linked_out_is_read_by_no_command(
    year_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    unit_file(year_dir, "diskominfo", all_levels(2))
    outside = tmp_path_factory.mktemp("elsewhere") / "2024"
    unit_file(outside, "diskominfo", all_levels(5), year=2024)
    (year_dir.parent / "2024").symlink_to(outside, target_is_directory=True)
    checked = run_cli("validate", "--format", "text")
    assert checked.exit_code == 1
    assert "Y015" in checked.stdout and "2024" in checked.stdout
    scored = run_cli("score", "assessments", "--format", "json")
    assert "2024" not in scored.stdout
    assert run_cli("score", "assessments/2024").exit_code == 1


def test_a_year_linked_within_the_repository_is_read(year_dir: Path) -> None:
    """An archive folder elsewhere in the same repository is still the repository."""
    unit_file(year_dir.parent.parent / "arsip" / "2024", "diskominfo", all_levels(3), year=2024)
    (year_dir.parent / "2024").symlink_to("../arsip/2024", target_is_directory=True)
    unit_file(year_dir, "diskominfo", all_levels(2))
    checked = run_cli("validate", "--format", "text")
    assert "Y015" not in checked.stdout
    scored = run_cli("score", "assessments/2024", "--format", "json")
    assert scored.exit_code == 0
    assert scored.json()["index_rounded"] == 3.0


@pytest.mark.parametrize("link", [False, True])
@pytest.mark.parametrize("name", [".git/config", ".GIT/config"])
def test_git_files_are_never_evidence(
    example_copy: Path, tmp_path: Path, name: str, link: bool
) -> None:
    git_dir = example_copy / name.split("/")[0]
    write(git_dir / "config", '[http]\n\textraheader = "AUTHORIZATION: basic c2VjcmV0"\n')
    target = name
    if link:
        (example_copy / "dokumen").symlink_to(git_dir, target_is_directory=True)
        target = "dokumen/config"
    unit = example_copy / "2023" / "bpkad.yaml"
    text = unit.read_text(encoding="utf-8")
    unit.write_text(text.replace("evidence/2023/inventaris-aset-tik-2023.pdf", target, 1))
    checked = run_cli("validate", "2023", "--format", "text")
    assert checked.exit_code == 1
    assert "error C021" in checked.stdout and target in checked.stdout
    site = run_cli("site", ".", "-o", str(tmp_path / "site"), "--with-evidence")
    assert site.exit_code == 0
    published = [p for p in (tmp_path / "site").rglob("*") if p.is_file()]
    assert any(p.name == "index.html" for p in published)
    assert any(p.parts[-2] == "2023" for p in published)  # other evidence is copied
    assert not any("c2VjcmV0" in p.read_text(errors="replace") for p in published)


def test_outputs_never_replace_inputs(example_copy: Path, tmp_path: Path) -> None:
    templates = tmp_path / "mine"
    write(templates / "report.md.j2", "{{ r.instansi }}\n")
    (example_copy / "templates").mkdir()
    (example_copy / "templates" / "report.html.j2").write_bytes(
        (ROOT / "templates" / "report.html.j2").read_bytes()
    )
    evidence_2022 = "evidence/2022/"  # a file another year names as evidence
    named = next(
        line.split("path:", 1)[1].strip()
        for line in (example_copy / "2022" / "bpkad.yaml").read_text().splitlines()
        if "path:" in line and evidence_2022 in line
    )
    (example_copy / ".git").mkdir()
    cases = [
        ("templates/report.html.j2", []),
        (str(templates / "report.md.j2"), ["--templates", str(templates), "--format", "md"]),
        (str(templates / "new.md"), ["--templates", str(templates), "--format", "md"]),
        (named, []),
        (".git/config", []),
    ]
    for target, extra in cases:
        before = Path(target).read_bytes() if Path(target).is_file() else None
        out = run_cli("report", "2023", "-o", target, *extra)
        assert out.exit_code == 2, target
        after = Path(target).read_bytes() if Path(target).is_file() else None
        assert before == after, target
    site = run_cli("site", ".", "-o", str(templates / "site"), "--templates", str(templates))
    assert site.exit_code == 2
    assert run_cli("site", ".", "-o", str(tmp_path), "--templates", str(templates)).exit_code == 2


def test_every_command_reads_the_configuration_validate_reads(
    example_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled example's layout (spbe.yaml in assessments/), run from the folder above."""
    top = tmp_path / "checkout"
    top.mkdir()
    example_copy.rename(top / "assessments")
    monkeypatch.chdir(top)
    site = run_cli("site", ".", "-o", str(tmp_path / "site"))
    assert site.exit_code == 0
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Pemerintah Kabupaten Contoh" in home
    assert run_cli("validate", "--format", "text").exit_code == 0


def test_commands_take_dot_for_the_year_folder(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(example_copy / "2023")
    scored = run_cli("score", ".", "--format", "json")
    assert scored.exit_code == 0
    assert scored.json()["index_rounded"] == 2.78
    assert "X019" not in run_cli("report", ".", "--format", "md").stderr


def test_another_checkout_inside_is_one_problem(year_dir: Path) -> None:
    """A tool kept as a checkout inside the root: X027 once, nothing inside it looked at."""
    unit_file(year_dir, "diskominfo", all_levels(1))
    tool = year_dir.parent.parent / "tools" / "spbe"
    (tool / ".git").mkdir(parents=True)
    write(tool / "tests" / "spbe.yaml", "instansi: Uji\n")
    write(tool / "docs" / "spbe.yaml", "instansi: Uji\n")
    checked = run_cli("validate", "--format", "json")
    codes = [p["code"] for p in checked.json()["problems"] if p["severity"] == "error"]
    assert codes == ["X027"]


def test_printing_keeps_harmless_meta() -> None:
    from spbe_cli.app.printpage import first_escape

    page = '<!doctype html><meta http-equiv="X-UA-Compatible" content="IE=edge"><p>x</p>'
    assert first_escape(page) is None
    refresh = '<meta http-equiv="refresh" content="0;url=file:///etc/passwd">'
    assert first_escape(refresh) is not None


def test_a_year_linked_to_another_year_is_refused(example_copy: Path, tmp_path: Path) -> None:
    (example_copy / "2024").symlink_to("2023", target_is_directory=True)
    checked = run_cli("validate", "--format", "text")
    assert checked.exit_code == 1 and "X031" in checked.stdout
    assert run_cli("score", "2024").exit_code == 1
    assert run_cli("site", ".", "-o", str(tmp_path / "site")).exit_code == 0
    assert not (tmp_path / "site" / "year-2024.html").exists()


@pytest.mark.parametrize("shape", ["files", "commondir"])
def test_git_directories_git_would_accept_are_found(year_dir: Path, shape: str) -> None:
    unit_file(year_dir, "diskominfo", all_levels(1))
    planted = year_dir.parent / "x"
    planted.mkdir()
    (planted / "HEAD").write_text("ref: refs/heads/main\n")
    if shape == "files":  # git only asks that objects and refs exist
        (planted / "objects").write_text("")
        (planted / "refs").write_text("")
    else:
        (planted / "commondir").write_text("../cm\n")
    checked = run_cli("validate", "--format", "text")
    assert checked.exit_code == 1 and "X027" in checked.stdout and "assessments/x" in checked.stdout


@needs_git
def test_diff_reads_unit_files_with_any_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """git quotes a name with "é" unless asked not to; the file must still be read."""
    top = _checkout(tmp_path / "repo")
    old = top / "assessments" / "2023" / "diskominfo.yaml"
    text = old.read_text(encoding="utf-8").replace("unit: diskominfo", "unit: diskominfo-é")
    (old.parent / "diskominfo-é.yaml").write_text(text, encoding="utf-8")
    old.unlink()
    _git(top, "add", "-A")
    _git(top, "commit", "-q", "-m", "unit with an accent")
    monkeypatch.chdir(top)
    shown = run_cli("diff", "HEAD~1:assessments/2023", "HEAD:assessments/2023", "--format", "json")
    assert shown.exit_code == 0
    doc = shown.json()
    assert doc["index"]["old"] == doc["index"]["new"] == 1.0
    assert doc["counts"] == {"tetap": 47}


@pytest.mark.parametrize("name", ["SPBE.YAML", "Templates/report.html.j2", "EVIDENCE/x.pdf"])
def test_outputs_are_compared_ignoring_case(example_copy: Path, name: str) -> None:
    out = run_cli("report", "2023", "-o", name)
    assert out.exit_code == 2
    assert not Path(name).exists()


@pytest.mark.parametrize("folder", ["evidence", "2023", "bukti"])
def test_a_site_never_replaces_a_folder_of_data(example_copy: Path, folder: str) -> None:
    """A planted ``.spbe-site`` marker does not make a folder of data a site to replace."""
    if folder == "bukti":  # a folder of its own, holding a file a year names as evidence
        (example_copy / "bukti").mkdir()
        (example_copy / "bukti" / "perbup.pdf").write_bytes(b"%PDF-1.4 bukti")
        unit = example_copy / "2023" / "bpkad.yaml"
        text = unit.read_text(encoding="utf-8")
        unit.write_text(
            text.replace("evidence/2023/inventaris-aset-tik-2023.pdf", "bukti/perbup.pdf", 1)
        )
    (example_copy / folder / ".spbe-site").write_text("spbe site\n")
    before = sorted(p.name for p in (example_copy / folder).iterdir())
    out = run_cli("site", ".", "-o", folder)
    assert out.exit_code == 2
    assert sorted(p.name for p in (example_copy / folder).iterdir()) == before


@pytest.mark.parametrize("link", ["../elsewhere/2027", "/nonexistent/2027"])
def test_new_follows_the_year_folder_rule(example_copy: Path, link: str) -> None:
    (example_copy.parent / "elsewhere" / "2027").mkdir(parents=True)
    (example_copy / "2027").symlink_to(link, target_is_directory=True)
    out = run_cli("new", "diskominfo", "--year", "2027")
    assert out.exit_code == 1
    assert "Y015" in out.stdout + out.stderr
    assert not (example_copy.parent / "elsewhere" / "2027" / "diskominfo.yaml").exists()


def test_code_spans_in_html_messages_never_carry_markup() -> None:
    """``ticks`` escapes first: a message quoting user text stays text on the page."""
    from spbe_cli.render.markdown import html_ticks

    shown = str(html_ticks("<b>jalankan `spbe validate <x>`</b> & `a`b"))
    assert shown == (
        "&lt;b&gt;jalankan <code>spbe validate &lt;x&gt;</code>&lt;/b&gt; &amp; <code>a</code>b"
    )

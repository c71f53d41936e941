"""A pull request may be written by someone who wants a bad answer to pass the gate, wants to
run code on the CI runner, or wants to destroy an input. Each test here is one such attempt,
made through the CLI exactly as CI runs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

import json
import os
import stat
import time
from pathlib import Path

import pytest

from conftest import run_cli, write


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An ``spbe init`` repository for 2025, every indicator answered, the cwd its root."""
    root = tmp_path / "kab"
    assert (
        run_cli("init", str(root), "--instansi", "Kabupaten Uji", "--year", "2025").exit_code == 0
    )
    for unit_path in sorted((root / "assessments" / "2025").glob("*.yaml")):
        text = unit_path.read_text(encoding="utf-8").replace("level: null", "level: 1")
        unit_path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    assert run_cli("validate").exit_code == 0
    return root


def codes(out_stdout: str) -> set[tuple[str, str]]:
    """(file name, code) of every problem line of the text format."""
    found = set()
    for line in out_stdout.splitlines():
        head, _, rest = line.partition(": ")
        if rest.split(" ", 1)[0] in ("error", "warning"):
            found.add((Path(head.split(":")[0]).name, rest.split()[1]))
    return found


def break_unit(repo: Path) -> None:
    bpkad = repo / "assessments" / "2025" / "bpkad.yaml"
    bpkad.write_text(bpkad.read_text("utf-8").replace("level: 1", "level: 9", 1), "utf-8")


@pytest.mark.parametrize(
    "name, text",
    [
        ("effort.yaml", "default: 1\n"),
        ("palsu.yaml", "unit: palsu\nyear: 2025\nindicators:\n  I1:\n    level: 1\n"),
    ],
)
def test_a_root_yaml_file_does_not_replace_the_check(repo: Path, name: str, text: str) -> None:
    break_unit(repo)
    write(repo / name, text)
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert ("bpkad.yaml", "S005") in codes(out.stdout)
    assert run_cli("validate", ".", "--format", "text").exit_code == 1


def test_validate_from_inside_a_year_checks_the_whole_repository(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo / "assessments" / "2024" / "bpkad.yaml", "unit: bpkad\nyear: 2024\nindicators: 3\n")
    monkeypatch.chdir(repo / "assessments" / "2025")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert "assessments/2024/bpkad.yaml" in out.stdout.replace("../2024", "assessments/2024")


@pytest.mark.parametrize(
    ("folder", "code", "says"),
    [
        ("2025 ", "X029", "tampak seperti tahun 2025"),
        ("2025-final", "X019", "bukan folder tahun"),
        ("lama-2024", "X019", "bukan folder tahun"),
    ],
)
def test_odd_year_folders_are_reported(repo: Path, folder: str, code: str, says: str) -> None:
    odd = repo / "assessments" / folder
    odd.mkdir()
    write(odd / "bpkad.yaml", "unit: bpkad\nyear: 2025\nindicators:\n  I1:\n    level: 0\n")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert f"{code} folder `assessments/{folder}` {says}" in out.stdout
    given = run_cli("score", f"assessments/{folder}")
    assert given.exit_code == 1
    assert code in given.stderr


@pytest.mark.parametrize(
    "name", ["bpkad.yaml.txt", "Bpkad.YAML", "x.yml.bak", "_draft.yaml", ".bpkad.yaml", "spbe.yaml"]
)
def test_unread_files_in_a_year_folder_are_reported(repo: Path, name: str) -> None:
    write(repo / "assessments" / "2025" / name, "unit: x\nyear: 2025\nindicators: {}\n")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert (name, "X020") in codes(out.stdout)


def test_a_spbe_yaml_in_a_year_folder_is_not_the_configuration(repo: Path) -> None:
    """Its empty registry would switch off the unit checks for that year."""
    write(repo / "assessments" / "2025" / "spbe.yaml", "instansi: Palsu\nunits: {}\n")
    write(repo / "assessments" / "2025" / "palsu.yaml", "unit: palsu\nyear: 2025\nindicators: {}\n")
    out = run_cli("validate", "assessments/2025", "--format", "text")
    assert ("palsu.yaml", "X011") in codes(out.stdout)
    assert ("spbe.yaml", "X020") in codes(out.stdout)


@pytest.mark.parametrize("text", ["# diisi nanti\n", "~\n", "---\n", "--- # kosong\n...\n"])
def test_an_emptied_unit_file_fails_and_its_indicators_count_as_missing(
    repo: Path, text: str
) -> None:
    (repo / "assessments" / "2025" / "bpkad.yaml").write_text(text, encoding="utf-8")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    found = codes(out.stdout)
    assert ("bpkad.yaml", "Y008") in found
    assert ("2025", "X003") in found


def test_an_emptied_lock_or_config_fails(repo: Path) -> None:
    for name in ("spbe.yaml", "spbe-evidence.lock"):
        (repo / name).write_text("~\n", encoding="utf-8")
        out = run_cli("validate", "--format", "text")
        assert out.exit_code == 1
        assert (name, "Y008") in codes(out.stdout)


def test_an_empty_catalogue_is_an_error_everywhere(repo: Path) -> None:
    write(repo / "indicators" / "kosong.yaml", "# katalog menyusul\n")
    out = run_cli("catalogue", "check", "indicators/kosong.yaml")
    assert out.exit_code == 1
    assert "Y008" in out.stdout + out.stderr
    score = run_cli("score", "assessments/2025", "--catalogue", "indicators/kosong.yaml")
    assert score.exit_code == 1
    assert "Y008" in score.stderr


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-urandom", "outside"])
@pytest.mark.parametrize("name", ["bpkad.yaml", "_final.yaml", "spbe.yaml", "spbe-evidence.lock"])
def test_files_that_are_not_files_are_refused_quickly(
    repo: Path, tmp_path: Path, kind: str, name: str
) -> None:
    target = repo / name if name.startswith("spbe") else repo / "assessments" / "2025" / name
    if target.exists():
        target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "outside":
        secret = write(tmp_path / "rahasia.yaml", "kunci_rahasia_sekali: 1\n")
        target.symlink_to(secret)
    else:
        target.symlink_to("/dev/zero" if kind == "dev-zero" else "/dev/urandom")
    started = time.monotonic()
    out = run_cli("validate", "--format", "text")
    assert time.monotonic() - started < 10
    assert out.exit_code == 1
    assert (name, "Y014" if kind == "fifo" else "Y015") in codes(out.stdout)
    assert "kunci_rahasia_sekali" not in out.stdout


def test_a_catalogue_outside_the_repository_is_not_read(repo: Path, tmp_path: Path) -> None:
    write(tmp_path / "luar.yaml", "rahasia_negara: 1\n")
    for unit_path in (repo / "assessments" / "2025").glob("*.yaml"):
        text = unit_path.read_text("utf-8")
        unit_path.write_text(text.replace("spbe-2020", f"{tmp_path}/luar.yaml"), "utf-8")
    out = run_cli("validate", "--format", "text")
    assert out.exit_code == 1
    assert "Y015" in out.stdout
    assert "rahasia_negara" not in out.stdout


# --- data that must never act -------------------------------------------------------------


def hostile_catalogue(repo: Path) -> None:
    """The bundled catalogue with predikat and level names that try to be markup."""
    from spbe_cli.base.resources import catalogue_dir

    text = (catalogue_dir() / "spbe-2020.yaml").read_text("utf-8")
    text = text.replace("name: Memuaskan", 'name: "<img src=x onerror=alert(1)>"')
    text = text.replace("name: Kurang", 'name: "~~Kurang~~ [x](javascript:alert(2))"')
    text = text.replace("name: Cukup", 'name: "---"')
    text = text.replace("id: spbe-2020", "id: spbe-2020-uji")
    write(repo / "indicators" / "uji.yaml", text)
    for unit_path in (repo / "assessments" / "2025").glob("*.yaml"):
        body = unit_path.read_text("utf-8")
        body = body.replace("catalogue: spbe-2020", "catalogue: indicators/uji.yaml")
        unit_path.write_text(body, "utf-8")
    config = repo / "spbe.yaml"
    config.write_text(
        config.read_text("utf-8").replace("spbe-2020", "indicators/uji.yaml"), "utf-8"
    )


def add_hostile_evidence(repo: Path) -> None:
    """Evidence in diskominfo.yaml: a file named like a script URL (present), a URL with line
    breaks, a path that leaves the repository."""
    (repo / "javascript:alert(1337)").write_bytes(b"%PDF-1.4 x")
    diskominfo = repo / "assessments" / "2025" / "diskominfo.yaml"
    text = diskominfo.read_text("utf-8")
    hostile = (
        "    level: 1\n"
        "    evidence:\n"
        '      - title: "~~dicoret~~ <b>tebal</b>"\n'
        '        path: "javascript:alert(1337)"\n'
        "      - title: Tautan\n"
        '        url: "https://contoh.go.id/a\\n[klik](javascript:alert(2))"\n'
        "      - title: Rahasia\n"
        '        path: "../../../etc/passwd"\n'
    )
    diskominfo.write_text(text.replace("    level: 1\n", hostile, 1), "utf-8")


def markdown_tokens(text: str) -> list[Token]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    flat = []
    for token in md.parse(text):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def assert_inert_markdown(text: str) -> None:
    tokens = markdown_tokens(text)
    active = [
        (getattr(t, "type", ""), getattr(t, "content", ""))
        for t in tokens
        if getattr(t, "type", "") in ("html_inline", "html_block", "s_open")
    ]
    assert all(found == ("html_inline", "<br>") for found in active), active  # cell line breaks
    rules = sum(1 for t in tokens if getattr(t, "type", "") == "hr")
    assert rules <= 1, "only the handout's own rule above its footer"
    for token in tokens:
        if getattr(token, "type", "") == "link_open":
            href = str(token.attrGet("href"))
            assert href.startswith(("https://", "http://", "./", "../", "#")), href


def test_markdown_outputs_stay_inert(repo: Path) -> None:
    hostile_catalogue(repo)
    add_hostile_evidence(repo)
    score = run_cli("score", "assessments/2025", "--format", "md")
    assert score.exit_code == 0, score.stderr
    assert_inert_markdown(score.stdout)
    for args in ([], ["--unit", "diskominfo"]):
        out = run_cli("report", "assessments/2025", "--format", "md", *args)
        assert out.exit_code == 0, out.stderr
        assert_inert_markdown(out.stdout)
        assert "etc/passwd)" not in out.stdout


def test_handout_links_never_carry_a_scheme_or_leave_the_repository(repo: Path) -> None:
    from html.parser import HTMLParser

    add_hostile_evidence(repo)
    out = run_cli("report", "assessments/2025", "-o", "handout.html")
    assert out.exit_code == 0, out.stderr
    hrefs: list[str] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            hrefs.extend(v or "" for k, v in attrs if k in ("href", "src"))

    Links().feed((repo / "handout.html").read_text("utf-8"))
    assert "./javascript%3Aalert%281337%29" in hrefs
    for href in hrefs:
        assert href.startswith(("#", "./", "https://", "http://")), href
        assert "passwd" not in href


@pytest.mark.parametrize(
    "payload",
    [
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ r.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ joiner.__init__.__globals__ }}",
        "{% set x = r.t.update({'a': 1}) %}{{ x }}",
    ],
)
def test_repository_templates_run_in_the_sandbox(repo: Path, payload: str) -> None:
    write(repo / "templates" / "report.md.j2", payload + "\n")
    out = run_cli("report", "assessments/2025", "--format", "md")
    assert out.exit_code == 1
    assert "uid=" not in out.stdout + out.stderr
    assert out.stderr.startswith("templat templates/report.md.j2:1: ")
    assert "Traceback" not in out.stderr


def test_a_repository_template_linking_out_is_not_read(repo: Path, tmp_path: Path) -> None:
    secret = write(tmp_path / "rahasia.txt", "RAHASIA-NEGARA\n")
    (repo / "templates").mkdir()
    (repo / "templates" / "report.md.j2").symlink_to(secret)
    out = run_cli("report", "assessments/2025", "--format", "md")
    assert "RAHASIA-NEGARA" not in out.stdout + out.stderr
    assert out.exit_code == 0  # the bundled template is used instead


INJECTIONS = [
    ("unit", '"dinkes\\n::error file=README.md,line=1::PALSU"'),
    ("unit", '"dinkes\\r\\n::stop-commands::token123"'),
    ("unit", '"\\e]0;judul\\a\\e[2J"'),
]


@pytest.mark.parametrize("key, value", INJECTIONS)
@pytest.mark.parametrize("fmt", ["github", "text", "junit", "sarif", "gitlab", "json"])
def test_no_data_starts_a_line_or_drives_the_terminal(
    repo: Path, key: str, value: str, fmt: str
) -> None:
    import json
    from xml.etree import ElementTree

    bpkad = repo / "assessments" / "2025" / "bpkad.yaml"
    bpkad.write_text(bpkad.read_text("utf-8").replace("unit: bpkad", f"{key}: {value}"), "utf-8")
    (repo / "assessments" / "2025" / "::warning x.yaml").write_text("unit: x\n", "utf-8")
    out = run_cli("validate", "--format", fmt, env={"GITHUB_ACTIONS": "true"})
    assert out.exit_code == 1
    text = out.stdout + out.stderr
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    ours = [line for line in text.splitlines() if line.lstrip().startswith("::")]
    assert all(line.startswith(("::error file=", "::warning file=")) for line in ours), ours
    assert not any(line.startswith(("::error file=README", "::stop-commands")) for line in ours)
    if fmt == "junit":
        ElementTree.fromstring(out.stdout.encode())
    if fmt in ("sarif", "gitlab", "json"):
        json.loads(out.stdout)
    if fmt == "github":
        plain = [line for line in text.splitlines() if ": error " in line or ": warning " in line]
        assert len(ours) == len(plain)


# --- git --------------------------------------------------------------------------------------


@pytest.fixture
def git_repo(example_copy: Path) -> Path:
    """A copy of the bundled example as a git repository with one commit."""
    import subprocess

    root = example_copy
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "t",
    }
    env["GIT_COMMITTER_EMAIL"] = "t@x"
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "awal"]):
        subprocess.run(["git", *args], check=True, env=env, capture_output=True)
    return root


@pytest.mark.parametrize(
    "spec", ["--output=/tmp/spbe-git-option:2022", "-h:2022", "--exec-path=x:2022", ":2022"]
)
def test_a_revision_is_never_a_git_option(git_repo: Path, spec: str) -> None:
    out = run_cli("diff", "--", spec, "2022")
    assert out.exit_code == 2
    assert "revisi" in out.stderr
    assert not Path("/tmp/spbe-git-option").exists()
    assert "Traceback" not in out.stderr


def test_diff_at_a_revision_reads_its_stage_files(git_repo: Path) -> None:
    out = run_cli("diff", "HEAD:2022", "2022", "--stage", "final", "--format", "json")
    assert out.exit_code == 0, out.stderr
    doc = out.json()
    assert doc["old"]["index_rounded"] == doc["new"]["index_rounded"] == 1.91
    assert doc["index"]["old"] == doc["index"]["new"]


# --- no input is lost ---------------------------------------------------------------------------


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.mark.parametrize(
    "args",
    [
        ["export", "2023", "-f", "json", "-o", "2023/bpkad.yaml"],
        ["export", "2023", "-f", "csv", "-o", "2023/bpkad.yaml"],
        ["export", "2023", "-f", "portal", "-o", "2023/bpkad.yaml"],
        ["export", "2023", "-f", "xlsx", "-o", "2023/bpkad.yaml"],
        ["export", "2023", "-f", "json", "-o", "spbe.yaml"],
        ["export", "2023", "-f", "json", "-o", "2022/_final.yaml"],
        ["export", "2023", "-f", "json", "-o", "2023/baru.json"],
        ["schema", "-o", "spbe.yaml"],
        ["schema", "-o", "spbe-evidence.lock"],
        ["report", "2023", "-o", "spbe-evidence.lock"],
        ["report", "2023", "-f", "pdf", "-o", "evidence/2023/perbup-12-2021-arsitektur-spbe.pdf"],
        ["report", "2023", "-o", "evidence/baru.html"],
        ["report", "2023", "-f", "md", "-o", "2022/_final.yaml"],
    ],
)
def test_no_output_replaces_an_input(example_copy: Path, args: list[str]) -> None:
    before = tree_bytes(example_copy)
    out = run_cli(*args)
    assert out.exit_code == 2, out.stderr
    assert "menolak menulis" in out.stderr
    assert tree_bytes(example_copy) == before
    assert not list(example_copy.rglob("*.tmp"))


def test_outputs_beside_the_inputs_are_written(example_copy: Path) -> None:
    assert run_cli("export", "2023", "-f", "json", "-o", "hasil/baru/contoh.json").exit_code == 0
    assert (example_copy / "hasil" / "baru" / "contoh.json").is_file()
    assert run_cli("schema", "-o", "skema/spbe.schema.json").exit_code == 0
    assert run_cli("report", "2023", "-o", "bahan.html").exit_code == 0
    # a folder named as the output is a usage mistake of every writing command: exit 2, one
    # line, nothing written
    before = tree_bytes(example_copy)
    for args in (
        ["report", "2023", "-o", "hasil"],
        ["report", "2023", "-f", "pdf", "-o", "hasil"],
        ["export", "2023", "-o", "hasil"],
        ["export", "2023", "-f", "csv", "-o", "hasil"],
        ["sheet", "bpkad", "--year", "2023", "-o", "hasil"],
        ["schema", "-o", "hasil"],
    ):
        folder = run_cli(*args)
        assert folder.exit_code == 2, args
        assert "hasil adalah folder" in folder.stderr and "internal" not in folder.stderr
    assert tree_bytes(example_copy) == before


def test_a_pipe_or_device_named_as_the_output_is_never_replaced(example_copy: Path) -> None:
    """Renaming over ``-o /dev/null`` (as root) or a named pipe would destroy it: every writing
    command refuses it (exit 2) and leaves it as it was."""
    pipe = example_copy / "pipa"
    os.mkfifo(pipe)
    before = tree_bytes(example_copy)
    for args in (
        ["export", "2023", "-f", "json", "-o", str(pipe)],
        ["report", "2023", "-o", str(pipe)],
        ["snapshot", "2026", "-o", str(pipe)],
        ["schema", "-o", str(pipe)],
        ["score", "2023", "-f", "json", "-o", "/dev/null"],
    ):
        if "-o" not in args or (args[0] == "score" and not _takes_output("score")):
            continue
        out = run_cli(*args)
        assert out.exit_code == 2, (args, out.stderr)
        assert "bukan berkas biasa" in out.stderr and "internal" not in out.stderr, args
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert stat.S_ISCHR(Path("/dev/null").lstat().st_mode)
    assert tree_bytes(example_copy) == before


def _takes_output(command: str) -> bool:
    return "--output" in run_cli(command, "--help").stdout


def test_locking_one_year_keeps_the_others(example_copy: Path) -> None:
    lock = example_copy / "spbe-evidence.lock"
    before = lock.read_text("utf-8")
    assert before.count('"evidence/2022/') > 5
    out = run_cli("evidence", "lock", "2023")
    assert out.exit_code == 0, out.stderr
    assert "dihapus 0" in out.stderr
    after = lock.read_text("utf-8")
    assert after.count('"evidence/2022/') == before.count('"evidence/2022/')
    tampered = next((example_copy / "evidence" / "2022").glob("*.pdf"))
    tampered.write_bytes(tampered.read_bytes() + b"%ubah")
    check = run_cli("validate", "--format", "text")
    assert check.exit_code == 1
    assert "C010" in check.stdout and tampered.name in check.stdout


def test_a_killed_write_leaves_nothing_the_next_run_keeps(example_copy: Path) -> None:
    dead = 2**22 + 12345  # beyond pid_max defaults: no such process
    stale = example_copy / f".bahan.html.spbe-{dead}-abc123.tmp"
    stale.write_text("setengah", "utf-8")
    live = example_copy / f".bahan.html.spbe-{os.getpid()}-def456.tmp"
    live.write_text("milik proses yang masih jalan", "utf-8")
    assert run_cli("report", "2023", "-o", "bahan.html").exit_code == 0
    assert not stale.exists()
    assert live.exists()


def test_markdown_handout_and_its_charts_appear_together(example_copy: Path) -> None:
    assert run_cli("report", "2023", "-f", "md", "-o", "bahan.md").exit_code == 0
    first = {p.name for p in example_copy.glob("bahan-*.svg")}
    assert len(first) == 2
    assert run_cli("report", "2022", "-f", "md", "-o", "bahan.md").exit_code == 0
    second = {p.name for p in example_copy.glob("bahan-*.svg")}
    text = (example_copy / "bahan.md").read_text("utf-8")
    assert len(second) == 2 and second != first  # the old charts were never overwritten
    assert all(f"({name})" in text for name in second)


def test_init_force_twice_leaves_a_repository_that_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "kab"
    for _ in range(3):
        out = run_cli("init", str(root), "--instansi", "Kab", "--year", "2025", "--force")
        assert out.exit_code == 0
    monkeypatch.chdir(root)
    check = run_cli("validate", "--format", "text")
    assert check.exit_code == 0, check.stdout
    assert (root / "spbe-baru" / "spbe.yaml").is_file()


def test_report_to_a_file_named_like_a_placeholder_is_html(example_copy: Path) -> None:
    assert run_cli("report", "2023", "-o", "_").exit_code == 0
    assert (example_copy / "_").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_a_nul_byte_in_an_evidence_path_is_a_located_problem(example_copy: Path) -> None:
    unit = example_copy / "2023" / "bpkad.yaml"
    text = unit.read_text("utf-8")
    first = text.index("path: ")
    end = text.index("\n", first)
    unit.write_text(text[:first] + 'path: "evidence/\\0x.pdf"' + text[end:], "utf-8")
    for args in (["validate"], ["report", "2023", "-o", "bahan.html"], ["evidence", "lock"]):
        out = run_cli(*args)
        assert out.exit_code in (0, 1), out.stderr
        assert "Traceback" not in out.stdout + out.stderr
        assert "embedded null" not in out.stdout + out.stderr
    assert "C005" in run_cli("validate", "--format", "text").stdout


def test_chromium_dies_with_a_killed_spbe(example_copy: Path) -> None:
    import signal
    import subprocess
    import sys

    from test_report import _browser

    _browser()
    import tempfile

    # Short: Chromium's sockets live below TMPDIR, and a socket path has at most 107 bytes.
    scratch = Path(tempfile.mkdtemp(prefix="spbe-t", dir="/tmp"))
    env = {**os.environ, "TMPDIR": str(scratch)}
    command = [sys.executable, "-m", "spbe_cli", "report", "2023", "-f", "pdf", "-o", "b.pdf"]
    for delay in (0.4, 0.8):
        spbe = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        spbe.send_signal(signal.SIGKILL)
        spbe.wait()
        time.sleep(2)
        live = subprocess.run(
            ["ps", "-eo", "stat=,args="], capture_output=True, text=True, check=True
        ).stdout
        ours = [
            line for line in live.splitlines() if str(scratch) in line and not line.startswith("Z")
        ]
        assert ours == [], ours
    done = subprocess.run(command, env=env, check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert list(scratch.iterdir()) == []  # Chromium's own scratch files were inside ours
    scratch.rmdir()
    assert not list(example_copy.glob(".b.pdf*.tmp"))
    assert (example_copy / "b.pdf").read_bytes().startswith(b"%PDF")


def test_a_not_found_hint_never_lists_a_folder_outside(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "luar"
    write(outside / "rahasia-negara.pdf", "x")
    (repo / "tautan").symlink_to(outside)
    diskominfo = repo / "assessments" / "2025" / "diskominfo.yaml"
    text = diskominfo.read_text("utf-8")
    hostile = "    level: 1\n    evidence:\n      - {title: X, path: 'tautan\\rahasia-negar.pdf'}\n"
    diskominfo.write_text(text.replace("    level: 1\n", hostile, 1), "utf-8")
    out = run_cli("validate", "--format", "text")
    assert "C005" in out.stdout
    assert "rahasia-negara" not in out.stdout


@pytest.mark.parametrize("year", ["0", "-5", "99999"])
def test_a_year_is_four_digits(tmp_path: Path, year: str) -> None:
    made = run_cli("init", str(tmp_path / "baru"), "--instansi", "X", f"--year={year}")
    assert made.exit_code == 2 and "bukan tahun" in made.stderr
    assert not (tmp_path / "baru").exists()


def test_a_new_year_is_four_digits(example_copy: Path) -> None:
    before = tree_bytes(example_copy)
    made = run_cli("new", "diskominfo", "--year", "10000")
    assert made.exit_code == 2 and "bukan tahun" in made.stderr
    assert tree_bytes(example_copy) == before


@pytest.mark.parametrize("digit", ["٣", "３"])
def test_only_ascii_digits_are_numbers(example_copy: Path, digit: str) -> None:
    """Python reads "٣" (Arabic-Indic) and "３" (full-width) as 3; a value never does."""
    unit = example_copy / "2026" / "diskominfo.yaml"
    text = unit.read_text(encoding="utf-8")
    unit.write_text(text.replace("  I4:\n    level: 3\n", f'  I4:\n    level: "{digit}"\n', 1))
    out = run_cli("validate", "2026", "--format", "text")
    assert out.exit_code == 1 and "diskominfo.yaml:8:12: error" in out.stdout
    unit.write_text(text, encoding="utf-8")
    plan = run_cli("plan", "2026", "--target", digit)
    assert plan.exit_code == 2


def test_a_year_of_stage_files_alone_is_an_error_for_validate_too(example_copy: Path) -> None:
    """score, report and plan refuse it (X008): validate says so first, in CI."""
    year = example_copy / "2027"
    year.mkdir()
    final = (example_copy / "2026" / "_final.yaml").read_text(encoding="utf-8")
    (year / "_final.yaml").write_text(final.replace("year: 2026", "year: 2027"), "utf-8")
    for args in (["validate", "2027"], ["validate", "."]):
        out = run_cli(*args, "--format", "text")
        assert out.exit_code == 1 and "error X008" in out.stdout, args
    assert run_cli("score", "2027").exit_code == 1


@pytest.mark.parametrize("name", ["x²", "①", "x٣"])
def test_a_path_with_other_digits_is_reported_not_an_internal_error(
    example_copy: Path, name: str
) -> None:
    for args in (["validate", name], ["validate", name, "-f", "sarif"], ["score", name]):
        out = run_cli(*args)
        assert out.exit_code == 1, (args, out.stderr)
        assert "internal" not in out.stderr and "X010" in out.stdout + out.stderr, args


def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_every_format(
    example_copy: Path,
) -> None:
    bad = os.fsencode(example_copy / "2026") + b"/bad\xff.yaml"
    with open(bad, "wb") as handle:
        handle.write(b"unit: bad\nyear: 2026\nindicators: {}\nzz: 1\n")
    for fmt in ("text", "json", "sarif", "gitlab", "junit", "github"):
        out = run_cli("validate", "2026", "-f", fmt)
        assert out.exit_code == 1, (fmt, out.stderr)
        shown = out.stdout + out.stderr
        shown.encode("utf-8")  # every character can be written as UTF-8
        if fmt == "json":
            paths = [p["path"] for p in json.loads(out.stdout)["problems"]]
            assert any(path.endswith("bad\\udcff.yaml") for path in paths), paths
        else:
            plain = shown.replace("\\\\", "\\")  # JSON writes the backslash twice
            assert "bad\\udcff.yaml" in plain or "bad%5Cudcff.yaml" in plain, fmt


def test_a_line_break_in_a_name_never_starts_a_line_of_score(example_copy: Path) -> None:
    config = example_copy / "spbe.yaml"
    text = config.read_text("utf-8")
    config.write_text(
        'instansi: "Kab X\\n::error file=INJ::pwned"\n'
        + "\n".join(line for line in text.splitlines() if not line.startswith("instansi:"))
        + "\n",
        "utf-8",
    )
    for args in (["score", "2026"], ["score", "2023"], ["score", "2026", "-f", "md"]):
        out = run_cli(*args)
        assert out.exit_code == 0, out.stderr
        assert not any(line.lstrip().startswith("::") for line in out.stdout.splitlines())
        assert "::error file=INJ::pwned" in out.stdout  # shown, on the line of its name


@pytest.mark.parametrize("epoch", ["¹", "99999999999999999", "-5", "1e9", " "])
def test_an_odd_source_date_epoch_is_ignored_not_an_error(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch, epoch: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    for args in (
        ["export", "2026", "-o", "x.xlsx"],
        ["report", "2026", "-f", "md", "-o", "x.md"],
        ["snapshot", "2026", "-o", "s.json", "--force"],
    ):
        out = run_cli(*args)
        assert out.exit_code == 0, (args, out.stderr)
    assert '"created"' not in (example_copy / "s.json").read_text("utf-8")

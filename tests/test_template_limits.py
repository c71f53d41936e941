"""A repository template (a pull request's) that asks for unbounded work: each attempt ends as
a located template error with exit 1 and nothing written, quickly and in bounded memory."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, run_cli, write

HEAD = "Indeks {{ r.index }}\n"  # line 1; each attack is line 2

ATTACKS = {
    "lipsum": ("{{ lipsum(3000000) }}", "'lipsum' is undefined"),
    "power-tower": ("{{ 9 ** (9 ** 9) }}", "bilangan terlalu besar"),
    "squaring": (
        "{% set n = namespace(x=3) %}{% for i in range(40) %}{% set n.x = n.x * n.x %}{% endfor %}",
        "bilangan terlalu besar",
    ),
    "big-print": ("{{ 10 ** 5000 }}", "terlalu panjang untuk dicetak"),
    "center": ('{{ "a"|center(3000000000) }}', "nilai terlalu panjang"),
    "repeat": ('{{ "a" * 10**10 }}', "nilai terlalu panjang"),
    "list-repeat": ("{{ [1] * 10**10 }}", "nilai terlalu panjang"),
    "ljust": ('{{ "a".ljust(3000000000) }}', "nilai terlalu panjang"),
    "percent": ('{{ "%999999999d" % 1 }}', "nilai terlalu panjang"),
    "format-filter": ('{{ "%.999999999f"|format(1.5) }}', "nilai terlalu panjang"),
    "str-format": ('{{ "{:>999999999}".format(1) }}', "nilai terlalu panjang"),
    "indent": ('{{ "a\\nb"|indent(3000000000) }}', "nilai terlalu panjang"),
    "wordwrap": ('{{ "abcdef"|wordwrap(1, wrapstring="x" * 4000000) }}', "nilai terlalu panjang"),
    "join": ('{{ range(100000)|join("x" * 1000) }}', "nilai terlalu panjang"),
    "method-join": ('{{ ("x" * 1000).join(range(100000)|map("string")) }}', "terlalu panjang"),
    "replace": ('{{ ("a" * 1000)|replace("a", "b" * 100000) }}', "nilai terlalu panjang"),
    "to-bytes": ('{{ (1).to_bytes(10**10, "big") }}', "nilai terlalu panjang"),
    "batch": ("{{ [1]|batch(10**10, 0)|list }}", "nilai terlalu panjang"),
    "doubling": (
        '{% set n = namespace(s="ab") %}{% for i in range(64) %}{% set n.s = n.s ~ n.s %}'
        "{% endfor %}{{ n.s|length }}",
        "nilai terlalu panjang",
    ),
    "range": ("{% for i in range(10**9) %}x{% endfor %}", "range terlalu besar"),
    "huge-range": ("{{ range(10**30)|length }}", "range terlalu besar"),
    "recursive-macro": (
        "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}",
        "bersarang lebih dari 64 tingkat",
    ),
    "recursive-loop": (
        "{% for x in [1] recursive %}{{ loop([x]) }}{% endfor %}",
        "bersarang lebih dari 64 tingkat",
    ),
    "self-include": ('{% include "report.md.j2" %}', "rekursi terlalu dalam"),
    "output-bomb": (
        "{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx{% endfor %}"
        "{% endfor %}",
        "hasil templat lebih dari 20000000 karakter",
    ),
    "zero": ("{{ 1 / 0 }}", "ZeroDivisionError"),
}


@pytest.fixture
def repo(example_copy: Path) -> Path:
    """The bundled example; its `templates/` folder is the pull request's."""
    return example_copy


@contextlib.contextmanager
def memory_limit(extra: int = 1536 << 20) -> Iterator[None]:
    """The process may grow by ``extra`` bytes at most: a guard that fails shows as a
    MemoryError here, not as a machine out of memory."""
    with Path("/proc/self/status").open(encoding="ascii") as status:
        size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize"))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (size + extra, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux: VmSize")
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_template_bomb_is_a_located_error(repo: Path, attack: str) -> None:
    payload, expected = ATTACKS[attack]
    write(repo / "templates" / "report.md.j2", HEAD + payload + "\n")
    before = tree(repo)
    started = time.monotonic()
    with memory_limit():
        out = run_cli("report", "2023", "-f", "md", "-o", "rapat.md")
    assert time.monotonic() - started < 15
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2:2: "), out.stderr
    assert expected in out.stderr and "Traceback" not in out.stderr
    assert tree(repo) == before  # no handout, no charts


def test_the_message_follows_the_language(repo: Path) -> None:
    write(repo / "templates" / "report.md.j2", HEAD + '{{ "a" * 10**10 }}\n')
    out = run_cli("report", "2023", "-f", "md", "--lang", "en")
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2:2: value too long: ")


def test_a_template_that_is_not_utf8_is_located(repo: Path) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "report.md.j2").write_bytes(b"Indeks\n\xe9t\xe9 {{ r.index }}\n")
    out = run_cli("report", "2023", "-f", "md", "-o", "rapat.md")
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2:2: berkas templat bukan UTF-8")
    assert not (repo / "rapat.md").exists()


def test_a_huge_template_file_is_refused(repo: Path) -> None:
    write(repo / "templates" / "report.md.j2", "x" * 1_100_000 + "\n")
    out = run_cli("report", "2023", "-f", "md")
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2: berkas templat lebih dari")


def test_a_deeply_nested_expression_is_located(repo: Path) -> None:
    write(repo / "templates" / "report.md.j2", "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}\n")
    out = run_cli("report", "2023", "-f", "md")
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2: ")
    assert "rekursi terlalu dalam" in out.stderr


def test_a_slow_template_hits_the_time_limit_and_leaves_no_alarm(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_cli.render import limits

    monkeypatch.setattr(limits, "RENDER_SECONDS", 0.5)
    write(
        repo / "templates" / "report.md.j2",
        HEAD + "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
    )
    own = signal.signal(signal.SIGALRM, lambda signum, frame: None)
    signal.setitimer(signal.ITIMER_REAL, 100.0)  # someone else's alarm, such as pytest-timeout's
    try:
        started = time.monotonic()
        out = run_cli("report", "2023", "-f", "md", "-o", "rapat.md")
        assert time.monotonic() - started < 10
        assert signal.getsignal(signal.SIGALRM) is not limits._on_alarm
        assert 90 < signal.getitimer(signal.ITIMER_REAL)[0] <= 100  # given back, less the wait
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, own)
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2:2: ")
    assert "lebih dari 0.5 detik" in out.stderr
    assert not (repo / "rapat.md").exists()


def test_site_templates_are_bounded(repo: Path) -> None:
    write(
        repo / "tpl" / "site" / "indicators.html.j2",
        '{% extends "site/_base.html.j2" %}\n{% block content %}{{ "a" * 10**10 }}{% endblock %}\n',
    )
    out = run_cli("site", "-o", "public", "--templates", "tpl")
    assert out.exit_code == 1
    assert out.stderr.startswith("templat tpl/site/indicators.html.j2:2: nilai terlalu panjang")
    assert not (repo / "public").exists()


def test_site_output_is_bounded_across_pages(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spbe_cli.render import limits

    monkeypatch.setattr(limits, "SITE_OUTPUT", 100_000)  # the example's pages make ~850 kB
    out = run_cli("site", "-o", "public")
    assert out.exit_code == 1 and "hasil templat lebih dari 100000 karakter" in out.stderr
    assert not (repo / "public").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
@pytest.mark.parametrize("attack", ["center", "doubling", "power-tower"])
def test_the_installed_command_holds_under_a_hard_memory_limit(repo: Path, attack: str) -> None:
    """`python -m spbe_cli` as CI runs it, in a process that may never exceed 2 GB."""
    payload, expected = ATTACKS[attack]
    write(repo / "templates" / "report.md.j2", HEAD + payload + "\n")

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    env = {**os.environ, "SPBE_LANG": "id", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "spbe_cli", "report", "2023", "-f", "md", "-o", "rapat.md"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=cap,  # the test process starts no threads
        env=env,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("templat templates/report.md.j2:2: ") and expected in done.stderr
    assert not (repo / "rapat.md").exists()


# One long operation inside the interpreter's C code, which no signal interrupts: each runs for
# hours; the child's CPU limit and the parent's deadline end it.
C_LEVEL = {
    "sum of lists": "{{ ([[1] * 100] * 100000)|sum(start=[])|length }}",
    "equal lists": (
        "{% set a=[1]*5000000 %}{% set b=[1]*5000000 %}{{ ([a]*5000000) == ([b]*5000000) }}"
    ),
    "member test": ('{% set a="x"*5000000 %}{% set b=("x"*4999999)~"y" %}{{ b in [a]*5000000 }}'),
}


@pytest.mark.parametrize("attack", list(C_LEVEL))
def test_a_template_stuck_in_c_code_is_killed_at_its_limit(
    repo: Path, monkeypatch: pytest.MonkeyPatch, attack: str
) -> None:
    from spbe_cli.render import isolate, limits

    monkeypatch.setattr(limits, "RENDER_SECONDS", 1.0)
    monkeypatch.setattr(isolate, "GRACE", 1.0)
    write(repo / "templates" / "report.md.j2", HEAD + C_LEVEL[attack] + "\n")
    before = tree(repo)
    started = time.monotonic()
    with memory_limit():
        out = run_cli("report", "2023", "-f", "md", "-o", "rapat.md")
    assert time.monotonic() - started < 10
    assert out.exit_code == 1
    assert out.stderr.startswith("templat templates/report.md.j2"), out.stderr
    assert "templat berjalan lebih dari 1 detik" in out.stderr
    assert tree(repo) == before


def test_a_repository_template_renders_the_same_in_its_child(repo: Path) -> None:
    """The child process changes nothing a template shows: a copied bundled template gives
    the bundled handout byte for byte."""
    plain = run_cli("report", "2023", "-f", "md")
    bundled = (ROOT / "templates" / "report.md.j2").read_text(encoding="utf-8")
    write(repo / "templates" / "report.md.j2", bundled)
    copied = run_cli("report", "2023", "-f", "md")
    assert plain.exit_code == copied.exit_code == 0
    assert copied.stdout == plain.stdout

"""The located YAML reader: positions, refusals, and hostile input that must never crash it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli, unit_file, write
from spbe_cli.source.yamlsrc import parse_yaml, read_yaml


def test_positions_of_keys_values_and_items() -> None:
    src = parse_yaml(b"a: 1\nb:\n  - x\n  - {c: 2}\n", Path("t.yaml"))
    assert src.problems == []
    assert src.data == {"a": 1, "b": ["x", {"c": 2}]}
    assert src.keys[("a",)] == (1, 1) and src.values[("a",)] == (1, 4)
    assert src.values[("b", 0)] == (3, 5) and src.values[("b", 1)] == (4, 5)
    assert src.keys[("b", 1, "c")] == (4, 6)
    assert src.pos(("b", 1, "missing")) == (4, 5)  # a missing part points at its parent


def test_floats_are_exact_decimals_and_yaml_11_types_are_kept_visible() -> None:
    src = parse_yaml(b"w: 1.30\nn: 010\nb: no\nd: 2023-01-01\nq: '1.30'\n", Path("t.yaml"))
    assert src.data["w"] == Decimal("1.30")
    assert src.data["n"] == "010"  # YAML 1.1 octal 8: kept as written, and reported
    assert [(p.code, p.line) for p in src.problems] == [("Y018", 2)]
    assert src.data["b"] is False
    assert str(src.data["d"]) == "2023-01-01"
    assert src.data["q"] == "1.30"


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"a{n}: &a{n} [*a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1},"
        f" *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}]"
        for n in range(1, 10)
    ]
    src = parse_yaml("\n".join(lines).encode(), Path("bomb.yaml"))
    assert {p.code for p in src.problems} == {"Y003"}
    assert len(repr(src.data)) < 10_000  # aliases became None: nothing expanded


def test_deep_nesting_stops_with_a_problem() -> None:
    src = parse_yaml(b"[" * 100_000 + b"]" * 100_000, Path("deep.yaml"))
    assert [p.code for p in src.problems] in (["Y007"], ["Y001"])


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * 2000 + b"\n")
    src = read_yaml(path, max_bytes=1000)
    assert [(p.code, p.line) for p in src.problems] == [("Y006", 0)]
    assert src.data is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_give_problems_not_exceptions(raw: bytes) -> None:
    src = parse_yaml(raw, Path("r.yaml"))
    assert all(p.line >= 0 and p.column >= 0 for p in src.problems)


yaml_text = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(yaml_text, st.sampled_from(["", "&a ", "!!python/object:os.system ", "? "]))
def test_random_documents_through_the_cli(
    tmp_path_factory: pytest.TempPathFactory, doc: object, prefix: str
) -> None:
    import yaml

    folder = tmp_path_factory.mktemp("r") / "2023"
    text = prefix + yaml.safe_dump({"unit": "r", "year": 2023, "indicators": doc})
    write(folder / "r.yaml", text)
    out = run_cli("score", str(folder), "-f", "json")
    assert out.exit_code in (0, 1)
    assert "Traceback" not in out.stderr
    if out.exit_code == 1:
        assert out.stdout == ""


def test_directory_named_like_a_file_and_symlink_loop(year_dir: Path) -> None:
    unit_file(year_dir, "ok", {"I1": 3})
    (year_dir / "folder.yaml").mkdir()
    (year_dir / "loop1.yaml").symlink_to(year_dir / "loop2.yaml")
    (year_dir / "loop2.yaml").symlink_to(year_dir / "loop1.yaml")
    out = run_cli("score", "assessments/2023")
    assert out.exit_code == 1
    codes = [line.split()[2] for line in out.stderr.splitlines() if ": error " in line]
    assert codes == ["Y014", "Y011", "Y011"]  # the folder is not a file; the loop cannot open
    assert "Traceback" not in out.stderr

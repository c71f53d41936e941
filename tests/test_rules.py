"""One rule per problem code, and no message key used that the tables do not hold."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import spbe_cli
from spbe_cli.base.lang import LANGS
from spbe_cli.problems.messages import MESSAGES
from spbe_cli.problems.rules import RETIRED, RULES

PACKAGE = Path(spbe_cli.__file__).parent
TEMPLATES = PACKAGE.parent.parent / "templates"
CODE = re.compile(r"[YSXKCWD]\d{3}")
# Calls whose first argument is a message key.
KEYED = {"message", "Msg.of", "Msg", "t"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _sources() -> list[tuple[str, str]]:
    """Every module outside the tables themselves (and the list of retired codes), as
    (name, text)."""
    return [
        (str(p.relative_to(PACKAGE)), p.read_text(encoding="utf-8"))
        for p in sorted(PACKAGE.rglob("*.py"))
        if "tables" not in p.parts and p != PACKAGE / "problems" / "rules.py"
    ]


def codes_used(text: str) -> set[str]:
    """Problem codes written as string constants."""
    return {
        node.value
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CODE.fullmatch(node.value)
    }


def _callee(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def keys_used(text: str) -> tuple[set[str], set[str]]:
    """Message keys passed to ``message``/``Msg.of``/``t`` as constants, and the constant
    prefixes of keys built with an f-string (``f"r_dir_{direction}"``)."""
    keys: set[str] = set()
    prefixes: set[str] = set()
    for node in ast.walk(ast.parse(text)):
        if not (isinstance(node, ast.Call) and node.args and _callee(node.func) in KEYED):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            keys.add(first.value)
        elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
            prefixes.add(str(first.values[0].value))
    return keys, prefixes


def _template_keys() -> set[str]:
    """``{{ r.t.index }}`` in a handout template reads the message ``r_index``."""
    found = set()
    for path in TEMPLATES.glob("*.j2"):
        found |= {f"r_{name}" for name in re.findall(r"\br\.t\.(\w+)", path.read_text())}
    return found


def test_every_code_used_in_the_source_has_a_rule() -> None:
    used = set().union(*(codes_used(text) for _, text in _sources()))
    assert used - set(RULES) == set()


def test_every_rule_is_used_or_retired() -> None:
    used = set().union(*(codes_used(text) for _, text in _sources()))
    assert set(RULES) - used - set(RETIRED) == set()
    assert set(RETIRED).isdisjoint(used)


@pytest.mark.parametrize("code", sorted(RULES))
def test_a_rule_says_everything_in_both_languages(code: str) -> None:
    rule = RULES[code]
    assert rule.code == code and CODE.fullmatch(code)
    for part in (rule.message, rule.title, rule.text):
        assert set(part) == set(LANGS) and all(part.values())
    assert _fields(rule.message["id"]) == _fields(rule.message["en"])
    assert MESSAGES[code] == rule.message


def test_every_message_key_used_exists() -> None:
    missing = []
    for name, text in _sources():
        keys, prefixes = keys_used(text)
        missing += [f"{name}: {key}" for key in sorted(keys - set(MESSAGES))]
        missing += [
            f"{name}: {prefix}..."
            for prefix in sorted(prefixes)
            if not any(k.startswith(prefix) for k in MESSAGES)
        ]
    missing += [f"templates: {key}" for key in sorted(_template_keys() - set(MESSAGES))]
    assert missing == []


def test_the_scanners_see_what_they_claim() -> None:
    # The checks above pass on an empty scan; show that they find codes and keys.
    sample = (
        'problem(p, 1, 1, "X999", a=1)\nmessage("no_such_key", lang)\n'
        'Msg.of("other_key")\nmessage(f"r_dir_{d}", lang)\n'
    )
    assert codes_used(sample) == {"X999"}
    assert keys_used(sample) == ({"no_such_key", "other_key"}, {"r_dir_"})
    assert "r_index" in _template_keys()

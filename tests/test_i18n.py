"""The message table: both languages for every key, the same placeholders in each."""

from __future__ import annotations

import string

import pytest

from spbe_cli.problems.messages import LANGS, MESSAGES, resolve_lang
from spbe_cli.problems.rules import RULES


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_in_both_languages(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS)
    assert _fields(entry["id"]) == _fields(entry["en"])


def test_problem_codes_follow_the_scheme() -> None:
    codes = {k for k in MESSAGES if k[:1].isupper() and k[1:].isdigit()}
    assert all(len(code) == 4 and code[0] in "YSXKCWD" for code in codes)
    assert codes == set(RULES)
    for rule in RULES.values():
        assert set(rule.title) == set(rule.text) == set(LANGS)
        assert all(rule.title.values()) and all(rule.text.values())


def test_language_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPBE_LANG", raising=False)
    assert resolve_lang(None) == "id"
    monkeypatch.setenv("SPBE_LANG", "en_US")
    assert resolve_lang(None) == "en"
    assert resolve_lang("id") == "id"
    monkeypatch.setenv("SPBE_LANG", "fr")
    assert resolve_lang(None) == "id"

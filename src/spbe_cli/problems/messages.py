"""Every user-facing string, in Bahasa Indonesia (default) and English: the messages of the
problem codes (from the rule table) and the texts of each area (``problems.tables``)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from spbe_cli.base.lang import LANGS, Lang, current_lang, forget_choice, resolve_lang
from spbe_cli.base.safetext import one_line
from spbe_cli.problems.rules import RULES
from spbe_cli.problems.tables import (
    commands,
    documents,
    help,
    report,
    sheets,
    site,
    snapshot,
    views,
    words,
)

MESSAGES: dict[str, dict[Lang, str]] = {
    **words.MESSAGES,
    **views.MESSAGES,
    **report.MESSAGES,
    **commands.MESSAGES,
    **help.MESSAGES,
    **sheets.MESSAGES,
    **site.MESSAGES,
    **documents.MESSAGES,
    **snapshot.MESSAGES,
    **{code: rule.message for code, rule in RULES.items()},
}


@dataclass(frozen=True)
class Msg:
    """A message to be rendered later, in whatever language the output asks for."""

    key: str
    args: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, **args: object) -> Msg:
        return cls(key, tuple(sorted(args.items())))

    def render(self, lang: Lang) -> str:
        return message(self.key, lang, **dict(self.args))


def message(key: str, lang: Lang = "id", /, **args: object) -> str:
    """The message ``key`` in ``lang``. Arguments are data: each is printed on one line with its
    control characters escaped, so no value can start a line of its own in CI output."""
    template = MESSAGES[key][lang]
    if not args:
        return template
    return template.format(
        **{k: v.render(lang) if isinstance(v, Msg) else _arg(v) for k, v in args.items()}
    )


def counted(key: str, count: int) -> Msg:
    """``count`` with its noun: ``key`` (``{count} errors``), or ``key_one`` for one
    (``1 error``), as each language writes it."""
    return Msg.of(f"{key}_one" if count == 1 else key, count=count)


def value_of(indicator: Any, value: Fraction | int) -> Msg | str:
    """An indicator's value as a message argument, in the notation every output shows it in
    (``Indicator.text``): ``2,50`` where values may be decimal, ``3`` for a whole level; never
    a fraction. ``indicator`` is None when the catalogue does not know it: then as ``number``."""
    if indicator is None:
        return number(value)
    text = str(indicator.text(value, "en"))
    if "." not in text:
        return text
    whole, fraction = text.split(".", 1)
    return Msg.of("decimal_number", whole=whole, fraction=fraction)


def number(value: Fraction | int) -> Msg | str:
    """An exact number as a message argument, written as each language writes decimals
    (``58,3`` in Bahasa Indonesia, ``58.3`` in English); a value with no finite decimal
    (``10/3``) at two places rounded half up (``3,33``): a message never shows a fraction."""
    from spbe_cli.domain.numbers import fmt, is_finite_decimal, round_half_up

    value = Fraction(value)
    text = fmt(value) if is_finite_decimal(value) else str(round_half_up(value))
    if "." not in text:
        return text
    whole, fraction = text.split(".", 1)
    return Msg.of("decimal_number", whole=whole, fraction=fraction)


def _arg(value: object) -> object:
    if isinstance(value, int | float):
        return value
    return one_line(str(value))


__all__ = [
    "LANGS",
    "MESSAGES",
    "Lang",
    "Msg",
    "current_lang",
    "forget_choice",
    "message",
    "number",
    "resolve_lang",
]

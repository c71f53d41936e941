"""The output language: Bahasa Indonesia by default, English on request."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")

_chosen: list[Lang] = []


def resolve_lang(option: str | None) -> Lang:
    """The language from ``--lang``, else ``SPBE_LANG``, else Bahasa Indonesia."""
    value = (option or os.environ.get("SPBE_LANG") or "id").strip().lower()[:2]
    lang: Lang = "en" if value == "en" else "id"
    if option is not None:
        _chosen[:] = [lang]
    return lang


def forget_choice() -> None:
    _chosen.clear()


def current_lang() -> Lang:
    """The language the running command chose (for messages outside its body)."""
    return _chosen[0] if _chosen else resolve_lang(None)

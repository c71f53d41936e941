"""The site's page names and links.

The layout is flat (``index.html``, ``year-2023.html``, ``unit-bpkad.html``,
``indicator-spbe-2020-i17.html``...), so a link is a file name: the site works from ``file://``
and under any Pages sub-path. File names come from ids and are one-to-one by construction:
an id already in its plain form keeps it (unit ``bpkad``, catalogue ``spbe-2020``, indicator
``I17``); any other id (``BPKAD``, ``../x``, ``<I1>``, ``2020-I1``) gets a form no plain id can
have, with a digest of its exact text, so two ids never share a page, even ignoring case.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_SAFE = re.compile(r"[^a-z0-9]+")
# The plain forms, per namespace. Units and catalogues: lower-case words joined by single
# dashes (the page name is the id itself). Indicators: an upper-case letter first, then
# upper-case letters and digits, then dash-and-digits parts only (``I17``, ``I35-2``); the page
# name is the id in lower case, so the lower-case ``i17`` is not plain.
_PLAIN_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PLAIN_INDICATOR = re.compile(r"[A-Z][A-Z0-9]*(?:-[0-9]+)*")
_PLAIN_MAX = 48


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _readable(text: str, joiner: str, size: int) -> str:
    return _SAFE.sub(joiner, text.lower()).strip("-")[:size].strip("-")


def name_part(text: str) -> str:
    """A unit's or a catalogue's part of a page name: the id itself when it is plain
    (``bpkad``); otherwise its readable letters, ``--`` and a digest of the exact text
    (``BPKAD`` -> ``bpkad--<digest>``). A plain name never holds ``--``: the two never meet."""
    if len(text) <= _PLAIN_MAX and _PLAIN_NAME.fullmatch(text):
        return text
    return f"{_readable(text, '-', 32)}--{_digest(text)}"


def indicator_part(ident: str) -> str:
    """An indicator's part of a page name: a plain id in lower case (``I35-2`` -> ``i35-2``);
    otherwise one dash-free word that starts with ``0`` (a plain one starts with a letter) and
    holds an ``x`` before the digest (``2020-I1`` -> ``02020i1x<digest>``).

    After ``indicator-<catalogue>-``, the indicator's part is thus the last word that starts
    with a letter and the digit-only words after it, or a last word that starts with ``0`` and
    is not all digits: however the catalogue's id looks, a page name splits one way only."""
    if len(ident) <= _PLAIN_MAX and _PLAIN_INDICATOR.fullmatch(ident):
        return ident.lower()
    return f"0{_readable(ident, '', 24)}x{_digest(ident)}"


def year_page(year: int) -> str:
    return f"year-{year}.html"


def unit_page(unit: str) -> str:
    return f"unit-{name_part(unit)}.html"


def indicator_page(catalogue: str, ident: str) -> str:
    return f"indicator-{name_part(catalogue)}-{indicator_part(ident)}.html"


@dataclass(frozen=True)
class Link:
    text: str
    href: str

"""What HTML may reach the browser that prints it: nothing that loads, runs or navigates, and a
Content-Security-Policy of ``spbe``'s own in front of whatever a template wrote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

# Everything a handout shows is inside the page: CSS in <style>, charts as inline SVG. The
# browser refuses every fetch (a stylesheet or font by url(), an image, a frame, a connection),
# every script and every form or <base> target; data: images and fonts stay possible.
POLICY = (
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "font-src data:; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
)

# Elements that run code, load another document or resource by themselves, or change where
# the page's addresses lead. A <meta> is judged by its attributes (``_meta_escapes``).
FORBIDDEN = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "portal",
        "fencedframe",
        "base",
        "link",
    }
)
# http-equiv values that only describe the page (a CSP of the template's own can only add
# restrictions to ours; ``X-UA-Compatible`` is common in templates taken from the web);
# ``refresh`` navigates, ``set-cookie`` stores, and every other value is refused as unknown.
_EQUIV_KEPT = frozenset(
    {"content-type", "content-security-policy", "x-ua-compatible", "content-language"}
)

# A start tag as the browser's tokenizer opens one: "<", an ASCII letter, the rest of the name
# up to white space, "/" or ">". Linear: one character class, no nesting.
_OPENER = re.compile(r"<([A-Za-z][^\t\n\f\r />]*)")
_DOCTYPE = re.compile(r"\ufeff?[\t\n\f\r ]*<![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^>]*>")


@dataclass(frozen=True)
class Escape:
    """An element through which the page could leave itself, where the page has it (1-based)."""

    tag: str
    line: int
    column: int


def first_escape(html: str) -> Escape | None:
    """The first element of ``html`` that could load, run or navigate, or None.

    ``html.parser`` reads the page and judges each <meta> by its attributes. Parsers disagree
    on malformed HTML, so the text itself is read too: every spot where a browser could open
    one of these elements counts unless the parser read an acceptable <meta> there, and every
    ``http-equiv`` must be one that the parser judged. Whatever the parser took for text, a
    comment or CSS is refused all the same. The parser is fed once and never closed: in older
    Pythons ``close()`` is quadratic on unfinished tags, and the text rule covers what it left.
    """
    scanner = _Scanner()
    scanner.feed(html)
    found = [*scanner.refused]
    for name, line, column in openers(html):
        tag = name.lower()
        if tag in FORBIDDEN or (tag == "meta" and (line, column) not in scanner.metas):
            found.append(Escape(tag, line, column))
            break
    lowered = html.lower()
    if lowered.count("http-equiv") != scanner.equivs:  # one the parser did not read
        found.append(Escape("meta", *_position(html, lowered.index("http-equiv"))))
    return min(found, key=lambda e: (e.line, e.column), default=None)


def openers(text: str) -> Iterator[tuple[str, int, int]]:
    """Each tag name that a browser could open in ``text``, with its 1-based line and column."""
    line, start, seen = 1, 0, 0
    for found in _OPENER.finditer(text):
        at = found.start()
        newlines = text.count("\n", seen, at)
        if newlines:
            line += newlines
            start = text.rindex("\n", seen, at) + 1
        seen = at
        yield found.group(1), line, at - start + 1


def _position(text: str, at: int) -> tuple[int, int]:
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def with_policy(html: str) -> str:
    """``html`` with ``POLICY`` as the first element of its head, before anything a template
    wrote. It goes after a leading doctype (before it, the page would lose standards mode)
    and declares UTF-8, the encoding the page is saved in."""
    doctype = _DOCTYPE.match(html)
    at = doctype.end() if doctype else 0
    head = f'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{POLICY}">'
    return html[:at] + head + html[at:]


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refused: list[Escape] = []
        self.metas: set[tuple[int, int]] = set()  # where an acceptable <meta> starts
        self.equivs = 0  # the http-equiv attributes of those

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, offset = self.getpos()
        equivs = [(value or "").strip().lower() for name, value in attrs if name == "http-equiv"]
        if tag in FORBIDDEN or any(value not in _EQUIV_KEPT for value in equivs):
            self.refused.append(Escape(tag, line, offset + 1))
        elif tag == "meta":
            self.metas.add((line, offset + 1))
            self.equivs += len(equivs)

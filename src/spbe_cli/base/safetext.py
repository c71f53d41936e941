"""Text from the repository made harmless for the places it is printed.

Everything a file says (a unit name, a key, an evidence path, a file name) may come from a pull
request. Printed raw, a control character drives the terminal (ESC, BEL) and a line break lets
the data start a line of its own, which a CI runner reads as a command (GitHub's
``::error ...::``, ``::stop-commands::``). These functions turn such characters into visible
escapes (``\\x1b``, ``\\n``) so that the text still says what the file holds.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, the Unicode line and paragraph separators, and the bidi
# overrides and isolates that reorder what a reader sees ("Trojan Source"), and the lone
# surrogates a file name that is not UTF-8 becomes (they cannot be written as UTF-8 at all).
_CONTROL = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_ANY_CONTROL = re.compile(f"[{_CONTROL}]")
_KEEP_IN_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# What may start a shown path without a leading "./" (anything else could be read as an
# option, a command or markup at the start of a line).
_SAFE_START = re.compile(r"[\w./~]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def has_control(text: str) -> bool:
    """Whether ``text`` holds a character that ``text_safe`` would escape."""
    return _KEEP_IN_TEXT.search(text) is not None


def text_safe(text: str) -> str:
    """Multi-line text (an explanation): line breaks and tabs stay, other controls escaped."""
    return _KEEP_IN_TEXT.sub(_escape, text) if has_control(text) else text


def one_line(text: str) -> str:
    """Text for one line of output (a message argument, a cell): every control escaped."""
    return _ANY_CONTROL.sub(_escape, text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8_safe(text: str) -> str:
    """Text that can be written as UTF-8: the lone surrogates of a file name that is not UTF-8
    escaped (``\\udcff``), everything else as it is (JSON keeps line breaks and the rest)."""
    return _SURROGATE.sub(_escape, text)


def path_safe(shown: str) -> str:
    """A path as printed at the start of a line: one line, and never starting with ``:``,
    ``-`` or markup (``./::error x.yaml`` instead of ``::error x.yaml``)."""
    shown = one_line(shown)
    if shown and not _SAFE_START.match(shown):
        return "./" + shown
    return shown


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text that XML 1.0 can hold (it has no way to write most C0 controls at all)."""
    return _XML_INVALID.sub(_escape, text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV value a spreadsheet will not run: text that would open a formula (``=``, ``+``,
    ``-``, ``@``) gets a leading apostrophe, as spreadsheets themselves mark literal text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value

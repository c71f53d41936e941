"""``--help`` and the usage errors in the output language.

Help texts are written in Bahasa Indonesia where Typer reads them; under ``--lang en`` or
``SPBE_LANG=en`` the command classes here show the English text of the help table
(``problems/tables/help.py``). Usage errors ("Missing argument", "No such option") read in
Bahasa Indonesia by default, like every other message.
"""

from __future__ import annotations

import importlib
import inspect
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

import typer.core

from spbe_cli.base.lang import Lang, resolve_lang
from spbe_cli.base.safetext import one_line
from spbe_cli.problems.messages import message

# Typer's usage errors in Bahasa Indonesia: (pattern, replacement), applied in order.
USAGE_ID: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"^Missing argument (.*)\.$", r"argumen \1 belum diberikan."),
        (r"^Missing option (.*)\.$", r"opsi \1 belum diberikan."),
        (r"^Missing parameter: (.*)$", r"parameter \1 belum diberikan."),
        (r"^No such option: (.*)$", r"opsi \1 tidak ada."),
        (r"^No such command (.*?)\.", r"perintah \1 tidak ada."),
        (r" Did you mean (.*)\?$", r" Maksudnya \1?"),
        (r"^Invalid value for (.*?): ", r"nilai tidak sah untuk \1: "),
        (r"^Invalid value: ", "nilai tidak sah: "),
        (r"Value error, ", ""),
        (r" is not one of ", " bukan salah satu dari "),
        (r" is not a valid (integer|float)", " bukan angka yang sah"),
        (r" is not in the range ", " di luar rentang "),
        (r"^Got unexpected extra argument\(s\) (.*)$", r"argumen lebih yang tidak dikenal \1"),
        (r"^Option (.*) requires an argument\.$", r"opsi \1 memerlukan nilai."),
        (r"^Option (.*) does not take a value\.$", r"opsi \1 tidak menerima nilai."),
    )
)

_lang: list[Lang] = []

# The Click that Typer runs on: its own copy in newer releases, the click package before.
_click: Any = getattr(typer.core, "_click", None) or importlib.import_module("click")


def usage_message(text: str, lang: Lang) -> str:
    if lang == "en":
        return text
    for pattern, replacement in USAGE_ID:
        text = pattern.sub(replacement, text)
    return text


def chosen_lang() -> Lang:
    """The language of this run's help and usage errors (``--lang`` anywhere on the command
    line, else ``SPBE_LANG``, else Bahasa Indonesia)."""
    return _lang[0] if _lang else resolve_lang(None)


def _choose(args: Sequence[str]) -> None:
    value = None
    for n, arg in enumerate(args):
        if arg == "--lang" and n + 1 < len(args):
            value = args[n + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    _lang[:] = ["en" if value == "en" else "id"] if value in ("id", "en") else []


@cache
def _english() -> dict[str, str]:
    from spbe_cli.problems.tables.help import MESSAGES

    return {inspect.cleandoc(m["id"]): m["en"] for m in MESSAGES.values()}


def translated(text: str | None) -> str | None:
    """A help text in the chosen language (the Indonesian one when there is no English)."""
    if text is None or chosen_lang() == "id":
        return text
    return _english().get(inspect.cleandoc(text), text)


@contextmanager
def _in_language(command: Any) -> Iterator[None]:
    saved: list[tuple[Any, str | None]] = [(command, command.help)]
    saved += [(p, getattr(p, "help", None)) for p in command.params]
    try:
        for target, text in saved:
            target.help = translated(text)
        yield
    finally:
        for target, text in saved:
            target.help = text


def _help_option(option: Any) -> Any:
    """``-h, --help`` described in the chosen language."""
    if option is not None:
        option.help = message("help_option", chosen_lang())
    return option


class LocalizedCommand(typer.core.TyperCommand):
    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        with _in_language(self):
            super().format_help(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _in_language(self):
            return super().get_short_help_str(limit)


class LocalizedGroup(typer.core.TyperGroup):
    def get_help_option(self, ctx: Any) -> Any:
        return _help_option(super().get_help_option(ctx))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        with _in_language(self):
            super().format_help(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _in_language(self):
            return super().get_short_help_str(limit)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Typer's main, with usage errors shown in the chosen language (exit 2)."""
        argv = kwargs.get("args", args[0] if args else None)
        _choose(list(argv) if argv is not None else sys.argv[1:])
        _localize_tree(self)
        if not kwargs.get("standalone_mode", True):
            return super().main(*args, **kwargs)
        try:
            result = super().main(*args, **{**kwargs, "standalone_mode": False})
        except _click.exceptions.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # `spbe` alone: the help
                exc.show()
            else:
                _show_usage_error(exc)
            sys.exit(exc.exit_code)
        except _click.exceptions.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.stderr.write(message("interrupted", chosen_lang()) + "\n")
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


def _show_usage_error(exc: Any) -> None:
    lang = chosen_lang()
    lines = []
    if exc.ctx is not None:
        lines.append(exc.ctx.get_usage())
        hint = f"{exc.ctx.command_path} {exc.ctx.help_option_names[0]}"
        lines.append(message("usage_hint", lang, command=hint))
        lines.append("")
    lines.append("spbe: " + one_line(usage_message(exc.format_message(), lang)))
    sys.stderr.write("\n".join(lines) + "\n")


def _localize_tree(group: Any) -> None:
    """Every command under ``group`` shows its help in the chosen language."""
    for command in group.commands.values():
        if isinstance(command, typer.core.TyperGroup):
            command.__class__ = LocalizedGroup
            _localize_tree(command)
        elif isinstance(command, typer.core.TyperCommand):
            command.__class__ = LocalizedCommand


__all__ = ["LocalizedGroup", "chosen_lang", "translated", "usage_message"]

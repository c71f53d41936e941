"""``--help`` and the usage errors in the output language.

Every help text lives once, in the help table (``problems/tables/help.py``), under its key:
``help.<command>`` for a command and ``help.<command>.<parameter>`` (else the shared
``help.<parameter>``) for its options and arguments, the command being its function's name. The
commands declare none; the command classes here show the text of the chosen language when help
is shown. Usage errors ("Missing argument", "No such option") read in Bahasa Indonesia by
default, like every other message.
"""

from __future__ import annotations

import importlib
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
def _table() -> dict[str, dict[Lang, str]]:
    from spbe_cli.problems.tables.help import MESSAGES

    return MESSAGES


def command_key(command: Any) -> str:
    """A command's key in the help table: its function's name (``import_`` is ``import``), or
    the name of a group that has no function of its own."""
    name = getattr(command.callback, "__name__", None) or command.name or ""
    return str(name).rstrip("_")


def help_keys(command: Any, parameter: str | None = None) -> tuple[str, ...]:
    """The keys a command's help (``parameter`` None) or one of its parameters' is looked up
    by, in order."""
    key = command_key(command)
    if parameter is None:
        return (f"help.{key}",)
    return (f"help.{key}.{parameter}", f"help.{parameter}")


def help_text(command: Any, parameter: str | None, lang: Lang) -> str | None:
    """The help of a command or of one of its parameters, in ``lang``; None when the table has
    none (a test finds every one)."""
    table = _table()
    for key in help_keys(command, parameter):
        if key in table:
            return table[key][lang]
    return None


@contextmanager
def _in_language(command: Any) -> Iterator[None]:
    lang = chosen_lang()
    saved: list[tuple[Any, str | None]] = [(command, command.help)]
    saved += [(p, getattr(p, "help", None)) for p in command.params]
    try:
        command.help = help_text(command, None, lang)
        for param in command.params:
            if hasattr(param, "help"):
                param.help = help_text(command, param.name, lang)
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
        words = list(argv) if argv is not None else sys.argv[1:]
        _choose(words)
        if argv is None and not args:  # `--lang` before the command or with --help: taken here
            kwargs["args"] = _without_group_lang(words)
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


def _without_group_lang(words: list[str]) -> list[str]:
    """The command line with a ``--lang`` that no group takes moved where a command takes it:
    one before the command's name (``spbe --lang en score``) goes to the end; one beside a
    group's ``--help`` (``spbe evidence --help --lang en``) is dropped, the language being
    chosen already (``_choose``)."""
    helping = "-h" in words or "--help" in words
    kept: list[str] = []
    moved: list[str] = []
    n = 0
    while n < len(words):
        word = words[n]
        command_seen = any(not w.startswith("-") for w in kept)
        if (word == "--lang" or word.startswith("--lang=")) and (helping or not command_seen):
            taken = words[n : n + 2] if word == "--lang" else [word]
            moved += taken
            n += len(taken)
            continue
        kept.append(word)
        n += 1
    return kept if helping else kept + moved


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


__all__ = [
    "LocalizedGroup",
    "chosen_lang",
    "command_key",
    "help_keys",
    "help_text",
    "usage_message",
]

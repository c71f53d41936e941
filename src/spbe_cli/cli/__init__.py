"""The ``spbe`` command line: the app (``cli/core.py``) and one module per command group.

Importing a command's module registers it on the app. ``spbe COMMAND`` imports only the module
of COMMAND, so a command starts without building the other thirty (``spbe --help``, an unknown
command and :data:`app` here have them all).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

# Which module registers each command (a test checks it against what they register).
MODULES: dict[str, str] = {
    "convert": "catalogue",
    "catalogue": "catalogue",
    "document": "document",
    "diff": "lifecycle",
    "plan": "lifecycle",
    "evidence": "lifecycle",
    "init": "onboarding",
    "new": "onboarding",
    "codeowners": "onboarding",
    "schema": "onboarding",
    "export": "onboarding",
    "report": "report",
    "score": "score",
    "sheet": "sheet",
    "import": "sheet",
    "site": "site",
    "snapshot": "snapshot",
    "verify": "snapshot",
    "validate": "validate",
    "explain": "validate",
}


def load(command: str | None = None) -> typer.Typer:
    """The app with ``command`` registered, or with every command when it names none of them."""
    wanted = [MODULES[command]] if command in MODULES else sorted(set(MODULES.values()))
    for module in wanted:  # in the order of their names: `spbe --help` lists them so
        import_module(f"spbe_cli.cli.{module}")
    from spbe_cli.cli.core import app

    return app


def command_named(args: Sequence[str]) -> str | None:
    """The command a command line names: its first word that is not an option of ``spbe``
    itself (those take no value)."""
    return next((arg for arg in args if not arg.startswith("-")), None)


def main() -> None:
    """Console entry point."""
    load(command_named(sys.argv[1:]))
    from spbe_cli.cli.core import main as run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        return load()
    raise AttributeError(name)


__all__ = ["MODULES", "app", "command_named", "load", "main"]

"""The one way terminal renderers get a rich console: into a string, coloured only when asked."""

from __future__ import annotations

import io

from rich.console import Console

DEFAULT_WIDTH = 110  # when not on a terminal: wide enough for the tables, fixed for tests


def text_console(width: int | None, color: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or DEFAULT_WIDTH,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        # repository text (unit names, notes, explanations) is never read as rich markup:
        # "[red]" or "[link=javascript:...]" in a note prints as written
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
    return console, buffer

"""The ``spbe`` command line. Thin: parse, call the library, render, write, pick the exit code.

Exit codes (a contract; scripts depend on them):
0 done; 1 the inputs have errors (located problems on stderr); 2 usage error;
3 internal error (one line and a hint; ``--debug`` shows the traceback); 130 interrupted.
Heavy modules (pydantic, rich, jinja2) are imported inside the commands, so ``--help`` is fast.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, ParamSpec

import typer

from spbe_cli import __version__
from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import LangChoice, OutputChoice
from spbe_cli.cli.localized import LocalizedGroup
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import Lang, counted, current_lang, message, resolve_lang
from spbe_cli.problems.problem import Problem, Severity, sort_problems
from spbe_cli.render.registry import Context

if TYPE_CHECKING:
    from spbe_cli.app.workspace import Year
    from spbe_cli.engine.assessments import YearSet
    from spbe_cli.model.catalogue import Catalogue

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(
    name="spbe",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    cls=LocalizedGroup,
)

_state = {"debug": False}

LangOption = Annotated[
    LangChoice | None,
    typer.Option("--lang", show_default=False),
]

# Parameters that several commands declare word for word, declared once (their help texts are
# in the help table, by command and parameter name: see cli/localized.py).
YearFolderArgument = Annotated[Path, typer.Argument(show_default=False)]
TableFormatOption = Annotated[OutputChoice, typer.Option("--format", "-f")]
TargetOption = Annotated[
    str | None,
    typer.Option("--target", show_default=False),
]
RepoOption = Annotated[Path, typer.Option("--repo")]
StageOption = Annotated[Stage | None, typer.Option("--stage", show_default=False)]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", show_default=False)]
TemplatesOption = Annotated[Path | None, typer.Option("--templates", show_default=False)]


P = ParamSpec("P")


def guarded(command: Callable[P, None]) -> Callable[P, None]:
    """Give every command the same exits: 130 on Ctrl-C, 3 with one line on a bug; and the
    provisional-catalogue notice once at the end."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        _chosen_reset()
        try:
            command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except UsageProblem as exc:
            sys.stderr.write(f"spbe: {exc}\n")
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            sys.stderr.write(message("interrupted", current_lang()) + "\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # The reader went away (``spbe score ... | head``): stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_OK) from None
        except Exception as exc:
            if _state["debug"]:
                raise
            sys.stderr.write(
                message("internal_error", current_lang(), error=f"{type(exc).__name__}: {exc}")
                + "\n"
            )
            raise typer.Exit(EXIT_INTERNAL) from None
        finally:
            _announce_provisional()

    return run


def _chosen_reset() -> None:
    from spbe_cli.problems import messages as i18n

    i18n.forget_choice()
    _session.clear()


@dataclass
class Session:
    """One command run: how output is shown (decided once) and the notices owed at the end."""

    context: Context
    provisional: dict[str, Catalogue] = field(default_factory=dict)  # catalogue id -> it


_session: list[Session] = []


def start(lang: LangChoice | None) -> Context:
    """The output context of this run: language (``--lang``, else ``SPBE_LANG``), and, on a
    terminal, its width and colour (``NO_COLOR`` turns colour off)."""
    tty = sys.stdout.isatty()
    context = Context(
        resolve_lang(lang.value if lang else None),
        shutil.get_terminal_size().columns if tty else None,
        tty and "NO_COLOR" not in os.environ,
    )
    _session[:] = [Session(context)]
    return context


def notice_provisional(catalogues: Iterable[Catalogue]) -> None:
    if _session:
        _session[0].provisional.update((c.id, c) for c in catalogues)


def _announce_provisional() -> None:
    """A provisional catalogue's numbers are never taken for official ones: say so, once."""
    if not _session:
        return
    lang = current_lang()
    for c in _session[0].provisional.values():
        sys.stderr.write(c.notice(lang) + "\n")
    _session.clear()


class Show(Enum):
    """Which problems a command prints before its result: all of them when one year is looked
    at, only errors when many are (their warnings belong to ``spbe validate``)."""

    ALL = "all"
    ERRORS = "errors"


def settle(year: Year, context: Context, show: Show = Show.ALL) -> bool:
    """The one policy for an opened year: print its problems to stderr, note a provisional
    catalogue, and say whether it can be scored."""
    notice_provisional(year.provisional)
    shown = year.problems
    if show is Show.ERRORS:
        shown = [p for p in shown if p.severity is Severity.ERROR]
    report_problems(shown, context.lang)
    return year.usable


def require(year: Year, context: Context, show: Show = Show.ALL) -> YearSet:
    """:func:`settle`, and stop with exit 1 when the year cannot be scored."""
    if not settle(year, context, show):
        fail(message("not_scored", context.lang))
    return year.loaded()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spbe {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug")] = False,
    no_color: Annotated[bool, typer.Option("--no-color")] = False,
) -> None:
    """Pemerintah Digital and SPBE self-assessment as code: scores, validation and meeting handouts
    from YAML files. (Its help: ``help._root``.)"""
    _state["debug"] = debug
    if no_color:
        os.environ["NO_COLOR"] = "1"  # honoured by every renderer and by rich


def check_catalogue_option(ref: str | None, lang: Lang) -> None:
    """An unknown ``--catalogue`` is a usage error (exit 2), not a data error."""
    if ref is None:
        return
    from spbe_cli.model.catalogue import known_catalogues, locate_catalogue

    path = locate_catalogue(ref, Path.cwd())
    if path is None or not path.is_file():
        known = ", ".join(known_catalogues())
        raise UsageProblem("--catalogue: " + message("X007", lang, catalogue=ref, known=known))


@contextmanager
def progress(lang: Lang) -> Iterator[Callable[[int], None] | None]:
    """A progress line for long checks, only on an interactive terminal outside CI; it shows
    after a second, so short runs stay quiet."""
    if not sys.stderr.isatty() or os.environ.get("CI") or "NO_COLOR" in os.environ:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn(message("progress_files", lang) + " {task.completed}"),
        TimeElapsedColumn(),
        transient=True,
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("", total=None, visible=False)
        started = time.monotonic()

        def advance(count: int) -> None:
            bar.update(task, advance=count, visible=time.monotonic() - started > 1.0)

        yield advance


def report_problems(problems: Sequence[Problem], lang: Lang) -> None:
    """Problems go to stderr, sorted, with a count; the payload alone goes to stdout."""
    found = sort_problems(problems)
    if not found:
        return
    for item in found:
        sys.stderr.write(item.render(lang) + "\n")
    errors = sum(1 for p in found if p.severity is Severity.ERROR)
    sys.stderr.write(
        message(
            "summary_problems",
            lang,
            errors=counted("summary_errors", errors),
            warnings=counted("summary_warnings", len(found) - errors),
        )
        + "\n"
    )


def fail(text: str, code: int = EXIT_DATA) -> NoReturn:
    sys.stderr.write(text + "\n")
    raise typer.Exit(code)


def main() -> None:
    """Console entry point."""
    app()

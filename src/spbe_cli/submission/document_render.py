"""A DOCX template rendered with a document's view, in the templates' sandbox.

The tags of a template are docxtpl's Jinja2 tags, run by the sandbox of every template
(``render.sandbox``: no ``_`` attribute, no unsafe call, bounded values, output, time and
memory), with autoescape on so no value becomes XML. A repository's template (or one from
``--templates``) renders in a forked child with a hard CPU limit (``render.isolate``), the whole
of docxtpl's work included. The template is checked before it is opened and the document as
made is checked again (``document_guard``). The result's bytes depend on the inputs only: the
zip's entry dates and the document's dates are the moment given (``SOURCE_DATE_EPOCH``), ids
are sequential.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import io
import json
import traceback
import zipfile
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2

from spbe_cli.render import isolate, limits
from spbe_cli.render.sandbox import BoundedEnvironment
from spbe_cli.submission.document_guard import Refusal, Refused, check_docx
from spbe_cli.submission.document_view import DocumentView

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold
LOGO_HEIGHT_MM = 22


@dataclass(frozen=True)
class Template:
    data: bytes
    path: Path  # where it was read, for messages
    untrusted: bool  # a repository's or --templates': rendered in a child with a CPU limit


def render_document(
    template: Template, view: DocumentView, logo: bytes | None, moment: dt.datetime
) -> bytes:
    """The document ``template`` makes of ``view``; raises ``Refused`` (D001-D007) when the
    template is refused or fails."""
    check_docx(template.data)
    work = functools.partial(
        _outcome, template.data, view, logo, moment, catch_all=template.untrusted
    )
    if template.untrusted and isolate.available():
        try:
            text = isolate.render_in_child(work, str(template.path))
        except jinja2.TemplateError as exc:  # killed at its limit, or out of memory
            raise Refused(Refusal("D007", "", {"where": "", "detail": str(exc)})) from None
    else:
        text = work()
    outcome = json.loads(text)
    if "docx" not in outcome:
        raise Refused(Refusal("D007", outcome["part"], outcome["args"]))
    made = base64.b64decode(outcome["docx"])
    # what the template made: a value cannot add XML, a template could try (the logo in it
    # was checked as the logo, not as the template's)
    check_docx(made, logo=logo)
    return made


class _Picture:
    """The letterhead's picture as a template sees it: something to print, nothing to reach
    through (docxtpl's image holds the whole document, whose methods write files)."""

    __slots__ = ("_insert",)

    def __init__(self, insert: Callable[[], str]) -> None:
        self._insert = insert

    def __html__(self) -> str:
        return self._insert()

    def __str__(self) -> str:
        return self._insert()


class _DocxEnvironment(BoundedEnvironment):
    """The sandbox, autoescaping (docxtpl renders XML), remembering each part's source so a
    failure can name the paragraph it stands in; compiling is bounded too."""

    def __init__(self) -> None:
        super().__init__(undefined=jinja2.StrictUndefined, autoescape=True)
        self.source = ""

    def from_string(
        self,
        source: str | jinja2.nodes.Template,
        globals: MutableMapping[str, Any] | None = None,
        template_class: type[jinja2.Template] | None = None,
    ) -> jinja2.Template:
        self.source = source if isinstance(source, str) else ""
        with limits.bounded():
            return super().from_string(source, globals, template_class)


def _outcome(
    data: bytes, view: DocumentView, logo: bytes | None, moment: dt.datetime, *, catch_all: bool
) -> str:
    """The rendered document, base64 in JSON, or where and why it failed (a child sends this
    back as text; so does a render in-process, for one path)."""
    from docxtpl import DocxTemplate  # type: ignore[import-untyped]

    template = DocxTemplate(io.BytesIO(data))
    env = _DocxEnvironment()
    caught = Exception if catch_all else jinja2.TemplateError
    try:
        made = _render(template, env, view, logo, moment)
    except caught as exc:
        part = getattr(getattr(template, "current_rendering_part", None), "partname", "")
        where = _paragraph(env.source, _line(exc))
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        return json.dumps(
            {"part": str(part).lstrip("/"), "args": {"where": where, "detail": detail}}
        )
    return json.dumps({"docx": base64.b64encode(made).decode("ascii")})


def _render(
    template: Any,
    env: _DocxEnvironment,
    view: DocumentView,
    logo: bytes | None,
    moment: dt.datetime,
) -> bytes:
    from docx.shared import Mm
    from docxtpl import InlineImage

    template.init_docx()
    shown: object = ""
    if logo is not None:
        image = InlineImage(template, io.BytesIO(logo), height=Mm(LOGO_HEIGHT_MM))
        shown = _Picture(image._insert_image)
    properties = template.render_properties

    def render_properties(*args: Any) -> None:  # docxtpl names no part for these: name it
        template.current_rendering_part = template.docx.part.package._core_properties_part
        properties(*args)

    template.render_properties = render_properties
    template.render({"d": replace(view, logo=shown)}, jinja_env=env)
    _describe(template.docx, view, moment)
    out = io.BytesIO()
    template.save(out)
    return normalized_zip(out.getvalue(), moment)


def _describe(docx: Any, view: DocumentView, moment: dt.datetime) -> None:
    """The document's properties (title, author: the instansi, dates from ``moment``) and its
    language, so Word checks the spelling of Bahasa Indonesia as Bahasa Indonesia."""
    from docx.oxml.ns import qn

    props = docx.core_properties
    props.title = view.full_title
    props.author = view.instansi
    props.language = view.language
    stamp = moment.astimezone(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = stamp
    props.last_modified_by = "spbe"
    props.revision = 1
    defaults = _child(_child(_child(docx.styles.element, "w:docDefaults"), "w:rPrDefault"), "w:rPr")
    _child(defaults, "w:lang", first=False).set(qn("w:val"), view.language)
    theme = docx.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), view.language)


def _child(parent: Any, tag: str, *, first: bool = True) -> Any:
    """``parent``'s ``tag`` element, added (first, or last) when it has none."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def _line(exc: BaseException) -> int | None:
    """The template line an error stands at: a syntax error's, else the last frame of the
    compiled template (Jinja names its frames after the template: ``<template>``)."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.lineno
    found = getattr(exc, "lineno", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "<template>":
            found = frame.lineno
    return found if isinstance(found, int) else None


def _paragraph(source: str, line: int | None) -> str:
    """`` di paragraf «<its text>»``: the text of the line (docxtpl puts one paragraph on each)
    with the XML taken out; "" when there is no line."""
    import re

    from spbe_cli.problems.messages import current_lang, message

    lines = source.splitlines()
    if line is None or not 0 < line <= len(lines):
        return ""
    text = " ".join(re.sub(r"<[^>]*>", "", lines[line - 1]).split())
    if not text:
        return ""
    shown = text if len(text) <= 80 else text[:77] + "..."
    return message("doc_paragraph", current_lang(), text=shown)


def normalized_zip(data: bytes, moment: dt.datetime | None) -> bytes:
    """``data`` (a zip) with every entry dated ``moment`` (1980-01-01 without one), the same
    compression and no extra attributes: bytes that depend on the content only."""
    stamp = ZIP_EPOCH
    if moment is not None:
        utc = moment.astimezone(dt.timezone.utc)
        stamp = max(ZIP_EPOCH, (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, source.read(info), compresslevel=6)
    return out.getvalue()

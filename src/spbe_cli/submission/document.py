"""``spbe document``: a document an instansi signs, made from one year at one stage.

The view (``document_content``) is rendered into the kind's DOCX template: the repository's own
(``--templates DIR`` or ``templates/``, file ``document/<kind>.docx``; untrusted, so checked
and sandboxed) or the bundled one; a PDF is that DOCX printed by LibreOffice
(``document_pdf``). The command only parses its options and writes the bytes made here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.base.clock import source_date
from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.lang import Lang
from spbe_cli.base.resources import data_dir
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.yearview import YearView
from spbe_cli.problems.messages import Msg, message
from spbe_cli.problems.problem import Problem, located, problem
from spbe_cli.source.evidence import evidence_path_problem
from spbe_cli.submission.document_content import build_document
from spbe_cli.submission.document_guard import MAX_FILE, Refusal, Refused, logo_problem
from spbe_cli.submission.document_kind import DocumentKind
from spbe_cli.submission.document_render import Template, render_document
from spbe_cli.submission.document_view import DocumentRequest

SUFFIXES = (".docx", ".pdf")
MAX_LOGO = 2 * 1024 * 1024


@dataclass(frozen=True)
class Order:
    """What ``spbe document`` was asked for."""

    kind: DocumentKind
    stage: Stage | None
    unit: str | None
    day: dt.date | None
    nomor: str | None
    output: Path | None
    templates: Path | None
    lang: Lang


@dataclass
class Made:
    output: Path
    data: bytes
    inputs: list[Path]  # what the output may never replace
    problems: list[Problem] = field(default_factory=list)  # warnings (D009)


class DocumentFailed(Exception):
    """The document cannot be made; nothing is written. ``problems`` are located (a template,
    the logo); ``text`` is a one-line reason otherwise (no LibreOffice)."""

    def __init__(self, problems: list[Problem], text: str = "") -> None:
        super().__init__(text or "; ".join(p.code for p in problems))
        self.problems, self.text = problems, text


def check_stage(kind: DocumentKind, stage: Stage | None, lang: Lang) -> None:
    """A Berita Acara Penilaian Mandiri and a consent to publish are about the self-assessment
    (59/2020 Bab II.D.1): another stage is a usage mistake (exit 2), never a record of an index
    the assessors set under a self-assessment title."""
    mandiri_only = kind in (DocumentKind.BERITA_ACARA, DocumentKind.PERSETUJUAN_PUBLIKASI)
    if mandiri_only and stage not in (None, Stage.MANDIRI):
        raise UsageProblem(message("doc_stage_mandiri", lang, kind=kind, stage=stage))


def check_order(view: YearView, order: Order) -> None:
    """Usage mistakes, before any work (exit 2)."""
    lang, kind = order.lang, order.kind
    check_stage(kind, order.stage, lang)
    units = [u.unit for u in view.score.units]
    if order.unit is None and kind.per_unit:
        raise UsageProblem(message("doc_unit_needed", lang, kind=kind, units=", ".join(units)))
    if order.unit is not None:
        if kind not in (DocumentKind.LEMBAR_KERJA, DocumentKind.CATATAN):
            raise UsageProblem(message("doc_unit_unused", lang, kind=kind))
        if order.unit not in units:
            text = message("r_unknown_unit", lang, unit=order.unit, units=", ".join(units))
            raise UsageProblem("--unit: " + text)
    if order.output is not None and order.output.suffix.lower() not in SUFFIXES:
        raise UsageProblem(message("doc_suffix", lang, path=order.output))
    if order.templates is not None and not order.templates.is_dir():
        raise UsageProblem(message("doc_no_templates", lang, path=order.templates))


def make_document(view: YearView, order: Order) -> Made:
    """The document's bytes (DOCX or PDF, by the output's suffix), or ``DocumentFailed``."""
    check_order(view, order)
    root = view.year_set.repo.root
    moment = _moment()
    day = order.day or _today(moment)
    request = DocumentRequest(order.kind, order.stage, order.unit, day, order.nomor, order.lang)
    built = build_document(view, request, _snapshot_digest(view))
    logo, logo_path = _logo(view)
    template = _template(order.kind, root, order.templates)
    try:
        data = render_document(template, built.view, logo, moment)
    except Refused as exc:
        raise DocumentFailed([_located(template.path, exc.refusal)]) from None
    output = order.output or Path.cwd() / _default_name(view, order)
    if output.suffix.lower() == ".pdf":
        data = _pdf(data, moment, order.lang)
    inputs = [*_inputs(view), template.path, *_overrides(root, order.templates)]
    return Made(output, data, inputs + ([logo_path] if logo_path else []), built.problems)


def _snapshot_digest(view: YearView) -> str:
    """The footer's digest: the SHA-256 of the snapshot of this year at this stage, what
    ``spbe snapshot`` writes for it (a signed paper points at exact data)."""
    from spbe_cli.submission.snapshot import snapshot_digest

    return snapshot_digest(view)


def _inputs(view: YearView) -> list[Path]:
    from spbe_cli.submission.inputs import year_inputs

    return [f.path for f in year_inputs(view).files]


def _moment() -> dt.datetime:
    """``SOURCE_DATE_EPOCH``, else now: the document's dates and the zip's."""
    return source_date() or dt.datetime.now(tz=dt.timezone.utc).replace(microsecond=0)


def _today(moment: dt.datetime) -> dt.date:
    """The date a document carries by default: ``SOURCE_DATE_EPOCH``'s, else today's here."""
    if source_date() is not None:
        return moment.date()
    return dt.date.today()


def _overrides(root: Path, templates: Path | None) -> list[Path]:
    """The folders whose ``document/<kind>.docx`` replaces the bundled one, first wins."""
    return [p for p in (templates, root / "templates") if p is not None and p.is_dir()]


def _template(kind: DocumentKind, root: Path, templates: Path | None) -> Template:
    """The repository's template of ``kind`` (``--templates`` first), else the bundled one. A
    file reached through a link out of its folder (or, in the repository's, out of the
    repository) is refused (D001), where the HTML templates ignore it."""
    from spbe_cli.base.paths import inside
    from spbe_cli.source.yamlsrc import NotRegular, TooLarge, read_regular

    name = f"{kind.value}.docx"
    for folder in _overrides(root, templates):
        path = folder / "document" / name
        if not os.path.lexists(path):
            continue
        own = folder.absolute()  # ``inside`` caches each folder it resolves by its text
        bound = own if folder == templates else root.absolute()
        if not inside(path, own) or not inside(path, bound):
            out = Msg.of("doc_template_link_dir", folder=folder) if folder == templates else None
            linked: dict[str, object] = {"detail": out or Msg.of("doc_template_link")}
            raise DocumentFailed([_located(path, Refusal("D001", "", linked))])
        try:
            return Template(read_regular(path, MAX_FILE), path, untrusted=True)
        except TooLarge:
            args: dict[str, object] = {"size": f"> {MAX_FILE >> 20} MB"}
            args["limit"] = f"{MAX_FILE >> 20} MB"
            raise DocumentFailed([_located(path, Refusal("D002", "", args))]) from None
        except (NotRegular, OSError) as exc:
            detail: dict[str, object] = {"detail": type(exc).__name__}
            raise DocumentFailed([_located(path, Refusal("D001", "", detail))]) from None
    bundled = data_dir("templates") / "document" / name
    return Template(bundled.read_bytes(), bundled, untrusted=False)


def _located(path: Path, refusal: Refusal) -> Problem:
    """``templates/document/berita-acara.docx:word/document.xml: error D007 ...``."""
    found = located(path, 0, 0, refusal.code, refusal.args)
    return dataclasses.replace(found, cell=refusal.part) if refusal.part else found


def _logo(view: YearView) -> tuple[bytes | None, Path | None]:
    """``documents.logo``: a PNG or JPEG inside the repository (D008 otherwise)."""
    from spbe_cli.source.yamlsrc import TooLarge, read_regular

    repo = view.year_set.repo
    written = repo.config.documents.logo
    if written is None:
        return None, None
    path = repo.root / written
    reason: Msg | None = None
    code = evidence_path_problem(repo.root, written)
    if code in ("C007", "C021"):
        reason = Msg.of("doc_logo_outside")
    elif code is not None:
        reason = Msg.of("doc_logo_missing")
    else:
        try:
            data = read_regular(path, MAX_LOGO)
        except TooLarge:
            reason = Msg.of("doc_logo_size", limit=f"{MAX_LOGO >> 20} MB")
        except OSError:
            reason = Msg.of("doc_logo_missing")
        else:
            reason = logo_problem(data)
            if reason is None:
                return data, path
    src = repo.config_src
    line, column = src.pos(("documents", "logo")) if src is not None else (0, 0)
    where = src.path if src is not None else repo.root / "spbe.yaml"
    found = problem(where, line, column, "D008", logo=written, detail=reason)
    raise DocumentFailed([found])


def _pdf(docx: bytes, moment: dt.datetime, lang: Lang) -> bytes:
    from spbe_cli.app.output import OutputError
    from spbe_cli.submission.document_pdf import docx_to_pdf, find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise DocumentFailed([], message("doc_pdf_missing", lang))
    try:
        return docx_to_pdf(docx, soffice, moment)
    except OutputError as exc:
        raise DocumentFailed([], message("doc_pdf_failed", lang, detail=exc)) from None


def _default_name(view: YearView, order: Order) -> str:
    """``pemerintah-kabupaten-contoh-2026-berita-acara.docx`` (``-<unit>`` for one unit)."""
    parts = [view.score.instansi or "", str(view.year or ""), order.kind.value, order.unit or ""]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-") or "spbe"
    return f"{slug}.docx"

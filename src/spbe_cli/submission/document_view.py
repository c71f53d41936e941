"""What a document shows, every text formatted: the view its DOCX template renders as ``d``.

The numbers are the engine's answers for one year at one stage (``engine.yearview``), formatted
as ``spbe score`` formats them (``render.view.score_view``, ``Indicator.text``); the people who
sign come from ``spbe.yaml`` (``documents:``, ``units.<unit>.head``). Templates only loop and
branch over this view: the names here are a contract, documented for template authors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spbe_cli.base.lang import Lang
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.scoring import IndicatorResult
from spbe_cli.engine.yearview import YearView
from spbe_cli.model.models import Signatory
from spbe_cli.problems.messages import counted, message
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.render.view import score_view
from spbe_cli.submission.document_kind import DocumentKind
from spbe_cli.submission.document_words import date_text, date_words

LABELS = (
    "no", "code", "aspect", "weight", "index", "indicator", "value", "lead_unit", "evidence",
    "explanation", "review", "item", "level", "status", "reason_note", "asks", "name", "nip",
    "pangkat", "jabatan", "page", "of", "table_aspects", "table_indicators", "lk_items",
)  # fmt: skip
PENDING_MARK = "*"  # beside a value waiting for another agency's index; the note says so
LANGUAGE_TAGS: dict[Lang, str] = {"id": "id-ID", "en": "en-US"}  # Word's spelling language


@dataclass(frozen=True)
class Signer:
    """One signature block: place and date (on the right-hand block), position, the capacity
    signed in, then, below the space for signature and stamp, name, rank and NIP."""

    place_date: str = ""
    jabatan: str = ""
    role: str = ""
    name: str = ""
    pangkat: str = ""
    nip: str = ""  # the 18 digits, or dots to fill in
    nip_line: str = ""  # "NIP. 19800101..."


@dataclass(frozen=True)
class AspectRow:
    id: str
    name: str
    weight: str
    index: str
    strong: bool  # a domain (where the framework has domains) or the index itself


@dataclass(frozen=True)
class IndicatorRow:
    no: str
    id: str
    name: str
    value: str  # in the indicator's notation; "1,00*" while waiting for an external value
    level_name: str  # "" where the catalogue's level names are provisional
    unit: str  # the lead unit's name
    evidence: str  # "3 bukti: 2 diterima, 1 revisi"


@dataclass(frozen=True)
class WorkRow:
    no: str
    id: str
    name: str
    value: str
    level_name: str  # "" where the catalogue's level names are provisional
    explanation: str
    review: str  # the internal assessors' verdict and note ("" when none)


@dataclass(frozen=True)
class ItemRow:
    no: str
    indicator: str
    code: str
    title: str
    level: str
    status: str  # "diterima (dokumen)", "revisi (dokumen): belum diunggah - note"


@dataclass(frozen=True)
class NoteRow:
    no: str
    indicator: str
    name: str
    item: str  # "PG_04_04_2: title", or the answer itself (internal review)
    level: str
    stage: str
    reason: str  # the reason and the assessors' note
    asks: str  # what the criterion of that level asks


@dataclass(frozen=True)
class UnitNotes:
    id: str
    name: str
    rows: tuple[NoteRow, ...]


@dataclass(frozen=True)
class DocumentView:
    kind: str
    lang: Lang
    t: dict[str, str]  # every label of the tables and the footer, translated
    instansi: str
    address: str
    date: str  # "7 Desember 2026"
    date_words: str  # "Pada hari ini, Senin, tanggal tujuh bulan Desember tahun ..."
    place: str
    year: str
    stage: str
    framework: str  # "SPBE" or "Pemerintah Digital"
    catalogue: str
    regulation: str
    index_name: str
    index: str  # as `spbe score` prints it
    predikat: str
    notices: tuple[str, ...]  # unanswered indicators, the stage shown (never the catalogue's
    # provisional notice: that is the operator's, on stderr, never on a signed page)
    nomor: str  # "Nomor: 005/BA/2026", dotted to fill in by hand, or "" (worksheet, notes)
    digest: str  # sha256 of the snapshot of this year at this stage
    digest_line: str
    logo: object = ""  # the letterhead's picture (an image the template prints), or ""
    language: str = ""  # "id-ID" or "en-US": the document's spelling language
    title: str = ""
    subtitle: str = ""
    opening: str = ""
    paragraphs: tuple[str, ...] = ()
    closing: str = ""
    left: Signer = field(default_factory=lambda: Signer())
    right: Signer = field(default_factory=lambda: Signer())
    footer: str = ""
    full_title: str = ""  # the file's title: "Berita Acara Penilaian Mandiri ... - <instansi>"
    pending_note: str = ""  # the footnote of values marked PENDING_MARK ("" when none is)
    unit: str = ""  # the unit's name (worksheet)
    aspects: tuple[AspectRow, ...] = ()
    indicators: tuple[IndicatorRow, ...] = ()
    work: tuple[WorkRow, ...] = ()
    items: tuple[ItemRow, ...] = ()
    item_details: bool = False  # some item has a code or a verdict (Pemdi's items; not 59/2020)
    notes: tuple[UnitNotes, ...] = ()


@dataclass(frozen=True)
class DocumentRequest:
    kind: DocumentKind
    stage: Stage | None  # as given (None: the self-assessment)
    unit: str | None
    day: dt.date
    nomor: str | None
    lang: Lang


@dataclass
class Built:
    view: DocumentView
    problems: list[Problem] = field(default_factory=list)  # D009: a signatory not set


class DocContext:
    """One year's view, the request and ``spbe.yaml``, read once for the builders below."""

    def __init__(self, year: YearView, request: DocumentRequest) -> None:
        self.year, self.request, self.lang = year, request, request.lang
        self.config = year.year_set.repo.config
        self.settings = self.config.documents
        self.catalogue = year.catalogue
        self.framework = self.catalogue.framework
        self.problems: list[Problem] = []
        names = {u.unit: u.name for u in year.score.units if u.name}
        self.names = {u: i.name for u, i in self.config.units.items()} | names

    def unit_name(self, unit: str) -> str:
        return self.names.get(unit, unit)

    def msg(self, key: str, /, **args: object) -> str:
        return message(key, self.lang, **args)

    @property
    def place(self) -> str:
        return self.settings.place or message("doc_blank", self.lang)

    def provisional(self, part: str) -> bool:
        """Whether the catalogue's ``part`` (``level_names``, ``criteria``) is provisional, as
        the catalogue says it (``Catalogue.notice``): every part of a provisional catalogue, the
        parts a partial one lists as provisional (``provisional_parts`` in JSON)."""
        return self.catalogue.part_provisional(part)

    def value(self, r: IndicatorResult) -> str:
        """An indicator's value as every output writes it (``Indicator.text``), marked while it
        waits for another agency's index (``pending``: counted at the lowest level)."""
        return r.text(self.lang) + (PENDING_MARK if r.pending else "")

    def level_name(self, r: IndicatorResult) -> str:
        """The name of the value's level; "" where the catalogue's level names are provisional
        (a signed page never presents a provisional name as official)."""
        return "" if self.provisional("level_names") else r.level_name

    def pending_note(self, rows: Iterable[IndicatorResult]) -> str:
        """The footnote of the values marked pending among ``rows`` ("" when none is)."""
        found = next((r for r in rows if r.pending), None)
        return self.msg("doc_pending_note", value=found.text(self.lang)) if found else ""

    def signer(self, person: Signatory | None, role: str, where: tuple[str, ...]) -> Signer:
        """The block of ``person`` (D009 where ``spbe.yaml`` names nobody: blank lines)."""
        blank = self.msg("doc_blank")
        if person is None:
            self._missing(where)
            line = self.msg("doc_nip_line", nip=blank)
            return Signer(role=role, name=blank, nip=blank, nip_line=line)
        nip = person.nip or blank
        return Signer(
            jabatan=person.jabatan or "",
            role=role,
            name=person.name,
            pangkat=person.pangkat or "",
            nip=nip,
            nip_line=self.msg("doc_nip_line", nip=nip),
        )

    def head(self, unit: str) -> Signer:
        """A unit head's block: the ``jabatan`` written in spbe.yaml is the one title line; without
        one, dots to fill in by hand (a title made up from the unit's name may be wrong)."""
        info = self.config.units.get(unit)
        person = info.head if info else None
        where = ("units", unit, "head") if info else ("units",)
        title = (person.jabatan if person else None) or self.msg("doc_blank")
        return replace(self.signer(person, title, where), jabatan="")

    def dated(self, signer: Signer) -> Signer:
        """``signer`` with the place and date above it (the right-hand block)."""
        date = date_text(self.request.day, self.lang)
        return replace(signer, place_date=self.msg("doc_place_date", place=self.place, date=date))

    def _missing(self, where: tuple[str, ...]) -> None:
        src = self.year.year_set.repo.config_src
        key = ".".join(where)
        if src is None:
            self.problems.append(problem("spbe.yaml", 0, 0, "D009", key=key))
            return
        line, column = src.pos(where, key=True)
        self.problems.append(problem(src.path, line, column, "D009", key=key))


def common(c: DocContext, digest: str) -> DocumentView:
    """The fields every kind shares; each kind fills in the rest (``dataclasses.replace``)."""
    year, lang = c.year, c.lang
    score = score_view(year.score, lang)
    shown_year = str(year.year) if year.year is not None else "-"
    notices = (score.incomplete or "", score.stage_note or "")
    labels = {key: message(f"doc_{key}", lang) for key in LABELS}
    if c.provisional("criteria"):  # what a criterion asks is guidance, not yet the regulation's
        labels["asks"] = message("doc_asks_provisional", lang)
    return DocumentView(
        kind=c.request.kind.value,
        lang=lang,
        t=labels,
        instansi=year.score.instansi or "",
        address=c.settings.address or "",
        date=date_text(c.request.day, lang),
        date_words=date_words(c.request.day, lang),
        place=c.place,
        year=shown_year,
        stage=year.stage.value,
        framework=c.framework,
        catalogue=c.catalogue.title,
        regulation=c.catalogue.regulation,
        index_name=score.labels["index_title"],
        index=score.index,
        predikat=score.predikat,
        notices=tuple(n for n in notices if n),
        nomor=_nomor(c, shown_year),
        digest=digest,
        digest_line=c.msg("doc_digest", stage=year.stage.value, digest=digest),
        language=LANGUAGE_TAGS[lang],
    )


def headed(c: DocContext, base: DocumentView, title: str, subtitle: str) -> DocumentView:
    """``base`` with its title and subtitle, the file's title and the footer made of them."""
    named = c.msg("doc_full_title", title=title, subtitle=subtitle)
    full = " - ".join(p for p in (named, base.instansi) if p)
    return replace(base, title=title, subtitle=subtitle, full_title=full, footer=footer(c, title))


def _nomor(c: DocContext, year: str) -> str:
    """``--nomor``, else ``documents.nomor.<kind>``, else dots to fill in (a Berita Acara and a
    consent always carry a number line; the worksheet and the notes only when one is given)."""
    kind = c.request.kind
    given = c.request.nomor or c.settings.nomor.get(kind.value)
    if given:
        return c.msg("doc_nomor_line", nomor=given)
    if kind in (DocumentKind.BERITA_ACARA, DocumentKind.PERSETUJUAN_PUBLIKASI):
        return c.msg("doc_nomor_line", nomor=c.msg("doc_nomor_blank", year=year))
    return ""


def footer(c: DocContext, title: str) -> str:
    instansi = c.year.score.instansi or ""
    return " · ".join(p for p in (instansi, title, str(c.year.year or "")) if p)


def evidence_summary(statuses: Iterable[str | None], lang: Lang) -> str:
    """``3 bukti: 2 diterima, 1 revisi``: an indicator's evidence by latest verdict (None: an
    entry no stage judged); ``belum ada bukti`` when there is none."""
    found = list(statuses)
    if not found:
        return message("doc_ev_none", lang)
    total = counted("doc_ev_count", len(found)).render(lang)
    parts = [
        message(key, lang, count=count)
        for key, status in (
            ("doc_ev_accepted", "diterima"),
            ("doc_ev_revisi", "revisi"),
            ("doc_ev_pending", "belum_dinilai"),
        )
        if (count := sum(1 for s in found if s == status))
    ]
    return f"{total}: {', '.join(parts)}" if parts else total

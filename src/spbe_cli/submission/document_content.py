"""The four documents' views: what each says, from one year's view and ``spbe.yaml``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spbe_cli.domain.stage import Stage
from spbe_cli.engine.scoring import IndicatorResult
from spbe_cli.engine.yearview import YearView
from spbe_cli.model.catalogue import Indicator
from spbe_cli.model.models import Answer, Assessment, Evidence, ItemStatus
from spbe_cli.problems.messages import counted, message
from spbe_cli.problems.problem import natural_key
from spbe_cli.render.view import score_view
from spbe_cli.submission.document_kind import DocumentKind
from spbe_cli.submission.document_view import (
    AspectRow,
    Built,
    DocContext,
    DocumentRequest,
    DocumentView,
    IndicatorRow,
    ItemRow,
    NoteRow,
    Signer,
    UnitNotes,
    WorkRow,
    common,
    evidence_summary,
    headed,
)
from spbe_cli.submission.document_words import date_text

_KETUA = ("documents", "signatories", "ketua")
_KOORDINATOR = ("documents", "signatories", "koordinator")


def build_document(year: YearView, request: DocumentRequest, digest: str) -> Built:
    """The view of ``request.kind`` for ``year`` (already at the stage asked for)."""
    c = DocContext(year, request)
    view = _BUILDERS[request.kind](c, digest)
    return Built(view, c.problems)


def _ketua(c: DocContext) -> Signer:
    return c.signer(c.settings.signatories.ketua, c.msg("doc_role_ketua"), _KETUA)


def _koordinator(c: DocContext) -> Signer:
    role = c.msg("doc_role_koordinator", framework=c.framework)
    return c.signer(c.settings.signatories.koordinator, role, _KOORDINATOR)


def _berita_acara(c: DocContext, digest: str) -> DocumentView:
    score = c.year.score
    base = common(c, digest)
    subtitle = c.msg("doc_ba_subtitle", framework=c.framework, year=base.year)
    base = headed(c, base, c.msg("doc_ba_title"), subtitle)
    opening = c.msg(
        "doc_ba_opening",
        date_words=base.date_words,
        place=c.place,
        framework=c.framework,
        instansi=base.instansi,
        year=base.year,
        regulation=c.catalogue.regulation,
    )
    assessing = sum(1 for u in score.units if u.indicators)
    paragraphs = (
        c.msg("doc_ba_assessed", units=counted("doc_units", assessing)),
        c.msg(
            "doc_ba_result",
            index_name=base.index_name,
            instansi=base.instansi,
            year=base.year,
            index=base.index,
            predikat=base.predikat,
        ),
    )
    return replace(
        base,
        opening=opening,
        paragraphs=paragraphs,
        closing=c.msg("doc_ba_statement"),
        left=_ketua(c),
        right=c.dated(_koordinator(c)),
        aspects=_aspects(c),
        indicators=tuple(_indicator_rows(c)),
        pending_note=c.pending_note(score.indicators),
    )


def _persetujuan(c: DocContext, digest: str) -> DocumentView:
    base = common(c, digest)
    subtitle = c.msg("doc_pp_subtitle", framework=c.framework, year=base.year)
    base = headed(c, base, c.msg("doc_pp_title"), subtitle)
    consent = c.msg("doc_pp_consent", framework=c.framework, instansi=base.instansi, year=base.year)
    result = c.msg(
        "doc_pp_result", index_name=base.index_name, index=base.index, predikat=base.predikat
    )
    return replace(
        base,
        opening=c.msg("doc_pp_intro"),
        paragraphs=(consent, result),
        closing=c.msg("doc_pp_statement"),
        left=Signer(),
        right=c.dated(_koordinator(c)),
    )


def _lembar_kerja(c: DocContext, digest: str) -> DocumentView:
    unit = c.request.unit or ""
    name = c.unit_name(unit)
    base = common(c, digest)
    subtitle = c.msg("doc_lk_subtitle", framework=c.framework, year=base.year, unit=name)
    base = headed(c, base, c.msg("doc_lk_title"), subtitle)
    rows = [r for r in c.year.score.indicators if r.unit == unit]
    items = tuple(_item_rows(c, unit))
    return replace(
        base,
        opening=c.msg("doc_lk_intro", unit=name, framework=c.framework, year=base.year),
        paragraphs=() if rows else (c.msg("doc_lk_none"),),
        closing=c.msg("doc_lk_statement"),
        left=Signer(),
        right=c.dated(c.head(unit)),
        unit=name,
        work=tuple(_work_rows(c, unit, rows)),
        pending_note=c.pending_note(rows),
        items=items,
        item_details=any(x != "-" for i in items for x in (i.code, i.status)),
    )


def _catatan(c: DocContext, digest: str) -> DocumentView:
    base = common(c, digest)
    subtitle = c.msg("doc_ct_subtitle", framework=c.framework, year=base.year)
    base = headed(c, base, c.msg("doc_ct_title"), subtitle)
    given = c.request.stage
    scope = c.msg("doc_ct_scope", stage=_stage_name(c, given.value)) if given is not None else ""
    groups = _note_groups(c)
    return replace(
        base,
        opening=c.msg("doc_ct_intro", scope=scope),
        paragraphs=() if groups else (c.msg("doc_ct_none"),),
        closing=c.msg("doc_ct_statement"),
        left=Signer(),
        right=c.dated(_ketua(c)),
        notes=groups,
    )


_BUILDERS: dict[DocumentKind, Callable[[DocContext, str], DocumentView]] = {
    DocumentKind.BERITA_ACARA: _berita_acara,
    DocumentKind.PERSETUJUAN_PUBLIKASI: _persetujuan,
    DocumentKind.LEMBAR_KERJA: _lembar_kerja,
    DocumentKind.CATATAN: _catatan,
}


def _aspects(c: DocContext) -> tuple[AspectRow, ...]:
    """The aspect table exactly as ``spbe score`` shows it (domains too, where there are)."""
    rows = score_view(c.year.score, c.lang).domains
    return tuple(
        AspectRow(row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.strong)
        for row in rows
    )


def _indicator_rows(c: DocContext) -> Iterator[IndicatorRow]:
    statuses = _statuses(c.year)
    for n, r in enumerate(c.year.score.indicators, 1):
        ident = r.indicator.id
        lead = c.year.lead(ident)
        yield IndicatorRow(
            no=str(n),
            id=ident,
            name=r.indicator.name,
            value=c.value(r),
            level_name=c.level_name(r),
            unit=c.unit_name(lead) if lead else "-",
            evidence=evidence_summary(statuses.get(ident, []), c.lang),
        )


def _entries(a: Assessment) -> Iterator[tuple[str, Evidence]]:
    """Every evidence entry of a unit file, with its indicator: led and supported."""
    for ident, answer in a.indicators.items():
        yield from ((ident, e) for e in answer.evidence)
    for ident, part in a.supports.items():
        yield from ((ident, e) for e in part.evidence)


def _statuses(year: YearView) -> dict[str, list[str | None]]:
    """Each indicator's evidence entries by latest verdict: an item no stage judged yet is
    ``belum_dinilai``; an entry without an item code and without a verdict is None."""
    found: dict[str, list[str | None]] = {}
    for unit in year.year_set.units:
        for ident, e in _entries(unit.assessment):
            latest = e.latest()
            status = latest[1].status if latest else ("belum_dinilai" if e.id else None)
            found.setdefault(ident, []).append(status)
    return found


def _answers(c: DocContext, unit: str) -> dict[str, Answer]:
    return {
        ident: answer
        for u in c.year.year_set.units
        if u.assessment.unit == unit
        for ident, answer in u.assessment.indicators.items()
    }


def _work_rows(c: DocContext, unit: str, rows: list[IndicatorResult]) -> Iterator[WorkRow]:
    answers = _answers(c, unit)
    for n, r in enumerate(rows, 1):
        answer = answers.get(r.indicator.id)
        yield WorkRow(
            no=str(n),
            id=r.indicator.id,
            name=r.indicator.name,
            value=c.value(r),
            level_name=c.level_name(r),
            explanation=(answer.explanation or "") if answer else "",
            review=_review(c, answer, r.indicator) if answer else "",
        )


def _review(c: DocContext, answer: Answer, indicator: Indicator) -> str:
    """The internal review of an answer on one line, as the handout writes it
    (``report.view.review_text``) with its date as a letter dates: "diterima: <note> (Tim Asesor
    Internal, 17 April 2023)"."""
    review = answer.review
    if review is None:
        return ""
    level = indicator.text(review.level, c.lang) if review.level is not None else ""
    shown = c.msg("r_review_level", level=level) if level else ""
    date = date_text(review.date, c.lang) if review.date else ""
    by = ", ".join(x for x in (review.by or "", date) if x)
    note = f": {review.note}" if review.note else ""
    return f"{review.status}{shown}{note}{f' ({by})' if by else ''}"


def _stage_name(c: DocContext, stage: str) -> str:
    """A stage as a document names it: the internal review is "reviu" in Indonesian."""
    return c.msg("doc_stage_review") if stage == Stage.REVIEW.value else stage


def _verdict(c: DocContext, e: Evidence) -> str:
    """An item's latest verdict, as the workbook writes it (``render.items.verdict_text``) with
    the stage named as a document names it; "belum dinilai" for an item no stage judged."""
    latest = e.latest()
    if latest is None:
        return c.msg("item_belum_dinilai") if e.id else "-"
    stage, verdict = latest
    text = f"{c.msg(f'item_{verdict.status}')} ({_stage_name(c, stage)})"
    if verdict.reason:
        text += ": " + c.msg(f"item_reason_{verdict.reason}")
    return text + (f" - {verdict.note}" if verdict.note else "")


def _item_rows(c: DocContext, unit: str) -> Iterator[ItemRow]:
    """The unit's evidence entries (of the indicators it leads, then those it supports)."""
    entries = [
        (ident, e) for u in c.year.year_set.units if u.assessment.unit == unit
        for ident, e in _entries(u.assessment)
    ]  # fmt: skip
    for n, (ident, e) in enumerate(entries, 1):
        yield ItemRow(
            no=str(n),
            indicator=ident,
            code=e.id or "-",
            title=e.title,
            level=str(e.level) if e.level is not None else "-",
            status=_verdict(c, e),
        )


_Note = tuple[str, str, int | None, str, str, str]  # indicator, item, level, stage, reason, note


def _note_groups(c: DocContext) -> tuple[UnitNotes, ...]:
    """Per unit (the one that supplied each item), its items sent back and its answers the
    internal review sent back; only ``--unit``'s when one is named."""
    found: dict[str, list[_Note]] = {}
    for u in c.year.year_set.units:
        for unit, note in _notes(c, u.assessment):
            found.setdefault(unit, []).append(note)
    chosen = c.request.unit
    return tuple(
        UnitNotes(unit, c.unit_name(unit), tuple(_note_rows(c, found[unit])))
        for unit in sorted(found, key=natural_key)
        if chosen is None or unit == chosen
    )


def _sent_back(e: Evidence, stage: Stage | None) -> tuple[str, ItemStatus] | None:
    """The verdict that sent ``e`` back: at ``stage`` when one is named, else its latest."""
    if stage is not None:
        verdict = next((v for k, v in e.status.items() if k == stage.value), None)
        found = (stage.value, verdict) if verdict is not None else None
    else:
        found = e.latest()
    return found if found is not None and found[1].status == "revisi" else None


def _notes(c: DocContext, a: Assessment) -> Iterator[tuple[str, _Note]]:
    stage = c.request.stage
    for ident, e in _entries(a):
        found = _sent_back(e, stage)
        if found is not None:
            item = f"{e.id}: {e.title}" if e.id else e.title
            yield e.unit or a.unit, (ident, item, e.level, found[0], *_reason(c, found[1]))
    if stage not in (None, Stage.REVIEW):
        return
    for ident, answer in a.indicators.items():
        review = answer.review
        if review is not None and review.status == "revisi":
            note = review.note or ""
            yield a.unit, (ident, c.msg("doc_ct_answer"), _whole(answer), "review", "", note)


def _note_rows(c: DocContext, notes: list[_Note]) -> Iterator[NoteRow]:
    for n, (ident, item, level, stage, reason, note) in enumerate(notes, 1):
        indicator = c.catalogue.indicators.get(ident)
        why = " - ".join(p for p in (reason, note) if p)
        named = _stage_name(c, stage)
        yield NoteRow(
            no=str(n),
            indicator=ident,
            name=indicator.name if indicator else "",
            item=item,
            level=str(level) if level is not None else "-",
            stage=named,
            reason=f"{named}: {why}" if why else named,
            asks=_asks(indicator, level),
        )


def _reason(c: DocContext, verdict: ItemStatus) -> tuple[str, str]:
    reason = message(f"item_reason_{verdict.reason}", c.lang) if verdict.reason else ""
    return reason, verdict.note or ""


def _whole(answer: Answer) -> int | None:
    return int(answer.level) if answer.level is not None else None


def _asks(indicator: Indicator | None, level: int | None) -> str:
    """What the criterion of ``level`` asks, and the evidence it names (the catalogue's text)."""
    if indicator is None or level is None:
        return ""
    criterion, evidence = indicator.criterion_at(level)
    return f"{criterion} ({evidence})" if criterion and evidence else criterion or evidence

"""View models: every number already formatted, every label already translated.

Templates only loop and branch over these; they never compute or round.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from spbe_cli.domain.numbers import shown
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.scoring import IndicatorResult, Score
from spbe_cli.engine.yearview import AssessorNote
from spbe_cli.model.catalogue import Indicator
from spbe_cli.problems.messages import Lang, message

GAIN_PLACES = 4  # gains and contributions are small: 2 decimals would hide them


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    strong: bool = False


@dataclass(frozen=True)
class ScoreView:
    lang: Lang
    labels: dict[str, str]
    instansi: str
    year: str
    catalogue: str
    regulation: str
    index: str
    predikat: str
    incomplete: str | None
    stage_note: str | None  # which stage, and which values fell back to an earlier one
    bands: tuple[Row, ...]
    domains: tuple[Row, ...]
    units: tuple[Row, ...]
    missing: tuple[Row, ...]
    gains: tuple[Row, ...]
    pending: tuple[Row, ...] = ()  # indicators waiting for another agency's index value


LABELS = (
    "index_title", "predikat", "instansi", "year", "catalogue", "bands_title", "band_range",
    "domains_title", "col_id", "col_name", "col_weight", "col_index", "units_title", "col_unit",
    "col_answered", "col_mean", "col_contribution", "missing_title", "gains_title",
    "col_indicator", "col_level", "col_next", "col_gain", "none", "all_at_top",
    "pending_title", "col_source",
)  # fmt: skip


def level_text(r: IndicatorResult, lang: Lang) -> str:
    """The value and the name of its whole part: ``2,50 Membangun``."""
    return f"{r.text(lang)} {r.level_name}"


def assessor_note_text(indicator: Indicator, note: AssessorNote, lang: Lang) -> str:
    """``final, nilai 2,50: <note>``: an external stage's note beside its value, the same in the
    handout and the site."""
    value = indicator.text(note.value, lang)
    head = message("r_assessor_note", lang, stage=note.stage, value=value)
    # the note as written, line breaks kept: a page shows it as text (escaped by its template),
    # never on a terminal, where a message's arguments are kept to one line
    return f"{head}: {note.note}"


def range_text(indicator: Indicator, value: Fraction | int | None, lang: Lang) -> str:
    """``nilai 1,51-2,50``: the value range whose criterion is shown for ``value``; "" where
    criteria are per level (or there is no value)."""
    found = indicator.criterion_range(value) if value is not None else None
    if found is None:
        return ""
    return message("r_range", lang, low=shown(found.min, lang), high=shown(found.max, lang))


def external_text(r: IndicatorResult, lang: Lang) -> str:
    """Where an external indicator's value comes from: pending, or the supplied record."""
    ext = r.indicator.external
    if ext is None:
        return ""
    if r.pending:
        return message("external_pending", lang, index=ext.index, agency=ext.agency)
    if r.supplied is not None:
        s = r.supplied
        raw = shown(s.raw, lang) if s.raw is not None else "-"
        year = f" {s.year}" if s.year else ""
        text = message("external_supplied", lang, index=ext.index, raw=raw, source=s.source + year)
        if s.document:
            text += "; " + message("external_document", lang, document=s.document)
        return text
    return ""


def id_ranges(ids: list[str], order: list[str]) -> str:
    """``I1–I10, I12``: consecutive ids (in catalogue order) written as ranges."""
    positions = sorted(order.index(i) for i in ids if i in order)
    parts: list[str] = []
    start = prev = None
    for pos in [*positions, None]:
        if pos is not None and prev is not None and pos == prev + 1:
            prev = pos
            continue
        if start is not None and prev is not None:
            parts.append(order[start] if start == prev else f"{order[start]}–{order[prev]}")
        start = prev = pos
    return ", ".join(parts)


def stage_note(score: Score, lang: Lang) -> str | None:
    if score.estimated_from:
        return message("estimate_stage", lang, catalogue=score.estimated_from)
    if score.stage is Stage.MANDIRI:
        return None
    if not score.fell_back:
        return message("stage_note", lang, stage=score.stage)
    order = list(score.catalogue.indicators)
    groups: dict[str, list[str]] = {}
    for ident, source in score.fell_back:
        groups.setdefault(source, []).append(ident)
    listed = "; ".join(f"{source}: {id_ranges(ids, order)}" for source, ids in groups.items())
    return message(
        "stage_note_fallback", lang, stage=score.stage, count=len(score.fell_back), listed=listed
    )


def _num(value: object, lang: Lang, places: int = 2) -> str:
    assert isinstance(value, Fraction | int)
    return shown(Fraction(value), lang, places)


def score_view(score: Score, lang: Lang) -> ScoreView:
    c = score.catalogue
    incomplete = (
        None if score.complete else message("incomplete_note", lang, count=len(score.missing))
    )
    return ScoreView(
        lang=lang,
        labels={
            **{key: message(key, lang) for key in LABELS},
            # a framework without domains (Pemdi 2026) shows its aspects only
            **({} if c.has_domains else {"domains_title": message("domains_title_aspects", lang)}),
            "index_title": c.index_title(lang),
        },
        instansi=score.instansi or "-",
        year=str(score.year) if score.year is not None else "-",
        catalogue=c.title,
        regulation=c.regulation,
        index=_num(score.index, lang),
        predikat=score.predikat,
        incomplete=incomplete,
        stage_note=stage_note(score, lang),
        bands=_band_rows(score, lang),
        domains=_domain_rows(score, lang),
        units=_unit_rows(score, lang),
        missing=tuple(
            Row((r.indicator.id, r.indicator.name, r.unit or "-")) for r in score.missing
        ),
        gains=_gain_rows(score, lang),
        pending=tuple(
            Row((r.indicator.id, r.indicator.name, external_text(r, lang), r.unit or "-"))
            for r in score.pending
        ),
    )


def _band_rows(score: Score, lang: Lang) -> tuple[Row, ...]:
    """The predikat ranges; the one reached in bold."""
    bands = score.catalogue.bands
    top = max(b.max for b in bands)
    return tuple(
        Row(
            (
                f"{_num(b.min, lang)} – "
                f"{_num(b.max, lang) if b.max == top else '< ' + _num(b.max, lang)}",
                b.name,
            ),
            strong=b.name == score.predikat,
        )
        for b in bands
    )


def _domain_rows(score: Score, lang: Lang) -> tuple[Row, ...]:
    """Each domain (bold, where the framework has them) and its aspects, then the index."""
    c = score.catalogue
    domains: list[Row] = []
    for d in score.domains:
        if c.has_domains:
            row = (d.domain.id, d.domain.name, _num(d.domain.weight, lang), _num(d.index, lang))
            domains.append(Row(row, True))
        domains.extend(
            Row((a.aspect.id, a.aspect.name, _num(a.aspect.weight, lang), _num(a.index, lang)))
            for a in d.aspects
        )
    total = ("", c.index_title(lang), _num(c.total_weight, lang), _num(score.index, lang))
    domains.append(Row(total, True))
    return tuple(domains)


def _unit_rows(score: Score, lang: Lang) -> tuple[Row, ...]:
    return tuple(
        Row(
            (
                u.unit,
                u.name or "",
                str(len(u.indicators)),
                _num(u.mean_level, lang) if u.mean_level is not None else "-",
                _num(u.contribution, lang, GAIN_PLACES),
            )
        )
        for u in score.units
    )


def _gain_rows(score: Score, lang: Lang) -> tuple[Row, ...]:
    return tuple(
        Row(
            (
                r.indicator.id,
                r.indicator.name,
                r.unit or "-",
                level_text(r, lang),
                f"{r.indicator.text(r.next_level or 0, lang)} "
                f"{r.indicator.name_at(r.next_level or 0)}",
                f"+{_num(r.next_gain or 0, lang, GAIN_PLACES)}",
            )
        )
        for r in score.top_gains()
    )

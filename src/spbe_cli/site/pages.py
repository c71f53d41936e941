"""The site's pages as view models: every text and number formatted, every link relative.

The layout is flat (``index.html``, ``year-2023.html``, ``unit-bpkad.html``,
``indicator-spbe-2020-i17.html``...), so a link is a file name: the site works from ``file://``
and under any Pages sub-path. File names come from ids and are one-to-one by construction:
an id already in its plain form keeps it (unit ``bpkad``, catalogue ``spbe-2020``, indicator
``I17``); any other id (``BPKAD``, ``../x``, ``<I1>``, ``2020-I1``) gets a form no plain id can
have, with a digest of its exact text, so two ids never share a page, even ignoring case.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any
from urllib.parse import quote

from spbe_cli.domain.numbers import shown
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.planner import make_plan
from spbe_cli.engine.scoring import IndicatorResult
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.models import Evidence
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import Severity
from spbe_cli.problems.tables.site import MESSAGES as SITE_MESSAGES
from spbe_cli.render.items import verdict_text
from spbe_cli.report import charts
from spbe_cli.site.collect import Collected, YearData
from spbe_cli.source.evidence import resolve_evidence, web_url

_SAFE = re.compile(r"[^a-z0-9]+")
# The plain forms, per namespace. Units and catalogues: lower-case words joined by single
# dashes (the page name is the id itself). Indicators: an upper-case letter first, then
# upper-case letters and digits, then dash-and-digits parts only (``I17``, ``I35-2``); the page
# name is the id in lower case, so the lower-case ``i17`` is not plain.
_PLAIN_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PLAIN_INDICATOR = re.compile(r"[A-Z][A-Z0-9]*(?:-[0-9]+)*")
_PLAIN_MAX = 48


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _readable(text: str, joiner: str, size: int) -> str:
    return _SAFE.sub(joiner, text.lower()).strip("-")[:size].strip("-")


def name_part(text: str) -> str:
    """A unit's or a catalogue's part of a page name: the id itself when it is plain
    (``bpkad``); otherwise its readable letters, ``--`` and a digest of the exact text
    (``BPKAD`` -> ``bpkad--<digest>``). A plain name never holds ``--``: the two never meet."""
    if len(text) <= _PLAIN_MAX and _PLAIN_NAME.fullmatch(text):
        return text
    return f"{_readable(text, '-', 32)}--{_digest(text)}"


def indicator_part(ident: str) -> str:
    """An indicator's part of a page name: a plain id in lower case (``I35-2`` -> ``i35-2``);
    otherwise one dash-free word that starts with ``0`` (a plain one starts with a letter) and
    holds an ``x`` before the digest (``2020-I1`` -> ``02020i1x<digest>``).

    After ``indicator-<catalogue>-``, the indicator's part is thus the last word that starts
    with a letter and the digit-only words after it, or a last word that starts with ``0`` and
    is not all digits: however the catalogue's id looks, a page name splits one way only."""
    if len(ident) <= _PLAIN_MAX and _PLAIN_INDICATOR.fullmatch(ident):
        return ident.lower()
    return f"0{_readable(ident, '', 24)}x{_digest(ident)}"


def year_page(year: int) -> str:
    return f"year-{year}.html"


def unit_page(unit: str) -> str:
    return f"unit-{name_part(unit)}.html"


def indicator_page(catalogue: str, ident: str) -> str:
    return f"indicator-{name_part(catalogue)}-{indicator_part(ident)}.html"


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass
class Page:
    path: str  # the file name in the site
    template: str
    title: str
    kind: str  # home, year, unit, indicator, indicators, validation, search
    data: dict[str, Any] = field(default_factory=dict)
    scripts: tuple[str, ...] = ()  # the site's own scripts the page loads (search only)


@dataclass
class EvidenceItem:
    title: str
    where: str  # the path or URL as written
    href: str | None  # a copied file or a real http(s) URL; None for a private path
    item: str  # the item code (butir)
    level: str
    date: str
    status: str


@dataclass
class SiteContext:
    """What every page shares."""

    lang: Lang
    t: dict[str, str]
    instansi: str
    nav: list[Link]
    footer: str
    mode: str


class Builder:
    def __init__(self, data: Collected, lang: Lang, with_evidence: bool) -> None:
        self.data, self.lang, self.with_evidence = data, lang, with_evidence
        self.copies: dict[str, Path] = {}  # site path -> the evidence file to copy
        self.t = {key[2:]: message(key, lang) for key in _LABELS}

    # --- formatting --------------------------------------------------------------------------

    def num(self, value: Fraction | int, places: int = 2) -> str:
        return shown(Fraction(value), self.lang, places)

    def value(self, r: IndicatorResult) -> str:
        if r.pending:  # an external value not supplied yet: counted as the lowest level
            return message("s_pending", self.lang, value=self.num(r.value))
        if not r.answered and r.external is None:
            return "-"
        return r.text(self.lang)

    def evidence(self, e: Evidence, stage_status: bool = True) -> EvidenceItem:
        root = self.data.root
        href: str | None = None
        if e.url is not None:
            href = e.url if web_url(e.url) else None  # never javascript: or a broken address
        elif e.path is not None and self.with_evidence:
            ref = resolve_evidence(root, e.path, None)
            if ref.path_problem is None:  # a regular file inside the repository, links resolved
                site_path = "files/" + Path(e.path).as_posix()
                self.copies[site_path] = Path(os.path.realpath(root / e.path))
                href = "./" + quote(site_path)
        status = verdict_text(e, self.lang)
        if not status and e.id and stage_status:
            status = message("item_belum_dinilai", self.lang)
        return EvidenceItem(
            e.title,
            e.url or e.path or "",
            href,
            e.id or "",
            str(e.level) if e.level is not None else "",
            e.date.isoformat() if e.date else "",
            status,
        )

    # --- shared ------------------------------------------------------------------------------

    def context(self) -> SiteContext:
        data = self.data
        instansi = data.repo.config.instansi or ""
        nav = [Link(self.t["home"], "index.html")]
        nav += [Link(str(y.year), year_page(y.year)) for y in data.years]
        nav += [
            Link(self.t["indicators"], "indicators.html"),
            Link(self.t["validation"], "validation.html"),
            Link(self.t["search"], "search.html"),
        ]
        latest = data.latest
        generated = latest.report.meta.generated if latest and latest.report else ""
        commit = message("s_at_commit", self.lang, commit=data.commit) if data.commit else ""
        from spbe_cli import __version__

        footer = message(
            "s_generated", self.lang, date=generated, version=__version__, commit=commit
        )
        mode = (
            message("s_mode_copied", self.lang, count=len(self.copies))
            if self.with_evidence
            else message("s_mode_private", self.lang)
        )
        return SiteContext(self.lang, self.t, instansi, nav, footer, mode)

    def pages(self) -> list[Page]:
        data = self.data
        found: list[Page] = []
        for y in data.years:
            found.append(self.year(y))
        units = self.units()
        found += units
        indicators = self.indicators()
        found += indicators
        found.append(self.indicator_list(indicators))
        found.append(self.validation())
        found.insert(0, self.home(units))
        found.append(self.search(found))
        return found

    # --- home --------------------------------------------------------------------------------

    def home(self, units: list[Page]) -> Page:
        data = self.data
        latest = data.latest
        errors = sum(1 for p in data.problems if p.severity is Severity.ERROR)
        warnings = len(data.problems) - errors
        problems = (
            message("s_problems", self.lang, errors=errors, warnings=warnings)
            if data.problems
            else message("s_problems_clean", self.lang)
        )
        trend = []
        previous = None
        for y in data.usable:
            score = y.prepared.score  # type: ignore[union-attr]
            changed = previous is not None and previous != score.catalogue.id
            trend.append(
                {
                    "year": str(y.year),
                    "href": year_page(y.year),
                    "catalogue": score.catalogue.id,
                    "changed": changed,
                    "index": self.num(score.index),
                    "predikat": score.predikat,
                }
            )
            previous = score.catalogue.id
        trend_svg = ""
        if len(trend) > 1 and latest is not None and latest.catalogue is not None:
            c = latest.catalogue
            points = [
                charts.Point(
                    str(y.year),
                    float(y.prepared.score.index),  # type: ignore[union-attr]
                    self.num(y.prepared.score.index),  # type: ignore[union-attr]
                )
                for y in data.usable
            ]
            trend_svg = charts.trend(
                points,
                low=c.low,
                high=c.high,
                title=self.t["trend"],
                desc=self.t["trend"],
                thresholds=[(float(b.min), b.name) for b in c.bands if c.low < b.min < c.high],
            )
        change = None
        if data.change is not None:
            diff = data.change.diff
            moved = []
            if diff is not None:
                for ch in diff.indicators:
                    if ch.old != ch.new:
                        moved.append(
                            {
                                "id": ch.id,
                                "name": ch.name,
                                "href": indicator_page(diff.new.catalogue.id, ch.id),
                                "old": "-" if ch.old is None else str(ch.old),
                                "new": "-" if ch.new is None else str(ch.new),
                                "unit": ch.unit,
                            }
                        )
            added = diff is None and data.change.added
            change = {
                "added": message("s_changed_added", self.lang) if added else "",
                "line": message(
                    "s_changed_commit",
                    self.lang,
                    commit=data.change.commit,
                    date=data.change.date,
                    subject=data.change.subject,
                ),
                "index": (
                    f"{self.num(diff.index.old)} → {self.num(diff.index.new)}"
                    if diff is not None and diff.index.old is not None and diff.index.new
                    else ""
                ),
                "moved": moved,
            }
        return Page(
            "index.html",
            "site/index.html.j2",
            message(
                "s_site_title",
                self.lang,
                framework=latest.catalogue.framework if latest and latest.catalogue else "SPBE",
                instansi=data.repo.config.instansi or "",
            ),
            "home",
            {
                "latest": latest.report if latest else None,
                "latest_year": latest.year if latest else None,
                "trend": trend,
                "trend_svg": trend_svg,
                "change": change,
                "nogit": message("s_changed_nogit", self.lang),
                "problems": problems,
                "years": [Link(str(y.year), year_page(y.year)) for y in reversed(data.years)],
                "units": [Link(p.title, p.path) for p in units],
            },
        )

    # --- a year ------------------------------------------------------------------------------

    def year(self, y: YearData) -> Page:
        title = message("s_year_title", self.lang, year=y.year)
        if y.prepared is None or y.report is None:
            return Page(year_page(y.year), "site/year.html.j2", title, "year", {"r": None})
        score = y.prepared.score
        c = score.catalogue
        rows = []
        for d in score.domains:
            if c.has_domains:
                rows.append(
                    {"kind": "domain", "id": d.domain.id, "name": d.domain.name,
                     "weight": self.num(d.domain.weight), "index": self.num(d.index)}
                )  # fmt: skip
            for a in d.aspects:
                rows.append(
                    {"kind": "aspect", "id": a.aspect.id, "name": a.aspect.name,
                     "weight": self.num(a.aspect.weight), "index": self.num(a.index)}
                )  # fmt: skip
                for r in a.indicators:
                    rows.append(
                        {
                            "kind": "indicator",
                            "id": r.indicator.id,
                            "name": r.indicator.name,
                            "href": indicator_page(c.id, r.indicator.id),
                            "weight": self.num(r.indicator.weight),
                            "index": self.value(r),
                            "level_name": r.level_name if r.answered else "",
                            "unit": r.unit or "",
                            "unit_href": unit_page(r.unit) if r.unit else "",
                        }
                    )
        recommendations = []
        for stage, file in y.opened.stages.files.items():
            for rec in file.result.rekomendasi:
                recommendations.append(
                    {
                        "stage": str(stage),
                        "indicator": rec.indicator,
                        "href": indicator_page(c.id, rec.indicator)
                        if rec.indicator in c.indicators
                        else "",
                        "text": rec.text,
                        "status": rec.status,
                        "follow_up": rec.follow_up or "",
                    }
                )
        plan = self.plan(y)
        return Page(
            year_page(y.year),
            "site/year.html.j2",
            title,
            "year",
            {"r": y.report, "rows": rows, "recommendations": recommendations, "plan": plan},
        )

    def plan(self, y: YearData) -> dict[str, Any]:
        start = y.accepted
        if y.target is None or start is None:
            return {"title": "", "note": message("s_plan_none", self.lang), "steps": []}
        result = make_plan(start, y.target)
        title = message("s_plan", self.lang, target=self.num(y.target))
        if not result.reachable:
            note = message("s_plan_unreachable", self.lang, best=self.num(result.best))
        elif not result.raises:
            note = message("s_plan_reached", self.lang)
        else:
            note = ""
        c = start.catalogue
        steps = [
            {
                "id": r.indicator.id,
                "name": r.indicator.name,
                "href": indicator_page(c.id, r.indicator.id),
                "unit": r.unit,
                "from": self.num(r.from_level)
                if r.from_level.denominator != 1
                else str(r.from_level.numerator),
                "to": str(r.to_level),
                "gain": "+" + self.num(r.gain, 4),
            }
            for r in result.raises
        ]
        return {"title": title, "note": note, "steps": steps, "end": self.num(result.end)}

    # --- units -------------------------------------------------------------------------------

    def units(self) -> list[Page]:
        """A page per unit, from the latest year it appears in (file or registry)."""
        data = self.data
        latest_of: dict[str, YearData] = {}
        names: dict[str, str] = {}
        for y in data.usable:
            ys = y.prepared.year_set  # type: ignore[union-attr]
            for u in ys.units:
                latest_of[u.assessment.unit] = y
                names[u.assessment.unit] = u.assessment.name or names.get(u.assessment.unit, "")
        for unit, info in data.repo.config.units.items():
            names.setdefault(unit, info.name or "")
            if unit not in latest_of and data.latest is not None:
                latest_of[unit] = data.latest
        pages = []
        for unit in sorted(latest_of):
            pages.append(self.unit(unit, names.get(unit) or unit, latest_of[unit]))
        return pages

    def unit(self, unit: str, name: str, y: YearData) -> Page:
        assert y.prepared is not None
        ys: YearSet = y.prepared.year_set
        c = y.prepared.score.catalogue
        stages = y.prepared.stage_scores
        by_stage = {s: {r.indicator.id: r for r in sc.indicators} for s, sc in stages.items()}
        unit_file = next((u for u in ys.units if u.assessment.unit == unit), None)
        roles = ys.roles(unit)
        lead = set(unit_file.assessment.indicators) if unit_file else set()
        lead |= set(roles.indicators) if roles else set()
        support = set(unit_file.assessment.supports) if unit_file else set()
        support |= set(roles.supports) if roles else set()
        support -= lead
        rows = []
        for ident, ind in c.indicators.items():
            if ident not in lead and ident not in support:
                continue
            role = "lead" if ident in lead else "support"
            answer = unit_file.assessment.indicators.get(ident) if unit_file else None
            part = unit_file.assessment.supports.get(ident) if unit_file else None
            entries = (
                (answer.evidence if answer else ())
                if role == "lead"
                else (part.evidence if part else ())
            )
            levels = [
                self.value(by_stage[s][ident]) if ident in by_stage[s] else "-" for s in stages
            ]
            current = by_stage[Stage.MANDIRI].get(ident) if Stage.MANDIRI in by_stage else None
            rows.append(
                {
                    "id": ident,
                    "name": ind.name,
                    "href": indicator_page(c.id, ident),
                    "role": self.t[f"role_{role}"],
                    "levels": levels,
                    "next": self.next_requirement(ind, current) if role == "lead" else "",
                    "explanation": (answer.explanation if answer else None)
                    if role == "lead"
                    else (part.explanation if part else None),
                    "evidence": [self.evidence(e) for e in entries],
                }
            )
        recommendations = []
        mine = {r["id"] for r in rows}
        for other in self.data.usable:
            assert other.prepared is not None
            if other.prepared.score.catalogue.id != c.id:
                continue
            for stage, file in other.opened.stages.files.items():
                for rec in file.result.rekomendasi:
                    owned = rec.unit == unit or (rec.unit is None and rec.indicator in mine)
                    if rec.status == "open" and owned:
                        recommendations.append(
                            {
                                "year": str(other.year),
                                "stage": str(stage),
                                "indicator": rec.indicator,
                                "href": indicator_page(c.id, rec.indicator),
                                "text": rec.text,
                            }
                        )
        title = f"{name} ({unit})" if name and name != unit else unit
        return Page(
            unit_page(unit),
            "site/unit.html.j2",
            title,
            "unit",
            {
                "unit": unit,
                "year": y.year,
                "year_href": year_page(y.year),
                "catalogue": c.id,
                "stages": [str(s) for s in stages],
                "rows": rows,
                "recommendations": recommendations,
            },
        )

    def next_requirement(self, ind: Indicator, r: IndicatorResult | None) -> str:
        if r is None or ind.external is not None:
            return ""
        level = ind.scale.low if not r.answered else r.level + 1
        if level > ind.scale.high:
            return ""
        text, _ = ind.criterion_at(level)
        return f"{level} ({ind.scale.name_of(level)}): {text}" if text else ""

    # --- indicators --------------------------------------------------------------------------

    def indicators(self) -> list[Page]:
        by_catalogue: dict[str, tuple[Catalogue, list[YearData]]] = {}
        for y in self.data.usable:
            c = y.prepared.score.catalogue  # type: ignore[union-attr]
            by_catalogue.setdefault(c.id, (c, []))[1].append(y)
        pages = []
        for c, years in by_catalogue.values():
            for ind in c.indicators.values():
                pages.append(self.indicator(c, ind, years))
        return pages

    def indicator(self, c: Catalogue, ind: Indicator, years: list[YearData]) -> Page:
        criteria = []
        for level in ind.scale.levels:
            text, asked = ind.criterion_at(level.value)
            criteria.append(
                {"level": str(level.value), "name": level.name, "text": text, "asked": asked}
            )
        stage_names: list[str] = []
        for y in years:
            for s in y.prepared.stage_scores:  # type: ignore[union-attr]
                if str(s) not in stage_names:
                    stage_names.append(str(s))
        history, points, notes = [], [], []
        owner, supporters = "", []
        for y in years:
            assert y.prepared is not None
            stages = y.prepared.stage_scores
            cells = {}
            last_value: Fraction | None = None
            accepted = y.opened.stages.accepted(y.prepared.year_set)
            for s, sc in stages.items():
                r = next(r for r in sc.indicators if r.indicator.id == ind.id)
                fell = dict(sc.fell_back)
                text = self.value(r)
                cells[str(s)] = f"({text})" if ind.id in fell and s is not Stage.MANDIRI else text
                if s is accepted and (r.answered or r.external is not None):
                    last_value = r.value  # the chart follows the accepted stage
            history.append(
                {"year": str(y.year), "href": year_page(y.year),
                 "cells": [cells.get(s, "") for s in stage_names]}
            )  # fmt: skip
            if last_value is not None:
                points.append(charts.Point(str(y.year), float(last_value), self.num(last_value)))
            ys = y.prepared.year_set
            lead = next((u for u in ys.units if ind.id in u.assessment.indicators), None)
            answer = lead.assessment.indicators[ind.id] if lead else None
            owner = lead.assessment.unit if lead else (ys.lead_of(ind.id) or owner)
            supporters = [u.assessment.unit for u in ys.units if ind.id in u.assessment.supports]
            parts = [
                {
                    "unit": u.assessment.unit,
                    "href": unit_page(u.assessment.unit),
                    "explanation": u.assessment.supports[ind.id].explanation or "",
                    "evidence": [self.evidence(e) for e in u.assessment.supports[ind.id].evidence],
                }
                for u in ys.units
                if ind.id in u.assessment.supports
            ]
            review = None
            if answer is not None and answer.review is not None:
                rv = answer.review
                review = {
                    "status": rv.status,
                    "level": ind.text(rv.level, self.lang) if rv.level is not None else "",
                    "note": rv.note or "",
                    "by": rv.by or "",
                    "date": rv.date.isoformat() if rv.date else "",
                }
            recs = [
                {"stage": str(stage), "text": rec.text, "status": rec.status,
                 "follow_up": rec.follow_up or ""}
                for stage, file in y.opened.stages.files.items()
                for rec in file.result.rekomendasi
                if rec.indicator == ind.id
            ]  # fmt: skip
            notes.append(
                {
                    "year": str(y.year),
                    "href": year_page(y.year),
                    "unit": lead.assessment.unit if lead else "",
                    "unit_href": unit_page(lead.assessment.unit) if lead else "",
                    "explanation": (answer.explanation or "") if answer else "",
                    "evidence": [self.evidence(e) for e in answer.evidence] if answer else [],
                    "supports": parts,
                    "review": review,
                    "recommendations": recs,
                }
            )
        chart = ""
        if points:
            chart = charts.trend(
                points,
                low=ind.scale.low,
                high=ind.scale.high,
                title=self.t["history_chart"],
                desc=self.t["history_chart"],
            )
        aspect = next((a for a in c.aspects if a.id == ind.aspect_id), None)
        return Page(
            indicator_page(c.id, ind.id),
            "site/indicator.html.j2",
            message("s_indicator_title", self.lang, id=ind.id, name=ind.name),
            "indicator",
            {
                "id": ind.id,
                "name": ind.name,
                "catalogue": c.id,
                "aspect": f"{aspect.id} · {aspect.name}" if aspect else ind.aspect_id,
                "weight": self.num(ind.weight),
                "criteria": criteria,
                "stages": stage_names,
                "history": history,
                "chart": chart,
                "owner": owner,
                "owner_href": unit_page(owner) if owner else "",
                "supporters": [Link(u, unit_page(u)) for u in supporters],
                "notes": list(reversed(notes)),
                "external": message("s_external", self.lang, agency=ind.external.agency)
                if ind.external
                else "",
            },
        )

    def indicator_list(self, pages: list[Page]) -> Page:
        groups: dict[str, list[Link]] = {}
        for p in pages:
            groups.setdefault(p.data["catalogue"], []).append(Link(p.title, p.path))
        return Page(
            "indicators.html",
            "site/indicators.html.j2",
            self.t["indicators"],
            "indicators",
            {"groups": [{"catalogue": k, "links": v} for k, v in groups.items()]},
        )

    # --- validation --------------------------------------------------------------------------

    def validation(self) -> Page:
        data = self.data
        rows = []
        for p in data.problems:
            href = ""
            if data.forge and p.line >= 0:
                target = (Path.cwd() / p.path).resolve()
                try:
                    relative = target.relative_to(data.top.resolve()).as_posix()
                except ValueError:
                    relative = ""
                if relative:
                    anchor = f"#L{p.line}" if p.line > 0 else ""
                    href = data.forge + quote(relative) + anchor
            rows.append(
                {
                    "path": p.path,
                    "line": str(p.line),
                    "column": str(p.column),
                    "severity": p.severity.value,
                    "code": p.code,
                    "message": p.message(self.lang),
                    "href": href,
                }
            )
        errors = sum(1 for p in data.problems if p.severity is Severity.ERROR)
        summary = (
            message("s_problems", self.lang, errors=errors, warnings=len(data.problems) - errors)
            if data.problems
            else message("s_problems_clean", self.lang)
        )
        return Page(
            "validation.html",
            "site/validation.html.j2",
            self.t["validation"],
            "validation",
            {"rows": rows, "summary": summary},
        )

    # --- search ------------------------------------------------------------------------------

    def search(self, pages: list[Page]) -> Page:
        return Page(
            "search.html",
            "site/search.html.j2",
            self.t["search"],
            "search",
            {"all": [Link(p.title, p.path) for p in pages]},
            scripts=("search-index.js", "search.js"),
        )

    def search_entries(self, pages: list[Page]) -> list[dict[str, str]]:
        """What the search looks through: each page's title, and the explanations it shows."""
        kinds = {
            "home": self.t["home"],
            "year": self.t["kind_year"],
            "unit": self.t["kind_unit"],
            "indicator": self.t["kind_indicator"],
            "indicators": self.t["indicators"],
            "validation": self.t["validation"],
        }
        found = []
        for p in pages:
            if p.kind == "search":
                continue
            text = ""
            if p.kind == "indicator":
                text = " ".join(n["explanation"] for n in p.data["notes"])[:4000]
            elif p.kind == "unit":
                text = " ".join(str(r["explanation"] or "") for r in p.data["rows"])[:4000]
            found.append({"t": p.title, "u": p.path, "k": kinds.get(p.kind, ""), "x": text})
        return found


# every label of the site's table that takes no argument, as `s.t.<name>` in the templates
_LABELS = tuple(key for key, text in SITE_MESSAGES.items() if "{" not in text["id"])


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{math.ceil(size / 1024)} KB"
    return f"{size / 1024 / 1024:.1f} MB"

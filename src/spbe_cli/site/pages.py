"""The site's pages as view models: every text and number formatted, every link relative.

Each page is put together here from its parts (``site.home``, ``site.year``, ``site.unit``,
``site.indicator``); page names and links come from ``site.names``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import Problem
from spbe_cli.render.view import external_text
from spbe_cli.site import home as home_parts
from spbe_cli.site import indicator as indicator_parts
from spbe_cli.site import unit as unit_parts
from spbe_cli.site import year as year_parts
from spbe_cli.site.collect import YearData
from spbe_cli.site.formatting import _LABELS, EvidenceItem, Formatter
from spbe_cli.site.names import (
    Link,
    indicator_page,
    indicator_part,
    name_part,
    unit_page,
    year_page,
)

__all__ = [
    "_LABELS",
    "Builder",
    "EvidenceItem",
    "Link",
    "Page",
    "SiteContext",
    "indicator_page",
    "indicator_part",
    "name_part",
    "size_text",
    "unit_page",
    "year_page",
]


@dataclass
class Page:
    path: str  # the file name in the site
    template: str
    title: str
    kind: str  # home, year, unit, indicator, indicators, validation, search
    data: dict[str, Any] = field(default_factory=dict)
    scripts: tuple[str, ...] = ()  # the site's own scripts the page loads (search only)


@dataclass
class SiteContext:
    """What every page shares."""

    lang: Lang
    t: dict[str, str]
    instansi: str
    nav: list[Link]
    footer: str
    mode: str


class Builder(Formatter):
    """Every page of the site. Page names are looked up here (``unit_page``...) when a page is
    made, so a test can swap them."""

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
        return Page(
            "index.html",
            "site/index.html.j2",
            home_parts.site_title(self),
            "home",
            {
                "latest": latest.report if latest else None,
                "latest_year": latest.year if latest else None,
                "trend": home_parts.trend_rows(self, data.usable),
                "trend_svg": home_parts.trend_chart(self, data),
                "change": home_parts.change_block(self, data.change),
                "nogit": message("s_changed_nogit", self.lang),
                "problems": home_parts.problems_summary(self, data.problems),
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
        return Page(
            year_page(y.year),
            "site/year.html.j2",
            title,
            "year",
            {
                "r": y.report,
                "rows": year_parts.score_rows(self, score),
                "recommendations": year_parts.recommendations(y, score.catalogue),
                "plan": year_parts.plan(self, y),
            },
        )

    # --- units -------------------------------------------------------------------------------

    def units(self) -> list[Page]:
        """A page per unit, from the latest year it appears in (file or registry)."""
        latest_of, names = unit_parts.unit_years(self.data)
        return [
            self.unit(name, names.get(name) or name, latest_of[name]) for name in sorted(latest_of)
        ]

    def unit(self, unit: str, name: str, y: YearData) -> Page:
        view = unit_parts.UnitRows(self, unit, y)
        rows = view.rows()
        c = view.catalogue
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
                "stages": [str(s) for s in view.stages],
                "rows": rows,
                "recommendations": unit_parts.open_recommendations(self.data, y, unit),
            },
        )

    # --- indicators --------------------------------------------------------------------------

    def indicators(self) -> list[Page]:
        by_catalogue: dict[str, tuple[Catalogue, list[YearData]]] = {}
        for y in self.data.usable:
            c = y.prepared.score.catalogue  # type: ignore[union-attr]
            by_catalogue.setdefault(c.id, (c, []))[1].append(y)
        return [
            self.indicator(c, ind, years)
            for c, years in by_catalogue.values()
            for ind in c.indicators.values()
        ]

    def indicator(self, c: Catalogue, ind: Indicator, years: list[YearData]) -> Page:
        view = indicator_parts.IndicatorHistory(self, ind, years)
        history, points = view.history()
        owner, supporters = view.owners()
        return Page(
            indicator_page(c.id, ind.id),
            "site/indicator.html.j2",
            message("s_indicator_title", self.lang, id=ind.id, name=ind.name),
            "indicator",
            {
                "id": ind.id,
                "name": ind.name,
                "catalogue": c.id,
                "aspect": indicator_parts.aspect_label(c, ind),
                "weight": self.num(ind.weight),
                "criteria": indicator_parts.criteria(ind),
                "stages": view.stages,
                "history": history,
                "chart": view.chart(points),
                "owner": owner,
                "owner_href": unit_page(owner) if owner else "",
                "supporters": [Link(u, unit_page(u)) for u in supporters],
                "notes": view.notes(),
                "external": _provenance(ind, years, self.lang),
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
        return Page(
            "validation.html",
            "site/validation.html.j2",
            self.t["validation"],
            "validation",
            {
                "rows": [self.problem_row(p) for p in data.problems],
                "summary": home_parts.problems_summary(self, data.problems),
            },
        )

    def problem_row(self, p: Problem) -> dict[str, str]:
        return {
            "path": p.path,
            "line": str(p.line),
            "column": str(p.column),
            "severity": p.severity.value,
            "code": p.code,
            "message": p.message(self.lang),
            "href": self.forge_link(p),
        }

    def forge_link(self, p: Problem) -> str:
        """Where the forge shows the problem's file and line; "" for a file outside the
        repository, or without a forge."""
        data = self.data
        if not data.forge or p.line < 0:
            return ""
        target = (Path.cwd() / p.path).resolve()
        try:
            relative = target.relative_to(data.top.resolve()).as_posix()
        except ValueError:
            return ""
        if not relative:
            return ""
        anchor = f"#L{p.line}" if p.line > 0 else ""
        return data.forge + quote(relative) + anchor

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


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{math.ceil(size / 1024)} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _provenance(ind: Indicator, years: list[YearData], lang: Lang) -> str:
    """Where another agency's index value comes from, in the latest year that has the
    indicator (as the handout says it: raw figure, source, year, document; or pending)."""
    if ind.external is None:
        return ""
    for y in reversed(years):
        found = next(
            (r for r in y.prepared.score.indicators if r.indicator.id == ind.id),  # type: ignore[union-attr]
            None,
        )
        if found is not None:
            return f"{y.year}: {external_text(found, lang)}"
    return message("s_external", lang, agency=ind.external.agency)

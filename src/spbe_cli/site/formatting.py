"""How every page writes numbers, values and evidence, in the site's language."""

from __future__ import annotations

import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from urllib.parse import quote

from spbe_cli.domain.numbers import shown
from spbe_cli.engine.scoring import IndicatorResult
from spbe_cli.model.models import Evidence
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.tables.site import MESSAGES as SITE_MESSAGES
from spbe_cli.render.items import verdict_text
from spbe_cli.site.collect import Collected
from spbe_cli.source.evidence import resolve_evidence, web_url

# every label of the site's table that takes no argument, as `s.t.<name>` in the templates
_LABELS = tuple(key for key, text in SITE_MESSAGES.items() if "{" not in text["id"])


@dataclass
class EvidenceItem:
    title: str
    where: str  # the path or URL as written
    href: str | None  # a copied file or a real http(s) URL; None for a private path
    item: str  # the item code (butir)
    level: str
    date: str
    status: str


class Formatter:
    """Numbers, values and evidence as the pages show them; records the evidence files the
    pages link to (``copies``), for the build to copy in."""

    def __init__(self, data: Collected, lang: Lang, with_evidence: bool) -> None:
        self.data, self.lang, self.with_evidence = data, lang, with_evidence
        self.copies: dict[str, Path] = {}  # site path -> the evidence file to copy
        self.t = {key[2:]: message(key, lang) for key in _LABELS}

    def num(self, value: Fraction | int, places: int = 2) -> str:
        return shown(Fraction(value), self.lang, places)

    def value(self, r: IndicatorResult) -> str:
        if r.pending:  # an external value not supplied yet: counted as the lowest level
            return message("s_pending", self.lang, value=self.num(r.value))
        if not r.answered and r.external is None:
            return "-"
        return r.text(self.lang)

    def evidence(self, e: Evidence, stage_status: bool = True) -> EvidenceItem:
        status = verdict_text(e, self.lang)
        if not status and e.id and stage_status:
            status = message("item_belum_dinilai", self.lang)
        return EvidenceItem(
            e.title,
            e.url or e.path or "",
            self.evidence_href(e),
            e.id or "",
            str(e.level) if e.level is not None else "",
            e.date.isoformat() if e.date else "",
            status,
        )

    def evidence_href(self, e: Evidence) -> str | None:
        """A real http(s) URL, or the copy of a file inside the repository (when evidence is
        copied); None otherwise: never javascript: or a broken address."""
        if e.url is not None:
            return e.url if web_url(e.url) else None
        if e.path is None or not self.with_evidence:
            return None
        root = self.data.root
        ref = resolve_evidence(root, e.path, None)
        if ref.path_problem is not None:  # only a regular file inside, links resolved
            return None
        site_path = "files/" + Path(e.path).as_posix()
        self.copies[site_path] = Path(os.path.realpath(root / e.path))
        return "./" + quote(site_path)

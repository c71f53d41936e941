"""A real browser for the tests: the system Chromium driven by Playwright, and axe-core injected
into a page to check it against WCAG. Locally a missing tool skips the test; in CI it fails."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# WCAG 2.2 AA as axe-core tags it (every earlier level included), plus axe's best practices
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def chromium() -> str:
    """The Chromium `spbe report -f pdf` itself would use."""
    from spbe_cli.app.output import find_chromium

    found = find_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium (apt-get install chromium) for these tests")
        pytest.skip("Chromium is not installed here (CI installs it)")
    return found


def axe() -> Path:
    """axe-core's ``axe.min.js``, from ``SPBE_AXE``."""
    found = os.environ.get("SPBE_AXE")
    if found and Path(found).is_file():
        return Path(found)
    if os.environ.get("CI"):
        pytest.fail("CI must provide axe-core (SPBE_AXE=.../axe-core/axe.min.js, from npm)")
    pytest.skip("axe-core is not installed here (CI installs it from npm)")


def axe_violations(page: Any, source: str, tags: list[str] | None = None) -> list[dict[str, Any]]:
    """axe-core's violations on the page as loaded (the context must bypass the page's CSP):
    each rule's id, impact and the first few elements it found, to read in a failure."""
    page.evaluate(source)
    options = {"runOnly": {"type": "tag", "values": tags}} if tags else {}
    found: list[dict[str, Any]] = page.evaluate(
        "options => axe.run(document, options).then(r => r.violations.map(v => ({id: v.id, "
        "impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))",
        options,
    )
    return found

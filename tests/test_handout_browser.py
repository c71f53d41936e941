"""The HTML handout (`spbe report`, whole year and `--unit`) for people who do not read it with
their eyes or a mouse: its outline read statically, then axe-core (WCAG 2.2 AA and axe's best
practices) in a real browser at desktop and phone width, with a phone screenshot."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser import ARGS, WCAG_TAGS, axe, axe_violations, chromium
from conftest import EXAMPLE, run_cli

# both frameworks of the example (Pemdi 2026, SPBE 2023); organisasi's 2026 handout opens with
# the external assessors' recommendations, before any other section
HANDOUTS = {
    "pemdi-2026.html": ("assessments/2026",),
    "spbe-2023.html": ("assessments/2023",),
    "pemdi-2026-bappeda.html": ("assessments/2026", "--unit", "bappeda"),
    "spbe-2023-bappeda.html": ("assessments/2023", "--unit", "bappeda"),
    "pemdi-2026-organisasi.html": ("assessments/2026", "--unit", "organisasi"),
    "spbe-2023-en.html": ("assessments/2023", "--lang", "en"),
}
WIDTHS = (1280, 375)


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every handout of HANDOUTS, written by `spbe report` from a copy of the example."""
    root = tmp_path_factory.mktemp("handouts")
    shutil.copytree(EXAMPLE, root / "assessments")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        for name, args in HANDOUTS.items():
            out = run_cli("report", *args, "-o", name)
            assert out.exit_code == 0, out.stderr
    return root


class _Outline(HTMLParser):
    """Headings, landmarks, table headers and scroll boxes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.mains = 0
        self.outside: list[str] = []  # elements in no landmark (neither main nor the footer)
        self.empty_headers = 0
        self.scroll_boxes: list[dict[str, str | None]] = []
        self._in: set[str] = set()
        self._th: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))
        if tag in {"main", "footer"} and not self._in:
            self.mains += tag == "main"
            self._in.add(tag)
        elif not self._in and tag not in {"html", "head", "meta", "title", "style", "body"}:
            self.outside.append(tag)
        if tag == "th":
            self._th = []
        if "table-wrap" in (found.get("class") or "").split():
            self.scroll_boxes.append(found)

    def handle_endtag(self, tag: str) -> None:
        self._in.discard(tag)
        if tag == "th" and self._th is not None:
            self.empty_headers += not "".join(self._th).strip()
            self._th = None

    def handle_data(self, data: str) -> None:
        if self._th is not None:
            self._th.append(data)


def test_the_outline_of_every_handout(handouts: Path) -> None:
    """Without a browser: one `main` holding everything but the footer, headings that go down
    one level at a time from one h1, no empty column header, and every scroll box a labelled
    region a keyboard can reach."""
    for name in HANDOUTS:
        outline = _Outline()
        outline.feed((handouts / name).read_text("utf-8"))
        assert outline.mains == 1, name
        assert outline.outside == [], name
        assert outline.headings[0] == 1 and outline.headings.count(1) == 1, name
        steps = zip(outline.headings, outline.headings[1:], strict=False)
        assert all(after <= before + 1 for before, after in steps), (name, outline.headings)
        assert outline.empty_headers == 0, name
        assert outline.scroll_boxes, name
        for box in outline.scroll_boxes:
            assert box.get("tabindex") == "0" and box.get("role") == "region", name
            assert box.get("aria-label"), name
    whole = (handouts / "spbe-2023.html").read_text("utf-8")
    assert 'aria-label="Perbandingan tahap penilaian"' in whole
    assert "▲ klaim 2 &gt; diterima 1" in whole  # the over-claim note, beside its indicator


def test_axe_finds_nothing_at_desktop_and_phone_width(handouts: Path, tmp_path: Path) -> None:
    browser = chromium()
    source = axe().read_text("utf-8")
    playwright = pytest.importorskip("playwright.sync_api")
    found: dict[tuple[str, int], object] = {}
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=browser, args=ARGS)
        # axe is injected by the test, so the handout's own policy (no scripts) is bypassed
        page = launched.new_context(bypass_csp=True).new_page()
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for name in HANDOUTS:
                page.goto((handouts / name).as_uri())
                violations = axe_violations(page, source, WCAG_TAGS)
                if violations:
                    found[(name, width)] = violations
                sideways = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert sideways <= 0, (name, width, sideways)  # wide tables scroll in their box
                if width == 375:
                    shot = tmp_path / f"375-{name}.png"
                    page.screenshot(path=str(shot), full_page=True)
                    assert shot.stat().st_size > 10_000
        # a wide table scrolls sideways from the keyboard: its box takes focus
        page.goto((handouts / "spbe-2023.html").as_uri())
        box = page.locator(".table-wrap[aria-label='Indikator']")
        box.focus()
        assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Indikator"
        assert page.evaluate(
            "document.activeElement.scrollWidth > document.activeElement.clientWidth"
        )
        page.keyboard.press("ArrowRight")
        page.wait_for_function("document.activeElement.scrollLeft > 0", timeout=5000)
        launched.close()
    assert found == {}

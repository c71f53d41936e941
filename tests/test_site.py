"""`spbe site` through the CLI: the pages, their numbers against `spbe score`, determinism,
atomic writes, private evidence by default, hostile data, and a real browser crawling it all
(links, anchors, requests, scripts, console, accessibility with axe-core)."""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from browser import ARGS
from browser import axe as _axe
from browser import chromium as _browser
from conftest import EXAMPLE, all_levels, run_cli, unit_file, write


class _Page(HTMLParser):
    """Links, ids, scripts and the title of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self.title = ""
        self._in_title = False
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "link" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "script":
            self.scripts.append(str(found.get("src") or "inline"))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        self.text.append(data)


def _read(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


@pytest.fixture
def site_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example, in git (the home page shows the last change), as the cwd."""
    import subprocess

    root = tmp_path / "contoh"
    shutil.copytree(EXAMPLE, root)
    monkeypatch.chdir(root)
    env = {**os.environ, "GIT_AUTHOR_DATE": "2026-01-02T00:00:00", "GIT_COMMITTER_DATE":
           "2026-01-02T00:00:00"}  # fmt: skip
    git = ["git", "-c", "user.email=tim@contoh.invalid", "-c", "user.name=Tim", "-c",
           "commit.gpgsign=false"]  # fmt: skip
    subprocess.run(["git", "init", "-q", "-b", "main"], check=True, env=env)
    subprocess.run([*git, "add", "-A"], check=True, env=env)
    subprocess.run([*git, "commit", "-qm", "Penilaian awal"], check=True, env=env)
    unit = root / "2026" / "diskominfo.yaml"
    unit.write_text(unit.read_text("utf-8").replace("level: 3", "level: 4", 1), "utf-8")
    subprocess.run([*git, "commit", "-qam", "Diskominfo: I4 naik"], check=True, env=env)
    return root


def test_the_site_of_the_example(site_repo: Path) -> None:
    out = run_cli("site", "-o", "public")
    assert out.exit_code == 0, out.stderr
    assert "Situs ditulis ke public (" in out.stderr
    public = site_repo / "public"
    names = sorted(p.name for p in public.iterdir())
    assert {"index.html", "site.css", "search.html", "search.js", "search-index.js",
            "validation.html", "indicators.html", ".spbe-site"} <= set(names)  # fmt: skip
    assert {f"year-{y}.html" for y in (2019, 2022, 2023, 2026)} <= set(names)
    assert {"unit-bpkad.html", "unit-diskominfo.html", "unit-inspektorat.html"} <= set(names)
    assert len([n for n in names if n.startswith("indicator-spbe-2020-")]) == 47
    assert len([n for n in names if n.startswith("indicator-pemdi-2026-")]) == 20
    home = _read(public / "index.html")
    # the site is named after the framework of its latest year
    assert home.title.startswith("Penilaian Pemerintah Digital: Pemerintah Kabupaten Contoh")
    text = " ".join(home.text)
    assert "Mode data dukung: pribadi" in text
    assert "Diskominfo: I4 naik" in text  # the last change, and what it moved
    assert "I4" in text
    # every number on a year page equals `spbe score --format json` at the year's latest
    # stage (final for 2022 and 2026, review for 2023)
    for year, stage in ((2022, "final"), (2023, "review"), (2026, "final")):
        doc = run_cli("score", str(year), "--stage", stage, "-f", "json").json()
        page = (public / f"year-{year}.html").read_text("utf-8")
        shown = f"{doc['index_rounded']:.2f}".replace(".", ",")
        assert f'<p class="value">{shown}</p>' in page
        for d in doc["domains"]:
            for a in d["aspects"]:
                for i in a["indicators"]:
                    row = re.search(rf'<tr id="{i["id"]}">.*?</tr>', page, re.S)
                    assert row is not None, i["id"]
                    cells = re.findall(r'<td class="num">([^<]*)', row.group(0))
                    value = i.get("value", i.get("level"))
                    if i.get("pending"):
                        continue
                    decimal = year == 2026 or value != int(value)
                    expected = f"{value:.2f}".replace(".", ",") if decimal else str(int(value))
                    assert cells[-1].strip() == expected, (year, i["id"], cells)
    latest = run_cli("score", "2026", "--stage", "final", "-f", "json").json()["index_rounded"]
    assert f'<p class="value">{latest:.2f}'.replace(".", ",") in (public / "index.html").read_text(
        "utf-8"
    )


def test_deterministic_atomic_and_never_over_data(
    site_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    assert run_cli("site", "-o", "a").exit_code == 0
    assert run_cli("site", "-o", "b").exit_code == 0
    first = {p.relative_to(site_repo / "a"): p.read_bytes() for p in (site_repo / "a").rglob("*")
             if p.is_file()}  # fmt: skip
    second = {p.relative_to(site_repo / "b"): p.read_bytes() for p in (site_repo / "b").rglob("*")
              if p.is_file()}  # fmt: skip
    assert first == second and "30 November 2025" in first[Path("index.html")].decode()
    # both builds were made in the repository; neither counts as a change to it
    assert "+." not in first[Path("index.html")].decode()
    # rebuilding over an earlier site replaces it; nothing temporary is left beside it
    (site_repo / "a" / "stale.html").write_text("old", "utf-8")
    assert run_cli("site", "-o", "a").exit_code == 0
    assert not (site_repo / "a" / "stale.html").exists()
    assert not [p for p in site_repo.iterdir() if p.name.startswith(".a.spbe-")]
    # a folder that is not a site, the repository itself, or its data: refused, untouched
    (site_repo / "notes").mkdir()
    (site_repo / "notes" / "x.txt").write_text("mine", "utf-8")
    for target, code in (("notes", 1), (".", 2), ("2023", 2), ("evidence/2023", 2), ("..", 2)):
        refused = run_cli("site", "-o", target)  # 2: an output never lands on the data
        assert refused.exit_code == code, target
        assert "Traceback" not in refused.stderr
    assert (site_repo / "notes" / "x.txt").read_text("utf-8") == "mine"
    assert run_cli("validate", "2023").exit_code == 0


def test_evidence_is_private_unless_asked(site_repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "rahasia.pdf"
    outside.write_bytes(b"%PDF-1.4 rahasia")
    (site_repo / "evidence" / "2023" / "tautan.pdf").symlink_to(outside)
    unit = site_repo / "2023" / "bpkad.yaml"
    text = unit.read_text("utf-8")
    text = text.replace(
        "path: evidence/2023/sipd-penganggaran-2023.pdf", "path: evidence/2023/tautan.pdf"
    )
    unit.write_text(text, "utf-8")
    assert run_cli("site", "-o", "private").exit_code == 0
    private = site_repo / "private"
    assert not (private / "files").exists()
    page = (private / "unit-bpkad.html").read_text("utf-8")
    assert "evidence/2023/inventaris-aset-tik-2023.pdf" in page and 'href="./files' not in page
    assert run_cli("site", "-o", "copied", "--with-evidence").exit_code == 0
    copied = site_repo / "copied"
    files = sorted(p.relative_to(copied).as_posix() for p in (copied / "files").rglob("*")
                   if p.is_file())  # fmt: skip
    assert "files/evidence/2023/inventaris-aset-tik-2023.pdf" in files
    assert "files/evidence/2023/tautan.pdf" not in files  # a link out of the repository
    assert not any(p.is_symlink() for p in copied.rglob("*"))
    page = (copied / "unit-bpkad.html").read_text("utf-8")
    assert 'href="./files/evidence/2023/inventaris-aset-tik-2023.pdf"' in page
    assert "Mode data dukung: disalin" in (copied / "index.html").read_text("utf-8")


def _hostile(root: Path) -> None:
    """The handout's hostile repository (tests/test_report.py), plus a registry unit named
    ``../x`` and a unit whose explanation is near the 20,000 characters a text may hold."""
    from test_report import _hostile_repo

    year = root / "assessments" / "2023"
    _hostile_repo(year)
    config = root / "spbe.yaml"
    extra = '  "../x":\n    name: "Dinas <i>X</i>"\ntarget: 3.00\n'
    config.write_text(config.read_text("utf-8") + extra, "utf-8")
    big = "Penjelasan panjang. " * 999
    write(
        year / "x.yaml",
        f'unit: x\nyear: 2023\nindicators:\n  I2:\n    level: 2\n    explanation: "{big}"\n',
    )


def test_hostile_data_stays_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "kota"
    _hostile(root)
    monkeypatch.chdir(root)
    out = run_cli("site", "-o", str(tmp_path / "public"))
    assert out.exit_code == 0, out.stderr
    public = tmp_path / "public"
    made = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert all(name.startswith(("public/", "kota/")) for name in made)
    units = sorted(p.name for p in public.glob("unit-*.html"))
    assert len(units) == 3 and {"unit-a.html", "unit-x.html"} <= set(units)  # and "../x"
    assert any(re.fullmatch(r"unit-x--[0-9a-f]{12}\.html", name) for name in units)
    for page in public.glob("*.html"):
        html = page.read_text("utf-8")
        parsed = _read(page)
        assert "window.__pwned" not in "".join(parsed.scripts)
        assert not {"img", "iframe", "object", "embed"} & set(parsed.tags), page.name
        assert 'href="javascript' not in html and "<script>window" not in html
        for link in parsed.links:
            assert not urlsplit(link).scheme or link.startswith("https://"), (page.name, link)
    year = (public / "year-2023.html").read_text("utf-8")
    assert "Kota &lt;b&gt;Uji&lt;/b&gt; &amp; Sekitarnya" in year
    index = (public / "search-index.js").read_text("utf-8")
    assert "<" not in index and index.startswith("window.SPBE_SEARCH = [")


def test_a_year_that_cannot_be_scored_still_has_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 1 MB explanation (over the limit): the year is not scored, the site says so and links
    the located problem; nothing of the text reaches a page."""
    root = tmp_path / "kota"
    _hostile(root)
    unit = root / "assessments" / "2023" / "x.yaml"
    text = unit.read_text("utf-8").replace("Penjelasan panjang. " * 999, "<b>x</b> " * 120_000)
    unit.write_text(text, "utf-8")
    monkeypatch.chdir(root)
    out = run_cli("site", "-o", str(tmp_path / "public"))
    assert out.exit_code == 0, out.stderr
    public = tmp_path / "public"
    assert "S004" in (public / "validation.html").read_text("utf-8")
    assert "Belum ada tahun yang dapat dihitung" in (public / "index.html").read_text("utf-8")
    assert all(p.stat().st_size < 200_000 for p in public.iterdir())


def test_english_site(site_repo: Path) -> None:
    assert run_cli("site", "-o", "en", "--lang", "en").exit_code == 0
    home = _read(site_repo / "en" / "index.html")
    assert home.title.startswith("Pemerintah Digital assessment:")
    assert "Evidence mode: private." in " ".join(home.text)


def test_pages_jobs_from_init_build_the_same_site(tmp_path: Path) -> None:
    """`spbe init` writes the Pages jobs of both forges; they pass the platforms' schemas, use
    the current (Node 24) actions, and run the command this file tests."""
    import subprocess
    import sys

    import yaml

    from conftest import ROOT

    assert run_cli("init", str(tmp_path / "k"), "--instansi", "K", "--year", "2026").exit_code == 0
    github = tmp_path / "k" / ".github" / "workflows" / "pages.yml"
    gitlab = tmp_path / "k" / ".gitlab-ci.yml"
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    for path, schema in ((github, "vendor.github-workflows"), (gitlab, "vendor.gitlab-ci")):
        done = subprocess.run([tool, "--builtin-schema", schema, str(path)], capture_output=True,
                              text=True, check=False)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
    flow = yaml.safe_load(github.read_text("utf-8"))
    used = set(re.findall(r"uses: (\S+)", github.read_text("utf-8")))
    assert used == {"actions/checkout@v6", "actions/setup-python@v6", "actions/configure-pages@v6",
                    "actions/upload-pages-artifact@v5", "actions/deploy-pages@v5"}  # fmt: skip
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert any(
        "spbe site -o public" in str(s.get("run", "")) for s in flow["jobs"]["build"]["steps"]
    )
    pages = yaml.safe_load(gitlab.read_text("utf-8"))["pages"]
    assert "spbe site -o public" in pages["script"] and pages["artifacts"]["paths"] == ["public"]
    # the documented snippets for existing repositories are the files init writes
    assert (ROOT / "docs" / "ci" / "github-pages.yml").read_text("utf-8") == github.read_text(
        "utf-8"
    )
    snippet = (ROOT / "docs" / "ci" / "gitlab-pages.yml").read_text("utf-8")
    assert yaml.safe_load(snippet)["pages"] == pages


# --- with a real browser ----------------------------------------------------------------------


LOOKED_AT = ("index.html", "year-2023.html", "unit-diskominfo.html", "indicator-spbe-2020-i17.html")


def test_a_browser_crawls_the_whole_site(site_repo: Path, tmp_path: Path) -> None:
    """Every page from disk: internal links and anchors resolve, nothing is requested from
    outside the folder, no console error, scripts only where the page says so; screenshots of
    the four main pages at phone and desktop width."""
    browser = _browser()
    playwright = pytest.importorskip("playwright.sync_api")
    assert run_cli("site", "-o", "public").exit_code == 0
    public = (site_repo / "public").resolve()
    pages = sorted(public.glob("*.html"))
    # the links, statically: every internal target and anchor exists
    ids = {p.name: _read(p).ids for p in pages}
    for page in pages:
        for link in _read(page).links:
            parts = urlsplit(link)
            if parts.scheme:
                assert parts.scheme == "https", (page.name, link)
                continue
            target = unquote(parts.path) or page.name
            assert (public / target).is_file(), (page.name, link)
            if parts.fragment and target.endswith(".html"):
                assert parts.fragment in ids[target], (page.name, link)
    outside: list[str] = []
    console: list[str] = []
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=browser, args=ARGS)
        context = chromium.new_context()

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(public.as_uri() + "/"):
                r.continue_()
            else:
                outside.append(url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        for path in pages:
            page.goto(path.as_uri())
            scripts = page.evaluate("document.scripts.length")
            assert scripts == (2 if path.name == "search.html" else 0), path.name
            assert page.evaluate("document.styleSheets.length") == 1, path.name  # CSS applied
        # search works from disk, and pages work without it
        page.goto((public / "search.html").as_uri() + "?q=jaringan+intra")
        results = page.locator("#search-results li a")
        assert results.count() >= 1
        assert any("I17" in results.nth(n).inner_text() for n in range(results.count()))
        assert page.locator("#needs-js").is_hidden()
        # click through: home -> unit -> indicator -> its history -> back
        page.goto((public / "index.html").as_uri())
        page.get_by_role("link", name=re.compile(r"\(diskominfo\)")).first.click()
        assert page.url.endswith("unit-diskominfo.html")
        page.locator("a[href^='indicator-']").first.click()
        assert "indicator-" in page.url
        page.go_back()
        assert page.url.endswith("unit-diskominfo.html")
        for width in (390, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            for name in LOOKED_AT:
                page.goto((public / name).as_uri())
                shot = tmp_path / f"{width}-{name}.png"
                page.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 10_000
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert overflow <= 0, (width, name, overflow)  # no sideways scroll on a phone
        chromium.close()
    assert outside == []
    assert console == []


def test_no_serious_accessibility_violation(site_repo: Path) -> None:
    browser = _browser()
    axe = _axe()
    playwright = pytest.importorskip("playwright.sync_api")
    assert run_cli("site", "-o", "public").exit_code == 0
    public = (site_repo / "public").resolve()
    source = axe.read_text("utf-8")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=browser, args=ARGS)
        # axe is injected by the test, so the pages' own policy (no scripts) is bypassed here
        page = chromium.new_context(bypass_csp=True).new_page()
        for name in (*LOOKED_AT, "search.html", "validation.html"):
            page.goto((public / name).as_uri())
            page.evaluate(source)
            result = page.evaluate(
                "axe.run(document).then(r => r.violations.map(v => "
                "({id: v.id, impact: v.impact, nodes: v.nodes.length})))"
            )
            bad = [v for v in result if v["impact"] in ("serious", "critical")]
            assert bad == [], (name, bad)
        chromium.close()


@pytest.mark.parametrize("ident", ["<I1>", "../x", "a/b", "I1\x00", "İ", "", "x" * 300])
def test_page_names_are_safe_for_any_id(ident: str) -> None:
    """Whatever a repository calls a unit or an indicator, its page is one flat, plain name."""
    from spbe_cli.site.pages import indicator_page, unit_page

    for name in (unit_page(ident), indicator_page("katalog/<x>", ident)):
        assert re.fullmatch(r"[a-z0-9-]+\.html", name) and len(name) < 120, name
    assert unit_page("a/b") != unit_page("a-b") and unit_page("bpkad") == "unit-bpkad.html"


NAME_PARTS = st.text(alphabet="aAbB01-./_ İı", max_size=8)


@settings(max_examples=300, deadline=None)
@given(NAME_PARTS, NAME_PARTS, NAME_PARTS, NAME_PARTS)
def test_page_names_are_one_to_one(c1: str, i1: str, c2: str, i2: str) -> None:
    """Different ids never share a page name, not even ignoring case."""
    from spbe_cli.site.pages import indicator_page, unit_page

    if (c1, i1) != (c2, i2):
        assert indicator_page(c1, i1).casefold() != indicator_page(c2, i2).casefold()
    if c1 != c2:
        assert unit_page(c1).casefold() != unit_page(c2).casefold()


def test_plain_ids_keep_readable_names() -> None:
    from spbe_cli.site.pages import indicator_page, unit_page

    assert indicator_page("spbe-2020", "I17") == "indicator-spbe-2020-i17.html"
    assert indicator_page("spbe-2018", "I35-2") == "indicator-spbe-2018-i35-2.html"
    assert indicator_page("spbe", "2020-I1") != indicator_page("spbe-2020", "I1")
    assert indicator_page("a-b", "C") != indicator_page("a", "B-C")
    assert unit_page("BPKAD") != unit_page("bpkad") == "unit-bpkad.html"


def test_templates_can_be_replaced_and_stay_sandboxed(site_repo: Path) -> None:
    """A repository's own `site/` templates replace the bundled ones by name; one that reaches
    for Python internals fails with the template's location, and nothing is written."""
    write(
        site_repo / "tpl" / "site" / "indicators.html.j2",
        """
        {% extends "site/_base.html.j2" %}
        {% block content %}<p id="own">Daftar indikator kami</p>{% endblock %}
        """,
    )
    out = run_cli("site", "-o", "public", "--templates", "tpl")
    assert out.exit_code == 0, out.stderr
    assert 'id="own"' in (site_repo / "public" / "indicators.html").read_text("utf-8")
    write(
        site_repo / "evil" / "site" / "indicators.html.j2",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}\n",
    )
    refused = run_cli("site", "-o", "other", "--templates", "evil")
    assert refused.exit_code == 1 and "indicators.html.j2" in refused.stderr
    assert "Traceback" not in refused.stderr and not (site_repo / "other").exists()


def test_no_label_hides_behind_a_dict_method() -> None:
    """Templates read labels as `s.t.<name>`; Jinja looks up a dict's attributes first, so a
    label called `items` or `values` would print a method instead of its text."""
    from spbe_cli.site.pages import _LABELS

    assert not {key[2:] for key in _LABELS} & set(dir(dict))


# --- page names: one page per id, checked on every build ---------------------------------------


def test_a_custom_catalogue_cannot_take_another_catalogues_page(year_dir: Path) -> None:
    """Catalogue `spbe` with indicator `2020-I1` beside spbe-2020's I1: two pages."""
    from catalogues import catalogue_yaml, write_catalogue
    from spbe_cli.site.pages import indicator_page

    root = year_dir.parent.parent
    unit_file(root / "assessments" / "2022", "a", all_levels(3), year=2022)
    text = catalogue_yaml([("D1", "100", [("A1", "100", ["50", "50"])])], ident="spbe")
    (root / "indicators").mkdir()
    write_catalogue(
        root / "indicators" / "spbe.yaml", text.replace("- id: I1\n", "- id: 2020-I1\n")
    )
    write(
        year_dir / "b.yaml",
        """
        unit: b
        year: 2023
        catalogue: indicators/spbe.yaml
        indicators:
          2020-I1:
            level: 4
            explanation: Dari katalog sendiri.
          I2:
            level: 2
        """,
    )
    out = run_cli("site", "-o", "public")
    assert out.exit_code == 0, out.stderr
    theirs, ours = indicator_page("spbe-2020", "I1"), indicator_page("spbe", "2020-I1")
    assert theirs == "indicator-spbe-2020-i1.html" and ours != theirs
    bundled, custom = _read(root / "public" / theirs), _read(root / "public" / ours)
    assert custom.title.startswith("2020-I1") and "Dari katalog sendiri." in custom.text
    assert bundled.title.startswith("I1") and "Dari katalog sendiri." not in bundled.text


@pytest.fixture
def twin_units(year_dir: Path) -> Path:
    """Units `BPKAD` and `bpkad` in one year, each leading its own indicators; the repo root."""
    unit_file(year_dir, "BPKAD", {f"I{n}": 2 for n in range(1, 24)})
    unit_file(year_dir, "bpkad", {f"I{n}": 4 for n in range(24, 48)})
    return year_dir.parent.parent


def test_units_that_differ_only_in_case_have_their_own_pages(twin_units: Path) -> None:
    from spbe_cli.site.pages import unit_page

    out = run_cli("site", "-o", "public")
    assert out.exit_code == 0, out.stderr
    upper, lower = unit_page("BPKAD"), unit_page("bpkad")
    assert lower == "unit-bpkad.html" and upper.casefold() != lower.casefold()
    for name, unit, mine, other in ((upper, "BPKAD", "I1", "I24"), (lower, "bpkad", "I24", "I1")):
        page = _read(twin_units / "public" / name)
        assert page.title.startswith(unit), name
        assert mine in page.ids and other not in page.ids, name


def test_a_name_clash_stops_the_build_and_keeps_the_old_site(
    twin_units: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Page names that differ only in case would overwrite each other on a case-insensitive
    disk: exit 1, both names in the message, the previous site untouched."""
    from spbe_cli.site import pages

    assert run_cli("site", "-o", "public").exit_code == 0
    public = twin_units / "public"
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    monkeypatch.setattr(pages, "unit_page", lambda unit: f"unit-{unit}.html")
    out = run_cli("site", "-o", "public")
    assert out.exit_code == 1
    assert "unit-BPKAD.html" in out.stderr and "unit-bpkad.html" in out.stderr
    assert "tidak ada yang ditulis" in out.stderr and "Traceback" not in out.stderr
    assert {p: p.read_bytes() for p in public.rglob("*") if p.is_file()} == before
    assert not [p for p in twin_units.iterdir() if p.name.startswith(".public.")]


def test_a_killed_runs_staging_folders_are_swept(
    twin_units: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Staging and old-site folders are named after their process: a later run removes those
    of a process that is gone, and leaves a running one's (and another output's) alone."""
    import subprocess
    import sys
    import tempfile

    from spbe_cli.app.output import _TEMP

    gone = 2**31 - 1  # above every pid_max: no such process
    for name in (f".public.spbe-{gone}-a1b2.tmp", f".public.spbe-{gone}-old-c3d4.tmp"):
        write(twin_units / name / "index.html", "setengah jadi")
    other = write(twin_units / f".lain.spbe-{gone}-e5f6.tmp" / "index.html", "situs lain")
    made: list[str] = []

    def recorded(*args: Any, **kwargs: Any) -> str:
        folder: str = real_mkdtemp(*args, **kwargs)
        made.append(Path(folder).name)
        return folder

    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", recorded)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            live = write(twin_units / f".public.spbe-{running.pid}-g7h8.tmp" / "x.html", "jalan")
            assert run_cli("site", "-o", "public").exit_code == 0
            assert run_cli("site", "-o", "public").exit_code == 0  # and an old site to move
            assert live.is_file() and other.is_file()
        finally:
            running.kill()
    left = sorted(p.name for p in twin_units.iterdir() if p.name.startswith(".public."))
    assert left == [live.parent.name]
    made = [name for name in made if name.startswith(".public.")]
    assert len(made) == 3  # two staging folders, one for the old site
    for name in made:
        found = _TEMP.match(name)
        assert found and found["name"] == "public" and found["pid"] == str(os.getpid()), name

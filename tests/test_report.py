"""``spbe report``: golden handouts, HTML hygiene, atomic output, PDF, and a real browser."""

from __future__ import annotations

import contextlib
import difflib
import http.server
import os
import re
import secrets
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from conftest import EXAMPLE, run_cli, unit_file, write

GOLDEN = Path(__file__).parent / "golden"
EPOCH = {"SOURCE_DATE_EPOCH": "1764460800"}  # 30 November 2025


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled example outside any git repository; the cwd is its parent."""
    shutil.copytree(EXAMPLE, tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)
    for key, value in EPOCH.items():
        monkeypatch.setenv(key, value)
    return tmp_path


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/<name>; SPBE_UPDATE_GOLDEN=1 rewrites it. On a mismatch the
    actual output is saved beside it as <name>.actual (ignored by git)."""
    golden = GOLDEN / name
    if os.environ.get("SPBE_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        (GOLDEN / f"{name}.actual").write_text(actual, encoding="utf-8")
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), f"golden/{name}", "actual", n=1
            )
        )
        pytest.fail(f"{name} differs from its golden file:\n{diff[:4000]}")


def test_golden_html(example: Path) -> None:
    out = run_cli(
        "report", "assessments/2023", "--stage", "mandiri", "--target", "3.5", "-o", "handout.html"
    )
    assert out.exit_code == 0
    assert out.stderr == "Ditulis: handout.html\n"
    html = (example / "handout.html").read_text(encoding="utf-8")
    check_golden("report-2023.html", html)
    assert '<div class="value">2,78</div>' in html
    assert '<div class="predikat">Baik</div>' in html
    assert "Perubahan sejak 2022" in html and "Dibuat: 30 November 2025" in html
    assert "Kurang dari target: <strong>0,72</strong>" in html


def test_golden_markdown_with_chart_files(example: Path) -> None:
    out = run_cli(
        "report",
        "assessments/2023",
        "--stage",
        "mandiri",
        "-f",
        "md",
        "-o",
        "handout.md",
        "--lang",
        "en",
    )
    assert out.exit_code == 0
    md = (example / "handout.md").read_text(encoding="utf-8")
    check_golden("report-2023.en.md", md)
    charts = re.findall(r"\]\((handout-(?:aspek|domain)-[0-9a-f]{8}\.svg)\)", md)
    assert len(charts) == 2
    assert "## SPBE Index: 2.78 (Baik)" in md
    for chart in charts:
        root = ET.fromstring((example / chart).read_text(encoding="utf-8"))
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_a_new_markdown_handout_sweeps_only_its_own_old_charts(example: Path) -> None:
    """An old chart of the handout goes; an evidence file that happens to be named like a
    chart (and anything not drawn by spbe) stays: nothing the user wrote is removed."""
    example = example / "assessments"  # the repository root: evidence paths start here
    stale = example / "bahan-aspek-0123abcd.svg"
    stale.write_text('<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-radar"/>')
    evidence = example / "bahan-domain-89abcdef.svg"
    evidence.write_text('<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-bars"/>')
    unit = example / "2023" / "bpkad.yaml"
    text = unit.read_text(encoding="utf-8")
    first = text.index("    evidence:\n") + len("    evidence:\n")
    entry = '      - title: "Grafik bukti"\n        path: bahan-domain-89abcdef.svg\n'
    unit.write_text(text[:first] + entry + text[first:], encoding="utf-8")
    other = example / "bahan-aspek-fedcba98.svg"
    other.write_text("<svg>a drawing of the user's own</svg>")
    made = run_cli("report", "assessments/2023", "-f", "md", "-o", "assessments/bahan.md")
    assert made.exit_code == 0
    assert not stale.exists()
    assert evidence.read_text().startswith("<svg") and other.exists()


def test_golden_unit_handout(example: Path) -> None:
    out = run_cli("report", "assessments/2023", "--unit", "bpkad")
    assert out.exit_code == 0
    check_golden("unit-bpkad-2023.html", out.stdout)
    ids = re.findall(r'<article class="card" id="(I\d+)">', out.stdout)
    assert ids == ["I24", "I33", "I34", "I38"]
    assert "Kriteria tingkat berikutnya (5 Optimum)" in out.stdout


def test_markdown_to_stdout_has_text_charts(example: Path) -> None:
    out = run_cli("report", "assessments/2023", "-f", "md")
    assert out.exit_code == 0
    assert "![" not in out.stdout and "Grafik sebagai teks" in out.stdout
    assert "| **D4** | **Layanan SPBE** | **3,19** |" in out.stdout  # review stage
    assert not list(example.glob("*.svg"))


def test_reproducible(example: Path) -> None:
    first = run_cli("report", "assessments/2023").stdout
    assert first == run_cli("report", "assessments/2023").stdout
    assert "30 November 2025" in first


def test_numbers_agree_with_score(example: Path) -> None:
    """The handout shows the latest stage the year has (review, for the example's 2023)."""
    doc = run_cli("score", "assessments/2023", "--stage", "review", "-f", "json").json()
    html = run_cli("report", "assessments/2023").stdout
    md = run_cli("report", "assessments/2023", "-f", "md").stdout
    for domain in doc["domains"]:
        value = f"{domain['index_rounded']:.2f}".replace(".", ",")
        assert f"<td>{domain['id']}</td><td>{domain['name']}</td>" in html
        assert re.search(rf'<td>{domain["id"]}</td>.*?<td class="num">{value}</td>', html)
        assert f"| **{domain['id']}** |" in md and f"**{value}**" in md
        for aspect in domain["aspects"]:
            shown = f"{aspect['index_rounded']:.2f}".replace(".", ",")
            assert f"| {aspect['id']} | {aspect['name']} | {shown} |" in md


class _Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []
        self.cells: list[str] = []
        self._in_td = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_td = tag == "td"
        for name, value in attrs:
            if name.startswith("on"):
                self.external.append(f"{tag} {name}")
            if (
                value
                and name in ("src", "href", "xlink:href", "data", "action", "poster")
                and not (tag == "a" and name == "href")
            ):
                self.external.append(f"{tag} {name}={value}")

    def handle_data(self, data: str) -> None:
        if self._in_td:
            self.cells.append(data)
            self._in_td = False


def _hostile_repo(year_dir: Path) -> None:
    write(
        year_dir.parent.parent / "spbe.yaml",
        """
        instansi: "Kota <b>Uji</b> & Sekitarnya"
        units:
          a:
            name: "Dinas <i>A</i>"
        """,
    )
    write(
        year_dir / "a.yaml",
        """
        unit: a
        year: 2023
        indicators:
          I1:
            level: 3
            explanation: >-
              <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">
              Lihat | tabel & "kutipan".
            evidence:
              - title: "<script>alert(3)</script>"
                url: "javascript:window.__pwned = 3"
              - title: Bukti
                url: https://jdih.contoh.go.id/a?b=1&c=2
        """,
    )


def test_html_is_self_contained_and_escaped(year_dir: Path) -> None:
    _hostile_repo(year_dir)
    out = run_cli("report", "assessments/2023")
    html = out.stdout
    audit = _Audit()
    audit.feed(html)
    assert audit.external == []
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(audit.tags)
    style = html[html.index("<style>") : html.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "Kota &lt;b&gt;Uji&lt;/b&gt; &amp; Sekitarnya" in html
    assert 'href="javascript' not in html
    assert 'href="https://jdih.contoh.go.id/a?b=1&amp;c=2"' in html
    for n in range(1, 48):
        assert f"I{n}" in audit.cells
    for svg in re.findall(r"<svg.*?</svg>", html, re.S):
        root = ET.fromstring(svg)
        assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_markdown_escapes_user_text(year_dir: Path) -> None:
    _hostile_repo(year_dir)
    md = run_cli("report", "assessments/2023", "-f", "md").stdout
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;window.\\_\\_pwned = 1&lt;/script&gt;" in md
    assert "](javascript" not in md


def test_failure_leaves_existing_output_untouched(example: Path) -> None:
    (example / "handout.html").write_text("rapat minggu lalu\n", encoding="utf-8")
    write(example / "broken" / "report.html.j2", "{{ r.no_such_field }}\n")
    out = run_cli("report", "assessments/2023", "-o", "handout.html", "--templates", "broken")
    assert out.exit_code == 1
    assert "report.html.j2:1" in out.stderr and "no_such_field" in out.stderr
    assert (example / "handout.html").read_text(encoding="utf-8") == "rapat minggu lalu\n"
    assert sorted(p.name for p in example.iterdir()) == ["assessments", "broken", "handout.html"]


def test_template_override_by_name(example: Path) -> None:
    write(
        example / "assessments" / "templates" / "report.md.j2",
        "Indeks {{ r.index }} ({{ r.predikat }})\n",
    )
    # the handout shows the latest stage: review, for the example's 2023
    assert run_cli("report", "assessments/2023", "-f", "md").stdout == "Indeks 2,71 (Baik)\n"
    write(example / "mine" / "report.md.j2", "{{ r.instansi }}\n")
    out = run_cli("report", "assessments/2023", "-f", "md", "--templates", "mine")
    assert out.stdout == "Pemerintah Kabupaten Contoh\n"


def test_refuses_to_write_over_an_input(example: Path) -> None:
    target = example / "assessments" / "2023" / "bpkad.yaml"
    before = target.read_bytes()
    out = run_cli("report", "assessments/2023", "-o", str(target))
    assert out.exit_code == 2
    assert target.read_bytes() == before


def test_target_from_spbe_yaml_and_bad_targets(example: Path) -> None:
    config = example / "assessments" / "spbe.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "target: 3.00\n", encoding="utf-8")
    html = run_cli("report", "assessments/2023").stdout
    assert "Target: <strong>3,00</strong> (Baik)" in html
    assert run_cli("report", "assessments/2023", "--target", "7").exit_code == 2
    assert run_cli("report", "assessments/2023", "--target", "tiga").exit_code == 2
    assert run_cli("report", "assessments/2023", "--unit", "dinas-x").exit_code == 2


def test_first_year_has_no_change_section(year_dir: Path) -> None:
    unit_file(year_dir, "a", {f"I{n}": 2 for n in range(1, 48)})
    html = run_cli("report", "assessments/2023").stdout
    assert "Perubahan sejak" not in html
    assert "Pemeriksaan: 0 error dan 94 peringatan" in html  # 47 x no explanation, no evidence


def test_inputs_with_errors_give_no_handout(year_dir: Path) -> None:
    write(year_dir / "a.yaml", "unit: a\nyear: 2023\nindicators:\n  I1:\n    levle: 3\n")
    out = run_cli("report", "assessments/2023", "-o", "x.html")
    assert out.exit_code == 1 and "S002" in out.stderr
    assert not Path("x.html").exists()


def test_pdf_without_a_browser_writes_nothing(example: Path) -> None:
    out = run_cli(
        "report",
        "assessments/2023",
        "-f",
        "pdf",
        env={"SPBE_CHROMIUM": str(example / "no-such-browser")},
    )
    assert out.exit_code == 1
    assert "apt-get install chromium" in out.stderr
    assert sorted(p.name for p in example.iterdir()) == ["assessments"]


# --- with a real browser ----------------------------------------------------------------------


def _browser() -> str:
    from spbe_cli.app.output import find_chromium

    found = find_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium (apt-get install chromium) for these tests")
        pytest.skip("Chromium is not installed here (CI installs it)")
    return found


def test_pdf(example: Path) -> None:
    _browser()
    out = run_cli("report", "assessments/2023", "-f", "pdf")
    assert out.exit_code == 0
    pdf = example / "pemerintah-kabupaten-contoh-2023.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert boxes and all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in boxes)
    assert sorted(p.name for p in example.iterdir()) == ["assessments", pdf.name]
    text = _pdf_text(pdf)  # the bundled handout prints whole under spbe's own CSP
    assert "Indeks SPBE 2023" in text and "2,71" in text and "Baik" in text
    assert "Pemerintah Kabupaten Contoh" in text


def test_in_a_real_browser(year_dir: Path, tmp_path: Path) -> None:
    browser = _browser()
    playwright = pytest.importorskip("playwright.sync_api")
    _hostile_repo(year_dir)
    page_file = tmp_path / "handout.html"
    assert run_cli("report", "assessments/2023", "-o", str(page_file)).exit_code == 0
    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=browser, args=args)
        page = chromium.new_page(viewport={"width": 1000, "height": 1400})
        console: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        page.screenshot(path=str(tmp_path / "handout.png"), full_page=True)
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate("document.scripts.length") == 0
        assert page.locator("svg title").count() >= 2
        page.pdf(path=str(tmp_path / "handout.pdf"), format="A4")
        chromium.close()
    assert console == []
    assert requests == [page_file.as_uri()]
    assert (tmp_path / "handout.png").stat().st_size > 10_000
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")


def test_the_handout_never_links_a_path_that_leaves_the_repository(example_copy: Path) -> None:
    unit = example_copy / "2023" / "diskominfo.yaml"
    text = unit.read_text(encoding="utf-8")
    first = text.index("path: evidence/")
    unit.write_text(
        text[:first] + "path: ../../../etc/passwd\n" + text[text.index("\n", first) + 1 :]
    )
    checked = run_cli("validate", "2023", "-f", "text")
    assert "error C007" in checked.stdout  # the sandbox rule refuses it ...
    for fmt in ("html", "md"):
        out = run_cli("report", "2023", "-f", fmt)
        assert out.exit_code == 0, out.stderr
        if fmt == "html":  # ... the handout shows it as text ...
            assert '<span class="meta">(../../../etc/passwd)</span>' in out.stdout
        assert 'href="../../../etc' not in out.stdout  # ... and never as a link
        assert "](../../../etc" not in out.stdout and "](./../" not in out.stdout


def test_evidence_is_resolved_once_when_the_year_is_opened(example_copy: Path) -> None:
    from spbe_cli.app.workspace import open_year

    year = open_year([example_copy / "2023"])
    refs = [r for u in year.loaded().units for rs in u.evidence.values() for r in rs]
    paths = [r for r in refs if r.path is not None]
    assert paths and all(r.exists and r.inside for r in paths)
    link = paths[0].href(example_copy, example_copy / "out")
    assert link is not None and link.startswith("../")


# --- printing cannot leave the page ---------------------------------------------------------
# A repository template comes from a pull request. What it prints may not read a local file
# or reach the network: elements that load, run or navigate are refused before any browser
# runs; the rest (images, CSS) prints under spbe's CSP with Chromium's network cut off.


def _pdf_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install poppler-utils (pdftotext) for these tests")
        pytest.skip("pdftotext is not installed here (CI installs it)")
    return subprocess.run(
        [tool, str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


@contextlib.contextmanager
def _listener() -> Iterator[tuple[int, list[str]]]:
    """An HTTP server on 127.0.0.1 (a thread, shut down at the end) that records every
    connection it accepts and every request line it reads."""
    seen: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def handle(self) -> None:
            seen.append(f"connection from {self.client_address[0]}")
            self.connection.settimeout(5)
            super().handle()

        def do_GET(self) -> None:
            seen.append(self.requestline)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"DIAMBIL-DARI-JARINGAN")

        do_POST = do_HEAD = do_OPTIONS = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rahasia") / "kunci.txt"
    path.write_text(f"RAHASIA-{secrets.token_hex(8)}\n", encoding="utf-8")
    return path


_LEAVING = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>x</title></head><body>
<p>Indeks {{ r.index }}</p>
<img src="http://127.0.0.1:PORT/img.png">
<iframe src="file://SECRET" width="600" height="400"></iframe>
<script>
fetch("http://127.0.0.1:PORT/fetch").then(r => r.text()).then(t => document.body.append(t))
</script>
</body></html>
"""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pdf_of_a_template_that_reads_a_file_is_refused(
    example: Path, secret: Path, lang: str
) -> None:
    with _listener() as (port, seen):
        page = _LEAVING.replace("PORT", str(port)).replace("SECRET", str(secret))
        write(example / "assessments" / "templates" / "report.html.j2", page)
        out = run_cli("report", "assessments/2023", "-f", "pdf", "-o", "h.pdf", "--lang", lang)
    assert out.exit_code == 1
    where = "templat assessments/templates/report.html.j2:5: "
    if lang == "id":
        assert out.stderr.startswith(where + "halaman yang akan dicetak memuat <iframe>")
        assert "(baris 5 kolom 1 HTML hasilnya)" in out.stderr and "Tidak ada berkas" in out.stderr
    else:
        assert out.stderr.startswith(where + "the page to print holds <iframe>")
        assert "(line 5 column 1 of the rendered HTML)" in out.stderr
    assert "Traceback" not in out.stderr and secret.read_text(encoding="utf-8") not in out.stderr
    assert seen == []
    assert sorted(p.name for p in example.iterdir()) == ["assessments"]


@pytest.mark.parametrize(
    ("markup", "tag"),
    [
        ('<script>fetch("http://127.0.0.1:9/x")</script>', "script"),
        ('<SCRIPT src="http://127.0.0.1:9/x.js"></SCRIPT>', "script"),
        ('<object data="file:///etc/passwd"></object>', "object"),
        ('<embed src="file:///etc/passwd">', "embed"),
        ('<frameset><frame src="file:///etc/passwd"></frameset>', "frameset"),
        ('<link rel="stylesheet" href="http://127.0.0.1:9/x.css">', "link"),
        ('<base href="http://127.0.0.1:9/">', "base"),
        ('<meta http-equiv="refresh" content="0; url=file:///etc/passwd">', "meta"),
        ('<meta http-equiv="&#82;efresh" content="0; url=file:///etc/passwd">', "meta"),
        # Where Python's parser and Chromium's disagree, the text decides:
        (
            '<svg><style><meta http-equiv=refresh content="0;url=file:///etc/passwd"></style></svg>',
            "meta",
        ),
        ("<svg><style><embed src=file:///etc/passwd></style></svg>", "embed"),
        ('<!--><iframe src="file:///etc/passwd">-->', "iframe"),
        ('<title><style></title><iframe src="file:///etc/passwd"></style>', "iframe"),
        ('<meta name="a"/http-equiv=refresh content=0>', "meta"),
        ("<p>http-equiv</p>", "meta"),  # an http-equiv that the parser did not judge
    ],
)
def test_pdf_refuses_what_could_leave_the_page(example: Path, markup: str, tag: str) -> None:
    page = f"<!DOCTYPE html>\n<html><body>\n<p>{{{{ r.index }}}}</p>{markup}\n</body></html>\n"
    write(example / "assessments" / "templates" / "report.html.j2", page)
    out = run_cli("report", "assessments/2023", "-f", "pdf", "--lang", "en")
    assert out.exit_code == 1
    assert out.stderr.startswith("templat assessments/templates/report.html.j2")
    assert f"holds <{tag}> (line 3 column " in out.stderr
    assert sorted(p.name for p in example.iterdir()) == ["assessments"]


_NEUTRALISED = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>x</title>
<style>
@import url("http://127.0.0.1:PORT/import.css");
@font-face { font-family: f; src: url("http://127.0.0.1:PORT/font.woff"); }
body { background: url("http://localhost:PORT/bg.png"); }
h1 { font-family: f, sans-serif; background: url("file://SECRET"); }
</style></head>
<body><h1>Indeks {{ r.index }} dicetak</h1>
<img src="http://127.0.0.1:PORT/img.png" alt="">
<img src="http://localhost:PORT/host.png" alt="">
<img src="file://SECRET" alt="">
<svg width="10" height="10">
<image href="http://127.0.0.1:PORT/svg.png" width="10" height="10"/></svg>
<video poster="http://127.0.0.1:PORT/poster.png"></video>
<picture><source srcset="http://127.0.0.1:PORT/srcset.png"><img src="data:," alt=""></picture>
<form action="http://127.0.0.1:PORT/form">
<input type="image" src="http://127.0.0.1:PORT/in.png" alt=""></form>
</body></html>
"""


def _print_neutralised(example: Path, secret: Path) -> tuple[str, list[str]]:
    _browser()
    with _listener() as (port, seen):
        page = _NEUTRALISED.replace("PORT", str(port)).replace("SECRET", str(secret))
        write(example / "assessments" / "templates" / "report.html.j2", page)
        out = run_cli("report", "assessments/2023", "-f", "pdf", "-o", "h.pdf")
        assert out.exit_code == 0, out.stderr
        time.sleep(0.2)  # a request already on its way would be recorded by now
    return _pdf_text(example / "h.pdf"), seen


def test_pdf_images_and_css_of_a_template_load_nothing(example: Path, secret: Path) -> None:
    text, seen = _print_neutralised(example, secret)
    assert "Indeks 2,71 dicetak" in text
    assert seen == []
    assert secret.read_text(encoding="utf-8").strip() not in text


def test_pdf_has_no_network_even_without_the_policy(
    example: Path, secret: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second wall: with a CSP that allows everything, Chromium still reaches no server,
    loopback included (a proxy that refuses connections, no name resolves)."""
    from spbe_cli.app import printpage

    monkeypatch.setattr(printpage, "POLICY", "default-src * data: file: 'unsafe-inline'")
    text, seen = _print_neutralised(example, secret)
    assert "Indeks 2,71 dicetak" in text
    assert seen == []


def test_the_policy_comes_first_in_the_head() -> None:
    from spbe_cli.app.printpage import with_policy

    page = with_policy("<!DOCTYPE html>\n<html><head><style>p {}</style>")
    assert page.startswith('<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="Content-Sec')
    assert page.endswith("\n<html><head><style>p {}</style>")  # the template's, unchanged
    assert with_policy("<p>x").startswith('<meta charset="utf-8"><meta http-equiv=')


def test_the_page_check_is_linear_on_unfinished_tags() -> None:
    """``HTMLParser.close()`` takes minutes on this in older Pythons; the check never calls it."""
    from spbe_cli.app.printpage import first_escape

    started = time.monotonic()
    assert first_escape("<p>" + "<a" * 200_000) is None
    assert first_escape("<p>" + "<a x" * 100_000 + "<iframe src=x>") is not None
    assert time.monotonic() - started < 20


def test_without_a_folder_the_handout_is_of_the_latest_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the CI jobs run: the repository's newest year, whatever it is, from its top."""
    assert run_cli("init", str(tmp_path / "k"), "--instansi", "K", "--year", "2026").exit_code == 0
    monkeypatch.chdir(tmp_path / "k")
    gitlab = (tmp_path / "k" / ".gitlab-ci.yml").read_text(encoding="utf-8")
    assert "image: python:3.12-slim" not in gitlab  # no git there for a git+https package
    assert "spbe report --output bahan-rapat.html" in gitlab
    made = run_cli("report", "--output", "bahan-rapat.html")
    assert made.exit_code == 0 and "2026" in (tmp_path / "k" / "bahan-rapat.html").read_text()
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path / "empty")
    none = run_cli("report")
    assert none.exit_code == 2 and "X008" not in none.stderr and "tidak ada berkas" in none.stderr


def test_the_latest_year_of_the_example(example: Path) -> None:
    latest = run_cli("report", "-f", "md")
    named = run_cli("report", "assessments/2026", "-f", "md")
    assert latest.exit_code == 0 and latest.stdout == named.stdout

"""``spbe site``: the whole repository as a static website (thin: the work is in
spbe_cli.site)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.cli.app import LangOption, app, fail, guarded, notice_provisional, start
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import display_path

_BASE_URL = re.compile(r"^https://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~%/+-]*)?$")


@app.command()
@guarded
def site(
    path: Annotated[
        Path, typer.Argument(help="Akar repositori (bawaan: folder kerja).", show_default=False)
    ] = Path(),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder situs (bawaan: public).")
    ] = Path("public"),
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Alamat berkas di forge untuk tautan masalah, mis. "
            "https://github.com/o/r/blob/main/ (bawaan: dari remote origin bila GitHub/GitLab).",
            show_default=False,
        ),
    ] = None,
    with_evidence: Annotated[
        bool,
        typer.Option(
            "--with-evidence",
            help="Salin berkas data dukung di dalam repositori ke situs dan tautkan (bawaan: "
            "hanya judul, tanggal dan path).",
        ),
    ] = False,
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            help="Target indeks, mis. 3.50 (juga `target:` di spbe.yaml).",
            show_default=False,
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            help="Folder templat pengganti (site/<nama berkas>).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Situs web statis dari seluruh repositori: beranda, halaman per tahun, per unit, per
    indikator, validasi dan pencarian. Tanpa server: buka index.html dari disk, atau terbitkan
    dengan GitHub/GitLab Pages.

    Exit codes: 0 ditulis (juga bila ada tahun yang tidak dapat dihitung: halaman Validasi
    menunjukkan sebabnya); 1 tidak ada folder tahun, atau folder hasil bukan situs spbe (tidak
    ada yang ditulis); 2 salah pemakaian, termasuk folder hasil di dalam data repositori.
    """
    from spbe_cli.repository.layout import find_repo
    from spbe_cli.site.build import SiteError, check_output, render_site, write_site
    from spbe_cli.site.collect import collect
    from spbe_cli.site.pages import size_text

    context = start(lang)
    language = context.lang
    if base_url is not None and not _BASE_URL.match(base_url):
        raise UsageProblem(message("s_bad_base_url", language))
    if base_url is not None and not base_url.endswith("/"):
        base_url += "/"
    repo, _ = find_repo(path)
    try:
        check_output(output, repo.root, language, templates)
    except SiteError as exc:
        fail(str(exc))
    data = collect(path, lang=language, target=target, base_url=base_url)
    if not data.years:
        fail(message("s_no_years", language, path=display_path(path)))
    notice_provisional(
        [y.catalogue for y in data.usable if y.catalogue and y.catalogue.provisional]
    )
    overrides = [templates] if templates is not None else []
    try:
        built = render_site(data, lang=language, with_evidence=with_evidence, overrides=overrides)
        write_site(built, output)
    except (SiteError, OSError) as exc:
        fail(str(exc))
    pages = sum(1 for name in built.files if name.endswith(".html"))
    sys.stderr.write(
        message(
            "s_site_written",
            language,
            path=display_path(output),
            pages=pages,
            size=size_text(built.size),
        )
        + "\n"
    )

"""The stage order and fall-back chain, and that the CLI offers exactly the stages there are."""

from __future__ import annotations

from typer.testing import CliRunner

from spbe_cli.cli import app
from spbe_cli.domain.stage import EXTERNAL, Stage


def test_each_stage_falls_back_along_the_chain() -> None:
    assert Stage.MANDIRI.chain == (Stage.MANDIRI,)
    assert Stage.FINAL.chain == (
        Stage.MANDIRI,
        Stage.REVIEW,
        Stage.DOKUMEN,
        Stage.INTERVIU,
        Stage.VISITASI,
        Stage.FINAL,
    )
    assert Stage.BUKTI.chain == (Stage.MANDIRI, Stage.BUKTI)
    assert [s for s in Stage if s.external] == list(EXTERNAL)
    assert f"_{Stage.FINAL}.yaml" == "_final.yaml"


def test_the_stage_option_offers_every_stage() -> None:
    result = CliRunner().invoke(app, ["score", "x", "--stage", "nope"])
    assert result.exit_code == 2
    for stage in Stage:
        assert stage.value in result.output

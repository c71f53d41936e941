"""C008 (an explanation that copies a criterion) in bounded work: difflib's exact rule for short
texts, shingle overlap past the bounds, and a long copy still caught through the CLI."""

from __future__ import annotations

import difflib
import random
import string
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli, write
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.engine import copies
from spbe_cli.model.catalogue import load_catalogue


def old_similar(mine: str, theirs: str) -> bool:
    """The rule before the bounds, verbatim: difflib's ratio on any length."""
    if not theirs or len(mine) > 1.25 * len(theirs) or len(theirs) > 1.25 * len(mine):
        return mine == theirs
    if mine == theirs:
        return True
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    return (
        matcher.real_quick_ratio() >= 0.9
        and matcher.quick_ratio() >= 0.9
        and matcher.ratio() >= 0.9
    )


@st.composite
def near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A short text and either a light edit of it or another text (ratios around 0.9)."""
    mine = draw(st.text("abc ", max_size=40))
    if draw(st.booleans()):
        return mine, draw(st.text("abc ", max_size=40))
    theirs = list(mine)
    for at, char in draw(st.lists(st.tuples(st.integers(0, 40), st.sampled_from("abcd ")))):
        if at < len(theirs):
            theirs[at] = char
        else:
            theirs.append(char)
    return mine, "".join(theirs)


@settings(max_examples=300, deadline=None)
@given(near_pairs())
def test_short_texts_keep_the_difflib_rule(pair: tuple[str, str]) -> None:
    mine, theirs = pair
    assert copies.similar(mine, theirs) == old_similar(mine, theirs)
    assert copies.similar(mine, theirs, copies.Budget()) == old_similar(mine, theirs)


def _lcs_by_table(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for j, y in enumerate(b):
            row.append(previous[j] + 1 if x == y else max(previous[j + 1], row[j]))
        previous = row
    return previous[-1]


@settings(max_examples=400, deadline=None)
@given(st.text("abc d", max_size=60), st.text("abcde ", max_size=60))
def test_the_longest_common_subsequence_bounds_difflib(a: str, b: str) -> None:
    """The bit-parallel LCS is the textbook one, and never below what difflib matches: the
    bound it gives can only ever skip a ratio that would have failed."""
    assert copies.lcs_length(a, b) == _lcs_by_table(a, b)
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    assert sum(block.size for block in blocks) <= copies.lcs_length(a, b)


def test_criteria_and_their_paraphrases_keep_the_difflib_rule() -> None:
    """Real criterion texts against edits of them and of each other (the pairs that pass the
    character bounds and reach the new one): the same verdict as difflib's ratio alone."""
    catalogue, _ = load_catalogue(catalogue_dir() / "spbe-2020.yaml")
    assert catalogue is not None
    texts = [copies.normal(t) for i in catalogue.indicators.values() for t in i.criteria.values()]
    pick = random.Random(2026)
    for _ in range(600):
        theirs = pick.choice(texts)
        words = theirs.split()
        for _ in range(pick.randint(0, 6)):
            words[pick.randrange(len(words))] = pick.choice(pick.choice(texts).split())
        mine = " ".join(words) if pick.random() < 0.7 else pick.choice(texts)
        assert copies.similar(mine, theirs) == old_similar(mine, theirs), (mine, theirs)


def test_bundled_catalogues_never_leave_the_difflib_rule() -> None:
    """Every comparison a bundled criterion can take part in stays within both bounds, so C008
    on them is the old rule exactly, whatever the explanation."""
    for path in sorted(catalogue_dir().glob("*.yaml")):
        catalogue, _ = load_catalogue(path)
        assert catalogue is not None
        for indicator in catalogue.indicators.values():
            prepared = copies._prepared(indicator)
            lengths = [text.length for _, text, _ in prepared.levels]
            lengths += [text.length for _, _, found in prepared.levels for text in found]
            # a pair is compared only when each is at most 1.25 times the other
            assert all(1.25 * length <= copies.EXACT_CHARS for length in lengths)
            for size in range(1, copies.EXACT_CHARS + 1):
                work = sum(size * n for n in lengths if n and size <= 1.25 * n <= 1.25**2 * size)
                assert work <= copies.EXACT_WORK, (path.name, indicator.id, size)


def _letters(rng: random.Random, count: int) -> list[str]:
    # One-letter words: 9,800 of them fit the 20,000-character cap of a criterion.
    return [rng.choice(string.ascii_lowercase) for _ in range(count)]


def _binary(rng: random.Random) -> str:
    return " ".join("".join(rng.choice("ab") for _ in range(80)) for _ in range(8))


def _repo(root: Path, criterion: str, explanation: str) -> None:
    write(root / "spbe.yaml", "instansi: Uji\ncatalogue: katalog/besar.yaml\n")
    write(
        root / "katalog" / "besar.yaml",
        f"""
        id: besar
        title: Katalog besar
        regulation: Peraturan uji
        scales:
          s:
            name: Skala
            levels: [{{level: 1, name: T1}}, {{level: 2, name: T2}}]
        predikat:
          - {{name: Baik, min: 1, max: 2}}
        domains:
          - id: D1
            name: Domain
            weight: 100
            aspects:
              - id: A1
                name: Aspek
                weight: 100
                indicators:
                  - id: I1
                    name: Indikator
                    criteria:
                      1: Belum ada.
                      2: "{criterion}"
        """,
    )
    write(
        root / "assessments" / "2023" / "a.yaml",
        f"""
        unit: a
        year: 2023
        indicators:
          I1:
            level: 2
            explanation: "{explanation}"
            evidence:
              - {{title: Perbup, url: "https://jdih.contoh.go.id/perbup-12"}}
        """,
    )


def _cases() -> dict[str, tuple[str, str, bool]]:
    """name -> (criterion, explanation, whether C008 is expected)."""
    rng = random.Random(21)
    words = _letters(rng, 9_800)
    changed = list(words)
    for at in range(0, len(changed), 400):  # 25 words changed
        changed[at] = "ubah"
    sentence = _letters(rng, 400)  # ~800 characters: past EXACT_CHARS
    sentence_changed = ["Sudah", "ada.", *sentence[:200], "ubah", *sentence[201:]]
    many = [" ".join(_letters(rng, 8)) for _ in range(1_000)]
    # Sentences difflib is slow on: two letters only, as in the explanation, but no copy.
    slow = [_binary(rng) for _ in range(30)]
    return {
        "whole copy": (" ".join(words), " ".join(words), True),
        "a few words changed": (" ".join(words), " ".join(changed), True),
        "one sentence, little else": (
            ". ".join([*many[:20], " ".join(sentence), *many[20:]]) + ".",
            " ".join(sentence_changed),
            True,
        ),
        "own words": (" ".join(words), " ".join(_letters(rng, 9_800)), False),
        "slow for difflib": (". ".join(slow) + ".", _binary(rng), False),
    }


@pytest.mark.parametrize("name", list(_cases()))
def test_a_long_criterion_is_checked_in_bounded_work(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    criterion, explanation, expected = _cases()[name]
    _repo(tmp_path, criterion, explanation)
    monkeypatch.chdir(tmp_path)
    work: list[tuple[int, int]] = []
    matched = copies._copies

    def counted(mine: str, theirs: str, budget: copies.Budget) -> bool:
        work.append((len(mine), len(theirs)))
        return matched(mine, theirs, budget)

    monkeypatch.setattr(copies, "_copies", counted)
    start = time.perf_counter()
    out = run_cli("validate", "assessments/2023")
    elapsed = time.perf_counter() - start
    assert out.exit_code == 0
    assert (" warning C008 " in out.stdout) == expected
    # difflib only within its bounds (quadratic there, so bounded); everything else linear
    assert all(max(pair) <= copies.EXACT_CHARS for pair in work)
    assert sum(a * b for a, b in work) <= copies.EXACT_WORK
    # the text made slow for difflib passes the character bounds, but not the longest common
    # subsequence: no case here pays for difflib's blocks (their budget is tested on its own)
    assert work == []
    assert elapsed < 10  # 16 s (and more on a busy runner) before the bounds


def test_text_made_slow_for_difflib_stops_at_the_real_budget() -> None:
    """Two letters in long runs pass every cheap bound and would cost difflib 14 million steps
    for 700 characters (0.9 s); one explanation never pays more than ``REAL_WORK``, counted as
    difflib would spend it, whichever search finds the blocks."""
    criterion, explanation = ("a" * 9 + "b") * 70, "b" * 70 + "a" * 630
    budget = copies.Budget()
    visited: list[int] = []
    original = copies._longest

    def spy(mine: str, theirs: str) -> tuple[int, int, int]:
        visited.append(budget.real)
        return original(mine, theirs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(copies, "_longest", spy)
        start = time.perf_counter()
        assert not copies.similar(explanation, criterion, budget)
        elapsed = time.perf_counter() - start
    assert budget.real < 0  # it ran into the budget and stopped there
    assert min(visited) >= 0  # no search started past it
    assert elapsed < 1.0
    # a real copy still counts: the same text is equal, a near copy is caught by the ratio
    assert copies.similar(criterion, criterion, copies.Budget())


def test_an_explanation_meets_a_bounded_number_of_criterion_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A made-up criterion of 900 six-word sentences: each answer is compared with at most
    ``MAX_TEXTS`` of them, so the check stays near-linear in the answers."""
    sentences = ". ".join("ab ba ab ba ab ba" for _ in range(900)) + "."
    _repo(tmp_path, sentences, "ab ab ab ab ab ab ab.")  # close to each, a copy of none
    monkeypatch.chdir(tmp_path)
    compared: list[str] = []
    similar = copies._Ours.similar

    def counted(self: copies._Ours, theirs: copies._Text) -> bool:
        compared.append(theirs.text)
        return similar(self, theirs)

    monkeypatch.setattr(copies._Ours, "similar", counted)
    copies._PREPARED.clear()
    out = run_cli("validate", "assessments/2023")
    assert out.exit_code == 0
    assert 0 < len(compared) <= 128 < 900  # not one comparison per sentence

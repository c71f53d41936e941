"""The fast paths of ``spbe validate`` decide exactly as the plain computations they replace.

C008 is difflib's ratio (``SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9``)
behind exact bounds and a substring-search version of difflib's own matching blocks; each piece
is compared here with difflib itself on random pairs (near copies, Indonesian criterion text,
short and long, repeated words, Unicode), and the whole check with the rule written plainly.
The evidence sandbox rule is compared with its plain form on random paths, and ``spbe
validate`` on a small repository reports the same problems with the plain forms put back."""

from __future__ import annotations

import difflib
import json
import os
import random
import re
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conftest import run_cli, write
from spbe_cli.base.paths import real_folder, within
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.engine import checks, copies
from spbe_cli.model.catalogue import Catalogue, Indicator, load_catalogue
from spbe_cli.model.models import Value
from spbe_cli.source import evidence

# --- the plain forms, as they were before the fast paths -------------------------------------


def plain_ratio(mine: str, theirs: str) -> float:
    return difflib.SequenceMatcher(None, mine, theirs, autojunk=False).ratio()


def plain_similar(mine: str, theirs: str) -> bool:
    """``copies.similar`` as a rule: equal, or difflib's ratio at least 0.9 (within 1.25x),
    with only difflib's own upper bounds before it."""
    if not theirs or len(mine) > 1.25 * len(theirs) or len(theirs) > 1.25 * len(mine):
        return mine == theirs
    if mine == theirs:
        return True
    matcher = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    return (
        matcher.real_quick_ratio() >= copies.COPY_RATIO
        and matcher.quick_ratio() >= copies.COPY_RATIO
        and matcher.ratio() >= copies.COPY_RATIO
    )


def plain_normal(text: str) -> str:
    return " ".join(re.split(r"[^\w]+", text.casefold())).strip()


def plain_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.;])\s+|\bKondisi:\s*", text)
    return [n for n in (plain_normal(p) for p in parts) if n]


def plain_copied(explanation: str, indicator: Indicator) -> int | None:
    """C008 written plainly: every level's whole criterion, then its long sentences with
    little else around them, each by difflib's ratio alone."""
    if len(explanation) > 2 * max((len(t) for t in indicator.criteria.values()), default=0):
        return None
    mine = plain_normal(explanation)
    size, words = len(mine), len(mine.split())
    room = copies.MAX_TEXTS
    for level, text in indicator.criteria.items():
        if room <= 0:
            break
        found = [s for s in plain_sentences(text) if len(s.split()) >= copies.MIN_SENTENCE_WORDS]
        sentences = found[: room - 1]
        room -= 1 + len(sentences)
        if plain_similar(mine, plain_normal(text)):
            return level
        for sentence in sentences:
            if len(sentence) > 1.25 * size:
                continue
            if words - len(sentence.split()) > copies.LITTLE_ELSE_WORDS:
                continue
            if sentence in mine or plain_similar(mine, sentence):
                return level
    return None


def plain_path_problem(root: Path, target: str) -> str | None:
    """``evidence_path_problem`` before its shortcuts (every part split and folded)."""
    parts = re.split(r"[\\/]", target)
    if "\x00" in target or target.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", target):
        return "C007"
    if ".." in parts:
        return "C007"
    if any(p.casefold().rstrip(". ") == ".git" for p in parts if p):
        return "C021"
    real_root = real_folder(str(root))
    folder, _, name = target.rpartition("/")
    real_dir = real_folder(os.path.join(real_root, folder)) if folder else real_root
    if not within(real_dir, real_root):
        return "C007"
    real = f"{real_dir}{os.sep}{name}" if name else real_dir
    try:
        info = os.lstat(real)
        if stat.S_ISLNK(info.st_mode):
            real = os.path.realpath(real)
            if not within(real, real_root):
                return "C007"
            info = os.stat(real)
    except (OSError, ValueError):
        return "C005"
    rest = re.split(r"[\\/]", real[len(real_root) :])
    if real != real_root and any(p.casefold().rstrip(". ") == ".git" for p in rest if p):
        return "C021"
    if not stat.S_ISREG(info.st_mode):
        return "C009"
    return "C006" if info.st_size == 0 else None


# --- texts ------------------------------------------------------------------------------------


def _catalogue(name: str) -> Catalogue:
    catalogue, _ = load_catalogue(catalogue_dir() / f"{name}.yaml")
    assert catalogue is not None
    return catalogue


INDICATORS = list(_catalogue("spbe-2020").indicators.values())  # the bundled one with criteria
CRITERIA = [copies.normal(text) for i in INDICATORS for text in i.criteria.values()]
WORDS = sorted({w for text in CRITERIA for w in text.split()})


@st.composite
def texts(draw: st.DrawFn, longest: int = 700) -> str:
    """Text of the kinds an explanation holds: Indonesian criterion words, a criterion itself,
    repeated words, a tiny alphabet, or any Unicode."""
    kind = draw(st.sampled_from(["words", "criterion", "repeated", "tiny", "unicode"]))
    if kind == "words":
        found = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=90)))
    elif kind == "criterion":
        found = draw(st.sampled_from(CRITERIA))
    elif kind == "repeated":
        word = draw(st.sampled_from(WORDS))
        found = " ".join([word] * draw(st.integers(1, 60)))
    elif kind == "tiny":  # slow for difflib: kept short
        found = draw(st.text("ab ", max_size=min(longest, 200)))
    else:
        found = draw(st.text(max_size=200))
    return found[:longest]


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few words changed, dropped, added or moved (a near copy)."""
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, max(0, len(words) - 1)))
        change = draw(st.sampled_from(["swap", "drop", "add", "move", "letter"]))
        word = draw(st.sampled_from(WORDS))
        if change == "swap" and words:
            words[at] = word
        elif change == "drop" and len(words) > 1:
            del words[at]
        elif change == "add":
            words.insert(at, word)
        elif change == "move" and words:
            words.append(words.pop(at))
        elif words and words[at]:
            letters = list(words[at])
            letters[draw(st.integers(0, len(letters) - 1))] = draw(st.characters())
            words[at] = "".join(letters)
    return " ".join(words)


@st.composite
def pairs(draw: st.DrawFn, longest: int = 700) -> tuple[str, str]:
    """Two texts: most of the time a text and a near copy of it, else two texts."""
    mine = draw(texts(longest))
    theirs = draw(edited(mine)) if draw(st.integers(0, 3)) else draw(texts(longest))
    return (mine, theirs[:longest]) if draw(st.booleans()) else (theirs[:longest], mine)


# --- the pieces of C008 -------------------------------------------------------------------------


@settings(max_examples=400)
@given(pairs(longest=300), st.data())
def test_the_longest_match_is_difflibs(pair: tuple[str, str], data: st.DataObject) -> None:
    """The same block as ``find_longest_match`` (no junk): longest, earliest in the first
    text, then earliest in the second; in any range."""
    mine, theirs = pair
    alo = data.draw(st.integers(0, len(mine)))
    ahi = data.draw(st.integers(alo, len(mine)))
    blo = data.draw(st.integers(0, len(theirs)))
    bhi = data.draw(st.integers(blo, len(theirs)))
    want = difflib.SequenceMatcher(None, mine, theirs, autojunk=False)
    block = want.find_longest_match(alo, ahi, blo, bhi)
    i, j, k = copies._longest(mine[alo:ahi], theirs[blo:bhi])
    assert k == block.size
    if k:
        assert (alo + i, blo + j) == (block.a, block.b)


@settings(max_examples=300)
@given(pairs())
def test_the_matching_blocks_decide_as_difflibs_ratio(pair: tuple[str, str]) -> None:
    """Stopped early or not, the blocks found reach 0.9 exactly when difflib's ratio does."""
    mine, theirs = pair
    assume(mine and theirs)
    budget = copies.Budget(10**12, 10**12)
    assert copies._copies(mine, theirs, budget) == (plain_ratio(mine, theirs) >= 0.9)


@settings(max_examples=300)
@given(pairs())
def test_similar_is_the_plain_rule(pair: tuple[str, str]) -> None:
    """Every bound (lengths, characters in common, longest common subsequence) only ever
    skips a ratio that would have failed: with work enough, ``similar`` is the plain rule."""
    mine, theirs = pair
    budget = copies.Budget(10**12, 10**12)
    assert copies.similar(mine, theirs, budget) == plain_similar(mine, theirs)


@settings(max_examples=300)
@given(pairs(longest=60))
def test_short_texts_never_reach_the_budget(pair: tuple[str, str]) -> None:
    """Up to 60 characters difflib's work stays far below ``REAL_WORK`` whatever the text, so
    the default budget gives the plain rule too."""
    assert copies.similar(*pair) == plain_similar(*pair)


@settings(max_examples=300)
@given(st.lists(texts(), min_size=1, max_size=6), texts())
def test_characters_in_common_are_counted_exactly(known: list[str], other: str) -> None:
    """The packed counts give the size of the multiset intersection (``quick_ratio``'s
    numerator) for any text no longer than 1.25 times the alphabet's longest."""
    alphabet = copies._Alphabet.of(known)
    longest = max(map(len, known))
    other = other[: int(1.25 * longest)]
    for text in known:
        want = sum((Counter(text) & Counter(other)).values())
        assert alphabet.common(alphabet.pack(other), alphabet.pack(text)) == want


@settings(max_examples=300)
@given(st.text(max_size=300) | st.text(st.characters(max_codepoint=127), max_size=300))
def test_normal_is_the_regular_expression(text: str) -> None:
    assert copies.normal.__wrapped__(text) == plain_normal(text)


def test_every_ascii_character_normalises_as_before() -> None:
    for n in range(128):
        for text in (chr(n), f"Ab{chr(n)}cD", f"{chr(n)} x {chr(n)}"):
            assert copies.normal.__wrapped__(text) == plain_normal(text), repr(text)


def test_the_length_window_is_the_two_length_bounds() -> None:
    for size in range(1, 3000):
        low, high = copies._close_lengths(size)
        for length in range(max(1, low - 3), high + 4):
            allowed = not (size > 1.25 * length or length > 1.25 * size)
            allowed = allowed and 2.0 * min(size, length) / (size + length) >= 0.9
            assert allowed == (low <= length <= high), (size, length)


# --- C008 as a whole ------------------------------------------------------------------------------


def _explanations(indicator: Indicator, rng: random.Random) -> Iterator[str]:
    """What units write about an indicator: its criteria copied, lightly edited, one
    sentence with a word around it, shuffled, or their own words."""
    for text in indicator.criteria.values():
        words = text.split()
        yield text
        for changes in (1, 2, 4, 8):
            edited = list(words)
            for _ in range(changes):
                edited[rng.randrange(len(edited))] = rng.choice(WORDS)
            yield " ".join(edited)
        sentences = [s for s in re.split(r"(?<=[.;])\s+", text) if s]
        yield "Sudah. " + rng.choice(sentences)
        yield " ".join(rng.sample(words, len(words)))
        yield " ".join(rng.choice(WORDS) for _ in range(len(words)))


def _made_up(indicator: Indicator, rng: random.Random) -> Indicator:
    """The indicator with criteria of other shapes: Unicode that case folding lengthens, many
    short sentences (past ``MAX_TEXTS``), one long sentence without a full stop."""
    unicode = {
        n: t.replace("a", "ä").replace("ss", "ß").replace("fi", "ﬁ")
        for n, t in indicator.criteria.items()
    }
    many = {
        n: ". ".join(" ".join(rng.sample(WORDS, 6)) for _ in range(40)) + "."
        for n in indicator.criteria
    }
    long = {n: " ".join(rng.sample(WORDS, 60)) for n in indicator.criteria}
    return replace(indicator, criteria=rng.choice([unicode, many, long]))


def test_copied_criterion_is_the_plain_rule() -> None:
    """Every bundled criterion, copied, edited, cut to a sentence, shuffled or replaced."""
    rng = random.Random(25)
    found: Counter[bool] = Counter()
    for indicator in INDICATORS:
        for explanation in _explanations(indicator, rng):
            got = copies.copied_criterion(explanation, indicator)
            assert got == plain_copied(explanation, indicator), (indicator.id, explanation)
            found[got is not None] += 1
    assert found[True] > 200 and found[False] > 200  # both verdicts were reached


def test_copied_criterion_of_other_shapes_is_the_plain_rule() -> None:
    """Made-up criteria (Unicode, many sentences, one long sentence): some explanations of
    each kind. Shuffled words keep every character, the slowest case for difflib itself."""
    rng = random.Random(26)
    found: Counter[bool] = Counter()
    for bundled in INDICATORS[::5]:
        indicator = _made_up(bundled, rng)
        every = list(_explanations(indicator, rng))
        for explanation in rng.sample(every, min(len(every), 10)):
            got = copies.copied_criterion(explanation, indicator)
            assert got == plain_copied(explanation, indicator), (indicator.id, explanation)
            found[got is not None] += 1
    assert found[True] > 5 and found[False] > 5


@settings(max_examples=300)
@given(st.integers(-3, 9) | st.fractions(-3, 9, max_denominator=60) | st.booleans())
def test_a_value_is_in_a_scale_as_compared(value: int | Fraction) -> None:
    """``value in scale`` in whole numbers is the comparison it stands for."""
    scale = INDICATORS[0].scale
    for found in (value, Value(value)) if not isinstance(value, bool) else (value,):
        plain = not isinstance(found, bool) and scale.low <= found <= scale.high
        assert (found in scale) == plain


# --- the evidence sandbox rule --------------------------------------------------------------


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with files, an empty one, folders, a .git folder and links in and out."""
    root = tmp_path_factory.mktemp("repo")
    for name in ("a/x.pdf", "a/b/y.pdf", "c.pdf", ".git/config", "a/.GIT./z", "d/.git/w"):
        write(root / name, "isi\n")
    (root / "a" / "kosong.pdf").write_bytes(b"")
    (root / "a" / "b" / "folder").mkdir()
    os.symlink(root / "c.pdf", root / "a" / "ke-c.pdf")
    os.symlink("/etc", root / "a" / "keluar")
    os.symlink(root / ".git", root / "a" / "ke-git")
    os.symlink("b", root / "a" / "ke-b")
    return root


PARTS = ["a", "b", "x.pdf", "y.pdf", "c.pdf", "kosong.pdf", "folder", "ke-c.pdf", "keluar"]
PARTS += ["ke-git", "ke-b", ".git", ".GIT.", ".Git ", "..", ".", "", "C:", "\\", "config", "z"]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=5), st.sampled_from(["/", "\\"]))
def test_evidence_paths_are_judged_as_before(tree: Path, parts: list[str], sep: str) -> None:
    target = sep.join(parts)
    assert evidence.evidence_path_problem(tree, target) == plain_path_problem(tree, target)


# --- spbe validate, with the plain forms put back -----------------------------------------------


def _repository(root: Path) -> None:
    indicators = {i.id: i for i in INDICATORS}
    rng = random.Random(7)
    write(root / "spbe.yaml", "instansi: Uji\ncatalogue: spbe-2020\n")
    for name in ("ada.pdf", "lain.pdf"):
        write(root / "bukti" / name, "isi\n")
    (root / "bukti" / "kosong.pdf").write_bytes(b"")
    (root / "bukti" / "map").mkdir()
    paths = ["bukti/ada.pdf", "bukti/hilang.pdf", "bukti/kosong.pdf", "bukti/map", "../luar.pdf"]
    paths += [".git/config", "bukti\\ada.pdf", "bukti/ADA.pdf", "bukti/lain.pdf"]
    urls = ["https://jdih.contoh.go.id/a", "htps://salah", "https://a b.go.id/x"]
    for unit in ("satu", "dua"):
        lines = [f"unit: {unit}", "year: 2023", "indicators:"]
        for ident in rng.sample(sorted(indicators), 20):
            explanation = rng.choice(list(_explanations(indicators[ident], rng)))
            lines += [f"  {ident}:", f"    level: {rng.randint(1, 5)}"]
            lines += ["    explanation: " + json.dumps(explanation), "    evidence:"]
            for _ in range(rng.randint(1, 3)):
                where = rng.choice([f"path: {json.dumps(rng.choice(paths))}", "url: x"])
                where = where.replace("url: x", f"url: {json.dumps(rng.choice(urls))}")
                lines.append(f"      - {{title: Bukti, {where}}}")
        write(root / "assessments" / "2023" / f"{unit}.yaml", "\n".join(lines) + "\n")


def test_validate_reports_what_the_plain_forms_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    fast = run_cli("validate", "--format", "json", "--allow-partial")
    monkeypatch.setattr(checks, "copied_criterion", plain_copied)
    monkeypatch.setattr(evidence, "evidence_path_problem", plain_path_problem)
    monkeypatch.setattr(checks, "evidence_path_problem", plain_path_problem)
    plain = run_cli("validate", "--format", "json", "--allow-partial")
    assert fast.exit_code == plain.exit_code
    assert fast.json() == plain.json()
    codes = {p["code"] for p in fast.json()["problems"]}
    assert {"C008", "C004", "C005", "C006", "C007", "C009", "C021"} <= codes

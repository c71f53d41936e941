"""C008: an explanation that merely repeats a criterion of its indicator, in bounded work.

``difflib``'s ratio is the measure for texts up to ``EXACT_CHARS`` (every bundled criterion is
far shorter, so there it is exactly the old rule); it is quadratic, so longer texts, and any
comparison past one explanation's ``EXACT_WORK``, use word-shingle overlap, which is linear."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spbe_cli.model.catalogue import Indicator

# An explanation this close to a criterion text is a copy of it (assessors reject those).
COPY_RATIO = 0.9
MIN_SENTENCE_WORDS = 6  # shorter sentences ("Kondisi: ...") are too common to mean a copy
LITTLE_ELSE_WORDS = 5  # "Sudah. <a sentence of the criterion>" is still a copy
# difflib's ratio takes up to ~0.1 s for two 1,000-character texts made to be slow; 700 is
# above every comparison a bundled catalogue can lead to (its longest criterion has 535).
EXACT_CHARS = 700
# difflib work for one explanation, in len(a) * len(b). The most any bundled indicator can ask
# for is 738,816 (I44 of spbe-2020 against a 312-character explanation).
EXACT_WORK = 2_000_000
# ... and in what difflib really does: the index entries its longest-match search visits. Text
# people write needs at most ~110,000 a comparison; text made to be slow (two letters in long
# runs) needs 14 million for 700 characters (0.9 s). Past this, for one explanation, the
# comparison stops and shingle overlap decides: about 0.15 s at worst.
REAL_WORK = 2_000_000
# Beyond those, the share of word 4-grams the two texts have in common (Dice, with repeats).
# A copy with one word in 20 changed keeps about 0.7 or more; unrelated criteria of spbe-2020
# reach ~0.55, two random texts over a tiny vocabulary ~0.02.
SHINGLE_WORDS = 4
# Texts of one indicator compared with an explanation; the bundled catalogues have at most 14.
MAX_TEXTS = 128
SHINGLE_RATIO = 0.7
_WORDS = re.compile(r"[^\w]+")


@dataclass
class Budget:
    """What is left of one explanation's difflib work: by lengths, and as really done."""

    left: int = EXACT_WORK
    real: int = REAL_WORK

    def spend(self, work: int) -> bool:
        if work > self.left:
            return False
        self.left -= work
        return True


class _OverBudget(Exception):
    """difflib's real work for one explanation ran past ``REAL_WORK``."""


class _Counted(difflib.SequenceMatcher[str]):
    """difflib's matcher, charged before each longest-match search with the index entries the
    search will visit; it stops (``_OverBudget``) rather than run past the budget."""

    def __init__(self, mine: str, theirs: str, budget: Budget) -> None:
        super().__init__(None, mine, theirs, autojunk=False)
        self.budget = budget

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> difflib.Match:
        mine: str = self.__dict__["a"]
        index: dict[str, list[int]] = self.__dict__["b2j"]  # set by difflib, not in its stubs
        high = len(mine) if ahi is None else ahi
        cost = high - alo + sum(len(index.get(c, ())) for c in mine[alo:high])
        self.budget.real -= cost
        if self.budget.real < 0:
            raise _OverBudget
        return super().find_longest_match(alo, high, blo, bhi)


def copied_criterion(explanation: str, indicator: Indicator) -> int | None:
    """The level whose criterion the explanation merely repeats, if any: the whole criterion
    (or nearly), or one sentence of it with little else around it."""
    criteria = _prepared(indicator)
    # Real explanations are far longer than a criterion: skip them before any text work.
    if len(explanation) > 2 * criteria.longest:
        return None
    mine = normal(explanation)
    size, words = len(mine), len(mine.split())
    budget = Budget()
    for level, text, sentences in criteria.levels:
        if similar(mine, text, budget):
            return level
        for sentence, length, count in sentences:
            if length > 1.25 * size or words - count > LITTLE_ELSE_WORDS:
                continue  # longer than the explanation, or only a small part of it
            if sentence in mine or similar(mine, sentence, budget):
                return level
    return None


@dataclass(frozen=True)
class _Criteria:
    longest: int
    levels: tuple[tuple[int, str, tuple[tuple[str, int, int], ...]], ...]


# id(indicator) -> (indicator, criteria); the indicator is kept so that its id stays its own.
_PREPARED: dict[int, tuple[Indicator, _Criteria]] = {}


def _prepared(indicator: Indicator) -> _Criteria:
    """An indicator's criteria normalised once: whole texts, and sentences long enough to mean
    a copy, with their lengths."""
    found = _PREPARED.get(id(indicator))
    if found is not None and found[0] is indicator:
        return found[1]
    if len(_PREPARED) > 1024:
        _PREPARED.clear()
    criteria = _prepare(indicator)
    _PREPARED[id(indicator)] = (indicator, criteria)
    return criteria


def _prepare(indicator: Indicator) -> _Criteria:
    """At most ``MAX_TEXTS`` texts an indicator (its levels' whole criteria and their
    sentences, in order): a real catalogue has a few dozen; a made-up one with thousands of
    sentences would make every answer to it pay for all of them."""
    levels = []
    room = MAX_TEXTS
    for level, text in indicator.criteria.items():
        if room <= 0:
            break
        sentences = tuple(
            (sentence, len(sentence), len(sentence.split()))
            for sentence in _sentences(text)
            if len(sentence.split()) >= MIN_SENTENCE_WORDS
        )[: room - 1]
        room -= 1 + len(sentences)
        levels.append((level, normal(text), sentences))
    longest = max((len(text) for text in indicator.criteria.values()), default=0)
    return _Criteria(longest, tuple(levels))


def similar(mine: str, theirs: str, budget: Budget | None = None) -> bool:
    """Equal, or a ``difflib`` ratio of at least ``COPY_RATIO`` (its cheap upper bounds first:
    most pairs are far apart and never pay for ``ratio``); past the bounds, shingle overlap."""
    if not theirs or len(mine) > 1.25 * len(theirs) or len(theirs) > 1.25 * len(mine):
        return mine == theirs
    if mine == theirs:
        return True
    # Two exact upper bounds of the ratio first, by lengths and by characters: linear.
    if 2.0 * min(len(mine), len(theirs)) / (len(mine) + len(theirs)) < COPY_RATIO:
        return False
    if _quick_ratio(mine, theirs) < COPY_RATIO:
        return False
    exact = max(len(mine), len(theirs)) <= EXACT_CHARS
    # A third exact bound: difflib's matches form a common subsequence, so they are at most
    # the longest one (bit-parallel, a few big-integer steps a character).
    if exact and 2.0 * lcs_length(mine, theirs) / (len(mine) + len(theirs)) < COPY_RATIO:
        return False
    work = len(mine) * len(theirs)
    if exact and (budget is None or budget.spend(work)):
        try:
            return _ratio(mine, theirs, budget or Budget()) >= COPY_RATIO
        except _OverBudget:
            pass  # text made to be slow: the linear measure decides
    return _shingle_ratio(mine, theirs) >= SHINGLE_RATIO


def lcs_length(mine: str, theirs: str) -> int:
    """The length of the longest common subsequence of two texts, by the bit-parallel method
    (Hyyrö 2004): one bit per character of ``theirs``; each character of ``mine`` costs an add,
    a subtract and three masks on those bits."""
    if not mine or not theirs:
        return 0
    masks: dict[str, int] = {}
    for n, char in enumerate(theirs):
        masks[char] = masks.get(char, 0) | (1 << n)
    full = (1 << len(theirs)) - 1
    row = full
    for char in mine:
        match = row & masks.get(char, 0)
        row = ((row + match) | (row - match)) & full
    return len(theirs) - row.bit_count()


def _quick_ratio(mine: str, theirs: str) -> float:
    """``SequenceMatcher.quick_ratio``: the characters in common, counted without order."""
    ours, their = _letters(mine), _letters(theirs)
    common = 0
    get = their.get
    for char, count in ours.items():  # the size of the multiset intersection, without building it
        other = get(char)
        if other:
            common += count if count < other else other
    return 2.0 * common / (len(mine) + len(theirs))


def _ratio(mine: str, theirs: str, budget: Budget) -> float:
    """difflib's ratio: quadratic, so only ever called within ``EXACT_CHARS`` and a budget."""
    return _Counted(mine, theirs, budget).ratio()


def _shingle_ratio(mine: str, theirs: str) -> float:
    ours, their = _shingles(mine), _shingles(theirs)
    return 2.0 * (ours & their).total() / (ours.total() + their.total())


# A long criterion comes back for every answer to its indicator; few entries (each can be
# megabytes), and recomputing one is linear anyway.
@lru_cache(maxsize=16)
def _shingles(text: str) -> Counter[tuple[str, ...]]:
    """Every run of ``SHINGLE_WORDS`` words (the whole text when it has fewer)."""
    words = text.split()
    spans = range(max(1, len(words) - SHINGLE_WORDS + 1))
    return Counter(tuple(words[n : n + SHINGLE_WORDS]) for n in spans)


# every criterion text comes back for each answer to its indicator: keep them all (a bundled
# catalogue has about a thousand, each a few dozen entries)
@lru_cache(maxsize=4096)
def _letters(text: str) -> Counter[str]:
    return Counter(text)


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """A criterion's sentences, normalised (split at ``.``, ``;`` and ``Kondisi:``)."""
    parts = re.split(r"(?<=[.;])\s+|\bKondisi:\s*", text)
    return tuple(n for n in (normal(p) for p in parts) if n)


@lru_cache(maxsize=4096)  # the catalogue's criteria come back for every answer
def normal(text: str) -> str:
    return " ".join(_WORDS.split(text.casefold())).strip()

"""C008: an explanation that merely repeats a criterion of its indicator, in bounded work.

The measure is ``difflib``'s ratio (``SequenceMatcher(None, a, b, autojunk=False).ratio()``)
for texts up to ``EXACT_CHARS`` (every bundled criterion is far shorter, so there it is exactly
the old rule), decided without difflib's quadratic search: exact upper bounds first (lengths,
characters in common, the longest common subsequence), then difflib's own matching blocks found
by substring search and stopped as soon as the verdict is certain. Longer texts, and any
comparison past one explanation's ``EXACT_WORK``, use word-shingle overlap, which is linear."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

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
# ... and in what difflib's longest-match search would visit (its index entries): text people
# write needs at most ~110,000 a comparison; text made to be slow (two letters in long runs)
# needs 14 million for 700 characters. Past this, for one explanation, the comparison stops
# and shingle overlap decides.
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


@dataclass(frozen=True)
class _Text:
    """A criterion text as compared: normalised, its length and word count, and its characters
    counted, packed into one number (``_Alphabet``)."""

    text: str
    length: int
    words: int
    letters: int


@dataclass(frozen=True)
class _Alphabet:
    """An indicator's characters, each with a field of ``width`` bits in one big number: a
    text's counts packed side by side, so that the characters two texts have in common (the
    size of the multiset intersection, ``_quick_ratio``'s numerator) is a few operations on
    two numbers. Fields hold more than twice the longest text: no count, nor a sum, overflows
    (an explanation is only compared with a text at most 1.25 times its length)."""

    chars: str
    kind: str  # the ``array`` type code of one field
    width: int
    guards: int  # the top bit of every field
    ones: int  # 1 in every field

    @classmethod
    def of(cls, texts: list[str]) -> _Alphabet:
        chars = "".join(sorted({c for text in texts for c in text}))
        needed = (2 * max(map(len, texts), default=0) + 2).bit_length() + 1
        kind = next(k for k in "HILQ" if 8 * array(k).itemsize >= needed)
        width = 8 * array(kind).itemsize
        ones = int.from_bytes(array(kind, [1] * len(chars)).tobytes(), "little")
        return cls(chars, kind, width, ones << (width - 1), ones)

    def pack(self, text: str) -> int:
        """The counts of the alphabet's characters in ``text``, one a field (a character
        outside the alphabet has nothing in common with the indicator's texts)."""
        counts = array(self.kind, map(text.count, self.chars))
        return int.from_bytes(counts.tobytes(), "little")

    def common(self, ours: int, theirs: int) -> int:
        """The sum over the fields of min(ours, theirs)."""
        width, guards = self.width, self.guards
        # each field of ``ours | guards`` minus ``theirs`` keeps its guard bit iff ours >= theirs
        keep = ((((ours | guards) - theirs) & guards) >> (width - 1)) * ((1 << (width - 1)) - 1)
        least = (theirs & keep) | (ours & ~keep)
        # multiplying by ``ones`` adds every field into the top one of the packed length
        fields = len(self.chars)
        if not fields:
            return 0
        return ((least * self.ones) >> (width * (fields - 1))) & ((1 << width) - 1)


@dataclass(frozen=True)
class _Criteria:
    longest: int
    alphabet: _Alphabet
    levels: tuple[tuple[int, _Text, tuple[_Text, ...]], ...]


def copied_criterion(explanation: str, indicator: Indicator) -> int | None:
    """The level whose criterion the explanation merely repeats, if any: the whole criterion
    (or nearly), or one sentence of it with little else around it."""
    criteria = _prepared(indicator)
    # Real explanations are far longer than a criterion: skip them before any text work.
    if len(explanation) > 2 * criteria.longest:
        return None
    mine = normal(explanation)
    if not mine:  # only an empty criterion can be its copy: the plain rule says so
        return _plainly_copied(mine, criteria)
    size, words = len(mine), mine.count(" ") + 1  # ``normal``: one space between words
    low, high = _close_lengths(size)
    ours = _Ours(mine, criteria.alphabet, Budget())
    for level, text, sentences in criteria.levels:
        if low <= text.length <= high and ours.similar(text):
            return level
        for sentence in sentences:
            if sentence.length > 1.25 * size or words - sentence.words > LITTLE_ELSE_WORDS:
                continue  # longer than the explanation, or only a small part of it
            if sentence.text in mine:
                return level
            if low <= sentence.length <= high and ours.similar(sentence):
                return level
    return None


def _plainly_copied(mine: str, criteria: _Criteria) -> int | None:
    """``copied_criterion`` by ``similar`` alone, text by text (for an empty explanation)."""
    size, words = len(mine), len(mine.split())
    budget = Budget()
    for level, text, sentences in criteria.levels:
        if similar(mine, text.text, budget):
            return level
        for sentence in sentences:
            if sentence.length > 1.25 * size or words - sentence.words > LITTLE_ELSE_WORDS:
                continue
            if sentence.text in mine or similar(mine, sentence.text, budget):
                return level
    return None


@lru_cache(maxsize=4096)
def _close_lengths(size: int) -> tuple[int, int]:
    """The lengths of a text that pass ``similar``'s two length bounds against one of ``size``
    characters (``size`` > 0), as the same float comparisons decide them: a range, since both
    bounds grow with the shorter length and shrink with the longer."""
    low = max(1, int(size / 1.25) - 2)
    while not _lengths_allow(size, low):
        low += 1
    high = int(size * 1.25) + 2
    while not _lengths_allow(size, high):
        high -= 1
    return low, high


def _lengths_allow(size: int, length: int) -> bool:
    if size > 1.25 * length or length > 1.25 * size:
        return False
    return 2.0 * min(size, length) / (size + length) >= COPY_RATIO


class _Ours:
    """An explanation compared with one indicator's texts: its characters packed once (and
    only when a text passes the length bounds), one budget for all its comparisons."""

    def __init__(self, text: str, alphabet: _Alphabet, budget: Budget) -> None:
        self.text = text
        self.alphabet = alphabet
        self.budget = budget
        self._letters: int | None = None

    def similar(self, theirs: _Text) -> bool:
        """``similar(self.text, theirs.text, self.budget)`` for a text within the length bounds:
        the characters in common counted from the packed numbers (the same count)."""
        mine = self.text
        if mine == theirs.text:
            return True
        if self._letters is None:
            self._letters = self.alphabet.pack(mine)
        common = self.alphabet.common(self._letters, theirs.letters)
        if 2.0 * common / (len(mine) + theirs.length) < COPY_RATIO:
            return False
        return _past_characters(mine, theirs.text, self.budget)


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
    levels: list[tuple[int, str, tuple[str, ...]]] = []
    room = MAX_TEXTS
    for level, text in indicator.criteria.items():
        if room <= 0:
            break
        sentences = tuple(
            sentence for sentence in _sentences(text) if len(sentence.split()) >= MIN_SENTENCE_WORDS
        )[: room - 1]
        room -= 1 + len(sentences)
        levels.append((level, normal(text), sentences))
    alphabet = _Alphabet.of([t for _, text, found in levels for t in (text, *found)])

    def prepared(text: str) -> _Text:
        return _Text(text, len(text), len(text.split()), alphabet.pack(text))

    longest = max((len(text) for text in indicator.criteria.values()), default=0)
    return _Criteria(
        longest,
        alphabet,
        tuple((n, prepared(t), tuple(map(prepared, s))) for n, t, s in levels),
    )


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
    return _past_characters(mine, theirs, budget)


def _past_characters(mine: str, theirs: str, budget: Budget | None) -> bool:
    """The rest of ``similar``, for a pair whose lengths and characters in common allow a
    copy: a third exact bound, then difflib's matching blocks, or shingles past the bounds."""
    exact = max(len(mine), len(theirs)) <= EXACT_CHARS
    # difflib's matches form a common subsequence, so they are at most the longest one
    # (bit-parallel, a few big-integer steps a character).
    if exact and 2.0 * lcs_length(mine, theirs) / (len(mine) + len(theirs)) < COPY_RATIO:
        return False
    work = len(mine) * len(theirs)
    if exact and (budget is None or budget.spend(work)):
        try:
            return _copies(mine, theirs, budget or Budget())
        except _OverBudget:
            pass  # text made to be slow: the linear measure decides
    return _shingle_ratio(mine, theirs) >= SHINGLE_RATIO


def lcs_length(mine: str, theirs: str) -> int:
    """The length of the longest common subsequence of two texts, by the bit-parallel method
    (Hyyrö 2004): one bit per character of ``theirs``; each character of ``mine`` costs an add,
    a subtract and three masks on those bits."""
    if not mine or not theirs:
        return 0
    masks, full = _masks(theirs)
    row = full
    for mask in map(masks.get, mine, repeat(0)):
        match = row & mask
        row = ((row + match) | (row - match)) & full
    return len(theirs) - row.bit_count()


@lru_cache(maxsize=4096)  # a criterion text comes back for every answer to its indicator
def _masks(theirs: str) -> tuple[dict[str, int], int]:
    masks: dict[str, int] = {}
    for n, char in enumerate(theirs):
        masks[char] = masks.get(char, 0) | (1 << n)
    return masks, (1 << len(theirs)) - 1


def _reaches(matched: int, total: int) -> bool:
    """difflib's ratio of ``matched`` characters in two texts of ``total``, against the line."""
    return 2.0 * matched / total >= COPY_RATIO


def _copies(mine: str, theirs: str, budget: Budget) -> bool:
    """Whether ``SequenceMatcher(None, mine, theirs, autojunk=False).ratio()`` reaches
    ``COPY_RATIO``: its matching blocks, found in its order (the longest common substring of a
    range, the earliest in ``mine`` then in ``theirs``, then the ranges left and right of it),
    each search charged to ``budget`` as difflib's would cost; it stops once the blocks found
    reach the line, or once even every range still open could not."""
    total = len(mine) + len(theirs)
    counts = _letters(theirs)  # difflib's index holds each character's places in ``theirs``
    found = 0
    left = min(len(mine), len(theirs))  # the most the ranges still open can add
    queue = [(0, len(mine), 0, len(theirs))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        left -= min(ahi - alo, bhi - blo)
        budget.real -= ahi - alo + sum(map(counts.get, mine[alo:ahi], repeat(0)))
        if budget.real < 0:
            raise _OverBudget
        i, j, k = _longest(mine[alo:ahi], theirs[blo:bhi])
        if k:
            found += k
            i, j = i + alo, j + blo
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
                left += min(i - alo, j - blo)
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
                left += min(ahi - i - k, bhi - j - k)
        if _reaches(found, total) or not _reaches(found + left, total):
            break
    return _reaches(found, total)


def _longest(mine: str, theirs: str) -> tuple[int, int, int]:
    """difflib's ``find_longest_match`` without junk: the longest common substring, the one
    that starts earliest in ``mine``, and of those the earliest in ``theirs``. Each start in
    ``mine`` asks only whether a match longer than the best so far starts there (a substring
    search), so the work is a few searches a character rather than a pass over every pair."""
    best = at = 0
    start, end = 0, len(mine)
    while start + best < end:
        if mine[start : start + best + 1] in theirs:
            at, best = start, _grow(mine, theirs, start, best + 1)
        start += 1
    return at, theirs.find(mine[at : at + best]) if best else 0, best


def _grow(mine: str, theirs: str, start: int, known: int) -> int:
    """The length of the longest prefix of ``mine[start:]`` that ``theirs`` contains, knowing
    that the first ``known`` characters are in it: doubling steps, then halving."""
    missing = len(mine) - start + 1  # a length known not to be in ``theirs``
    step = 1
    while known + step < missing:
        if mine[start : start + known + step] in theirs:
            known += step
            step *= 2
        else:
            missing = known + step
    while missing - known > 1:
        middle = (known + missing) // 2
        if mine[start : start + middle] in theirs:
            known = middle
        else:
            missing = middle
    return known


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
    """Case folded, each run of characters other than letters, digits and ``_`` one space,
    none at the ends. ASCII text (nearly every explanation) takes a byte table: the same."""
    if text.isascii():
        return b" ".join(text.encode().lower().translate(_ASCII_WORDS).split()).decode()
    return " ".join(_WORDS.split(text.casefold())).strip()


# Every ASCII byte that ``\w`` does not match becomes a space (so ``split`` finds the runs).
_ASCII_WORDS = bytes(n if chr(n).isalnum() or chr(n) == "_" else 32 for n in range(128)) + bytes(
    range(128, 256)
)

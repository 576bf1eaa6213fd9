"""The offline occupation coder: a job title (optionally a description or tasks) -> ranked O*NET-SOC codes with a
confidence in [0, 1].

Built only from an O*NET release already imported into the database (occupation titles and descriptions,
alternate titles and their short forms, reported titles, task statements); nothing is downloaded. See ADR 0028.

How it scores (all vectorised with scikit-learn sparse matrices, so a batch of titles costs a few matrix products):

* Every known title is a document labelled with its occupation. A typed title is compared with all of them by
  cosine similarity of TF-IDF vectors of character 3-5-grams (within words: robust to spelling and word order;
  n-grams in more than 5 % of titles dropped, for speed) and of words, word pairs and the head word (the last word
  outside brackets). An occupation's title score mixes its best title (30 %) with a soft vote, the 4-norm of the
  similarities of all its titles (70 %).
* Each occupation also has a profile (title, description, task statements); the typed text's similarity to it, as
  words and as character n-grams, adds a little, and carries the weight when a description or tasks are given.
* Two linear classifiers (scikit-learn ``LinearSVC``, trained on the same title features when the index is built)
  say which SOC major group (NN) and minor group (NN-N) the title belongs to; their decision values add to the
  score of every occupation in the group. They read all the titles of a group at once, so modifiers that point to
  a field ("painting supervisor", "highway inspector") count even when no single known title is close.
* A typed title equal (after normalising) to a known title gets a boost for the occupations that title belongs to,
  shared among them by how many sources list it for each (O*NET's "Source(s)" column, plus reported titles): a
  title five sources give to one occupation and one source to another ("Forklift Operator") leans to the first.
* Abbreviations are expanded with a table learnt from the release itself ("Home Health RN (Home Health Registered
  Nurse)" teaches rn -> registered nurse), so "rn" or "truck driver cdl" find their occupations.
* Confidence is a softmax over the best scores (temperature ``TEMPERATURE``) damped by how close the best title
  match is (the score without the group classifiers): a clear, close match is near 1; a title between two
  occupations is near 0.5; a title like nothing known is low, and a title sharing nothing with any known title
  gets no suggestion.

The weights were tuned on a development split, never on the benchmark's withheld titles (benchmarks/README.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

VERSION = 4  # bump when the index layout or scoring changes (invalidates cached indexes)
TEMPERATURE = 0.15
PROFILE_WEIGHT = 0.15  # weight of the occupation profile when only a title is given
PROFILE_CHAR_WEIGHT = 0.25  # the same, as character n-grams
DESCRIPTION_WEIGHT = 1.0  # weight of the (relative) profile similarity of a given description or tasks
EXACT_BOOST = 0.25
MAX_TITLE_CHARS = 200
MAX_DESCRIPTION_CHARS = 2000
CHUNK = 512  # queries per matrix product (bounds memory)
VOTE = 0.7  # share of the soft vote (4-norm) of all an occupation's titles vs its single best title
WORD_WEIGHT = 0.8  # word features beside character n-grams
CHAR_NGRAMS = (3, 5)
CHAR_MAX_DF = 0.05  # character n-grams in more than this share of titles are dropped (speed)
# Group classifiers: SOC code prefix length (2: major group NN, 4: minor group NN-N) -> (weight, SVM regularisation C)
GROUP_MODELS = {2: (0.6, 2.0), 4: (0.4, 2.0)}

_NON_WORD = re.compile(r"[^a-z0-9]+")
_PAREN = re.compile(r"^(?P<left>[^()]+)\((?P<right>[^()]+)\)\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&/-]{1,7}$")
_BRACKETS = re.compile(r"\([^)]*\)?")
HEAD_MARK = "headword"
STOP = frozenset({"and", "or", "of", "the", "for", "in", "a", "an", "to", "with", "at", "on", "s"})


def normalize_title(text: str) -> str:
    """Lower case, accents and punctuation removed, apostrophes dropped, ``&`` read as "and", spaces collapsed."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("'", "").replace("&", " and ")
    return _NON_WORD.sub(" ", text).strip()


@dataclass(frozen=True)
class Suggestion:
    """One ranked code for a title: O*NET-SOC code, occupation title, confidence in [0, 1]."""

    code: str
    title: str
    confidence: float

    @property
    def soc_code(self) -> str:
        """The 6-digit SOC code (NN-NNNN)."""
        return self.code[:7]


@dataclass
class Corpus:
    """What the coder is built from: the release's occupations and their texts."""

    occupations: dict[str, str] = field(default_factory=dict)  # code -> title
    descriptions: dict[str, str] = field(default_factory=dict)  # code -> description
    # (code, title): alternate (once per source that lists it), short, reported; a repeat is evidence, not a new title
    titles: list[tuple[str, str]] = field(default_factory=list)
    tasks: list[tuple[str, str]] = field(default_factory=list)  # (code, task statement)


def head_word(title: str) -> str:
    """The last word of a title outside brackets, normalised ("Truck Driver (CDL)" -> "driver")."""
    words = normalize_title(_BRACKETS.sub(" ", title or "")).split()
    words = [w for w in words if w not in STOP and not w.isdigit()]
    return words[-1] if words else ""


def learn_abbreviations(titles: Iterable[str]) -> dict[str, str]:
    """Abbreviation -> expansion learnt from titles written "Short Form (Long Form)" (or the reverse).

    The tokens both forms share at the start and end are dropped; what is left must be one all-capital token on
    one side whose letters appear in order among the initials of the words on the other side."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for title in titles:
        match = _PAREN.match(title or "")
        if not match:
            continue
        left, right = match.group("left").split(), match.group("right").split()
        for short, long in ((left, right), (right, left)):
            s = [t.strip(",") for t in short]
            lo = [t.strip(",") for t in long]
            while s and lo and s[0].lower() == lo[0].lower():
                s, lo = s[1:], lo[1:]
            while s and lo and s[-1].lower() == lo[-1].lower():
                s, lo = s[:-1], lo[:-1]
            if len(s) != 1 or len(lo) < 2 or not _ACRONYM.match(s[0]):
                continue
            letters = normalize_title(s[0]).replace(" ", "")
            initials = "".join(w[0] for w in normalize_title(" ".join(lo)).split())
            if letters and _is_subsequence(letters, initials):
                votes[letters][normalize_title(" ".join(lo))] += 1
    return {abbr: counts.most_common(1)[0][0] for abbr, counts in votes.items()}


def _is_subsequence(letters: str, initials: str) -> bool:
    it = iter(initials)
    return all(ch in it for ch in letters) and initials.startswith(letters[0])


class OccupationCoder:
    """Codes job titles to O*NET-SOC occupations. Build once (``OccupationCoder(corpus)``), then call ``code`` or
    ``code_many``; the object is picklable (``coder_index`` caches it on disk)."""

    version = VERSION

    def __init__(self, corpus: Corpus):
        if not corpus.occupations:
            raise ValueError("No occupations to build the coder from.")
        self.codes: list[str] = sorted(corpus.occupations)
        self.occupation_titles: list[str] = [corpus.occupations[c] for c in self.codes]
        index = {c: i for i, c in enumerate(self.codes)}
        all_titles = [(c, t) for c, t in corpus.titles if c in index] + list(corpus.occupations.items())
        self.abbreviations = learn_abbreviations(t for _, t in all_titles)

        # One document per distinct (occupation, normalised title).
        # How many times (sources, lists) each occupation's title is given: shares the exact-title boost.
        evidence: Counter = Counter()
        doc_text: list[str] = []
        doc_head: list[str] = []
        doc_code: list[int] = []
        for code, title in all_titles:
            norm = normalize_title(title)
            key = (index[code], norm)
            if norm and key not in evidence:
                doc_text.append(norm)
                doc_head.append(head_word(title))
                doc_code.append(index[code])
            if norm:
                evidence[key] += 1
        order = np.argsort(np.asarray(doc_code), kind="stable")
        doc_text = [doc_text[i] for i in order]
        doc_head = [doc_head[i] for i in order]
        self.doc_code = np.asarray(doc_code, dtype=np.int32)[order]
        # Normalised title -> (occupations it belongs to, share of the boost each: by evidence).
        exact: dict[str, list[int]] = defaultdict(list)
        for text, ci in zip(doc_text, self.doc_code.tolist(), strict=True):
            exact[text].append(ci)
        self.exact: dict[str, tuple[list[int], np.ndarray]] = {}
        for text, cis in exact.items():
            weights = np.asarray([evidence[(ci, text)] for ci in cis], dtype=np.float32)
            self.exact[text] = (cis, weights / weights.sum())

        self.char_vec = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=CHAR_NGRAMS,
            min_df=2 if len(doc_text) >= 1000 else 1,
            max_df=CHAR_MAX_DF if len(doc_text) >= 1000 else 1.0,
            sublinear_tf=True,
            dtype=np.float32,
        )
        self.word_vec = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            token_pattern=r"(?u)\b\w+\b",
            stop_words=sorted(STOP),
            sublinear_tf=True,
            dtype=np.float32,
        )
        expanded = [self._expand(t) for t in doc_text]
        doc_features = self._title_features(expanded, doc_head, fit=True)
        self.doc_matrix = doc_features.T.tocsr()  # features x docs
        # Which major / minor group a title belongs to, learnt from all the known titles (labelled by occupation).
        self.group_models: dict[int, tuple[LinearSVC, np.ndarray]] = {}
        for width, (_weight, c) in GROUP_MODELS.items():
            prefixes = np.asarray([code[:width] for code in self.codes])
            labels = prefixes[self.doc_code]
            if len(set(labels.tolist())) < 2:
                continue
            model = LinearSVC(C=c).fit(doc_features, labels)
            model.coef_ = model.coef_.astype(np.float32)  # half the size in the cached index
            self.group_models[width] = (model, np.searchsorted(model.classes_, prefixes))

        tasks: dict[str, list[str]] = defaultdict(list)
        for code, text in corpus.tasks:
            tasks[code].append(text)
        profiles = [
            normalize_title(" ".join([corpus.occupations[c], corpus.descriptions.get(c, ""), *tasks.get(c, [])]))
            for c in self.codes
        ]
        self.profile_vec = TfidfVectorizer(
            analyzer="word",
            token_pattern=r"(?u)\b\w\w+\b",
            stop_words=sorted(STOP),
            sublinear_tf=True,
            max_df=0.5 if len(self.codes) >= 20 else 1.0,
            dtype=np.float32,
        )
        self.profile_matrix = self.profile_vec.fit_transform(profiles).T.tocsr()  # features x occupations
        # The same profiles as character n-grams: "venipuncturist" meets the phlebotomists' "venipuncture".
        self.profile_char_vec = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(4, 5),
            sublinear_tf=True,
            max_df=0.5 if len(self.codes) >= 20 else 1.0,
            dtype=np.float32,
        )
        self.profile_char_matrix = self.profile_char_vec.fit_transform(profiles).T.tocsr()
        # Docs of each occupation are contiguous (sorted above): boundaries for the per-occupation maximum.
        self.bounds = np.searchsorted(self.doc_code, np.arange(len(self.codes) + 1)).astype(np.int64)
        self.empty = np.flatnonzero(self.bounds[1:] == self.bounds[:-1])

    # --- features ------------------------------------------------------------------------------------------------

    def _expand(self, norm: str) -> str:
        """Append the expansion of any known abbreviation in a normalised title."""
        extra = [self.abbreviations[w] for w in norm.split() if w in self.abbreviations]
        return " ".join([norm, *extra]) if extra else norm

    def _title_features(self, texts: Sequence[str], heads: Sequence[str], *, fit: bool = False) -> sp.csr_matrix:
        # The head word (the last word outside brackets: "engineer", "driver") is also a feature of its own.
        worded = [f"{t} {HEAD_MARK}{h}" if h else t for t, h in zip(texts, heads, strict=True)]
        if fit:
            chars, words = self.char_vec.fit_transform(texts), self.word_vec.fit_transform(worded)
        else:
            chars, words = self.char_vec.transform(texts), self.word_vec.transform(worded)
        return normalize(sp.hstack([chars, words * WORD_WEIGHT], format="csr"))

    # --- scoring -------------------------------------------------------------------------------------------------

    def scores(self, titles: Sequence[str], descriptions: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Raw scores, one row per title, one column per occupation (``self.codes``), and each title's best score
        without the group classifiers (how close the nearest known titles and profiles are)."""
        out = np.zeros((len(titles), len(self.codes)), dtype=np.float32)
        near = np.zeros(len(titles), dtype=np.float32)
        for start in range(0, len(titles), CHUNK):
            part = titles[start : start + CHUNK]
            desc = descriptions[start : start + CHUNK] if descriptions else None
            out[start : start + len(part)], near[start : start + len(part)] = self._scores_chunk(part, desc)
        return out, near

    def _scores_chunk(self, titles: Sequence[str], descriptions: Sequence[str] | None) -> tuple[np.ndarray, np.ndarray]:
        norms = [normalize_title((t or "")[:MAX_TITLE_CHARS]) for t in titles]
        expanded = [self._expand(n) for n in norms]
        heads = [head_word((t or "")[:MAX_TITLE_CHARS]) for t in titles]
        features = self._title_features(expanded, heads)
        sims = (features @ self.doc_matrix).toarray()  # queries x docs
        # Best title of each occupation: maximum over its (contiguous) docs.
        starts = self.bounds[:-1].clip(max=sims.shape[1] - 1)
        best = np.maximum.reduceat(sims, starts, axis=1)
        if VOTE:
            np.multiply(sims, sims, out=sims)  # sims ** 4, by two squarings (much faster than np.power)
            np.multiply(sims, sims, out=sims)
            vote = np.sqrt(np.sqrt(np.add.reduceat(sims, starts, axis=1)))
            best = (1 - VOTE) * best + VOTE * vote
        if len(self.empty):
            best[:, self.empty] = 0.0
        profile = (self.profile_vec.transform(expanded) @ self.profile_matrix).toarray()
        score = best + PROFILE_WEIGHT * profile
        if PROFILE_CHAR_WEIGHT:
            chars = (self.profile_char_vec.transform(expanded) @ self.profile_char_matrix).toarray()
            score += PROFILE_CHAR_WEIGHT * chars
        group_features = features
        if descriptions:
            texts = [normalize_title((d or "")[:MAX_DESCRIPTION_CHARS]) for d in descriptions]
            if any(texts):
                # The group classifiers read the description too (its words are often those of titles:
                # "blood", "patients", "forklift").
                group_features = self._title_features(
                    [f"{e} {t}" if t else e for e, t in zip(expanded, texts, strict=True)], heads
                )
                desc = (self.profile_vec.transform(texts) @ self.profile_matrix).toarray()
                # Relative to the best-matching profile (a description is long: its raw cosines are small).
                desc /= np.maximum(desc.max(axis=1, keepdims=True), 0.1)
                score += DESCRIPTION_WEIGHT * desc
        for row, norm in enumerate(norms):
            hits = self.exact.get(norm)
            if hits:
                score[row, hits[0]] += EXACT_BOOST * hits[1]
        near = score.max(axis=1)
        for width, (model, columns) in self.group_models.items():
            weight = GROUP_MODELS.get(width, (0.0, 0.0))[0]
            if weight:
                decision = model.decision_function(group_features).astype(np.float32)
                if decision.ndim == 1:  # two groups only: one column, positive for the second
                    decision = np.stack([-decision, decision], axis=1)
                score += weight * decision[:, columns]
        return score, near

    def code_many(
        self, titles: Sequence[str], *, top: int = 1, descriptions: Sequence[str] | None = None
    ) -> list[list[Suggestion]]:
        """Ranked suggestions for each title (an empty list for a blank title)."""
        top = max(1, min(int(top), 20))
        titles = list(titles)
        if not titles:
            return []
        score, near = self.scores(titles, descriptions)
        k = min(max(top, 10), score.shape[1])
        idx = np.argpartition(-score, k - 1, axis=1)[:, :k]
        part = np.take_along_axis(score, idx, axis=1)
        order = np.argsort(-part, axis=1)
        idx, part = np.take_along_axis(idx, order, axis=1), np.take_along_axis(part, order, axis=1)
        conf = confidence(part, near)
        results: list[list[Suggestion]] = []
        for row, title in enumerate(titles):
            if not normalize_title(title) or near[row] <= 0:
                results.append([])
                continue
            results.append(
                [
                    Suggestion(self.codes[i], self.occupation_titles[i], round(float(c), 3))
                    for i, c in zip(idx[row, :top].tolist(), conf[row, :top].tolist(), strict=True)
                ]
            )
        return results

    def code(self, title: str, *, description: str = "", top: int = 5) -> list[Suggestion]:
        """Ranked suggestions for one title."""
        return self.code_many([title], top=top, descriptions=[description] if description else None)[0]


def confidence(top_scores: np.ndarray, near: np.ndarray | None = None) -> np.ndarray:
    """Confidence of each of the best scores (rows sorted best first): softmax over them, damped when the title is
    not close to anything known (``near``: its best score without the group classifiers; default the best score)."""
    z = (top_scores - top_scores[:, :1]) / TEMPERATURE
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    best = top_scores[:, :1] if near is None else np.asarray(near, dtype=np.float32).reshape(-1, 1)
    strength = np.clip(best / 0.75, 0.0, 1.0)
    return np.clip(p * strength, 0.0, 1.0)

"""Extraction: turn raw Vietnamese article and resolution text into validated records.

Example:
    >>> from vnpartydoc.extract import extract
    >>> result = extract("Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020 - 2025 "
    ...                  "diễn ra từ ngày 23 đến ngày 25 tháng 9 năm 2020.")
    >>> [(c.id, str(c.term), str(c.opened_on)) for c in result.congresses]
    [('dai-hoi-dang-bo-tinh-an-giang-xi', '2020 - 2025', '2020-09-23')]

How it works: :func:`extract_partial` runs six stages, in this order
(:func:`vnpartydoc.extract.pipeline.read` runs the first four, :func:`.records.build` the fifth,
:func:`.achieved.match_results` the sixth).
Each is a function of the earlier stages' outputs that returns its own, typed:

1. **clean** (``clean.py``): ``str`` → :class:`~.clean.CleanText`: the text in NFC, odd
   spaces and invisible characters made plain, a folded copy (same offsets) that the patterns
   read, and the lines set aside as site chrome; then **layout** (``layout.py``, the
   bylines in ``bylines.py``) →
   :class:`~.layout.Layout`: title, document header, lead, body, bylines, signature.
2. **sentences** (``sentences.py``): content lines → :class:`~.sentences.Sentences`, the
   bounds of the sentence around any offset.
3. **mentions** (``mentions.py``): page and layout → :class:`~.mentions.Mentions`, everything
   the page names, each kind in its module: dates (``dates.py``), quantities
   (``quantities.py``), document citations and numbers (``citations.py``), organisations
   (``orgs.py``, ``orgref.py``, committees in ``committees.py``; the localities of those named
   without one in ``placeclues.py``), congress
   references (``congress.py``), people (``people.py``, names in
   ``person_names.py``, credits in ``credits.py``, posts given by a verb in ``appointments.py``,
   lists under one post in ``rosters.py``) with their titles (``titles.py``, the printed
   shapes of posts in ``post_patterns.py``, places and names in runs of capitals in
   ``localities.py``), the general goal (``goals.py``), targets and results
   (``targets.py``; its items, cues and counts in ``target_items.py``, ``target_context.py``
   and ``reached.py``), numbered points (``points.py``).
4. **discourse state** (``discourse.py``, then ``linking.py`` with ``about.py``,
   ``sessions.py``, ``terms.py`` and ``venues.py``): page, layout, sentences and
   mentions → :class:`~.state.Discourse` (types in ``state.py``): which organisations and
   congresses the text is about (frozen :class:`~.state.OrgDraft` and
   :class:`~.state.CongressDraft`, in read-only mappings), each mention joined to the one it
   refers to, each congress with its term, dates and place, and the stage's issues.
5. **records** (the ``records`` package): :class:`~.state.Reading` (the four stages' outputs,
   frozen) → :class:`~.result.ExtractionResult` (``result.py``), in named phases (see
   :mod:`vnpartydoc.extract.records`).
6. **results** (``achieved.py``, rules in ``fit.py``): each achievement of a past term held
   against the targets of the resolutions known from the text or a corpus, set as ``achieved``
   on the one target it fits, or kept apart in ``results`` with an issue.

No stage changes an earlier stage's output: what a stage hands on is frozen where Python
allows (the discourse result, its drafts, the reading, the mentions), and the discourse and
records modules assign to none of it (``tests/test_extract_layers.py`` reads their code for
that). Issues are values: each stage returns its own, and the result lists the discourse
stage's, then the records stage's.

Word lists and shared pattern fragments are in ``lexicon.py`` (data files in ``data/``); the
tricks that keep extraction fast (patterns tried only where they can start, words counted in
runs, spans made without the frozen constructor, caches) are in ``scan.py``; ``cli.py`` is
``vnpartydoc extract``. No module imports a later stage (``tests/test_extract_layers.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnpartydoc.errors import ExtractionError, Issue
from vnpartydoc.extract import cli as _cli
from vnpartydoc.extract.achieved import match_results
from vnpartydoc.extract.pipeline import read
from vnpartydoc.extract.records import build
from vnpartydoc.extract.result import ExtractionResult, ReportedResult, Span

if TYPE_CHECKING:
    from pathlib import Path

    from vnpartydoc.corpus import Corpus

__all__ = [
    "MAX_CHARS",
    "ExtractionResult",
    "ReportedResult",
    "Span",
    "extract",
    "extract_partial",
    "match_results",
    "run_cli",
]

MAX_CHARS = 2_000_000
"""Longest text read, in characters; longer input is refused (bounded time and memory)."""


def extract_partial(
    text: str,
    *,
    max_chars: int = MAX_CHARS,
    corpus: Corpus | None = None,
    resolution: str | None = None,
) -> ExtractionResult:
    """Extract what can be found; never raises on a string, returns an empty result instead.

    Args:
        text: Article or document text, in any Unicode normalisation form.
        max_chars: Longest text read; longer text gives an empty result with a
            ``text_too_long`` issue.
        corpus: Records whose resolutions' targets the achievements read may report on,
            besides the text's own (see :func:`~vnpartydoc.extract.achieved.match_results`).
        resolution: Hold achievements against this resolution only.

    Raises:
        ExtractionError: ``resolution_unknown`` when ``resolution`` is neither in ``corpus``
            nor extracted from the text (a mistake of the caller, not of the text).
    """
    if len(text) > max_chars:
        issue = Issue(
            "text_too_long",
            f"text has {len(text):,} characters; the limit is {max_chars:,}",
            severity="warning",
        )
        return ExtractionResult(text="", issues=[issue])
    return match_results(build(read(text)), corpus, resolution=resolution)


def extract(
    text: str,
    *,
    max_chars: int = MAX_CHARS,
    corpus: Corpus | None = None,
    resolution: str | None = None,
) -> ExtractionResult:
    """Extract organisations, congresses, documents and people from ``text``.

    ``corpus`` and ``resolution`` are as for :func:`extract_partial`.

    Raises:
        ExtractionError: ``nothing_found`` when no organisation, congress, person, document
            or target is found, ``text_too_long``, or ``resolution_unknown``.
    """
    result = extract_partial(text, max_chars=max_chars, corpus=corpus, resolution=resolution)
    if result.is_empty:
        first = result.issues[0] if result.issues else None
        if first is not None and first.code == "text_too_long":
            error = ExtractionError.from_code("text_too_long", first.message)
        else:
            error = ExtractionError.from_code(
                "nothing_found",
                "no organisation, congress, person, document or target found in the text",
            )
        error.issues.extend(result.issues)
        raise error
    return result


def run_cli(
    paths: list[Path],
    fmt: str,
    out: Path | None,
    *,
    corpus: Corpus | None = None,
    resolution: str | None = None,
) -> int:
    """``vnpartydoc extract``: print YAML (or JSON) of every file, or write records to ``out``.

    See :func:`vnpartydoc.extract.cli.run_cli`; reads at most :data:`MAX_CHARS` a file.
    """
    return _cli.run_cli(
        paths,
        fmt,
        out,
        extract_partial=extract_partial,
        max_chars=MAX_CHARS,
        corpus=corpus,
        resolution=resolution,
    )

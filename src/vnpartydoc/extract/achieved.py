"""Stage 6, results: each achievement read from a text held against the targets it reports on.

Input: an :class:`~vnpartydoc.extract.result.ExtractionResult` (its ``achievements``, the
results of a past term the mentions stage told apart from new targets) and the resolutions
whose targets are known: those extracted from the same text, and those of a corpus the caller
passes. Output: the same result with every achievement as a
:class:`~vnpartydoc.extract.result.ReportedResult` in ``results``, and each matched one set as
``achieved`` on its target, in the resolution's record.

An achievement is matched to a target, never guessed (the rules are in
:mod:`vnpartydoc.extract.fit`):

1. **organisation**: the resolution is issued by the organisation of the congress in focus
   (else by one the text names), unless the caller names the resolution;
2. **indicator**: the same key of :data:`~vnpartydoc.indicators.INDICATORS`, inferred from the
   printed wording ("GRDP bình quân đầu người" → ``grdp-per-head``), or, for a wording outside
   the vocabulary, the same wording;
3. **term**: the last year of the period the result covers ("Nhiệm kỳ 2020 - 2025", "năm
   2024", printed in its sentence before the value) falls in the target's years, after the
   first. With no period printed, a past-term result covers the term before the congress in
   focus (``achievement_period_inferred``);
4. **unit**: the result's unit converts exactly to the target's ("nghìn tỷ đồng" for "tỷ
   đồng"), or is the target's without a denominator the indicator implies ("triệu đồng" for
   GRDP per head in "triệu đồng/người/năm": ``achievement_unit_implied``). "%" never stands
   for "%/năm".

One target left is a match: a :class:`~vnpartydoc.models.Result` with the value, its own unit
when it is the target's at another scale, the period or year, ``estimated`` for "ước đạt",
``reported_in`` the extracted document and a source quoting the clause; its span is recorded
under the resolution's id. Several targets left is ``achievement_ambiguous``; targets that fit
but for the unit give ``achievement_unit_mismatch``; none gives ``achievement_unmatched``. Such
achievements stay apart in ``results``, tied to the resolution they report on where it is known.

Example:
    >>> from vnpartydoc.extract import extract_partial
    >>> result = extract_partial("Nhiệm kỳ qua, tỉnh đạt và vượt các chỉ tiêu Nghị quyết đề ra: "
    ...                          "tỷ lệ đô thị hóa năm 2024 đạt 44%.")
    >>> (found,) = result.results
    >>> (str(found.key), str(found.result.value), str(found.result.measured_on), found.status)
    ('urbanisation', '44', '2024', 'unmatched')
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from vnpartydoc.codes import default_severity
from vnpartydoc.errors import ExtractionError, Issue
from vnpartydoc.extract.fit import (
    UnitFit,
    When,
    clean_indicator,
    in_window,
    is_estimate,
    own_unit,
    previous_congress,
    rank,
    read_when,
    unit_fit,
    window,
    wording,
)
from vnpartydoc.extract.ids import congress_resolution_id
from vnpartydoc.extract.result import ReportedResult, new_span
from vnpartydoc.indicators import infer_key
from vnpartydoc.models import Resolution, Result, Source
from vnpartydoc.types import PartialDate

if TYPE_CHECKING:
    from vnpartydoc.corpus import Corpus
    from vnpartydoc.extract.result import ExtractionResult, ResultStatus, Span
    from vnpartydoc.indicators import IndicatorKey
    from vnpartydoc.models import Congress, Target
    from vnpartydoc.types import Term

__all__ = ["match_results"]

Place = tuple[str, int]
"""A target: the id of its resolution and its index in the resolution's targets."""


def match_results(
    result: ExtractionResult, corpus: Corpus | None = None, *, resolution: str | None = None
) -> ExtractionResult:
    """Hold every achievement of ``result`` against the known targets (see the module docs).

    Args:
        result: What the records stage returned.
        corpus: Records whose resolutions' targets are known besides those of the text.
        resolution: Match against this resolution only (an id in the corpus or the text).

    Raises:
        ExtractionError: ``resolution_unknown`` when ``resolution`` is neither in the corpus
            nor extracted from the text with targets.
    """
    if not result.achievements and resolution is None:
        return result
    known = _known(result, corpus)
    if resolution is not None:
        if resolution not in known:
            raise ExtractionError.from_code(
                "resolution_unknown",
                f"no resolution {resolution!r} with targets in the corpus or the text",
            )
        known = {resolution: known[resolution]}
    return _Matcher(result, corpus, known, pinned=resolution is not None).run()


def _known(result: ExtractionResult, corpus: Corpus | None) -> dict[str, Resolution]:
    """Resolutions with targets, by id: the text's, then the corpus's (which win on an id)."""
    docs = [result.document, *result.documents, *(corpus.documents if corpus else [])]
    return {d.id: d for d in docs if isinstance(d, Resolution) and d.targets}


class _Matcher:
    """One run of :func:`match_results`: the targets as results are set on them."""

    def __init__(
        self,
        result: ExtractionResult,
        corpus: Corpus | None,
        known: dict[str, Resolution],
        *,
        pinned: bool,
    ) -> None:
        self.result, self.known, self.pinned = result, known, pinned
        self.targets: dict[str, list[Target]] = {k: list(r.targets) for k, r in known.items()}
        self.changed: set[str] = set()
        self.issues: list[Issue] = []
        self.spans: list[Span] = []
        self.congresses = [*(corpus.congresses if corpus else []), *result.congresses]
        self.focus = _focus(result)
        previous = previous_congress(self.focus, self.congresses) if self.focus else None
        self.previous: str | None = previous[0] if previous is not None else None
        self.past: Term | None = previous[1] if previous is not None else None
        self.reporter = result.document.id if result.document is not None else None
        self.reported_on = self._resolutions()
        """Ids of the resolutions the achievements may report on."""
        self.candidates = {
            (rid, n): (
                target.indicator_key,
                wording(target.indicator) if target.indicator_key is None else "",
                window(target, known[rid]),
                target.unit,
            )
            for rid in self.reported_on
            for n, target in enumerate(known[rid].targets)
            if target.value is not None  # nothing to hold a result against without one
        }
        """Each target a result may be set on, with its key, wording, years and unit."""

    def run(self) -> ExtractionResult:
        """Match every achievement, in text order, and return the new result."""
        value_spans = {
            s.field.split(".")[1]: s
            for s in self.result.spans
            if not s.record and s.field.startswith("achievements.")
        }
        reported = [
            self._one(i, achievement, value_spans.get(str(i)))
            for i, achievement in enumerate(self.result.achievements)
        ]
        return self._result(reported)

    def _one(self, index: int, achievement: Target, span: Span | None) -> ReportedResult:
        """Match one achievement and report what became of it."""
        assert achievement.achieved is not None  # every achievement carries its value
        start = span.start if span is not None else None
        indicator, estimated = clean_indicator(achievement.indicator)
        printed = achievement.printed or achievement.indicator
        when = self._when(start)
        unit = achievement.unit
        # The wording decides what is measured; a unit that does not measure it (a growth in
        # "%" against "%/năm") is then reported as a misfit, not left unmatched.
        key = infer_key(indicator, unit) or infer_key(indicator)
        fits, misfits = self._fits(indicator, key, unit, when)
        result = Result(
            value=achievement.achieved.value,
            unit=unit,
            measured_on=PartialDate(when.year) if when.year is not None else None,
            period=when.period,
            estimated=estimated or is_estimate(printed),
            reported_in=self.reporter,
            sources=[Source(document=self.reporter, note=printed)] if self.reporter else [],
        )
        inferred = ("period",) if when.inferred else ()
        where, target = self._resolution_of(when, fits), None
        status: ResultStatus
        if len(fits) == 1:
            (where, target), fit = next(iter(fits.items()))
            own = own_unit(unit, self.targets[where][target].unit, fit)
            result = result.model_copy(update={"unit": own})
            status = self._apply(where, target, result, span)
            if fit == "implied":
                inferred = (*inferred, "unit")
                self._issue("achievement_unit_implied", self._implied(unit, where, target), start)
        elif fits:
            status = "ambiguous"
            self._issue("achievement_ambiguous", self._ambiguous(indicator, list(fits)), start)
        elif misfits:
            status = "unit-mismatch"
            self._issue("achievement_unit_mismatch", self._misfit(unit, misfits), start)
        else:
            status = "unmatched"
            message = _unmatched(indicator, key, where, known=where in self.known)
            self._issue("achievement_unmatched", message, start)
        if when.inferred and status == "matched":
            message = f"no period printed for {indicator!r}; took the term before, {when.period}"
            self._issue("achievement_period_inferred", message, start)
        return ReportedResult(
            achievement=index,
            indicator=indicator,
            key=key,
            result=result,
            resolution=where,
            target=target,
            candidates=tuple(n for w, n in fits if w == where) if len(fits) > 1 else (),
            status=status,
            inferred=inferred,
            span=span,
        )

    def _when(self, start: int | None) -> When:
        """The period or year printed before the value, else the term before the focus's."""
        printed = read_when(self.result.text, start) if start is not None else None
        if printed is not None:
            return printed
        return When(period=self.past, inferred=True) if self.past is not None else When()

    def _resolutions(self) -> list[str]:
        """Ids of the resolutions the achievements may report on.

        Those the text holds, and those issued by the organisation of the congress in focus
        (else by one the text names): a text that names no organisation reports on none of
        the corpus's.
        """
        if self.pinned:
            return list(self.known)
        if self.focus is not None:
            orgs = {self.focus.organisation}
        else:
            orgs = {o.id for o in self.result.organisations}
        own = {d.id for d in [self.result.document, *self.result.documents] if d is not None}
        return [
            rid
            for rid, res in self.known.items()
            if rid in own or (res.issuer is not None and res.issuer.organisation in orgs)
        ]

    def _fits(
        self, indicator: str, key: IndicatorKey | None, unit: str | None, when: When
    ) -> tuple[dict[Place, UnitFit], list[Place]]:
        """Targets fitting by indicator and term, split by whether the unit fits too.

        Returns the targets whose unit fits (with how) and those whose unit does not.
        """
        fits: dict[Place, UnitFit] = {}
        misfits: list[Place] = []
        words = wording(indicator) if key is None else ""
        for place, (target_key, target_words, years, target_unit) in self.candidates.items():
            if (target_key != key) or (key is None and target_words != words):
                continue
            if not in_window(when, years):
                continue
            fit = unit_fit(unit, target_unit, key)
            if fit is None:
                misfits.append(place)
            else:
                fits[place] = fit
        return fits, misfits

    def _resolution_of(self, when: When, fits: dict[Place, UnitFit]) -> str | None:
        """The resolution an achievement reports on, when known.

        The one its fits are in, else the one of the term it covers, else that of the
        congress before the one in focus.
        """
        ids = {rid for rid, _ in fits}
        if len(ids) == 1:
            return ids.pop()
        candidates = self.reported_on
        if self.pinned:
            return candidates[0]
        covering = [r for r in candidates if when.period and self.known[r].term == when.period]
        if len(covering) == 1:
            return covering[0]
        if self.previous is not None and when.period is not None and when.period == self.past:
            adopted = [r for r in candidates if self.known[r].congress == self.previous]
            return adopted[0] if len(adopted) == 1 else congress_resolution_id(self.previous)
        return None

    def _apply(self, rid: str, n: int, result: Result, span: Span | None) -> ResultStatus:
        """Set ``result`` on target ``n`` of ``rid`` unless it already has a later one."""
        target = self.targets[rid][n]
        old = target.achieved
        if old is not None:
            newer = rank(result) > rank(old)
            what = f"target {n + 1} of {rid!r} ({target.indicator!r})"
            if rank(result) != rank(old):
                kept = result if newer else old
                message = f"{what} has results {_show(old)} and {_show(result)}; kept the later, "
                message += _show(kept)
            else:
                message = f"{what} already has {_show(old)} for that time; {_show(result)} is left"
            self._issue("achievement_conflict", message, span.start if span else None)
            if not newer:
                return "superseded"
        self.targets[rid][n] = target.model_copy(update={"achieved": result})
        self.changed.add(rid)
        if span is not None:
            field = f"targets.{n}.achieved.value"
            self.spans.append(new_span(span.start, span.end, rid, field, span.text))
        return "matched"

    def _issue(self, code: str, message: str, start: int | None) -> None:
        """Report an issue at ``start`` (line and column in the text), if known."""
        line = column = None
        if start is not None:
            line = self.result.text.count("\n", 0, start) + 1
            column = start - self.result.text.rfind("\n", 0, start)
        severity = default_severity(code)
        self.issues.append(Issue(code, message, None, (), line, column, severity))

    def _describe(self, place: Place) -> str:
        rid, n = place
        target = self.targets[rid][n]
        value = " ".join(filter(None, [str(target.value), target.unit]))
        return f"target {n + 1} of {rid!r} ({target.indicator}: {value})"

    def _ambiguous(self, indicator: str, fits: list[Place]) -> str:
        names = "; ".join(self._describe(place) for place in fits)
        return f"{indicator!r} fits {len(fits)} targets, none was chosen: {names}"

    def _misfit(self, unit: str | None, misfits: list[Place]) -> str:
        names = "; ".join(self._describe(place) for place in misfits)
        return (
            f"unit {unit!r} does not convert to the unit of {names}; expected the same unit at "
            "another scale"
        )

    def _implied(self, unit: str | None, rid: str, n: int) -> str:
        wanted = self.targets[rid][n].unit
        return f"unit {unit!r} read as {wanted!r}, the unit of {self._describe((rid, n))}"

    def _result(self, reported: list[ReportedResult]) -> ExtractionResult:
        """The extraction result with the changed resolutions rebuilt and the results added."""
        rebuilt = {
            rid: Resolution.model_validate(
                self.known[rid]
                .model_copy(update={"targets": self.targets[rid]})
                .model_dump(mode="json", by_alias=True, exclude_defaults=True)
            )
            for rid in sorted(self.changed)
        }
        main = self.result.document
        if main is not None and main.id in rebuilt:
            main = rebuilt.pop(main.id)
        documents = [rebuilt.pop(d.id, d) for d in self.result.documents]
        documents.extend(rebuilt.values())  # the corpus's resolutions the text reports on
        return dataclasses.replace(
            self.result,
            document=main,
            documents=documents,
            issues=[*self.result.issues, *self.issues],
            spans=[*self.result.spans, *self.spans],
            results=reported,
        )


def _focus(result: ExtractionResult) -> Congress | None:
    """The congress the text is about.

    Its resolution's, the one with targets, else the only one (the latest, when all are of one
    organisation).
    """
    by_id = {c.id: c for c in result.congresses}
    for doc in [result.document, *result.documents]:
        if isinstance(doc, Resolution) and doc.congress in by_id and doc.targets:
            return by_id[doc.congress]
    if isinstance(result.document, Resolution) and result.document.congress in by_id:
        return by_id[result.document.congress]
    if len({c.organisation for c in result.congresses}) == 1:
        return max(result.congresses, key=lambda c: c.ordinal)
    return None


def _unmatched(indicator: str, key: IndicatorKey | None, where: str | None, *, known: bool) -> str:
    what = f"{indicator!r}" + (f" ({key.value})" if key is not None else "")
    if where is None:
        return f"{what} fits no target of a known resolution; kept apart in results"
    if not known:
        return f"{what} reports on {where!r}, whose targets are not known; kept apart in results"
    return f"{what} fits no target of {where!r}; kept apart in results"


def _show(result: Result) -> str:
    estimate = "ước " if result.estimated else ""
    when = f" ({result.when})" if result.when else ""
    return f"{estimate}{result.value}{' ' + result.unit if result.unit else ''}{when}"

"""Records stage: person records, from bylines, the people named in the text and the signer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from vnpartydoc.extract.clean import fold
from vnpartydoc.extract.records.documents import header_committee
from vnpartydoc.extract.scan import slug
from vnpartydoc.models import Person
from vnpartydoc.text import proper_case_name

if TYPE_CHECKING:
    from vnpartydoc.extract.records.builder import Builder

__all__ = ["people_records"]

_BYLINE_SPLIT_RE = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+")
_DEGREES_RE = re.compile(r"^(?:(?:PGS|GS|TS|ThS|Ths|NCS)\.?\s*,?\s*)+")
_BYLINE_PREFIX_RE = re.compile(r"^(?i:(?:bài|tin|ảnh|tác giả)[^:]*:\s*)")


def people_records(builder: Builder) -> tuple[list[Person], list[str]]:
    """Person records and the ids of the authors."""
    found: dict[str, dict[str, Any]] = {}  # by the name as spelt (folded), not by its slug
    seen: dict[str, set[str]] = {}  # each person's titles as folded, to keep one of each
    ids: set[str] = set()
    page_fold = builder.reading.page.fold
    authors: list[str] = []

    def add(
        name: str,
        titles: list[tuple[str, str, str | None, int, int]],
        span: tuple[int, int],
        byline: str | None = None,
    ) -> str:
        clean = proper_case_name(name)
        spelt = fold(clean)
        entry = found.get(spelt)
        if entry is None:  # "Bùi Thị Tĩnh" and "Bùi Thị Tỉnh": one slug, two names as printed
            entry = found[spelt] = {"id": _unique_id(slug(clean), ids), "name": clean, "titles": []}
        key: str = entry["id"]
        if byline and clean != byline:
            entry["byline"] = byline
        builder.span(span[0], span[1], key, "name")
        known = seen.setdefault(key, set())
        for printed, post, organ, a, b in titles:
            folded = " ".join(printed.split())
            same = " ".join((page_fold[a:b] if a < b else fold(folded)).split())
            # one post printed twice, once abbreviated ("Bộ CHQS tỉnh", "Bộ chỉ huy quân sự
            # tỉnh") or with old tone marks ("Huyện uỷ"): the first printing is kept
            post_key = fold(f"{post}|{organ or ''}").lower()
            if same in known or post_key in known or _shorter_form(same, known):
                continue
            known.update((same, post_key))
            title = {
                "printed": folded,
                "post": post,
                "organ": organ,
                "organisation": builder.organ_org(organ),
            }
            longer = _longer_form_of(same, entry["titles"])
            if longer is not None:  # the fullest printing of one title is kept, in its place
                entry["titles"][longer] = title
                _move_span(builder, key, f"titles.{longer}", (a, b))
                continue
            builder.span(a, b, key, f"titles.{len(entry['titles'])}")
            entry["titles"].append(title)
        return key

    for byline in builder.reading.layout.bylines:
        for name in _BYLINE_SPLIT_RE.split(byline.printed):
            clean = _DEGREES_RE.sub("", name).strip()
            clean = _BYLINE_PREFIX_RE.sub("", clean).strip()
            if clean:
                key = add(
                    clean,
                    byline.titles,
                    (byline.start, byline.end),
                    clean if clean.isupper() else None,
                )
                if key not in authors:
                    authors.append(key)
    left: dict[str, set[str]] = {}  # the posts each person leaves, folded
    for person in builder.reading.people:
        titles = [(t.printed, t.post, t.organ, t.start, t.end) for t in person.titles]
        key = add(person.name, titles, (person.start, person.end))
        left.setdefault(key, set()).update(fold(p) for p in person.given_up)
        for at, printed in person.misspelt:
            builder.issue(
                "title_misspelt",
                f"{printed!r} next to {person.name!r} looks like a misspelt title "
                "('Phó …'?); it is left out",
                at,
            )
    sign = builder.reading.layout.signature
    if sign is not None and sign.name and sign.name_span:
        titles = []
        if sign.post:
            post = proper_case_name(sign.post)
            post = post[:1] + post[1:].lower()
            for word in ("Bí thư", "Trưởng Ban", "Chủ tịch", "Chánh Văn phòng", "Chủ nhiệm"):
                post = re.sub(word, word, post, flags=re.IGNORECASE)
            organ = header_committee(builder)
            titles = [(post, post, organ, sign.name_span[0], sign.name_span[0])]
        add(sign.name, titles, sign.name_span)
    for entry in found.values():
        if left.get(entry["id"]):
            _drop_left(builder, entry, left[entry["id"]])
    out = []
    for entry in found.values():
        person = builder.make(Person, entry, None)
        if person is not None:
            out.append(person)
    return out, authors


def _unique_id(key: str, ids: set[str]) -> str:
    """``key``, or ``key-2``, ``key-3`` … when another spelling already has it."""
    unique, n = key, 1
    while unique in ids:
        n += 1
        unique = f"{key}-{n}"
    ids.add(unique)
    return unique


def _shorter_form(title: str, known: set[str]) -> bool:
    """Whether a title is a shorter printing of one already kept ("Chủ tịch UBND phường")."""
    return any(k.startswith(title + " ") for k in known)


def _longer_form_of(title: str, titles: list[dict[str, Any]]) -> int | None:
    """The index of a kept title that ``title`` prints in a fuller form, if any."""
    for i, kept in enumerate(titles):
        if title.startswith(fold(kept["printed"]) + " "):
            return i
    return None


def _move_span(builder: Builder, record: str, name: str, span: tuple[int, int]) -> None:
    """Point the span recorded for ``record``'s field ``name`` at ``span``."""
    for i, (_, _, rec, field) in enumerate(builder.places):
        if rec == record and field == name:
            builder.places[i] = (span[0], span[1], rec, field)


def _drop_left(builder: Builder, entry: dict[str, Any], left: set[str]) -> None:
    """Drop the titles of posts the person leaves ("thôi giữ chức …"), with their spans.

    A title printed shorter than the post left ("Bí thư Đảng ủy" of "Bí thư Đảng ủy phường")
    is that post.
    """
    kept = [
        (i, t)
        for i, t in enumerate(entry["titles"])
        if not any(p == fold(t["printed"]) or p.startswith(fold(t["printed"]) + " ") for p in left)
    ]
    if len(kept) == len(entry["titles"]):
        return
    moved = {f"titles.{i}": f"titles.{j}" for j, (i, _) in enumerate(kept)}
    record = entry["id"]
    builder.places[:] = [
        (a, b, rec, moved.get(field, field) if rec == record else field)
        for a, b, rec, field in builder.places
        if rec != record or not field.startswith("titles.") or field in moved
    ]
    entry["titles"] = [t for _, t in kept]

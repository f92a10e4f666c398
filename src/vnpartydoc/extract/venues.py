"""Step 4 (discourse state), places: where a congress met, from a sentence about it.

:mod:`~vnpartydoc.extract.linking` asks :func:`place_in` for the place of each sentence it
reads about a congress: "tại" and a place, up to the end of its clause ("tại Trung tâm Hội
nghị tỉnh", "tại làng Đồng Xuân, tổng Xuân Liễu, huyện Nam Đàn (nay thuộc …)").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from vnpartydoc.extract.lexicon import UPPER
from vnpartydoc.extract.scan import finditer_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnpartydoc.extract.clean import CleanText
    from vnpartydoc.extract.congress import CongressMention

__all__ = ["PLACE_RE", "place_in"]

_NOT_A_VENUE = (
    r"Đại\s+hội|ĐH|Hội\s+nghị|Hội\s+thảo|Họp\s+báo|Phiên|Lễ|Kỳ\s+họp|Buổi|Tờ\s+trình"
    r"|Báo\s+cáo|Văn\s+kiện|Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Quyết\s+định|Quy\s+định"
    r"|Kế\s+hoạch|Hướng\s+dẫn|Thông\s+báo|Công\s+văn|Chương\s+trình|Điều|Khoản|Mục"
)
"""What follows "tại" when it names an event or a paper, not a venue ("phát biểu tại Đại hội",
"tại Tờ trình số 12")."""
_CLAUSE_GOES_ON = (
    r"với|có|từ|trong|đã|đến|sau|nhằm|để|long|được|xác|vào|ngày|sáng|chiều|tối|trưa|lúc|do"
    r"|dưới|theo|khai\s+mạc|bế\s+mạc|diễn\s+ra|tiến\s+hành|chính\s+thức|trọng\s+thể"
    rf"|và(?=\s+[^{UPPER}\s])"
)
"""Words after a place that go on with the clause ("tại Hội trường huyện vào sáng 20/7", "… và
bầu"); "và" before a capital goes on with the name ("Trung tâm Văn hóa và Thể thao")."""
_LOCALITY = (
    r"thị\s+xã|thị\s+trấn|thành\s+phố|TP\.?|huyện|quận|tỉnh|phường|xã|Thủ\s+đô|tổng|làng|thôn"
    r"|bản|ấp|khu\s+phố"
)
"""Words naming a locality by its kind, before its name ("làng Đồng Xuân", "huyện Nam Đàn")."""
PLACE_RE = re.compile(
    rf"""
    (?<![\w])(?<!trú\s)(?<!sống\s)(?<!hoạt\s)(?<!tác\s)
                            # not where someone lives ("trú tại", "sinh sống tại"), keeps
                            # Party membership ("sinh hoạt tại") or works ("công tác tại")
    tại\s+(?!(?i:{_NOT_A_VENUE})\b)
    (?P<place>
      (?:
        (?:{_LOCALITY})\s+[{UPPER}]
                            # a locality: "phường Thành Vinh", "làng Đồng Xuân"
      | (?:hội\s+trường|nhà\s+văn\s+hóa|trung\s+tâm|trụ\s+sở|cung\s+văn\s+hóa)\b
                            # a venue printed in lower case: "hội trường Huyện ủy"
      | [{UPPER}]
      )
      (?:[^,.;()\n]|\.(?=\S)){{0,80}}?
                            # up to the clause end; a dot inside a word stays ("TP.HCM")
      (?:,\s*(?:{_LOCALITY})\s+[^,.;()\n]{{1,30}}?){{0,3}}
                            # the localities after it: "…, tổng Xuân Liễu, huyện Nam Đàn"
      (?:\s*\([^()\n]{{1,60}}\))?
                            # one in brackets: "Trung tâm Hội nghị Quốc gia (Hà Nội)",
                            # "làng Đông Chữ (nay thuộc xã Nghi Trường, Nghi Lộc)"
    )
    (?=\s*(?:[,;()]|\.(?!\w)|$)|\s+(?:{_CLAUSE_GOES_ON})\b|\s+[-\u2013\u2014]\s+[^{UPPER}\s])
                            # a dash before a lower-case word ends the clause ("… tỉnh – nơi
                            # …"); before a capital it goes on with the name ("Văn hóa – Thể
                            # thao")
    """,
    re.VERBOSE,
)
"""Where a congress met: "tại" and a place, up to the end of its clause."""
OTHER_EVENT_RE = re.compile(
    r"(?<!tại\s)(?<!Tại\s)(?i:hội\s+nghị|hội\s+thảo|họp\s+báo|kỳ\s+họp|văn\s+nghệ|\blễ\b(?!\s+(?:khai|bế)\s+mạc)"
    r"|\bbuổi\b(?!\s+(?:sáng|chiều|tối|trưa)))"
)
"""Another event named before the congress in a sentence ("tổ chức Hội nghị cho ý kiến về dự
thảo Văn kiện Đại hội …"): the sentence is about that event, and its "tại" is that event's.
An event after "tại" only sets the scene ("Tại Hội nghị lần thứ 14, Ban Chấp hành quyết định
triệu tập Đại hội XIII … tại Thủ đô Hà Nội"): the sentence may still place the congress."""

_PLACE_WORDS = ("tại",)  # PLACE_RE, its lower-case first word


def place_in(
    page: CleanText,
    start: int,
    end: int,
    own_mentions: Sequence[CongressMention],
    starts: list[int],
) -> tuple[str, int, int] | None:
    """Where a congress met, from a sentence about it ("tại Trung tâm Hội nghị tỉnh").

    A place belongs to the congress named last before it in the sentence, else to the first
    one named after it (as a date does). When another event is named before the congress,
    outside a place ("Quân ủy Trung ương tổ chức Hội nghị cho ý kiến về dự thảo Văn kiện Đại
    hội …"), the sentence is that event's and gives the congress no place.
    """
    places = finditer_at(PLACE_RE, page.fold, page.words.near(_PLACE_WORDS, start, end), end)
    if not places:
        return None
    own = [m.start for m in own_mentions if start <= m.start < end]
    for match in OTHER_EVENT_RE.finditer(page.fold, start, own[0] if own else start):
        if not any(p.start() <= match.start() < p.end() for p in places):
            return None
    mentions = starts[bisect_left(starts, start) : bisect_left(starts, end)]
    for place in places:
        before = [m for m in mentions if m < place.start()]
        owner = before[-1] if before else (mentions[0] if mentions else None)
        if own and owner not in own:
            continue
        a, b = place.start("place"), place.end("place")
        return page.cut(a, b).rstrip(" ,"), a, b
    return None

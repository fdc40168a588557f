"""Quoted remarks: what a speaker says, set in quotation marks, as opposed to the narration."""

from __future__ import annotations

from functools import lru_cache

from .vocabulary import KEPT, Vocabulary, resolve

#: The punctuation of a clause: a quotation that holds one may be a remark, not a name.
REMARK_PUNCTUATION = frozenset("，。！？；,!?;")
_COLONS = ("：", ":")
_SENTENCE_ENDS = frozenset("。")
#: How far after a quotation its speaker and verb of speech may stand (”村民王大爷说).
_SPEAKER_REACH = 30
#: How far before a quotation its speaker's verb may stand (某某告诉记者，“…”).
_SPEAKER_BEFORE = 8


@lru_cache(maxsize=KEPT)
def speech_verbs(vocabulary: "Vocabulary | None" = None) -> tuple[str, ...]:
    """The verbs of speech (``person_grammar.json: speech_verbs``) that mark a quotation as a
    remark, longest first."""
    words = resolve(vocabulary).data("person_grammar")["speech_verbs"]
    return tuple(sorted(words, key=len, reverse=True))


def in_remark(text: str, pos: int, verbs: "tuple[str, ...] | None" = None) -> bool:
    """True when ``pos`` lies inside a quoted remark: a quotation (“…” or "…") open before it on
    its line, with a clause's punctuation inside and a speaker's mark around it: a colon or a
    verb of speech right before it (某某说：“…”) or a verb of speech after it (“…”村民王大爷说).
    A quoted name or slogan (开展“进村入户走访,倾听群众心声”活动) has no such mark.

        >>> in_remark("他说:“今天我们走访了三户，很顺利。”", 6)
        True
        >>> in_remark("东风镇召开“基层干部培训班”。", 7)
        False
    """
    verbs = speech_verbs() if verbs is None else verbs
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    opened = text.rfind("“", line_start, pos)
    if opened >= 0 and text.rfind("”", opened, pos) < 0:
        close = text.find("”", pos, line_end)
    else:
        # "…" (straight quotes): inside when an odd number of them stands before ``pos`` on its line
        if text.count('"', line_start, pos) % 2 == 0:
            return False
        opened = text.rfind('"', line_start, pos)
        close = text.find('"', pos, line_end)
    closed = line_end if close < 0 else close
    if not any(c in REMARK_PUNCTUATION for c in text[opened + 1:closed]):
        return False
    before = text[max(line_start, opened - _SPEAKER_BEFORE):opened]
    before = before[max(before.rfind(c) for c in "。；;！!？?") + 1:].rstrip().rstrip("，,")
    if before.endswith(_COLONS) or any(v in before for v in verbs):
        return True  # 某某说：“…”, 某某告诉记者，“…” (left open, it goes on to the paragraph's end)
    if close < 0:
        return False  # (an opening mark left alone, not after a speaker: no remark is told)
    if text[close - 1] in _SENTENCE_ENDS:
        return True  # “…,直接入户走访,…才知道。”: a whole sentence quoted, someone's words (no slogan or name ends with 。; one may end with ！)
    lead = text[line_start:opened].strip()
    if not lead or lead.endswith("”"):
        return True  # a paragraph that opens with a closed quotation, or a reply right after one

    after = text[close + 1:min(line_end, close + 1 + _SPEAKER_REACH)]
    cut = min((k for k in (after.find(c) for c in "。，；,;") if k >= 0), default=len(after))
    return any(v in after[:cut] for v in verbs)

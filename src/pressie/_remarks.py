"""Quoted remarks: what a speaker says, set in quotation marks, as opposed to the narration."""

from __future__ import annotations

#: The punctuation of a clause: a quotation that holds one is a remark, not a name or a slogan.
REMARK_PUNCTUATION = frozenset("，。！？；,!?;")


def in_remark(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a quoted remark: an opening quotation mark before it on its
    line, not closed before it, and a clause's punctuation inside the quotation (“…，…”); a
    quoted name or slogan (“某某培训班”) holds none.

        >>> in_remark("他说:“今天我们走访了三户，很顺利。”", 6)
        True
        >>> in_remark("东风镇召开“基层干部培训班”。", 7)
        False
    """
    line_start = text.rfind("\n", 0, pos) + 1
    opened = max(text.rfind("“", line_start, pos), text.rfind("「", line_start, pos))
    if opened < 0 or max(text.rfind("”", opened, pos), text.rfind("」", opened, pos)) >= 0:
        return False
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    closed = min((k for k in (text.find("”", pos, line_end), text.find("」", pos, line_end)) if k >= 0), default=line_end)
    return any(c in REMARK_PUNCTUATION for c in text[opened + 1:closed])

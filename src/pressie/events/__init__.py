"""Events in an article unit: meetings, inspections, volunteer activity, with their slots.

For each unit the pass reads the headline and the body in reading order,
sentence by sentence, finds trigger words (``resources/triggers.json``,
replaceable by the caller), drops mentions that are plans (将, 计划, 拟),
demands (要…, 会议要求…), references to other meetings (…会议精神) or parts
of a title (人大常委会主任), and groups the remaining mentions into
occurrences: one event per type and date. Each event then takes

- ``when``: the time expression of its own sentence, else the unit's lead time;
- ``who``: titled or named persons of the unit with the role their cue words
  give (主持 → chair, 讲话/强调 → speaker, 出席 → attendee, 陪同 → companion …);
- ``where``: places governed by a location verb (在, 来到, 深入 …), leaves only;
- ``orgs``: the organisation that is the subject of the trigger's clause;
- ``counts``: count quantities of the sentences that mention the event.

Every slot keeps its offsets; ``evidence`` lists the sentences used.

The stage is a package of the steps it runs: :mod:`.occurrences` (which trigger mentions are
occurrences, grouped by type and day), :mod:`.fill` (each occurrence filled into an
:class:`~pressie.records.Event`), one module per slot (:mod:`.when`, :mod:`.who`, :mod:`.where`,
:mod:`.orgs`, :mod:`.counts`) and :mod:`.base` (the article's sentences, the mentions inside it,
:class:`EventSettings`). How each event type is treated is data: its
:class:`~pressie.lexicon.EventPolicy` in the trigger table.
"""

from .base import EventSettings, Mentions
from .occurrences import find_events

__all__ = ["find_events", "Mentions", "EventSettings"]

"""pressie: Chinese newspaper text to typed records — article units and events with offsets.

>>> import pressie
>>> page = pressie.extract("3月5日,柏庄镇开展了志愿服务活动,为30户特困人员送去物资。", published="2020-03-09")
>>> [(e.type, e.when.start_value) for e in page.events]
[('volunteer', '2020-03-05')]
"""

from __future__ import annotations

from ._version import __version__
from .batch import extract_many
from .core import DEFAULT_MAX_CHARS, extract
from .display import display, to_html
from .errors import (
    DateError, DocumentError, DocumentTooLarge, ModelError, NotTextError, OptionError, PressieError, ResourceError,
)
from .lexicon import EventPolicy, Triggers
from .settings import EventSettings, LayoutSettings, QuantitySettings, Settings, TimeSettings, UnitSettings
from .vocabulary import Vocabulary
from .records import (
    SCHEMA_VERSION, Article, Block, Credit, Event, Link, Org, OrgRole, Page, Participant, Person, Place,
    Quantity, Span, TimeExpr,
)

__all__ = [
    "__version__", "extract", "extract_many", "load", "display", "to_html", "DEFAULT_MAX_CHARS", "SCHEMA_VERSION", "Triggers",
    "EventPolicy", "Settings", "EventSettings", "LayoutSettings", "QuantitySettings", "TimeSettings", "UnitSettings", "Vocabulary",
    "Page", "Block", "Article", "Event", "Person", "Participant", "Org", "OrgRole", "Place", "TimeExpr",
    "Quantity", "Span", "Credit", "Link",
    "PressieError", "DateError", "DocumentTooLarge", "NotTextError", "OptionError", "ResourceError", "ModelError",
    "DocumentError", "to_pandas", "to_arrow",
]


def __getattr__(name):
    # Tables need pandas/pyarrow: pressie.to_pandas / pressie.to_arrow import them only when called.
    if name in ("to_pandas", "to_arrow"):
        from . import tables

        return getattr(tables, name)
    raise AttributeError(f"module 'pressie' has no attribute {name!r}")


def load(**overrides):
    """A spaCy pipeline (``spacy.blank("zh")`` + pressie's components); see :mod:`pressie.pipeline`.

    Keyword arguments override the components' config, e.g.
    ``pressie.load(triggers={"signing": {"triggers": ["签约"], "default_role": "attendee"}})``.
    """
    from .pipeline import load as _load

    return _load(**overrides)

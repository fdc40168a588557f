"""Errors raised by pressie, each with a stable message code.

Programmer errors (a wrong argument type) raise :class:`TypeError`. Everything
else pressie raises on purpose derives from :class:`PressieError`, itself a
:class:`ValueError`, so ``except ValueError`` keeps working for callers that do
not know pressie. Bad *text* (empty, noise, non-Chinese) is never an error: it
gives an empty result.
"""

from __future__ import annotations

__all__ = [
    "PressieError",
    "DateError",
    "DocumentTooLarge",
    "NotTextError",
    "ResourceError",
    "OptionError",
    "ModelError",
    "DocumentError",
]


class PressieError(ValueError):
    """Base class of pressie's own errors; ``code`` is stable across versions."""

    code = "P000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message

    def __reduce__(self):
        # Rebuilt from the message (not from ``args``, which already carry the
        # code), so an error sent between processes keeps one code and its
        # extra attributes.
        state = {key: value for key, value in self.__dict__.items() if key != "message"}
        return _rebuild, (type(self), self.message, state)


def _rebuild(cls: type, message: str, state: dict) -> PressieError:
    error = cls.__new__(cls)
    PressieError.__init__(error, message)
    error.__dict__.update(state)
    return error


class DateError(PressieError):
    """A publication date that cannot be read."""

    code = "P001"


class DocumentTooLarge(PressieError):
    """A document above the configured maximum size."""

    code = "P002"


class NotTextError(PressieError):
    """A document that is not text (NUL bytes, undecodable bytes)."""

    code = "P003"


class ResourceError(PressieError):
    """A lexicon, trigger list or rule file that is malformed."""

    code = "P004"


class OptionError(PressieError):
    """An option with a value outside its documented range."""

    code = "P005"


class ModelError(PressieError):
    """An optional model that is missing, fails its checksum or cannot be loaded."""

    code = "P006"


class DocumentError(PressieError):
    """A document whose extraction failed with an exception that is not a :class:`PressieError`.

    ``error_type`` names the original exception class and ``details`` holds its
    traceback as text (worker processes send text, not exception objects, so
    an exception that cannot be pickled cannot stop the stream).
    """

    code = "P100"

    def __init__(self, message: str, *, error_type: str = "", details: str = "") -> None:
        super().__init__(message)
        self.error_type = error_type
        self.details = details

"""The one diagnostic model every rule produces and every reporter reads."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Severity(enum.IntEnum):
    """Ordered so that `--fail-on warning` means "warning or worse"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None


@dataclass(frozen=True, slots=True)
class Location:
    path: str
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column}


@dataclass(frozen=True, slots=True)
class Issue:
    """A finding at a 1-based line and column (code points) of the original file.

    `end_line`/`end_column` point just past the span, as in SARIF and LSP.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None
    related: tuple[Location, ...] = field(default=())
    # The text of `line`, for reporters that show the source; not part of the contract.
    line_text: str = field(default="", compare=False, repr=False)
    # The record of a JSON Lines file the finding is in (its id); `path` is the file itself.
    record: str | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    @property
    def article(self) -> str:
        """What the finding is in: the file, or the file and its record."""
        return self.path if self.record is None else f"{self.path}:{self.record}"

    def __reduce__(self) -> tuple[type[Issue], tuple[Any, ...]]:
        # Pickled as the constructor's arguments: the results cache reads
        # thousands back, five times faster than a slotted dataclass's state.
        return (Issue, (self.path, self.line, self.column, self.end_line, self.end_column, self.code, self.rule,
                        self.severity, self.message, self.suggestion, self.related, self.line_text, self.record))

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": str(self.severity),
            "message": self.message,
            "suggestion": self.suggestion,
            "related": [r.to_dict() for r in self.related],
            **({"record": self.record} if self.record is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule reports: a span of the document's text and what is wrong there.

    Rules know offsets, not lines; the engine turns a Hit into an Issue with the
    rule's metadata, configured severity and source positions.
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    related: tuple[int, ...] = ()  # start offsets of the other places that make the finding


class PlacedHit(NamedTuple):
    """A corpus rule's finding, placed in its file when the rule collected it.

    Corpus rules decide only after the whole batch is read, when the documents
    are gone, so they keep positions rather than offsets, and no line text: a
    run keeps one for every line of every article, and the engine reads the
    few lines it reports back from the files. A tuple, because worker
    processes and the cache pickle them.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    line_text: str = ""
    suggestion: str | None = None
    related: tuple[Location, ...] = ()

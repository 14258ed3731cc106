"""What every rule is, whether written in Python or in TOML.

The metadata here is the single source of `translint rules`, `translint
explain` and, later, SARIF's rule descriptors, so the docs users read cannot
drift from the rules that run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from translint.issue import Severity

if TYPE_CHECKING:
    from translint.document import Document
    from translint.issue import Hit
    from translint.names.house import HouseNames

FAMILIES = {"TL0": "input", "TL1": "artifacts", "TL2": "names", "TL3": "sentences"}
FIX_KINDS = ("none", "safe", "unsafe")


@dataclass(frozen=True, slots=True)
class Example:
    """A bad text the rule must flag and the same text put right, which it must leave
    alone; tests run both. Near misses the rule must not report are `not_flagged`."""

    bad: str
    good: str


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    examples: tuple[Example, ...] = ()
    fix: str = "none"
    not_flagged: tuple[str, ...] = ()  # texts that look like the defect and are fine ("by the end of")
    origin: str = ""  # the module or data file that defines the rule
    requires: str = ""  # what the rule needs beyond one text ("a batch of files", "a house names file")

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[:3], "other")

    def explain(self) -> str:
        """The full documentation, as `translint explain` prints it."""
        parts = [f"{self.code} {self.name} ({self.family}, {self.severity}, fix: {self.fix})", "", self.summary]
        if self.doc:
            parts += ["", self.doc.strip()]
        for example in self.examples:
            parts += ["", "## Example", "", _indent(example.bad), "", "## Use instead", "", _indent(example.good)]
        if self.not_flagged:
            parts += ["", "## Not reported", "", *(_indent(text) for text in self.not_flagged)]
        if self.requires:
            parts += ["", f"Runs only with {self.requires}; its examples describe that setting."]
        if self.origin:
            parts += ["", f"Defined in {self.origin}."]
        return "\n".join(parts) + "\n"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


@dataclass(frozen=True)
class Context:
    """What a rule may consult besides the text: the document's source languages
    (configured, or detected from leftover letters), the rules' options and the
    house spellings."""

    source_languages: tuple[str, ...] = field(default=())
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    house: HouseNames | None = None  # the newsroom's spellings, from `names` in config

    def option(self, rule: str, key: str) -> Any:
        """A rule's option: the configured value, else the rule's default."""
        return self.options[rule][key]


class Rule(Protocol):
    info: RuleInfo

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]: ...

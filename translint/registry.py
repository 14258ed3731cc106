"""All rules known to a run: code rules, bundled data rules and the user's rule files."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from translint import rules as code_rule_package
from translint.diagnostics import ENGINE_RULES
from translint.document import Document
from translint.errors import TranslintError
from translint.issue import Hit, PlacedHit
from translint.rule import FIX_KINDS, Context, Rule, RuleInfo
from translint.ruledata import DataRule, bundled_rule_files, load_rule_file


@dataclass(frozen=True)
class CodeRule:
    """A rule written in Python: one module of translint/rules/.

    A module may also define `collect(doc, ctx)` and `finalize(collected, ctx)`
    to judge a whole batch (names across articles, repeated boilerplate), and
    `OPTIONS`, a dict of option names and defaults users may set in config.
    """

    info: RuleInfo
    check: Callable[[Document, Context], Iterable[Hit]]
    languages: frozenset[str] = field(default=frozenset())
    options: Mapping[str, Any] = field(default_factory=dict)
    collect: Callable[[Document, Context], Any] | None = None
    finalize: Callable[[list[Any], Context], Iterable[PlacedHit]] | None = None

    @classmethod
    def from_module(cls, module: ModuleType) -> CodeRule:
        summary, _, doc = (module.__doc__ or "").strip().partition("\n")
        fix = getattr(module, "FIX", "none")
        if fix not in FIX_KINDS:
            raise TranslintError(f"{module.__name__}: FIX must be one of {FIX_KINDS}")
        info = RuleInfo(
            code=module.CODE,
            name=module.NAME,
            severity=module.SEVERITY,
            summary=summary.strip(),
            doc=doc.strip(),
            examples=tuple(getattr(module, "EXAMPLES", ())),
            not_flagged=tuple(getattr(module, "NOT_FLAGGED", ())),
            fix=fix,
            origin=f"{module.__name__.replace('.', '/')}.py",
            requires=getattr(module, "REQUIRES", "a batch of files" if hasattr(module, "finalize") else ""),
        )
        return cls(
            info,
            getattr(module, "check", no_hits),
            frozenset(getattr(module, "LANGUAGES", ())),
            dict(getattr(module, "OPTIONS", {})),
            getattr(module, "collect", None),
            getattr(module, "finalize", None),
        )


@dataclass(frozen=True)
class Registry:
    rules: tuple[CodeRule | DataRule, ...]

    @cached_property
    def infos(self) -> list[RuleInfo]:
        """Every rule's metadata, engine diagnostics included, sorted by code (computed
        once: selectors, suppressions and explain all read it)."""
        return sorted([*ENGINE_RULES, *(r.info for r in self.rules)], key=lambda i: i.code)

    def find(self, code_or_name: str) -> RuleInfo | None:
        key = code_or_name.strip()
        for info in self.infos:
            if key.upper() == info.code or key.lower() == info.name:
                return info
        return None

    def resolve(self, selector: str) -> set[str]:
        """Codes a selector names: ALL, a code, a code prefix (TL2) or a rule name."""
        key = selector.strip()
        infos = self.infos
        if key.upper() == "ALL":
            return {i.code for i in infos}
        matched = {i.code for i in infos if i.code.startswith(key.upper()) or i.name == key.lower()}
        if not matched:
            raise ValueError(f"unknown rule or prefix {selector!r}")
        return matched


def no_hits(doc: Document, ctx: Context) -> Iterable[Hit]:
    """The per-document check of a rule that only judges whole batches."""
    return ()


def _code_rules() -> list[CodeRule]:
    found = []
    for module_info in pkgutil.iter_modules(code_rule_package.__path__):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{code_rule_package.__name__}.{module_info.name}")
        if hasattr(module, "CODE"):
            found.append(CodeRule.from_module(module))
    return found


@cache
def load_registry(extra_rule_files: tuple[Path, ...] = ()) -> Registry:
    """Build every rule once per process; `extra_rule_files` come from the user's config."""
    rules: list[CodeRule | DataRule] = _code_rules()
    for path, pack in bundled_rule_files():
        rules += load_rule_file(path, pack)
    for path in extra_rule_files:
        rules += load_rule_file(path)
    _check_unique(rules)
    return Registry(tuple(sorted(rules, key=lambda r: r.info.code)))


def _check_unique(rules: Sequence[Rule]) -> None:
    seen: dict[str, str] = {info.code: info.origin for info in ENGINE_RULES}
    seen.update({info.name: info.origin for info in ENGINE_RULES})
    for rule in rules:
        for key in (rule.info.code, rule.info.name):
            if key in seen:
                raise TranslintError(f"{rule.info.origin}: rule {key} is already defined in {seen[key]}")
            seen[key] = rule.info.origin


"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run: the rules of the run as `tool.driver.rules` (from the summary), one
result per issue. Columns stay as translint counts them, in Unicode code
points, and the run says so (`columnKind`). Paths become URIs relative to the
working folder (with `uriBaseId` %SRCROOT%, the working folder) when they are
under it, absolute `file:` URIs otherwise; pseudo-paths such as `<stdin>` are
kept as they are. `partialFingerprints` carry translint's line-shift-proof
fingerprints so that a finding keeps its identity when lines are added above it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from translint import __version__
from translint.fingerprint import fingerprints
from translint.issue import Issue, Location, Severity
from translint.report import Summary
from translint.rule import RuleInfo

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "translint/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    return json.dumps(sarif_log(issues, summary), ensure_ascii=False, indent=2) + "\n"


def sarif_log(issues: Sequence[Issue], summary: Summary) -> dict[str, Any]:
    """The SARIF log as a dict (what `render` serialises)."""
    cwd = Path.cwd()
    rules = [_descriptor(info) for info in summary.rules]
    index = {info.code: n for n, info in enumerate(summary.rules)}
    for issue in issues:  # a finding of a rule the summary does not list still gets a descriptor
        if issue.code not in index:
            index[issue.code] = len(rules)
            rules.append({"id": issue.code, "name": issue.rule})
    prints = _fingerprints(issues)
    results = [_result(issue, index[issue.code], prints[n], cwd) for n, issue in enumerate(issues)]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "translint", "version": __version__, "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if any(location.get("uriBaseId") == SRCROOT for location in _artifact_locations(results)):
        root = cwd.as_uri()
        run["originalUriBaseIds"] = {SRCROOT: {"uri": root if root.endswith("/") else root + "/"}}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def artifact_uri(path: str, cwd: Path) -> tuple[str, bool]:
    """`path` as a URI reference and whether it is relative to `cwd`.

    Relative when the file is under `cwd` (POSIX separators, percent-encoded);
    an absolute `file:` URI otherwise. Pseudo-paths (`<stdin>`) are kept.
    """
    if path.startswith("<") and path.endswith(">"):
        return path, False
    absolute = os.path.abspath(os.path.join(cwd, path))
    try:
        relative = os.path.relpath(absolute, cwd)
    except ValueError:  # another drive on Windows
        relative = ""
    if not relative or relative == os.pardir or relative.startswith(os.pardir + os.sep) or os.path.isabs(relative):
        return Path(absolute).as_uri(), False
    return quote(relative.replace(os.sep, "/"), safe="/"), True


def _descriptor(info: RuleInfo) -> dict[str, Any]:
    doc = info.doc.strip() or info.summary
    descriptor: dict[str, Any] = {"id": info.code, "name": info.name}
    if info.summary:
        descriptor["shortDescription"] = {"text": info.summary}
    if doc:
        descriptor["fullDescription"] = {"text": doc}
        descriptor["help"] = {"text": doc, "markdown": doc}
    descriptor["defaultConfiguration"] = {"level": LEVELS[info.severity]}
    descriptor["properties"] = {"family": info.family, "fix": info.fix, "tags": [info.family]}
    return descriptor


def _fingerprints(issues: Sequence[Issue]) -> list[str]:
    """Fingerprints in the order given, numbered in position order whatever that order is."""
    order = sorted(range(len(issues)), key=lambda n: issues[n].sort_key())
    prints = [""] * len(issues)
    for n, value in zip(order, fingerprints([issues[n] for n in order])):
        prints[n] = value
    return prints


def _result(issue: Issue, rule_index: int, fingerprint: str, cwd: Path) -> dict[str, Any]:
    artifact = _artifact(issue.path, cwd)
    region = {
        "startLine": issue.line,
        "startColumn": issue.column,
        "endLine": issue.end_line,
        "endColumn": issue.end_column,
    }
    result: dict[str, Any] = {
        "ruleId": issue.code,
        "ruleIndex": rule_index,
        "level": LEVELS[issue.severity],
        "message": {"text": issue.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if issue.record is not None:  # a JSON Lines record: the file is the artifact, the record a logical place in it
        result["locations"][0]["logicalLocations"] = [{"name": issue.record, "kind": "object"}]
        result["properties"] = {"record": issue.record}
    if issue.related:
        result["relatedLocations"] = [_related(n, location, cwd) for n, location in enumerate(issue.related, 1)]
    if issue.suggestion is not None:
        description = f"Replace with \"{issue.suggestion}\"" if issue.suggestion else "Delete it"
        result["fixes"] = [
            {
                "description": {"text": description},
                "artifactChanges": [
                    {
                        "artifactLocation": dict(artifact),
                        "replacements": [
                            {"deletedRegion": dict(region), "insertedContent": {"text": issue.suggestion}}
                        ],
                    }
                ],
            }
        ]
    return result


def _related(n: int, location: Location, cwd: Path) -> dict[str, Any]:
    region = {"startLine": location.line, "startColumn": location.column}
    return {"id": n, "physicalLocation": {"artifactLocation": _artifact(location.path, cwd), "region": region}}


def _artifact(path: str, cwd: Path) -> dict[str, Any]:
    uri, relative = artifact_uri(path, cwd)
    return {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}


def _artifact_locations(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for result in results:
        for location in result["locations"] + result.get("relatedLocations", []):
            found.append(location["physicalLocation"]["artifactLocation"])
    return found

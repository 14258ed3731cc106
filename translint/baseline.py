"""Baselines: today's findings recorded, so that only new ones are reported.

Findings are matched by fingerprint (translint.fingerprint), which leaves
out line numbers: adding lines above a finding does not make it new. Paths
(and fingerprinted) relative to the baseline file's folder, so the same
baseline matches from any working folder and with absolute or relative paths
(version 1 files kept them as typed, relative to where the run started, and
are still read that way).
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from translint.errors import TranslintError
from translint.fingerprint import fingerprints
from translint.issue import Issue

VERSION = 2


@dataclass(frozen=True)
class Baseline:
    known: Counter[tuple[str, str]]  # (path, fingerprint) of every recorded finding
    folder: Path  # where the baseline file is: version 2 paths are relative to it
    version: int


def _relative(path: str, folder: Path) -> str:
    """A reported path as seen from the baseline's folder, in forward slashes."""
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(folder))).as_posix()


def _keyed(issues: Sequence[Issue], folder: Path | None) -> list[tuple[Issue, str, str]]:
    """Each issue (in position order) with the path and fingerprint a baseline knows it by:
    relative to `folder`, or as typed when None (version 1)."""
    ordered = sorted(issues, key=Issue.sort_key)
    seen = [dataclasses.replace(i, path=_relative(i.path, folder)) if folder else i for i in ordered]
    return [(issue, shown.path, f) for issue, shown, f in zip(ordered, seen, fingerprints(seen))]


def write(path: Path, issues: Sequence[Issue]) -> None:
    findings = [
        {"path": shown, "code": i.code, "fingerprint": f, "message": i.message} for i, shown, f in _keyed(issues, path.parent)
    ]
    path.write_text(json.dumps({"translint-baseline": VERSION, "findings": findings}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        version = data.get("translint-baseline")
        if version not in (1, VERSION):
            raise ValueError(f"not a translint baseline of version 1 or {VERSION}")
        known = Counter((f["path"], f["fingerprint"]) for f in data["findings"])
        return Baseline(known, path.parent, version)
    except OSError as exc:
        raise TranslintError(f"{path}: cannot read baseline: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TranslintError(f"{path}: not a valid baseline ({exc})") from None


def new_issues(issues: Sequence[Issue], baseline: Baseline) -> list[Issue]:
    """Issues the baseline does not record."""
    remaining = Counter(baseline.known)
    fresh = []
    for issue, shown, fingerprint in _keyed(issues, baseline.folder if baseline.version > 1 else None):
        key = (shown, fingerprint)
        if remaining[key]:
            remaining[key] -= 1
        else:
            fresh.append(issue)
    return fresh

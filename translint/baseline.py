"""Baselines: today's findings recorded, so that only new ones are reported.

Findings are matched by fingerprint (translint.fingerprint), which leaves
out line numbers: adding lines above a finding does not make it new.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from translint.errors import TranslintError
from translint.fingerprint import fingerprints
from translint.issue import Issue

VERSION = 1


def write(path: Path, issues: Sequence[Issue]) -> None:
    ordered = sorted(issues, key=Issue.sort_key)
    findings = [
        {"path": i.path, "code": i.code, "fingerprint": f, "message": i.message}
        for i, f in zip(ordered, fingerprints(ordered))
    ]
    path.write_text(json.dumps({"translint-baseline": VERSION, "findings": findings}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load(path: Path) -> Counter[tuple[str, str]]:
    """(path, fingerprint) of every recorded finding."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("translint-baseline") != VERSION:
            raise ValueError(f"not a translint baseline of version {VERSION}")
        return Counter((f["path"], f["fingerprint"]) for f in data["findings"])
    except OSError as exc:
        raise TranslintError(f"{path}: cannot read baseline: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TranslintError(f"{path}: not a valid baseline ({exc})") from None


def new_issues(issues: Sequence[Issue], known: Counter[tuple[str, str]]) -> list[Issue]:
    """Issues the baseline does not record."""
    ordered = sorted(issues, key=Issue.sort_key)
    remaining = Counter(known)
    fresh = []
    for issue, fingerprint in zip(ordered, fingerprints(ordered)):
        key = (issue.path, fingerprint)
        if remaining[key]:
            remaining[key] -= 1
        else:
            fresh.append(issue)
    return fresh

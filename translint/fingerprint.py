"""Fingerprints that follow a finding when lines above it are added or removed.

Built from what the finding is (file, rule, the flagged text and its line,
spaces collapsed), never from where it is, plus an occurrence number for
identical findings in one file. SARIF's partialFingerprints and baselines
both use them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from translint.issue import Issue


def fingerprints(issues: Sequence[Issue]) -> list[str]:
    """One fingerprint per issue, in the order given (sort issues by position first)."""
    seen: Counter[str] = Counter()
    result = []
    for issue in issues:
        flagged = issue.line_text[issue.column - 1 : issue.end_column - 1 if issue.end_line == issue.line else None]
        material = "\0".join((issue.path, issue.code, " ".join(issue.line_text.split()), flagged))
        base = hashlib.sha256(material.encode("utf-8")).hexdigest()[:20]
        result.append(f"{base}:{seen[base]}")
        seen[base] += 1
    return result

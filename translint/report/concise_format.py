"""One line per issue, `path:line:col: CODE message`, for editors and grep."""

from __future__ import annotations

from collections.abc import Sequence

from translint.issue import Issue
from translint.report import Summary


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    return "".join(f"{i.path}:{i.line}:{i.column}: {i.code} {i.message}\n" for i in issues)

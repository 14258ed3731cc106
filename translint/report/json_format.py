"""A JSON list of issue objects: the contract other tools read (see Issue.to_dict)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from translint.issue import Issue
from translint.report import Summary


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    return json.dumps([i.to_dict() for i in issues], ensure_ascii=False, indent=2) + "\n"

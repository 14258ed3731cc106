"""JSON Lines: one issue object per line, the same objects as the JSON format (Issue.to_dict).

Characters that some line splitters take for line ends (U+0085, U+2028,
U+2029) are written as JSON escapes, so each issue is one line however the
output is split.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from translint.issue import Issue
from translint.report import Summary

_LINE_ENDS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    # Safe on the serialised text: JSON holds these characters only inside strings.
    return "".join(json.dumps(i.to_dict(), ensure_ascii=False).translate(_LINE_ENDS) + "\n" for i in issues)

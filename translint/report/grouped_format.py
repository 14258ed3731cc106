"""Issues grouped by file, as ruff's grouped output: the path once, then `  line:col  CODE  message`.

Positions are padded to the widest of their file so the codes line up; a
blank line separates files, and the text format's summary closes the report
(unless the run is quiet).
"""

from __future__ import annotations

from collections.abc import Sequence

from translint.issue import Issue
from translint.report import Summary
from translint.report.text_format import _COLORS, summary_line


def render(issues: Sequence[Issue], summary: Summary, color: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    by_path: dict[str, list[Issue]] = {}
    for issue in issues:
        by_path.setdefault(issue.path, []).append(issue)
    blocks = []
    for path, found in by_path.items():
        width = max(len(f"{i.line}:{i.column}") for i in found)
        rows = [
            f"  {f'{i.line}:{i.column}':<{width}}  {paint(i.code, '1;' + _COLORS[i.severity])}  {i.message}"
            for i in found
        ]
        blocks.append(paint(path, "1") + "\n" + "\n".join(rows) + "\n")
    if summary.quiet:
        return "\n".join(blocks)
    return "\n".join(blocks) + ("\n" if blocks else "") + summary_line(issues, summary, paint) + "\n"

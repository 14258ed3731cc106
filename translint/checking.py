"""What `translint check` does between parsing its flags and printing: lint,
fix, narrow to a diff or a baseline. Kept apart from the CLI so that each step
reads as one function and tests can drive it without a subprocess."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from translint.config import Config
from translint.engine import Linter
from translint.errors import TranslintError
from translint.issue import Issue


@dataclass(frozen=True)
class Inputs:
    files: list[Path]
    stdin: bytes | None = None  # the text read from standard input, when "-" was given
    stdin_name: str = "<stdin>"  # the path reported for it (--stdin-filename)
    input_format: str | None = None  # --input-format: all inputs in this format


def lint(config: Config, inputs: Inputs) -> list[Issue]:
    """Every file of the run, then the batch-wide rules; sorted by path and position."""
    linter = Linter(config)
    issues = []
    if inputs.stdin is not None:
        issues += linter.check_bytes(inputs.stdin, inputs.stdin_name, inputs.input_format)
    for path in inputs.files:
        issues += linter.check_file(path, inputs.input_format)
    return sorted(issues + linter.finish(), key=Issue.sort_key)


@dataclass(frozen=True)
class FixResult:
    files_changed: int
    fixes_applied: int
    diffs: list[str]


def fix(config: Config, inputs: Inputs, issues: Sequence[Issue], unsafe: bool, write: bool) -> FixResult:
    """Apply the fixes the rules mark safe (and unsafe ones when asked) to the files;
    with `write` false, only compute the patch."""
    from translint.fix import fix_file, unified_diff, write_atomically
    from translint.registry import load_registry

    if inputs.stdin is not None and write:
        raise TranslintError("--fix cannot rewrite standard input; use --diff to see the patch")
    allowed = {"safe", "unsafe"} if unsafe else {"safe"}
    kinds = {info.code: info.fix for info in load_registry(config.rules).infos}
    by_path: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        if issue.suggestion is not None and kinds.get(issue.code) in allowed:
            by_path[issue.path].append(issue)
    files = {path.as_posix(): path for path in inputs.files}
    changed = applied = 0
    diffs = []
    for display, fixable in sorted(by_path.items()):
        path = files.get(display)
        if path is None:
            continue
        before, after, count = fix_file(path, fixable, config.encoding)
        if after == before:
            continue
        changed += 1
        applied += count
        if write:
            write_atomically(path, after, config.encoding)
        else:
            diffs.append(unified_diff(display, before, after))
    return FixResult(changed, applied, diffs)


def only_changed_lines(issues: Sequence[Issue], revision: str) -> list[Issue]:
    """Issues on lines added or changed since `revision` (git)."""
    from translint.gitdiff import changed_lines

    changed = changed_lines(revision)
    kept = []
    for issue in issues:
        lines = changed.get(Path(issue.path).resolve(), set())
        if lines is None or any(line in lines for line in range(issue.line, issue.end_line + 1)):
            kept.append(issue)
    return kept

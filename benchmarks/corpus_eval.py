"""Findings per 1,000 words on the shared WMT corpus: human references (the
low-error control) and machine outputs, per rule, with a seeded sample of
machine-output findings to judge by hand.

    python benchmarks/corpus_eval.py --select TL1
    python benchmarks/corpus_eval.py --select TL3 --sample 30

Needs ../shared (the corpus and its article writer) beside the repository;
without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
WRITER = SHARED / "tools" / "corpus_articles.py"


def write_articles(role: str, folder: Path) -> int:
    """Write one role's articles; return the word count the writer reports."""
    done = subprocess.run(
        [sys.executable, str(WRITER), "--role", role, "--out", str(folder)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split(" articles, ")[1].split(" words")[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--select", action="append", default=None, help="rules to measure (repeatable)")
    parser.add_argument("--sample", type=int, default=20, help="machine-output findings to print for judging")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    if not WRITER.is_file():
        print(f"no corpus at {SHARED}; nothing measured")
        return

    from translint.api import lint_paths
    from translint.config import Config

    config = Config(select=tuple(args.select or ["ALL"]))
    with tempfile.TemporaryDirectory() as tmp:
        for role in ("ref", "hyp"):
            folder = Path(tmp) / role
            words = write_articles(role, folder)
            issues = lint_paths([folder], config)
            per_rule = Counter(i.code for i in issues)
            print(f"{role}: {len(issues)} findings in {words} words = {1000 * len(issues) / words:.3f} per 1,000 words")
            print("  " + ", ".join(f"{code} {n} ({1000 * n / words:.3f})" for code, n in sorted(per_rule.items())))
            if role == "hyp" and issues:
                rng = random.Random(args.seed)
                for n, issue in enumerate(rng.sample(issues, min(args.sample, len(issues))), 1):
                    line = issue.line_text
                    start = max(0, issue.column - 50)
                    print(f"  {n:2}. {issue.code} {Path(issue.path).name}:{issue.line}:{issue.column} | {line[start:issue.column + 60]}")


if __name__ == "__main__":
    main()

"""What every build script under scripts/ does with its output: write the shipped
data file, or with --check only say whether the shipped one is current."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(description: str, build: Callable[[], dict[Path, str]]) -> int:
    """Parse --check, build the files' texts and write them, or report the stale ones (exit 1)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="only report whether the shipped files are current")
    args = parser.parse_args()
    outputs = build()
    stale = [path for path, text in outputs.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: rerun the script", file=sys.stderr)
        if not stale:
            print("current: " + ", ".join(str(path.relative_to(ROOT)) for path in outputs))
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({len(text.encode()):,} bytes)")
    return 0

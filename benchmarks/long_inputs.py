"""Time and peak memory of `translint check` on pathological single inputs, to show
that a run grows linearly with its input (issue 16's targets).

    python benchmarks/long_inputs.py               # 10 MB and 50 MB lines, a 10 MB JSON line, 8,000 repeats
    python benchmarks/long_inputs.py --scale 0.2   # a fifth of those sizes, for a quick look

Each case is written to a temporary folder (our own text: one sentence with a
doubled word, so a finding every 100 characters) and checked in a fresh
process; peak RSS is that child's maximum resident set.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

UNIT = "The minister said that the talks in the capital ended the the late on Monday evening with no deal. "


def cases(scale: float) -> dict[str, tuple[str, str]]:
    """name -> (file name, content)."""
    ten = UNIT * int(10e6 * scale / len(UNIT))
    return {
        "10 MB on one line": ("ten.txt", ten + "\n"),
        "50 MB on one line": ("fifty.txt", UNIT * int(50e6 * scale / len(UNIT)) + "\n"),
        "10 MB JSON line": ("ten.jsonl", json.dumps({"id": 1, "text": ten}) + "\n"),
        "one sentence 8,000 times": ("repeat.txt", " ".join(["The council met on Monday."] * 8000) + "\n"),
    }


def measure(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB and findings of one check in a fresh process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "done = subprocess.run([sys.executable, '-m', 'translint', 'check', '--no-cache', '--format', 'concise',"
        " '--exit-zero', sys.argv[1]], capture_output=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"
        " done.stdout.count(b'\\n'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True).stdout
    seconds, rss_kb, findings = out.split()
    return float(seconds), int(rss_kb) / 1024, int(findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size factor for the large cases")
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'case':28} {'size':>9} {'seconds':>8} {'peak RSS':>9} {'findings':>9}")
        for name, (file_name, content) in cases(args.scale).items():
            path = Path(folder) / file_name
            path.write_text(content, encoding="utf-8")
            seconds, rss, findings = measure(path)
            print(f"{name:28} {len(content) / 1e6:7.1f}MB {seconds:8.2f} {rss:7.0f}MB {findings:9,}")


if __name__ == "__main__":
    main()

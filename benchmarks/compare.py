"""One-core throughput of this checkout against another install of translint, in turns.

    python benchmarks/compare.py --other /path/to/venv/bin/python [--corpus DIR] [--repeat 5] [--select TL2]

Each round times, in a fresh process per install, a second `checking.lint`
(the first loads the data, as in bench.py's best-of runs) with the default
rules on one core over the same articles (generated ones, our own
text, and DIR's .txt articles when given), alternating the two installs so
that load on a shared machine falls on both; the best round of each is
compared. The other install is any Python whose `translint` is another
commit (a venv with `pip install -e` of a worktree at that commit).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import generate

PROBE = """
import sys, time
from pathlib import Path
from translint import checking
from translint.config import Config
files = sorted(Path(sys.argv[1]).rglob("*.txt"))
config = Config(select=tuple(sys.argv[2].split(",")))
checking.lint(config, checking.Inputs(files), jobs=1)  # a first pass loads the data, as bench.py's best-of runs do
start = time.perf_counter()
checking.lint(config, checking.Inputs(files), jobs=1, cache_dir=None)
print(time.perf_counter() - start)
"""


def seconds(python: str, folder: Path, select: str) -> float:
    done = subprocess.run([python, "-c", PROBE, str(folder), select], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", required=True, help="the Python of the other install")
    parser.add_argument("--corpus", type=Path, help="a folder of .txt articles to measure too")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--select", default="ALL", help="rules to time, as for check (a family: TL2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folders = {"generated": Path(scratch)}
        generate(Path(scratch), args.articles, kinds=("txt",))
        if args.corpus:
            folders["corpus"] = args.corpus
        for label, folder in folders.items():
            mb = sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6
            this, other = [], []
            for _ in range(args.repeat):
                this.append(seconds(sys.executable, folder, args.select))
                other.append(seconds(args.other, folder, args.select))
            print(f"{label} ({mb:.2f} MB, best of {args.repeat}): this {mb / min(this):.2f} MB/s, "
                  f"other {mb / min(other):.2f} MB/s, this/other {min(other) / min(this):.3f}")


if __name__ == "__main__":
    main()

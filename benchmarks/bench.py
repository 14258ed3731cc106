"""Speed of translint on a synthetic corpus (and on a real one, when given).

    python benchmarks/bench.py                      # 2,000 generated articles
    python benchmarks/bench.py --articles 500 --corpus DIR

Prints, from one run so the ratios are fair on a noisy machine: MB/s and
articles/s of `lint_paths` with all default rules, a floor (read every file
and run 30 compiled regex patterns over it, one pass each), peak RSS, and the
cold start of `translint --version` and of a one-file check.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

# Our own vocabulary: news-like sentences with the defects translint looks for.
SUBJECTS = ["The ministry", "The regional governor", "Officials in Kharkiv", "The delegation", "The city council",
            "Rescue services", "The central bank", "The prosecutor's office", "Local residents", "The company"]
VERBS = ["reported", "announced", "said", "confirmed", "denied", "warned", "estimated", "promised"]
OBJECTS = ["that the bridge would reopen next week", "new restrictions on exports",
           "that 1,200 homes were left without power", "a plan to rebuild the school",
           "that talks would continue in Istanbul", "the arrest of two suspects",
           "an increase in grain shipments", "that the fire had been put out"]
DEFECTS = ["Home » News » Region", "by oleg_p", "You may also like", "The the talks went on.",
           "He called it «historic».", "Losses reached 4,5 million dollars.", "About 10 thousand people left.",
           "The meeting was held in Киев.", "Read also: Prices rose again", "Officials said “it is over."]


def generate(folder: Path, articles: int, seed: int = 20261127) -> int:
    rng = random.Random(seed)
    size = 0
    for n in range(articles):
        paragraphs = []
        for _ in range(rng.randint(4, 9)):
            sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}." for _ in range(rng.randint(1, 4))]
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.5:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(DEFECTS))
        text = "\n\n".join(paragraphs) + "\n"
        (folder / f"article-{n:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode())
    return size


FLOOR_PATTERNS = [regex.compile(p) for p in (
    r"\bthe the\b", r"[«»„]", r"\d+,\d\b", r"\d+ thousand\b", r"\p{Cyrillic}+", r"\p{Han}+", r"\p{Hangul}+",
    r"^Home\s*»", r"^by \w+$", r"You may also like", r"Leave a Comment", r"Read also:", r"<unk>", r"\{\d\}",
    r"\d{1,2}\.\d{1,2}\.\d{4}", r"\d{1,3} \d{3}\b", r"[，。：；！？]", r"\s+[,.]", r"[,.]{2,}", r"\b(\w+) \1\b",
    r"“[^”]*$", r"\([^)]*$", r"[a-z]\.[A-Z]", r"\b(?:mln|bln)\b", r"/Photo\b", r"Translated by", r"\bSubscribe\b",
    r"^\s*—\s", r"№", r"\s{2,}",
)]


def floor(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        text = path.read_bytes().decode("utf-8")
        for pattern in FLOOR_PATTERNS:
            for _ in pattern.finditer(text):
                pass
    return time.perf_counter() - start


def lint_seconds(files_or_folder: list[Path], select: tuple[str, ...] = ("ALL",)) -> tuple[float, int]:
    from translint.api import lint_paths
    from translint.config import Config

    start = time.perf_counter()
    issues = lint_paths(files_or_folder, Config(select=select))
    return time.perf_counter() - start, len(issues)


def command_seconds(*args: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "translint", *args], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(label: str, files: list[Path], folder: Path) -> None:
    size = sum(p.stat().st_size for p in files)
    lint_paths_time, found = lint_seconds([folder])
    floor_time = floor(files)
    mb = size / 1e6
    print(f"{label}: {len(files)} articles, {mb:.2f} MB, {found} issues")
    print(f"  translint, all rules : {mb / lint_paths_time:6.2f} MB/s  {len(files) / lint_paths_time:8.0f} articles/s")
    print(f"  floor (30 patterns)  : {mb / floor_time:6.2f} MB/s  ratio translint/floor = {floor_time / lint_paths_time:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, help="also measure on this folder of .txt articles")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, args.articles)
        files = sorted(folder.glob("*.txt"))
        lint_seconds([files[0]])  # compile the rules and import ICU outside the timings
        report("synthetic", files, folder)
        if args.corpus:
            if args.corpus.is_dir():
                report(f"corpus {args.corpus}", sorted(args.corpus.rglob("*.txt")), args.corpus)
            else:
                print(f"corpus {args.corpus}: not found, skipped")
        print(f"  peak RSS             : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        print(f"cold start: translint --version {command_seconds('--version') * 1000:.0f} ms, "
              f"one-file check {command_seconds('check', str(files[0])) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""Speed of translint, measured in one run so that ratios are fair on a noisy machine.

    python benchmarks/bench.py                      # 2,000 generated articles, and ../shared's corpus
    python benchmarks/bench.py --articles 500 --corpus DIR
    python benchmarks/bench.py --rss 50000          # also: peak RSS of a check of 50,000 articles

Reports, on a generated corpus (our own text, seeded) in plain text,
Markdown and HTML, and on the machine outputs of ../shared/corpus when it is
there (or on DIR): MB/s and articles/s with all default rules on one core and
on all cores, the ratio to a floor (reading every file and running 30
compiled `regex` patterns over it, one pass each), a second run with the
results cache, the cold start of `translint --version`, the latency of
`translint check` on one article, and with --rss the peak resident memory of
`translint check` over that many generated articles. On the plain-text
articles it also times each family of rules alone, the engine with one rule,
and all rules plus a generated file of 100 house-style rules.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

from translint.config import Config

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


def article(rng: random.Random) -> list[str]:
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}." for _ in range(rng.randint(1, 4))]
        paragraphs.append(" ".join(sentences))
    if rng.random() < 0.5:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(DEFECTS))
    return paragraphs


def generate(folder: Path, articles: int, seed: int = 20261127, kinds: tuple[str, ...] = ("txt", "md", "html")) -> None:
    """The same articles as .txt, .md and .html, in a folder per kind."""
    rng = random.Random(seed)
    for kind in kinds:
        (folder / kind).mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        paragraphs = article(rng)
        markdown = [f"# Report {n}", *(p.replace("rebuild", "*rebuild*") for p in paragraphs)]
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
        texts = {
            "txt": "\n\n".join(paragraphs) + "\n",
            "md": "\n\n".join(markdown) + "\n",
            "html": f"<html><head><title>Report {n}</title></head><body><h1>Report {n}</h1>\n{body}</body></html>\n",
        }
        for kind in kinds:
            (folder / kind / f"a{n:06d}.{kind}").write_text(texts[kind], encoding="utf-8")


FLOOR_PATTERNS = [regex.compile(p) for p in (
    r"\bthe the\b", r"[«»„]", r"\d+,\d\b", r"\d+ thousand\b", r"\p{Cyrillic}+", r"\p{Han}+", r"\p{Hangul}+",
    r"^Home\s*»", r"^by \w+$", r"You may also like", r"Leave a Comment", r"Read also:", r"<unk>", r"\{\d\}",
    r"\d{1,2}\.\d{1,2}\.\d{4}", r"\d{1,3} \d{3}\b", r"[，。：；！？]", r"\s+[,.]", r"[,.]{2,}", r"\b(\w+) \1\b",
    r"“[^”]*$", r"\([^)]*$", r"[a-z]\.[A-Z]", r"\b(?:mln|bln)\b", r"/Photo\b", r"Translated by", r"\bSubscribe\b",
    r"^\s*—\s", r"№", r"\s{2,}",
)]


def floor_seconds(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        text = path.read_bytes().decode("utf-8")
        for pattern in FLOOR_PATTERNS:
            for _ in pattern.finditer(text):
                pass
    return time.perf_counter() - start


def lint_seconds(files: list[Path], jobs: int, cache_dir: Path | None = None, config: Config | None = None) -> float:
    from translint import checking

    start = time.perf_counter()
    checking.lint(config or Config(), checking.Inputs(files), jobs=jobs, cache_dir=cache_dir)
    return time.perf_counter() - start


HOUSE_WORDS = ["utilise", "whilst", "amongst", "commence", "endeavour", "henceforth", "aforementioned",
               "notwithstanding", "heretofore", "inasmuch", "albeit", "thereof", "wherein", "forthwith"]


def house_pack(path: Path, rules: int = 100) -> Path:
    """A newsroom's own rule file: `rules` phrase and pattern rules that rarely fire."""
    rng = random.Random(7)
    entries = []
    for n in range(rules):
        first, second = rng.choice(HOUSE_WORDS), rng.choice(HOUSE_WORDS)
        if n % 2:
            body = f'kind = "pattern"\npattern = "\\\\b\\\\d+\\\\s(?:{first}|{second}) {n}\\\\b"'
        else:
            phrases = ", ".join(f'"{rng.choice(HOUSE_WORDS)} {rng.choice(HOUSE_WORDS)} {n}"' for _ in range(6))
            body = f'kind = "phrases"\nphrases = [{phrases}]'
        entries.append(f'[[rule]]\ncode = "TL9{n:02d}"\nname = "house-{n}"\n{body}\nseverity = "warning"\n'
                       'summary = "House style."\ndoc = "House style."\nmessage = "avoid {match}"\n'
                       'examples = [{ bad = "x", good = "y" }]\n')
    path.write_text("\n".join(entries), encoding="utf-8")
    return path


def budget(files: list[Path], pack: Path, repeat: int) -> None:
    """One core, by family of rules: where the time of a check goes, against the floor."""
    runs = {
        "engine alone (reading, documents, one rule)": Config(select=("TL117",)),
        "TL1 artifacts": Config(select=("TL1",)),
        "TL2 names": Config(select=("TL2",)),
        "TL3 sentences": Config(select=("TL3",)),
        "all default rules": Config(),
        "all + a file of 100 house rules": Config(rules=(pack,)),
    }
    floor: list[float] = []
    spent: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(repeat):
        floor.append(floor_seconds(files))
        for label, config in runs.items():
            spent[label].append(lint_seconds(files, 1, config=config))
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"one core by family, {len(files)} plain-text articles (best of {repeat}; floor {mb / min(floor):.2f} MB/s)")
    for label, seconds in spent.items():
        print(f"  {label:<44} {mb / min(seconds):6.2f} MB/s  ({min(floor) / min(seconds):.2f}x the floor)")


def command_seconds(*args: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "translint", *args], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(label: str, files: list[Path], cores: int, cache_root: Path, repeat: int) -> None:
    """Each timing the best of `repeat` runs, taken in turns, so that a burst of
    load on a shared machine does not land on one side of a ratio."""
    mb = sum(p.stat().st_size for p in files) / 1e6
    floor, one, many, cold, warm = [], [], [], [], []
    for attempt in range(repeat):
        floor.append(floor_seconds(files))
        one.append(lint_seconds(files, 1))
        many.append(lint_seconds(files, cores))
        cold.append(lint_seconds(files, cores, cache_root / label / str(attempt)))
        warm.append(lint_seconds(files, cores, cache_root / label / str(attempt)))
    floor_s, one_s, many_s, cold_s, warm_s = map(min, (floor, one, many, cold, warm))
    print(f"{label}: {len(files)} articles, {mb:.2f} MB (best of {repeat})")
    print(f"  floor, 30 patterns     {mb / floor_s:6.2f} MB/s")
    print(f"  translint, 1 core      {mb / one_s:6.2f} MB/s {len(files) / one_s:7.0f} articles/s  ({floor_s / one_s:.2f}x the floor)")
    print(f"  translint, {cores} cores     {mb / many_s:6.2f} MB/s {len(files) / many_s:7.0f} articles/s  ({one_s / many_s:.2f}x one core)")
    print(f"  cached second run      {mb / warm_s:6.2f} MB/s  ({cold_s / warm_s:.1f}x the first, cached run)")


def shared_corpus(folder: Path) -> Path | None:
    """The shared corpus's machine outputs written out as articles, when ../shared is there."""
    from corpus_eval import WRITER, write_articles

    if not WRITER.is_file():
        return None
    write_articles("hyp", folder)
    return folder


def peak_rss_mb(articles: int, folder: Path) -> float:
    """Peak resident memory of `translint check` (the largest of its processes) over generated articles."""
    generate(folder, articles, kinds=("txt",))
    subprocess.run([sys.executable, "-m", "translint", "check", "--no-cache", "-q", str(folder / "txt")],
                   capture_output=True, check=False)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, help="measure on this folder of .txt articles [default: ../shared's]")
    parser.add_argument("--rss", type=int, default=0, metavar="N", help="peak memory of a check of N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best is reported")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, args.articles)
        os.environ["TRANSLINT_CACHE_DIR"] = str(folder / "cache")
        lint_seconds(sorted((folder / "txt").glob("*"))[:1], 1)  # rules compiled, ICU loaded, outside the timings
        for kind in ("txt", "md", "html"):
            measure(f"synthetic {kind}", sorted((folder / kind).glob("*")), cores, folder / "results", args.repeat)
        budget(sorted((folder / "txt").glob("*")), house_pack(folder / "house.toml"), args.repeat)
        corpus = args.corpus or shared_corpus(folder / "shared")
        if corpus is not None and corpus.is_dir():
            measure(f"corpus {corpus.name}", sorted(corpus.rglob("*.txt")), cores, folder / "results", args.repeat)
        else:
            print(f"corpus {corpus or '../shared/corpus'}: not found, skipped")
        one_file = str(sorted((folder / "txt").glob("*"))[0])
        print(f"cold start: translint --version {command_seconds('--version') * 1000:.0f} ms; "
              f"translint check one article {command_seconds('check', '--no-cache', one_file) * 1000:.0f} ms")
        if args.rss:
            print(f"peak RSS, translint check of {args.rss} generated articles: "
                  f"{peak_rss_mb(args.rss, folder / 'rss'):.0f} MB")


if __name__ == "__main__":
    main()

"""Where the time of a check goes: each rule's share, on documents read beforehand.

    python benchmarks/rule_times.py DIR [--top 25]

Reads every .txt, .md and .html file under DIR, builds the documents (the
shared views, paragraphs and sentences, are timed apart), then runs every
default rule over all of them, rule by rule, and prints milliseconds per
rule, most expensive first. A view several rules share (the names analysis,
the sentence rules' paragraphs) is charged to the first rule that asks for
it; corpus rules' per-document summaries show as CODE+collect, and the
search for declarative rules' required strings as "prefilter".
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from translint import readers
    from translint.engine import Linter

    linter = Linter()
    files = sorted(p for p in args.folder.rglob("*") if p.suffix in (".txt", ".md", ".html"))
    start = time.perf_counter()
    docs = [doc for p in files for doc in readers.read(str(p), p.read_bytes(), readers.format_for(str(p)), linter.read_options)
            if not isinstance(doc, readers.BadRecord)]
    read = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        doc.sentences  # noqa: B018 - built here so that no rule is charged for them
    views = time.perf_counter() - start
    spent: Counter[str] = Counter()
    for doc in docs:
        ctx = linter.context(doc)
        languages = set(ctx.source_languages)
        start = time.perf_counter()
        ruled_out = linter.gates.ruled_out(doc)
        spent["prefilter"] += time.perf_counter() - start
        for rule in linter.rules:
            if rule.languages and not rule.languages & languages or rule.info.code in ruled_out:
                continue
            start = time.perf_counter()
            list(rule.check(doc, ctx))
            spent[rule.info.code] += time.perf_counter() - start
        for rule in linter.corpus_rules:
            start = time.perf_counter()
            rule.collect(doc, ctx)  # type: ignore[misc]
            spent[rule.info.code + "+collect"] += time.perf_counter() - start
    total = read + views + sum(spent.values())
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    print(f"{len(docs)} documents, {megabytes:.2f} MB, {total:.2f} s ({megabytes / total:.2f} MB/s without the engine)")
    print(f"  {'reading':<14} {read * 1000:8.1f} ms\n  {'paragraphs+ICU':<14} {views * 1000:8.1f} ms")
    for code, seconds in spent.most_common(args.top):
        print(f"  {code:<14} {seconds * 1000:8.1f} ms  {100 * seconds / total:4.1f}%")


if __name__ == "__main__":
    main()

"""Fuzz translint for a while: random and mutated inputs in every format and encoding.

    python scripts/fuzz.py --minutes 10            # prints inputs tried and any failure
    python scripts/fuzz.py --seed 7 --minutes 1

Each input is checked against the invariants of tests/fuzzing.py (no exception,
no TL006, findings inside the file, every report format renders and parses,
fixes stay in their spans), the same ones the bounded suite tests/test_fuzz.py
runs. A failing input is saved under fuzz-failures/ with its format as the
extension; turn it into a regression test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import EXTENSIONS, check  # noqa: E402

ODD = "\r\n\u2028\u0085\t \"'«»„“”()[]{}<>&;.,!?-–—…·⁇\ufeff\u200b\u0301Аяёї가日<![-->\\u"


def _random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randrange(1, 80)):
        roll = rng.random()
        if roll < 0.4:
            pieces.append(rng.choice(ODD))
        elif roll < 0.7:
            pieces.append(chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0x80, 0x3000), rng.randrange(0x10000, 0x30000)])))
        else:
            pieces.append(rng.choice(["The", "the", "said", "Kyiv", "Putina", " ", ". ", "\n\n", "# ", "- ", "<p>", "</p>"]))
    return "".join(c for c in "".join(pieces) if not 0xD800 <= ord(c) < 0xE000)


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randrange(1, 8)):
        if not buffer:
            buffer += bytes([rng.randrange(256)])
        at = rng.randrange(len(buffer))
        kind = rng.randrange(4)
        if kind == 0:
            buffer[at] = rng.randrange(256)
        elif kind == 1:
            del buffer[at : at + rng.randrange(1, 16)]
        elif kind == 2:
            buffer[at:at] = rng.choice(ODD).encode()
        else:
            buffer[at:at] = buffer[max(0, at - 20) : at]
    return bytes(buffer)


def inputs(rng: random.Random, seeds: list[tuple[bytes, str]]):  # type: ignore[no-untyped-def]
    """Endless (bytes, extension) pairs: raw bytes, random text in each encoding, mutated examples."""
    while True:
        roll = rng.random()
        extension = rng.choice(EXTENSIONS)
        if roll < 0.2:
            yield bytes(rng.randrange(256) for _ in range(rng.randrange(400))), extension
        elif roll < 0.6:
            text = _random_text(rng)
            if extension == "jsonl":
                text = json.dumps({"id": rng.randrange(9), "text": text}, ensure_ascii=rng.random() < 0.5) + "\n"
            yield text.encode(rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])), extension
        else:
            data, extension = rng.choice(seeds)
            yield _mutate(data, rng), extension


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = [(p.read_bytes(), p.suffix[1:] if p.suffix[1:] in EXTENSIONS else "txt") for p in sorted((ROOT / "examples").iterdir()) if p.is_file()]
    deadline, tried, failed = time.monotonic() + args.minutes * 60, 0, 0
    for data, extension in inputs(rng, seeds):
        if time.monotonic() > deadline:
            break
        tried += 1
        try:
            check(data, extension)
        except Exception:  # an invariant broke: keep the input
            failed += 1
            args.out.mkdir(exist_ok=True)
            saved = args.out / f"case-{args.seed}-{tried}.{extension}"
            saved.write_bytes(data)
            print(f"FAIL {saved}: {traceback.format_exc(limit=3).splitlines()[-1]}")
    print(f"fuzz: seed {args.seed}, {tried} inputs tried in {args.minutes} min, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

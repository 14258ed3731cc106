"""One name spelled in different articles of one run with y or i ("Zelenskyy", "Zelensky").

## What it finds
What TL204 finds, for spellings that differ only by y/i, ey/ei or the
-iy/-yi/-yy ending: "Sergey" in one article and "Sergei" in two others, or
"Zelenskyy" where the gazetteer's spelling is "Zelensky". Romanisation
systems disagree on exactly these letters and neither spelling is wrong, so
it is information for a desk that wants one form, at `info` severity. The
spelling to use is chosen as TL204 chooses it.

## Why it matters
A desk that keeps a style sheet writes one form; readers searching an
archive find the other articles only under the form they type.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.issue import PlacedHit, Severity
from translint.rule import Context, Example
from translint.rules.batch_variant import Usage, collect, variants

CODE = "TL206"
NAME = "batch-variant-minor"
SEVERITY = Severity.INFO
FIX = "unsafe"
EXAMPLES = (
    Example(
        bad='Two articles say "Sergei Tokarev"; a third says "Sergey Tokarev".',
        good='All three articles say "Sergei Tokarev".',
    ),
)

__all__ = ["CODE", "EXAMPLES", "FIX", "NAME", "SEVERITY", "collect", "finalize"]


def finalize(collected: list[list[Usage]], ctx: Context) -> Iterator[PlacedHit]:
    yield from variants(collected, ctx, minor=True)

"""Site navigation (a `<nav>` menu, a breadcrumb list) in an HTML article.

## What it finds
Text of an HTML page that sits inside a `<nav>` element, or an element
whose class, id, role or aria-label says breadcrumb: the reader marks such
paragraphs as navigation, and each is reported once.

## Why it matters
The menu and breadcrumb of the page the article was scraped from are not
part of the story; kept in the export, they are translated and published.
"""

from __future__ import annotations

from collections.abc import Iterator

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL124"
NAME = "page-navigation"
SEVERITY = Severity.WARNING
REQUIRES = "an HTML article"
EXAMPLES = (
    Example(
        bad='<nav class="breadcrumbs"><a href="/">Home</a> » <a href="/world">World</a></nav><p>Talks ended.</p>',
        good="<p>Talks ended.</p>",
    ),
)


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    for block in doc.blocks:
        if block.kind == "navigation":
            text = doc.span_text(block.span)
            yield Hit(block.span.start, block.span.end, f'site navigation "{text}" left in the article; delete it', "")

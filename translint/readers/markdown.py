"""Markdown: the prose of paragraphs, headings, list items, quotes, tables,
link text and image alt text, parsed by markdown-it-py; code, URLs, HTML and
front matter left out, except front matter's `title:` and `description:`.
A file nested deeper than markdown-it will follow is linted as plain text.

markdown-it gives each block its source lines; inside a block the reader
finds each text piece in the source in order, so positions stay exact after
emphasis, links and entities (whose tokens keep their source form when the
`text_join` rule is off).
"""

from __future__ import annotations

from functools import cache

import regex

from translint.document import Document, LineIndex, blank
from translint.readers.prose import Prose

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*$", regex.DOTALL | regex.MULTILINE)
_FRONT_FIELD = regex.compile(r"^(title|description):[ \t]*(['\"]?)(.*?)\2[ \t]*\r?$", regex.MULTILINE)
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_KINDS = {"heading_open": "heading", "list_item_open": "item", "blockquote_open": "quote", "th_open": "cell", "td_open": "cell"}


# markdown-it stops descending at this depth and drops what lies deeper; its default
# (20) left real articles with deep quotes unlinted. Past this, deeper still would
# exhaust Python's recursion, so such a file is linted as plain text instead.
_MAX_NESTING = 100


@cache
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable("table").disable("text_join")


def read(path: str, source: str) -> Document:
    prose = Prose()
    body = source
    front = _FRONT_MATTER.match(source)
    if front:
        for field in _FRONT_FIELD.finditer(source, front.start(1), front.end(1)):
            prose.add(field.group(3), field.start(3))
            prose.end_block("title" if field.group(1) == "title" else "paragraph", field.end(3))
        # Blank the front matter, keeping its line breaks, so markdown-it's line map holds.
        body = blank(source[: front.end()]) + source[front.end() :]
    starts = LineIndex(source).starts
    context: list[str] = []
    tokens = _parser().parse(body)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):  # nested too deep to parse: every line is prose
        return Document(path, source)
    for token in tokens:
        if token.type in _KINDS:
            context.append(_KINDS[token.type])
        elif token.type.replace("_close", "_open") in _KINDS and token.type.endswith("_close"):
            context.pop()
        elif token.type == "inline" and token.map:
            cursor = starts[token.map[0]]
            cursor = _walk(token.children or [], body, cursor, prose)
            prose.end_block(context[-1] if context else "paragraph", cursor)
    return prose.document(path, source)


def _walk(children: list, source: str, cursor: int, prose: Prose) -> int:  # type: ignore[type-arg]
    """Add the prose of inline tokens; returns the source offset after them."""
    for child in children:
        if child.type == "text":
            found = source.find(child.content, cursor)
            at = found if found >= 0 else cursor
            prose.add(child.content, at)
            cursor = at + len(child.content)
        elif child.type == "text_special":
            found = source.find(child.markup, cursor)
            at = found if found >= 0 else cursor
            prose.add_at(child.content, at)
            cursor = at + len(child.markup)
        elif child.type in ("softbreak", "hardbreak"):
            # markdown-it reads "\r\n" and a lone "\r" as "\n"; the source still has them.
            newline = _LINE_BREAK.search(source, cursor)
            at = newline.start() if newline else cursor
            prose.add_at(" ", at)
            cursor = newline.end() if newline else cursor + 1
        elif child.type == "image":
            cursor = _walk(child.children or [], source, cursor, prose)
        elif child.type in ("code_inline", "html_inline"):
            found = source.find(child.content, cursor)
            cursor = found + len(child.content) if found >= 0 else cursor
    return cursor

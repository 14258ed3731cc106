"""HTML: the text of the body and of `<title>`, `alt` and `title` attributes,
with the block structure kept (paragraphs, headings, list items, captions)
and `script`, `style`, `noscript`, `code`, `pre` and `template` left out.

The standard library's parser reports where each tag and piece of text
starts; with character references left unconverted it also reports each
`&amp;` or `&#1055;`, so every character of the prose maps to its place in
the file. Text inside `<nav>` or a breadcrumb element becomes a
"navigation" block, which TL124 reports as page residue.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import regex

from translint.document import Document
from translint.readers.prose import Prose

_SKIP = frozenset({"script", "style", "noscript", "code", "pre", "template", "svg", "head"})
_BLOCKS = {
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph", "main": "paragraph",
    "header": "paragraph", "footer": "paragraph", "aside": "paragraph", "td": "cell", "th": "cell",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "item", "dt": "item", "dd": "item", "blockquote": "quote", "figcaption": "caption",
    "caption": "caption", "title": "title", "br": "paragraph", "hr": "paragraph", "tr": "paragraph",
    "ul": "paragraph", "ol": "paragraph", "figure": "paragraph", "nav": "navigation", "body": "paragraph",
}
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "area", "wbr", "col", "embed"})
_NEWLINE = regex.compile(r"\n")
_BREADCRUMB = regex.compile(r"breadcrumb", regex.IGNORECASE)
_ATTRIBUTE = regex.compile(r"""\b(alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", regex.IGNORECASE)


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # html.parser counts lines by "\n" alone (a lone "\r" does not end one), so
        # its (line, column) positions are turned into offsets by its own count.
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(source))]
        self.prose = Prose()
        self.stack: list[tuple[str, str]] = []  # (tag, kind of the block it opens or "")
        self.skipping = 0
        self.in_title = False

    def source_offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def kind(self) -> str:
        kinds = [k for _, k in self.stack if k]
        if "navigation" in kinds:
            return "navigation"
        return kinds[-1] if kinds else "paragraph"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        here = self.source_offset()
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag != "head":
            self.skipping += 1
        if tag in _BLOCKS:
            self.prose.end_block(self.kind(), here)
        raw = self.get_starttag_text() or ""
        if not self.skipping:
            self._attributes(raw, here)
        if tag in _VOID:
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "aria-label", "role"))
        kind = "navigation" if tag == "nav" or _BREADCRUMB.search(marks) else _BLOCKS.get(tag, "")
        self.stack.append((tag, kind))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head" and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self.prose.end_block(self.kind(), self.source_offset())
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self.skipping and not self.in_title:
            return
        self.prose.add_collapsed(data, self.source_offset())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        if self.skipping and not self.in_title:
            return
        text = html.unescape(reference)
        if text.isspace():
            self.prose.add_collapsed(" ", self.source_offset())
        else:
            self.prose.add_at(text, self.source_offset())

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![` that is no CDATA or conditional section: skipped to its `>`, as
        browsers skip a bogus comment (the standard library asserts instead)."""
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # the parser moved them before it gave up; the caller moves them again
            end = self.rawdata.find(">", i + 3)
            return len(self.rawdata) if end < 0 else end + 1

    def _attributes(self, raw: str, start: int) -> None:
        for match in _ATTRIBUTE.finditer(raw):
            value_group = next(g for g in (2, 3, 4) if match.group(g) is not None)
            value, at = match.group(value_group), start + match.start(value_group)
            if value.strip():
                self.prose.end_block(self.kind(), at)
                self.prose.add_collapsed(html.unescape(value), at) if "&" in value else self.prose.add(value, at)
                self.prose.end_block("attribute", at + len(value))


def read(path: str, source: str) -> Document:
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    reader.prose.end_block(reader.kind(), len(source))
    return reader.prose.document(path, source)

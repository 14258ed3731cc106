"""JSON Lines exports: one article per record.

The article is the first of the configured fields (`text`, `body`,
`content`) that holds a string; the record is named by its `id` field, or
its line number. Positions point into the JSON line itself (the column of
the character inside the string literal, escapes counted as written), so an
editor opens the export at the right spot.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

import regex

from translint.document import Document, LineIndex
from translint.readers.prose import Prose
from translint.readers.records import BadRecord

# A UTF-16 surrogate on its own ("\ud800") is valid JSON but no character: text
# holding one cannot be encoded, printed or matched, so such a record is reported.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")  # re's \s is str.isspace(), as str.split() splits
_PLAIN = regex.compile(r'[^"\\]+')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def read(path: str, source: str, fields: Sequence[str], id_field: str) -> Iterator[Document | BadRecord]:
    lines = LineIndex(source)
    for number, start in enumerate(lines.starts, 1):
        raw = lines.line_text(number)
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield BadRecord(number, exc.colno, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield BadRecord(number, 1, "a record must be a JSON object")
            continue
        field = next((f for f in fields if isinstance(record.get(f), str)), None)
        if field is None:
            yield BadRecord(number, 1, f"no text field (looked for {', '.join(fields)})")
            continue
        name = str(record.get(id_field, f"line {number}"))
        if _SURROGATE.search(record[field]) or _SURROGATE.search(name):
            message = "a string holds a lone UTF-16 surrogate escape (\\uD800-\\uDFFF), which is no character"
            yield BadRecord(number, _surrogate_column(raw), message)
            continue
        prose = _string_prose(raw, start, field, record[field])
        if prose is None:
            yield BadRecord(number, 1, f"could not locate the `{field}` string in the line")
            continue
        yield prose.document(f"{path}:{name}", source, record=name)


def _string_prose(raw: str, start: int, field: str, value: str) -> Prose | None:
    """The field's text, each character mapped to its place in the JSON line."""
    for key in regex.finditer(rf'"{regex.escape(field)}"\s*:\s*"', raw):
        prose, index = Prose(), key.end()
        while index < len(raw) and raw[index] != '"':
            if raw[index] != "\\":  # a run of plain characters, added at once
                run = _PLAIN.match(raw, index).group()  # type: ignore[union-attr]
                prose.add(run, start + index)
                index += len(run)
                continue
            char, width = _unescape(raw, index)
            if char == "\n":
                prose.end_block("paragraph", start + index)
            else:
                prose.add_at(char, start + index)
            index += width
        prose.end_block("paragraph", start + index)
        if _SPACES.sub("", prose.text) == _SPACES.sub("", value):  # the right key, not a nested namesake
            return prose
    return None


def _surrogate_column(raw: str) -> int:
    """The column of the first escape of a surrogate half in a JSON line (1 when not found)."""
    found = regex.search(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", raw)
    return found.start() + 1 if found else 1


def _unescape(raw: str, index: int) -> tuple[str, int]:
    kind = raw[index + 1]
    if kind != "u":
        return _ESCAPES.get(kind, kind), 2
    code = int(raw[index + 2 : index + 6], 16)
    if 0xD800 <= code < 0xDC00 and raw[index + 6 : index + 8] == "\\u":
        low = int(raw[index + 8 : index + 12], 16)
        if 0xDC00 <= low < 0xE000:  # a pair; a high half before anything else stands alone
            return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), 12
    return chr(code), 6

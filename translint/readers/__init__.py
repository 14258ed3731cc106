"""Readers: a file's bytes to the Documents rules check.

Chosen by extension or by `--input-format`. Plain text is linted as it is;
Markdown, HTML and JSON Lines become prose with an offset map back to the
file, so positions are always those of the file the user has open.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath

from translint.document import Document
from translint.readers.decoding import decode
from translint.readers.records import BadRecord

# The one list of what the readers read: every other list of formats or file
# names (--input-format's choices, the default include globs, the pre-commit
# hook's test) derives from it. Anything else is plain text ("txt").
EXTENSIONS = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
INPUT_FORMATS = tuple(dict.fromkeys(EXTENSIONS.values()))
DEFAULT_INCLUDE = tuple(f"*{extension}" for extension in EXTENSIONS)


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None
    jsonl_fields: tuple[str, ...] = ("text", "body", "content")
    jsonl_id: str = "id"


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def read_file(name: str) -> bytes:
    """A file's bytes; OSError (with a reason in `strerror`) for anything but a regular file.

    Opened without blocking and checked before reading: a FIFO or a device in a
    linted folder would otherwise hang the run forever.
    """
    fd = os.open(name, _OPEN_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((what for test, what in _KINDS if test(mode)), "a special file")
            raise OSError(0, f"not a regular file ({kind}); not read", name)
    except BaseException:
        os.close(fd)
        raise
    with open(fd, "rb") as handle:
        return handle.read()


def format_for(path: str) -> str:
    """The input format a file name implies; plain text for anything unknown."""
    return EXTENSIONS.get(PurePath(path).suffix.lower(), "txt")


def read(path: str, data: bytes, fmt: str, options: ReadOptions) -> Iterator[Document | BadRecord]:
    """The documents of one file (several for JSON Lines), and records that could not be read.

    Raises UndecodableInput when the bytes are not text in the expected encoding.
    """
    text = decode(data, options.encoding)
    if fmt == "md":
        from translint.readers import markdown

        yield markdown.read(path, text)
    elif fmt == "html":
        from translint.readers import html

        yield html.read(path, text)
    elif fmt == "jsonl":
        from translint.readers import jsonl

        yield from jsonl.read(path, text, options.jsonl_fields, options.jsonl_id)
    else:
        yield Document(path, text)


__all__ = ["DEFAULT_INCLUDE", "EXTENSIONS", "INPUT_FORMATS", "BadRecord", "ReadOptions", "format_for", "read", "read_file"]

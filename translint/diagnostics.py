"""TL0xx: what the engine itself reports about input it cannot lint."""

from __future__ import annotations

from translint.issue import Severity
from translint.rule import RuleInfo

INVALID_ENCODING = RuleInfo(
    code="TL001",
    name="invalid-encoding",
    severity=Severity.ERROR,
    summary="The file is not valid UTF-8, so it was not linted.",
    doc="""\
## What it finds
A file whose bytes are not UTF-8 (with or without a byte-order mark). The
finding points at the line and column of the first bad byte and gives its
byte offset; the rest of the run goes on.

## Why it matters
Archives of Russian and Ukrainian news are often in cp1251 or KOI8-R; linting
them as UTF-8 would report mojibake instead of defects.

## Example
A file saved as cp1251, where "Київ" is the bytes CA B3 BF E2.

## Use instead
The same file re-saved as UTF-8 (`iconv -f cp1251 -t utf-8`).""",
    origin="translint/diagnostics.py",
)

INVALID_RECORD = RuleInfo(
    code="TL002",
    name="invalid-record",
    severity=Severity.ERROR,
    summary="A record of a JSON Lines file could not be read as an article; the others were linted.",
    doc="""\
## What it finds
A line of a `.jsonl` export that is not valid JSON, is not an object, or has
no string in any of the article fields (`jsonl-field` in config, by default
text, body and content). The finding points at the line and, for broken
JSON, at the column where parsing failed.

## Why it matters
A broken record is an article that was not checked; exports truncated by a
crashed scraper show up here.

## Example
    {"id": "42", "text": "Talks ended.}

## Use instead
    {"id": "42", "text": "Talks ended."}""",
    origin="translint/diagnostics.py",
)

READ_ERROR = RuleInfo(
    code="TL003",
    name="read-error",
    severity=Severity.ERROR,
    summary="The file could not be read (permissions, a broken link, a device).",
    doc="""\
## What it finds
A path that was found but could not be opened or read; the message gives the
operating system's reason. Other files are still linted.

## Example
An article with mode 000 in the checked folder.

## Use instead
Make the file readable, or exclude it with `--exclude`.""",
    origin="translint/diagnostics.py",
)

RULE_TIMEOUT = RuleInfo(
    code="TL004",
    name="rule-timeout",
    severity=Severity.ERROR,
    summary="A rule's pattern ran too long on this file and was stopped.",
    doc="""\
## What it finds
A declarative rule whose regular expression took longer than its time limit
on one file, usually through catastrophic backtracking. The rule's other
files are still checked; this file gets no findings from that rule.

## Example
    pattern = '(\\w+\\s?)+$'

## Use instead
    pattern = '\\w+(?:\\s\\w+)*$'""",
    origin="translint/diagnostics.py",
)

UNUSED_SUPPRESSION = RuleInfo(
    code="TL005",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A suppression comment or marker that silences nothing, or names an unknown rule.",
    doc="""\
## What it finds
A `<!-- translint-disable ... -->`, `<!-- translint-disable-next-line ... -->`
or `translint: ignore[...]` that no finding of this run fell under, or that
names a rule translint does not know.

## Why it matters
Suppressions outlive the defects they were written for; left in place they
would hide the next real defect on that line. Delete them once they are idle.

## Example
    <!-- translint-disable-next-line TL301 -->
    The talks ended on Monday.

## Use instead
    The talks ended on Monday.""",
    origin="translint/diagnostics.py",
)

INTERNAL_ERROR = RuleInfo(
    code="TL006",
    name="internal-error",
    severity=Severity.ERROR,
    summary="translint itself failed on this file (a bug); the file's other rules and the other files were still linted.",
    doc="""\
## What it finds
An exception inside translint while it read this file or ran one rule on it.
The finding names the rule (or the reader) and gives the exception's one-line
summary; whatever else could be checked was checked, and the run goes on.

## Why it matters
One odd input must not cost a newsroom the whole run's report. A TL006 is
always a bug in translint: please report it with the file that caused it
(`TRANSLINT_DEBUG=1` makes the run stop with the full traceback instead).

## Example
A file whose text makes a rule raise `ValueError`.

## Use instead
Nothing to change in the article: report the bug.""",
    origin="translint/diagnostics.py",
)

ENGINE_RULES = (INVALID_ENCODING, INVALID_RECORD, READ_ERROR, RULE_TIMEOUT, UNUSED_SUPPRESSION, INTERNAL_ERROR)

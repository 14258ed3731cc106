"""Dates written as day.month.year ("19.06.2024") in English prose.

## What it finds
A date in the Russian and Ukrainian numeric form, day first and separated by
dots, with a four-digit year from 1900 to 2099 and a valid day and month.

## Why it matters
American readers take 04.06.2024 for April 6, and the dotted form is not
English style at all; news writes "19 June 2024" or "June 19, 2024".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from translint.document import Document
from translint.issue import Hit, Severity
from translint.rule import Context, Example

CODE = "TL107"
NAME = "numeric-date"
SEVERITY = Severity.WARNING
FIX = "unsafe"
EXAMPLES = (Example(bad="The law takes effect on 01.09.2024.", good="The law takes effect on 1 September 2024."),)

_DATE = regex.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?![\d]|\.\d)")


def check(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    if ".19" not in text and ".20" not in text:
        return  # every date has one before its year; two C scans instead of the pattern's cut the time by half
    for match in _DATE.finditer(text):
        day, month = int(match.group("day")), int(match.group("month"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        english = f"{day} {_month_names()[month - 1]} {match.group('year')}"
        yield Hit(match.start(), match.end(), f'"{match.group()}" is a source-style date; write {english}', english)


@cache
def _month_names() -> list[str]:
    import icu

    return list(icu.DateFormatSymbols(icu.Locale.getEnglish()).getMonths())

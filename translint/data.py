"""The bundled data files under rules/: where they are, and each TOML file parsed once.

The bottom of the package: the document model, the segmenter, the
transliterator, the name analysis and the rules all read data through here,
and it imports nothing of translint but the TOML reader, so no import circle
can run through it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from translint.errors import read_toml


def rules_root() -> Path:
    """The bundled rule data: inside the wheel, or at the top of a source checkout."""
    package = Path(__file__).resolve().parent
    bundled = package / "_rules"
    return bundled if bundled.is_dir() else package.parent / "rules"


@cache
def load_data(relative: str) -> dict[str, Any]:
    """A bundled data file, parsed once."""
    return read_toml(rules_root() / relative, "rule file")

"""A small on-disk cache for data that is slow to derive and fixed for a given input.

The gazetteer (tomllib parsing and ICU transliteration of every source
form) costs a fifth of a second per process; pickled, it loads in a few
milliseconds. Entries are keyed by a hash of everything they derive from, so
a changed data file or another translint version never reads a stale entry.
Where the cache folder cannot be written, the value is simply computed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """$TRANSLINT_CACHE_DIR, else the platform's user cache folder."""
    configured = os.environ.get("TRANSLINT_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
    ) or Path.home() / ".cache"
    return Path(base) / "translint"


def cached(name: str, inputs: Iterable[bytes], compute: Callable[[], T]) -> T:
    """`compute()`, or its pickled result from an earlier run with the same inputs."""
    from translint import __version__

    digest = hashlib.sha256(__version__.encode())
    for part in inputs:
        digest.update(hashlib.sha256(part).digest())
    path = cache_dir() / f"{name}-{digest.hexdigest()[:24]}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass
    return value

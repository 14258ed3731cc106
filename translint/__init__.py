"""translint: find the defects machine translation leaves in English articles.

The public API is imported lazily so that `translint --version` and other
light commands do not pay for the engine, ICU or the rule data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Config", "Issue", "Severity", "lint_paths", "lint_text", "__version__"]

if TYPE_CHECKING:
    from translint.api import lint_paths, lint_text
    from translint.config import Config
    from translint.issue import Issue, Severity

_LAZY = {
    "lint_text": "translint.api",
    "lint_paths": "translint.api",
    "Config": "translint.config",
    "Issue": "translint.issue",
    "Severity": "translint.issue",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'translint' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)

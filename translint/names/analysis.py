"""Who is named in a document and how: spellings grouped into entities.

A *spelling group* is one way of writing an entity, with its short forms
("Vladimir Putin" and "Putin"). A *cluster* is one entity: spelling groups
whose names are near (translint.names.keys.names_near) and not two different
people the gazetteer knows. TL201, TL202, TL203 and `translint names` all read
this one analysis, computed once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from translint.document import Document
from translint.names.gazetteer import Entry, Gazetteer, load_gazetteer
from translint.names.keys import (
    block_key,
    feminine,
    keys_align,
    names_near,
    shortest_base,
    spelled_differently,
    split_tokens,
    uninflect,
)
from translint.names.mentions import Mention, extract


@dataclass
class SpellingGroup:
    spelling: str  # the longest form
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


@dataclass
class Cluster:
    groups: list[SpellingGroup]  # most used first
    entry: Entry | None  # the gazetteer's entity, when one spelling is known to it

    @property
    def majority(self) -> SpellingGroup:
        return self.groups[0]

    def preferred(self) -> str:
        """The form to suggest: the gazetteer's, else the article's majority."""
        return self.entry.canonical if self.entry else self.majority.spelling


@dataclass
class NameAnalysis:
    mentions: list[Mention]
    clusters: list[Cluster]
    countries: frozenset[str]  # countries of the entities named with a good spelling: context
    _resolved: dict[str, tuple[Entry, str] | None] = field(default_factory=dict, repr=False)

    def resolve(self, spelling: str) -> tuple[Entry, str] | None:
        """The gazetteer entity a spelling stands for and how it was recognised:
        "good" or "wrong" (exactly or by key), "inflected" (a case ending on a
        known form), or "near" (close to a good spelling of an entity from a
        country the article is about: "Kim Jong-in" beside "North Korea").
        Several rules ask about the same spellings: each is resolved once."""
        if spelling not in self._resolved:
            self._resolved[spelling] = self._resolve(spelling)
        return self._resolved[spelling]

    def _resolve(self, spelling: str) -> tuple[Entry, str] | None:
        gazetteer = load_gazetteer()
        found = _entry(gazetteer, spelling)
        if found:
            return found
        tokens = split_tokens(spelling)
        for base, ending in uninflect(tokens[-1], shortest_base(tokens)):
            whole = " ".join((*tokens[:-1], base))
            known = {e.canonical: e for e, _ in gazetteer.exact(whole)}  # exactly: keys of short bases collide
            if len(known) == 1:
                entry = next(iter(known.values()))
                if entry.kind == "person" or not feminine(tokens[-1], ending):
                    return entry, "inflected"
        near = [
            e
            for e in gazetteer.near(tokens)
            if e.kind == "person"
            and e.country in self.countries
            and not any(keys_align(tokens, split_tokens(full)) for full in (e.canonical, *e.accepted))
            and (len(tokens) > 1 or any(names_near(tokens, split_tokens(short)) for short in e.short))
        ]
        return (near[0], "near") if len(near) == 1 else None


def analyse(doc: Document) -> NameAnalysis:
    return doc.derived("names", _analyse)


def _analyse(doc: Document) -> NameAnalysis:
    gazetteer = load_gazetteer()
    mentions = extract(doc, gazetteer.tokens, gazetteer.place_words)
    groups = _spelling_groups(mentions)
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    known = [_known_entries(gazetteer, g.spelling) for g in groups]
    countries = frozenset(e.country for g in groups for e, status in gazetteer.exact(g.spelling) if status == "good")
    blocks: dict[str, list[int]] = {}
    for index, group in enumerate(groups):
        blocks.setdefault(block_key(split_tokens(group.spelling)), []).append(index)
    for members_of_block in blocks.values():  # only names that may be near are compared
        for n, i in enumerate(members_of_block):
            for j in members_of_block[n + 1 :]:
                if known[i] and known[j] and not known[i] & known[j]:
                    continue  # two entities the gazetteer tells apart (Kim Jong-un, Kim Jong-il)
                if spelled_differently(split_tokens(groups[i].spelling), split_tokens(groups[j].spelling)):
                    parent[root(j)] = root(i)

    members: dict[int, list[int]] = {}
    for i in range(len(groups)):
        members.setdefault(root(i), []).append(i)
    analysis = NameAnalysis(mentions, [], countries)
    for indexes in members.values():
        ordered = sorted((groups[i] for i in indexes), key=lambda g: (-len(g.mentions), g.first))
        resolved = next((r for g in ordered if (r := analysis.resolve(g.spelling))), None)
        analysis.clusters.append(Cluster(ordered, resolved[0] if resolved else None))
    return analysis


def _spelling_groups(mentions: list[Mention]) -> list[SpellingGroup]:
    """Mentions grouped by spelling; a short form joins the one longer spelling it is part of."""
    by_text: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_text.setdefault(mention.text, []).append(mention)
    texts = sorted(by_text, key=lambda t: -len(split_tokens(t)))
    groups: list[SpellingGroup] = []
    parts: list[frozenset[tuple[str, ...]]] = []  # each group's runs of tokens shorter than itself
    for text in texts:
        tokens = split_tokens(text)
        homes = [g for g, runs in zip(groups, parts) if tokens in runs]
        if len(homes) == 1:
            homes[0].mentions += by_text[text]
        else:
            groups.append(SpellingGroup(text, list(by_text[text])))
            parts.append(_shorter_runs(tokens))
    return groups


def _shorter_runs(tokens: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every contiguous run of a name's tokens but the whole: the short forms it contains."""
    n = len(tokens)
    return frozenset(tokens[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n)


def _known_entries(gazetteer: Gazetteer, spelling: str) -> frozenset[str]:
    """Entities a spelling is exactly a good form of."""
    return frozenset(e.canonical for e, status in gazetteer.exact(spelling) if status == "good")


def _entry(gazetteer: Gazetteer, spelling: str) -> tuple[Entry, str] | None:
    """The one entity a spelling names, exactly or by key, with "good" or "wrong";
    None when unknown or ambiguous."""
    matches = gazetteer.exact(spelling) or gazetteer.keyed(spelling)
    found: dict[str, tuple[Entry, str]] = {}
    for entry, status in matches:  # a spelling that is good for the entity stays good
        if found.get(entry.canonical, (entry, "wrong"))[1] == "wrong":
            found[entry.canonical] = (entry, status)
    return next(iter(found.values())) if len(found) == 1 else None


def aligned(spelling: str, target: str) -> str:
    """The part of `target` that corresponds to `spelling` ("Zelenskyy" in
    "Volodymyr Zelensky" is "Zelensky"), for suggestions on short forms."""
    mine, theirs = split_tokens(spelling), split_tokens(target)
    if len(mine) >= len(theirs):
        return target
    part = theirs[: len(mine)] if names_near(mine, theirs[: len(mine)]) and not names_near(mine, theirs[-len(mine) :]) else theirs[-len(mine) :]
    return " ".join(part)


"""Cyrillic names romanised the ways MT pipelines romanise them.

An English article translated through Russian spells a name however the
pipeline's romaniser did: BGN/PCGN ("Khunan"), the Telegram or passport tables
("Alihan", "Odnoklasniki"), Wikipedia's ("Yekaterinburg"). The tables are real
schemas from the `iuliia` package, reduced to rules/names/romanisation.toml by
scripts/build_gazetteer.py; this module applies them the way iuliia does (a
word's ending first, then each letter looked up with the letter before it,
with the letter after it, then alone).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from translint.data import load_data

_WORD = regex.compile(r"\p{Cyrillic}+")


@dataclass(frozen=True)
class Schema:
    name: str
    mapping: dict[str, str]
    prev: dict[str, str]  # two letters (the one before and this one) -> this one's Latin
    next: dict[str, str]  # two letters (this one and the one after) -> this one's Latin
    ending: dict[str, str]  # a word's last letters -> their Latin

    def word(self, word: str) -> str:
        lower = word.lower()
        body, tail = lower, ""
        for ending, latin in self.ending.items():
            if len(lower) > len(ending) and lower.endswith(ending):
                body, tail = lower[: -len(ending)], latin
                break
        out = []
        for i, letter in enumerate(body):
            before = body[i - 1] if i else ""  # at a word's start the key is the letter alone
            after = lower[i + 1] if i + 1 < len(lower) else ""
            latin = self.prev.get(before + letter)
            if latin is None and after:
                latin = self.next.get(letter + after)
            if latin is None:
                latin = self.mapping.get(letter, letter)
            out.append(latin)
        latin = "".join(out) + tail
        return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin

    def romanise(self, text: str) -> str:
        return _WORD.sub(lambda m: self.word(m.group()), text)


@cache
def _data() -> dict:  # type: ignore[type-arg]
    return load_data("names/romanisation.toml")


@cache
def schemas() -> tuple[Schema, ...]:
    """The romanisation schemas an MT pipeline may apply to a Russian name."""
    return tuple(
        Schema(s["name"], s["mapping"], s.get("prev", {}), s.get("next", {}), s.get("ending", {}))
        for s in _data()["schema"]
    )


@cache
def palladius() -> dict[str, str]:
    """Pinyin syllable -> its Palladius Cyrillic ("wen" -> "вэнь")."""
    return dict(_data()["palladius"])


@cache
def chinese_surnames() -> frozenset[str]:
    """The commonest Chinese surnames, in pinyin."""
    return frozenset(_data()["chinese_surnames"])


@cache
def russian_route_syllables() -> dict[str, frozenset[str]]:
    """Each spelling a pinyin syllable takes when Russian's Palladius form is
    romanised (by ICU's BGN table or a schema), lower case, to the pinyin it
    stands for: "ven" -> {"wen"}, "tszin" -> {"jin"}, "chzhou" -> {"zhou"}."""
    from translint.translit import romanise_with

    found: dict[str, set[str]] = {}
    for pinyin, cyrillic in palladius().items():
        latins = {romanise_with(cyrillic, "Russian-Latin/BGN"), *(s.romanise(cyrillic) for s in schemas())}
        for latin in latins:
            latin = latin.replace("'", "").replace("ʼ", "").lower()
            if latin.isascii() and latin.isalpha():
                found.setdefault(latin, set()).add(pinyin)
    return {latin: frozenset(pinyins) for latin, pinyins in found.items()}

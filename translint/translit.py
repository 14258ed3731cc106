"""Scripts, source-language detection and ICU romanisation.

A leftover letter tells which language an article was translated from, and
that language decides both which rule packs apply and which transliterator
romanises the leftover.
"""

from __future__ import annotations

from functools import cache

import regex

from translint.data import load_data

_FOREIGN = r"[^\P{L}\p{Latin}\p{Common}]"
# A run of non-Latin letters; words of it joined by spaces, hyphens or apostrophes.
FOREIGN_RUN = regex.compile(rf"{_FOREIGN}(?:{_FOREIGN}|\p{{M}}|[ \-'’](?={_FOREIGN}))*")
_SCRIPT_PROBES = {
    "Cyrillic": regex.compile(r"\p{Cyrillic}"),
    "Hangul": regex.compile(r"\p{Hangul}"),
    "Hiragana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    # Han characters, or the punctuation only Chinese typography uses in running text.
    "Han": regex.compile(r"[\p{Han}，。、《》【】]"),
}


def script_of(char: str) -> str:
    """ICU's long script name of one character ("Cyrillic", "Han", ...)."""
    import icu

    return str(icu.Script.getScript(char).getName())


def detect_languages(text: str) -> tuple[str, ...]:
    """Source languages revealed by leftover letters, most specific first; () when none."""
    if text.isascii():
        return ()
    table = load_data("common/scripts.toml")
    found: list[str] = []
    for script, probe in _SCRIPT_PROBES.items():
        match = probe.search(text)
        if match is None or (script == "Han" and "ja" in found):
            continue
        if script == "Cyrillic":
            found.append(_cyrillic_language(text[match.start() :]))
        else:
            found.append(table["script_languages"][script])
    return tuple(found)


def _cyrillic_language(text: str) -> str:
    table = load_data("common/scripts.toml")
    letters = set(text)
    for hint in table["cyrillic"]:
        if letters & set(hint["letters"]):
            return str(hint["language"])
    return str(table["script_languages"]["Cyrillic"])


# Every character cp1252 encodes (Latin-1, curly quotes, dashes, "€", "Œ") is
# Latin or no letter at all: checked against FOREIGN_RUN itself, once.
_CP1252_IS_LATIN = FOREIGN_RUN.search(bytes(range(256)).decode("cp1252", "ignore")) is None


def may_be_foreign(text: str) -> bool:
    """Whether the text may hold a letter of another script, so FOREIGN_RUN must scan it.

    Not if it is ASCII (str.isascii() is a flag lookup, not a scan), nor if
    cp1252 encodes it: most non-ASCII articles owe it to curly quotes and
    dashes alone, and the codec takes a fifth of the time of the pattern's scan.
    """
    if text.isascii():
        return False
    if not _CP1252_IS_LATIN:
        return True
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def romanise(text: str, languages: tuple[str, ...] = ()) -> tuple[str, str]:
    """ICU's romanisation of `text` and the transform used, cleaned of BGN marks.

    The language comes from the letters themselves when they tell (Ukrainian
    "ї"), else from the run's source languages when one fits the script,
    else from the script.
    """
    table = load_data("common/scripts.toml")
    script = next((script_of(c) for c in text if c.isalpha()), "Latin")
    language = table["script_languages"].get(script)
    if script == "Cyrillic":
        language = _cyrillic_language(text)
        cyrillic = {"ru", "uk", "be", "bg", "sr", "mk", "kk"}
        if language == "ru":
            language = next((lang for lang in languages if lang in cyrillic), "ru")
    transform = table["transliterators"].get(language or "", "Any-Latin; Latin-ASCII")
    return romanise_with(text, transform), transform


def romanise_with(text: str, transform: str) -> str:
    """`text` through one ICU transform, cleaned of the marks English spelling drops.

    ICU refuses a few sequences outright ("Unmappable input sequence", e.g. a
    Tangut component before a katakana mark); unidecode's table then gives the
    romanisation, so one odd character never costs the file its findings.
    """
    import icu

    try:
        latin = _transliterator(transform).transliterate(text)
    except icu.ICUError:
        from unidecode import unidecode

        latin = unidecode(text)
    for mark in load_data("common/scripts.toml")["cleanup"]["drop"]:
        latin = latin.replace(mark, "")
    return latin


@cache
def _transliterator(transform_id: str):  # type: ignore[no-untyped-def]
    import icu

    return icu.Transliterator.createInstance(transform_id)


@cache
def latin_lookalike(char: str) -> str | None:
    """The ASCII letter a character is confusable with (Cyrillic "о" -> "o"), per ICU's
    confusables data, or None when it has none."""
    skeleton = _spoof_checker().getSkeleton(0, char)
    return skeleton if len(skeleton) == 1 and skeleton.isascii() and skeleton.isalpha() else None


@cache
def _spoof_checker():  # type: ignore[no-untyped-def]
    import icu

    return icu.SpoofChecker()


_LETTER = regex.compile(r"[\p{L}\p{M}]")


def homoglyph_word(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """If the foreign run text[start:end] is a look-alike inside (or as) a Latin word,
    the word's span and its all-Latin spelling; None when it is real source text.

    ruff's lesson for confusables: a word wholly in another script is an
    untranslated word, not a disguise, unless it is a lone look-alike letter
    ("а" for "a") between English words.
    """
    run = text[start:end]
    if " " in run:
        return None
    word_start, word_end = start, end
    while word_start > 0 and _LETTER.match(text[word_start - 1]):
        word_start -= 1
    while word_end < len(text) and _LETTER.match(text[word_end]):
        word_end += 1
    word = text[word_start:word_end]
    if word == run and len(run) > 1:
        return None  # wholly foreign: "НАТО" is untranslated even though each letter has a twin
    if not all(latin_lookalike(c) for c in word if c.isalpha() and FOREIGN_RUN.match(c)):
        return None
    latin = "".join(latin_lookalike(c) or c for c in word)
    return word_start, word_end, latin

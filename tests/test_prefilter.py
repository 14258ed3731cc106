"""The prefilter: strings every match of a pattern holds, and rules skipped where they are absent."""

import random

import pytest
import regex

from translint.api import lint_text
from translint.config import Config
from translint.document import Document
from translint.prefilter import Gates, required_strings
from translint.registry import load_registry
from translint.ruledata import DataRule


def strings(source: str, flags: int = 0) -> list[list[str]]:
    return [sorted(s) for s in required_strings(regex.compile(source, flags))]


def test_a_phrase_requires_itself_casefolded():
    assert strings(r"(?<!\w)Main page(?!\w)") == [["main page"]]


def test_alternatives_require_one_of_their_strings():
    assert strings(r"Home|Start page") == [["home", "start page"]]


def test_parts_apart_are_each_required():
    assert strings(r"RMB\s?\d+\s?yuan") == [["rmb"], ["yuan"]]


def test_an_optional_part_is_one_of_two_spellings():
    assert strings(r"per ?cent") == [["per cent", "percent"]]


def test_a_part_that_may_be_absent_is_not_required():
    assert strings(r"\d+(?: thousand)?") == []


def test_a_small_class_spells_out_its_characters():
    assert strings(r"[Bb]y line") == [["by line"]]


def test_positive_lookaround_contents_are_required_but_negative_ones_are_not():
    assert strings(r"\d+(?= tonnes)(?! of)") == [[" tonnes"]]


def test_unicode_properties_hold_no_string_but_keep_their_neighbours():
    assert strings(r"\p{Lu}\p{Ll}+-nim\b") == [["-nim"]]


def test_strings_nearly_every_article_holds_rule_nothing_out():
    assert strings(r"\d,\d") == []


def test_line_breaks_are_sought_as_line_feeds():
    assert strings("end\r\nstart") == [["end\n\nstart"]]


@pytest.mark.parametrize("source", [r"[[:alpha:]]+ yuan", r"(?:yuan){e<=1}", r"(?V1)[\w--\d] yuan", r"\Kyuan"])
def test_syntax_re_would_misread_or_cannot_read_gives_no_strings(source):
    assert strings(source) == []


def _gates_for(*rules: DataRule) -> Gates:
    return Gates(rules)


def _rule(code: str) -> DataRule:
    return next(r for r in load_registry().rules if r.info.code == code and isinstance(r, DataRule))


def test_a_rule_whose_strings_are_absent_is_ruled_out():
    gates = _gates_for(_rule("TL121"))
    assert gates.ruled_out(Document("a.txt", "The minister spoke.\n")) == {"TL121"}


def test_a_rule_whose_strings_are_present_in_any_case_may_run():
    gates = _gates_for(_rule("TL121"))
    assert gates.ruled_out(Document("a.txt", "MACHINE TRANSLATED\n")) == frozenset()


def test_every_bundled_rule_with_strings_keeps_its_bad_examples():
    rules = [r for r in load_registry().rules if isinstance(r, DataRule)]
    gates = Gates(rules)
    for rule in rules:
        for example in rule.info.examples:
            assert rule.info.code not in gates.ruled_out(Document("a.txt", example.bad)), example.bad


# A random pattern from pieces whose meaning `re` and `regex` share, and texts
# over a small alphabet, so that matches are common: wherever `regex` finds a
# match, each required set must have a string in the casefolded text.
_PIECES = ["a", "b", "C", "ab", "Ba", "ca", "bb", "[ab]", "[^a]", ".", r"\w", r"\d", " ", r"\b", "(?<=a)", "(?<!b)", "(?=b)", "(?!c)",
           "(?<=ab)", "(?<!ab)", "(?=ca)", "(?!ca)"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.15 and depth < 2:
            parts.append(f"(?:{_random_pattern(rng, depth + 1)}|{_random_pattern(rng, depth + 1)})")
        elif roll < 0.25 and depth < 2:
            parts.append(f"(?:{_random_pattern(rng, depth + 1)}){rng.choice(['?', '*', '+', '{2}', '{1,3}', '??'])}")
        else:
            parts.append(rng.choice(_PIECES))
    return "".join(parts)


def test_required_strings_hold_in_every_text_a_random_pattern_matches():
    rng = random.Random(20261127)
    checked = 0
    for _ in range(6000):
        pattern = regex.compile(_random_pattern(rng), rng.choice([0, regex.IGNORECASE]))
        required = required_strings(pattern)
        text = "".join(rng.choice("aAbBcC1 \n") for _ in range(rng.randint(0, 30)))
        if required and pattern.search(text):
            folded = text.casefold()
            assert all(any(s in folded for s in options) for options in required), (pattern.pattern, text)
            checked += 1
    assert checked > 200, checked


def _case_partners(char: str) -> set[str]:
    """Characters Unicode's case mappings link to `char`, two steps out."""
    def step(c: str) -> set[str]:
        mapped = (c.lower(), c.upper(), c.title(), c.casefold(), c.swapcase())
        return {m for m in mapped if len(m) == 1}

    return {far for near in step(char) for far in step(near) | {near}} - {char}


def test_ignore_case_matches_keep_the_casefolded_string_in_the_casefolded_text():
    every = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    cased = [c for c in every if c.lower() != c or c.upper() != c or c.casefold() != c or c.title() != c]
    assert len(cased) > 2000
    for char in cased:
        pattern = regex.compile(regex.escape(char), regex.IGNORECASE)
        options = required_strings(regex.compile(regex.escape(char * 2), regex.IGNORECASE))
        for partner in _case_partners(char):
            if pattern.fullmatch(partner):
                folded = (partner * 2).casefold()
                assert all(any(s in folded for s in strings) for strings in options), (char, partner)


def test_dotless_i_is_left_out_of_required_strings():
    assert strings(r"K[ı]l[ı]çdaroğlu", regex.IGNORECASE) == [["çdaroğlu"]]


def _rule_file(tmp_path, body: str) -> Config:
    path = tmp_path / "house.toml"
    path.write_text(
        '[[rule]]\ncode = "TL190"\nname = "house"\nseverity = "warning"\nsummary = "House."\ndoc = "House."\n'
        f'message = "house style: {{match}}"\nexamples = [{{ bad = "x", good = "y" }}]\n{body}\n',
        encoding="utf-8",
    )
    return Config(select=("TL190",), rules=(path,))


def test_the_engine_runs_a_rule_only_on_articles_that_hold_its_strings(tmp_path, monkeypatch):
    config = _rule_file(tmp_path, 'kind = "phrases"\nphrases = ["main page"]')
    ran: list[str] = []
    check = DataRule.check
    monkeypatch.setattr(DataRule, "check", lambda rule, doc, ctx: ran.append(doc.text) or check(rule, doc, ctx))
    assert lint_text("Talks ended without a deal.\n", config=config) == []
    assert [i.code for i in lint_text("Back to the Main Page.\n", config=config)] == ["TL190"]
    assert ran == ["Back to the Main Page.\n"]


def test_a_sentence_rule_anchored_at_its_start_still_finds_sentences_inside_a_line(tmp_path):
    config = _rule_file(tmp_path, 'kind = "pattern"\nscope = "sentence"\npattern = "^However,"')
    issues = lint_text("Talks ended. However, nothing changed.\n", config=config)
    assert [(i.line, i.column) for i in issues] == [(1, 14)]

"""Declarative rules: the TOML shapes, their validation, and every shipped example."""

from pathlib import Path

import pytest
import regex

from translint.api import lint_text
from translint.config import Config
from translint.errors import ConfigError
from translint.registry import load_registry

PHRASE_RULE = """
[[rule]]
code = "TL190"
name = "test-widget"
kind = "phrases"
severity = "warning"
summary = "Widget text."
doc = "A widget."
message = "widget text {match}"
scope = "paragraph"
whole = WHOLE
phrases = ["You may also like", "Leave a Comment"]
examples = [{ bad = "You may also like", good = "You may also like this." }]
"""

PATTERN_RULE = """
[[rule]]
code = "TL191"
name = "test-thousand"
kind = "pattern"
severity = "info"
summary = "Thousand calque."
doc = "A calque."
message = "write {number},000"
suggestion = "{number},000"
pattern = '(?P<number>\\d+) thousand'
examples = [{ bad = "10 thousand shells", good = "10,000 shells" }]
"""


def rules_config(tmp_path: Path, body: str) -> Config:
    path = tmp_path / "extra.toml"
    path.write_text(body, encoding="utf-8")
    return Config(select=("TL19",), rules=(path,))


def test_whole_line_phrase_matches_only_a_line_of_its_own(tmp_path):
    config = rules_config(tmp_path, PHRASE_RULE.replace("WHOLE", "true"))
    text = "You may also like this approach.\n  Leave a   comment \nYou may also like:\n"
    assert [(i.line, i.column) for i in lint_text(text, config=config)] == [(2, 1), (3, 1)]


def test_phrase_inside_text_matches_on_word_boundaries(tmp_path):
    config = rules_config(tmp_path, PHRASE_RULE.replace("WHOLE", "false"))
    issues = lint_text("Nope: leave a commentary. But leave a comment here.", config=config)
    assert [(i.column, i.message) for i in issues] == [(31, "widget text leave a comment")]


def test_pattern_fills_message_and_suggestion_from_named_groups(tmp_path):
    [issue] = lint_text("About 10 thousand shells.", config=rules_config(tmp_path, PATTERN_RULE))
    assert (issue.column, issue.end_column, issue.suggestion, issue.message) == (7, 18, "10,000", "write 10,000")


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (("kind = \"pattern\"", "kind = \"magic\""), "`kind` must be one of"),
        (("summary = ", "colour = 1\nsummary = "), "unknown key `colour`"),
        (("code = \"TL191\"", "code = \"X1\""), "`code` must look like TL123"),
        (("{number},000\"\npattern", "{count},000\"\npattern"), "unknown placeholder {count}"),
        (("(?P<number>\\d+)", "(?P<number>\\d+"), "invalid pattern"),
    ],
)
def test_bad_rule_data_is_an_error_naming_the_file(tmp_path, change, complaint):
    body = PATTERN_RULE.replace(*change)
    with pytest.raises(ConfigError) as caught:
        load_registry((_write(tmp_path, body),))
    assert "extra.toml" in str(caught.value) and complaint in str(caught.value)


def test_error_names_the_line_of_the_bad_key(tmp_path):
    body = PATTERN_RULE.replace('severity = "info"', 'severity = "fatal"')
    with pytest.raises(ConfigError) as caught:
        load_registry((_write(tmp_path, body),))
    assert caught.value.line == body.splitlines().index('severity = "fatal"') + 1


def test_runaway_pattern_times_out_as_tl004(tmp_path, monkeypatch):
    import translint.ruledata

    monkeypatch.setattr(translint.ruledata, "PATTERN_TIMEOUT_SECONDS", 0.05)
    body = PATTERN_RULE.replace("'(?P<number>\\d+) thousand'", "'(?P<number>(.*a){25}\\d)'")
    config = Config(select=("TL19", "TL004"), rules=(_write(tmp_path, body),))
    [issue] = lint_text("a" * 200, config=config)
    assert issue.code == "TL004" and "TL191" in issue.message


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "extra.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _rules_with_examples():
    return [pytest.param(rule, id=rule.info.code) for rule in load_registry().rules]


@pytest.mark.parametrize("rule", _rules_with_examples())
def test_every_shipped_rule_has_docs_and_examples(rule):
    assert rule.info.summary and rule.info.doc and rule.info.examples


@pytest.mark.parametrize("rule", [r for r in _rules_with_examples() if not r.values[0].info.requires])
def test_every_shipped_rule_flags_its_bad_example_and_passes_its_good_one(rule):
    config = Config(select=(rule.info.code,), source=tuple(sorted(rule.languages)))
    for example in rule.info.examples:
        assert lint_text(example.bad, config=config), f"{rule.info.code} missed its bad example: {example.bad!r}"
        assert not lint_text(example.good, config=config), f"{rule.info.code} flagged its good example"
    for text in rule.info.not_flagged:
        assert not lint_text(text, config=config), f"{rule.info.code} flagged {text!r}"


@pytest.mark.parametrize("rule", _rules_with_examples())
def test_every_good_example_is_its_bad_example_put_right(rule):
    """`explain` shows each pair as "Example" and "Use instead": the good text must be
    the bad one corrected (most of the shorter text in common), not an unrelated near miss."""
    import difflib

    for example in rule.info.examples:
        blocks = difflib.SequenceMatcher(None, example.bad, example.good, autojunk=False).get_matching_blocks()
        shared = sum(block.size for block in blocks) / max(1, min(len(example.bad), len(example.good)))
        assert shared >= 0.7, f"{rule.info.code}: {example.good!r} is no correction of {example.bad!r}"


def test_paragraph_patterns_see_lines_of_cr_files(tmp_path):
    config = rules_config(tmp_path, PHRASE_RULE.replace("WHOLE", "true"))
    assert [i.line for i in lint_text("Story.\rLeave a comment\rEnd.", config=config)] == [2]


def test_paragraph_phrase_does_not_span_two_lines(tmp_path):
    config = rules_config(tmp_path, PHRASE_RULE.replace("WHOLE", "true"))
    assert lint_text("You may\nalso like\n", config=config) == []


def test_the_readme_rule_example_loads_and_passes_its_examples(tmp_path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml\n[[rule]]\n", 1)[1].split("```", 1)[0]
    config = Config(select=("TL190",), rules=(_write(tmp_path, "[[rule]]\n" + block),))
    [rule] = [r for r in load_registry(config.rules).rules if r.info.code == "TL190"]
    for example in rule.info.examples:
        assert lint_text(example.bad, config=config) and not lint_text(example.good, config=config)


def test_the_readme_rule_example_fixes_its_bad_text_into_its_good_text(tmp_path):
    from translint.fix import apply

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml\n[[rule]]\n", 1)[1].split("```", 1)[0]
    config = Config(select=("TL190",), rules=(_write(tmp_path, "[[rule]]\n" + block),))
    [rule] = [r for r in load_registry(config.rules).rules if r.info.code == "TL190"]
    [example] = rule.info.examples
    assert apply(example.bad, lint_text(example.bad, config=config))[0] == example.good


@pytest.mark.parametrize(
    ("source", "branches"),
    [("a|b", ["a", "b"]), ("(a|b)c", ["(a|b)c"]), (r"[|]x|\|y", ["[|]x", r"\|y"]), (r"(?:a\)|b)c|d", [r"(?:a\)|b)c", "d"])],
)
def test_top_level_branches_ignore_bars_in_groups_classes_and_escapes(source, branches):
    from translint.scan import top_level_branches

    assert top_level_branches(source) == branches


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\s*/\s*Photo\b.*$|(?<=[.!?])\s*Photo:.{1,20}$|^Photo:.*$", regex.MULTILINE),
        (r"^(?:Home|Main)\s*[»/](?:[^»/\n]{1,40}?[»/])*", regex.MULTILINE),
        (r"(?P<a>ab)|(?P<b>b)c|a", 0),
        (r"x*|y", 0),
        (r"(a)\1|b", 0),
    ],
)
def test_scanner_finds_what_finditer_finds(source, flags):
    from translint.scan import Scanner

    pattern = regex.compile(source, flags)
    texts = ["Crowds/ Photo by AP\nPhoto: Reuters\nHome » News » Kyiv", "abc bc xxy aab", "Fine. Photo: the port\n/Photo x"]
    for text in texts:
        expected = [(m.span(), _set_groups(m)) for m in pattern.finditer(text) if m.end() > m.start()]
        assert [(m.span(), _set_groups(m)) for m in Scanner.build(pattern).finditer(text, 1.0)] == expected


def _set_groups(match: regex.Match[str]) -> dict[str, str]:
    return {name: value for name, value in match.groupdict().items() if value is not None}


def test_line_anchored_pattern_finds_matches_on_every_line(tmp_path):
    config = rules_config(tmp_path, PHRASE_RULE.replace("WHOLE", "true"))
    text = "Leave a comment\r\nLeave a comment\n\nStory.\nLeave a comment"
    assert [i.line for i in lint_text(text, config=config)] == [1, 2, 5]


def test_whole_line_phrases_sharing_leading_words_each_match_only_their_line(tmp_path):
    body = PHRASE_RULE.replace("WHOLE", "true").replace(
        'phrases = ["You may also like", "Leave a Comment"]', 'phrases = ["Share", "Share this", "Share this post", "Print"]'
    )
    config = rules_config(tmp_path, body)
    text = "Share\nshare  this:\nShare this post\nShare that\nShare this page\nPrint this\n"
    assert [i.line for i in lint_text(text, config=config)] == [1, 2, 3]

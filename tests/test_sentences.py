"""TL304-TL309: sentences run together, cut off, badly started, punctuated or too long."""

import importlib
import random
import re
import sys

import pytest
from conftest import lint

from translint import document
from translint.api import lint_text
from translint.config import Config
from translint.issue import Severity
from translint.registry import load_registry
from translint.rule import Context
from translint.rules._prose import letter_runs, paragraphs, single_spaced


def flagged(text: str, *select: str) -> list[str]:
    """The text under each finding."""
    lines = text.splitlines()
    return [lines[i.line - 1][i.column - 1 : i.end_column - 1] for i in lint(text, *select)]


# -- TL304 merged-sentences -------------------------------------------------


def test_missing_space_after_a_sentence_is_reported_with_a_space_inserted():
    [issue] = lint("The talks ended, the ministry said.The envoy left.", "merged-sentences")
    assert (issue.column, issue.end_column, issue.suggestion) == (35, 36, ". ")


def test_year_before_the_stop_and_a_closing_quote_after_it_count():
    assert flagged("Exports grew in 2024.He expects more.", "TL304") == ["."]
    assert flagged('He called it "historic."The envoy agreed.', "TL304") == ['."']


def test_decimals_abbreviations_initials_and_addresses_are_not_merged_sentences():
    text = (
        "Growth was 2.5 percent in the U.S.A. last year, J.R.R.Tolkien wrote. "
        "See Ukrinform.ua, https://example.org/News.Today and report.PDF today."
    )
    assert lint(text, "TL304") == []


def test_after_a_capitalised_word_only_a_sentence_opener_makes_two_sentences():
    assert flagged("Troops left Ukraine.The talks went on.", "TL304") == ["."]
    assert lint("He ordered a Yandex.Taxi to the airport.", "TL304") == []


def test_list_number_glued_to_its_item_is_not_two_sentences():
    assert lint("1.Check the address\n2.Pay at the door", "TL304") == []


# -- TL305 truncated-sentence -----------------------------------------------


def test_sentence_ending_on_an_article_or_conjunction_is_cut_off():
    assert flagged("The ministry signed a memorandum with the. Talks went on and.", "TL305") == ["the.", "and."]


def test_sentence_ending_on_an_article_inside_closing_quotes_is_cut_off():
    assert flagged("The ministry said it would sign a deal “with the.” Talks went on.", "TL305") == ["the."]


def test_stranded_prepositions_and_auxiliaries_and_ellipses_are_english():
    text = "These are the people he worked with. He said he would. We waited and..."
    assert lint(text, "TL305") == []


def test_capital_a_is_an_initial_or_a_label_not_an_article():
    assert lint("The plan was called Plan A.", "TL305") == []


def test_prose_paragraph_that_stops_on_a_conjunction_without_punctuation_is_cut_off():
    [issue] = lint("Talks resumed on Monday. Both sides agreed to swap prisoners and", "TL305")
    assert (issue.column, issue.end_column) == (62, 65)


def test_heading_without_final_punctuation_is_not_cut_off():
    assert lint("Talks resume on Monday and\nBoth sides agreed to swap prisoners.", "TL305") == []


def test_missing_final_stop_of_a_whole_sentence_is_reported_only_with_the_option():
    text = "We arrived on Monday. The children will start school tomorrow"
    assert lint(text, "TL305") == []
    options = {"truncated-sentence": {"missing-stop": True}}
    [issue] = lint(text, "TL305", rule_options=options)
    assert issue.column == len(text)
    assert lint("Kyiv and Warsaw Sign a Grain Deal", "TL305", rule_options=options) == []


def test_lines_the_web_residue_rules_report_are_left_to_them():
    glued_credit = "Talks resumed. Both sides signed a deal with the. Photo: Reuters"
    assert lint(glued_credit, "TL305") == []
    assert [i.code for i in lint(glued_credit, "TL112", "TL305")] == ["TL112"]
    glued_byline = "Talks resumed. Kyiv and Warsaw signed a “security accord” Olena Koval"
    assert lint(glued_byline, "TL305", rule_options={"truncated-sentence": {"missing-stop": True}}) == []


# -- TL306 lowercase-start ----------------------------------------------------


def test_lower_case_word_after_a_full_stop_is_reported_with_a_capital():
    [issue] = lint("The talks ended. the envoy left.", "lowercase-start")
    assert (issue.column, issue.suggestion) == (18, "The")


def test_lower_case_starts_inside_each_paragraph_are_reported():
    text = "Talks ended. the envoy left.\nTalks resumed. and the envoy came back."
    assert flagged(text, "TL306") == ["the", "and"]


def test_abbreviations_initials_and_ellipses_do_not_end_sentences():
    text = "It costs approx. ten euros, e.g. for bread, etc. and starts at 5 p.m. sharp. It went on... and on."
    assert lint(text, "TL306") == []


def test_brands_handles_and_speech_tags_are_not_lower_case_starts():
    text = "He bought it. iPhone sales rose. “Why?” she asked. He won on Jeopardy! last year."
    assert lint(text, "TL306") == []


def test_paragraph_that_starts_lower_case_after_a_whole_sentence_is_reported():
    assert flagged("Talks ended on Monday.\nthe envoy flew home.", "TL306") == ["the"]


def test_paragraph_that_continues_a_line_without_final_punctuation_is_left_alone():
    assert lint("Talks ended on Monday and\nthe envoy flew home.", "TL306") == []


# -- TL307 space-before-punctuation -------------------------------------------


def test_space_before_a_comma_or_full_stop_is_deleted():
    issues = lint("The talks ended , the ministry said .", "space-before-punctuation")
    assert [(i.column, i.end_column, i.suggestion) for i in issues] == [(16, 17, ""), (36, 37, "")]


def test_ellipsis_dotted_names_emoticons_and_spaced_colons_keep_their_space():
    assert lint("Wait ... the .NET site, .com names and .5 mm :) are fine. Item : a blue kettle.", "TL307") == []


def test_guillemets_are_left_to_tl103():
    assert lint("He called it « historic » .", "TL307") == []


# -- TL308 repeated-punctuation -----------------------------------------------


def test_doubled_comma_is_reported_with_one_comma():
    [issue] = lint("The ministry said,, the talks would go on.", "repeated-punctuation")
    assert (issue.column, issue.suggestion) == (18, ",")


def test_clashing_marks_are_reported_without_a_suggestion():
    [issue] = lint("The envoy said., then left.", "TL308")
    assert (issue.column, issue.suggestion) == (15, None)


def test_ellipses_and_emphasis_are_style_not_defects():
    assert lint("Wait.... Really?! No!!! Well...? Hmm, ... fine.", "TL308") == []


def test_comma_after_an_abbreviation_dot_is_english():
    assert lint("Apple Inc., the U.S. firm, fruit, tea, etc., and at 5 p.m., we left.", "TL308") == []


def test_two_dots_are_reported_even_after_an_abbreviation():
    assert flagged("It ended.. Growth returned to the U.S..", "TL308") == ["..", ".."]


# -- TL309 long-sentence ------------------------------------------------------

LONG = " ".join(["The delegation met the governor and the mayor of the city"] * 8) + "."


def test_sentence_over_the_limit_is_information():
    [issue] = lint(LONG, "long-sentence")
    assert issue.severity == Severity.INFO and "88 words" in issue.message


def test_limit_is_a_rule_option():
    config = Config(select=("TL309",), rule_options={"long-sentence": {"max-words": 5}})
    assert len(lint_text("The delegation met the governor and the mayor.", config=config)) == 1
    assert lint_text("The delegation met the governor.", config=config) == []


# -- shape from markup ----------------------------------------------------------


def test_lines_a_markup_reader_calls_list_items_or_headings_are_not_prose():
    block = getattr(document, "Block", None)
    if block is None:
        pytest.skip("this Document has no blocks from markup readers")
    text = "Talks ended on Monday.\napples and pears. plums too.\nThe envoy left. Nobody knew why."
    lines = [document.Span(0, 22), document.Span(23, 51), document.Span(52, 84)]
    kinds = ["paragraph", "item", "paragraph"]
    doc = document.Document("a.md", text, blocks=[block(span, kind) for span, kind in zip(lines, kinds)])
    rules = {r.info.code: r for r in load_registry().rules}
    ctx = Context(options={"lowercase-start": {}})
    assert [doc.span_text(document.Span(h.start, h.end)) for h in rules["TL306"].check(doc, ctx)] == ["plums"]


def test_each_paragraph_holds_the_sentences_that_start_in_it():
    doc = document.Document("t.txt", "Title\n\nOne. Two.\n  \nThree.\n")
    assert [[doc.span_text(s) for s in p.sentences] for p in paragraphs(doc)] == [["Title"], ["One.", "Two."], ["Three."]]
    assert [p.index for p in paragraphs(doc)] == [0, 1, 2]


# -- shared by the rules of repetition (rules/_prose.py) ------------------------


def _lowered_runs(text: str) -> list[str]:
    """What letter_runs promises: `re`'s letter runs, lowered as `re` compares a backreference."""
    import _sre  # the lowering `re` itself applies under IGNORECASE

    return ["".join(chr(_sre.unicode_tolower(ord(c))) for c in run) for run in re.findall(r"[^\W\d_]+", text)]


def test_letter_runs_of_every_code_point_are_lowered_as_re_compares_them():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert letter_runs(document.Document("t.txt", every)) == _lowered_runs(every)


def test_letter_runs_lower_a_final_sigma_as_re_does():
    assert letter_runs(document.Document("t.txt", "ΟΔΟΣ")) == ["οδοσ"]


def test_letter_runs_of_ascii_text_are_those_of_re():
    rnd = random.Random(7)
    for _ in range(300):
        text = "".join(rnd.choices([chr(c) for c in range(128)], k=rnd.randint(0, 60)))
        assert letter_runs(document.Document("t.txt", text)) == _lowered_runs(text), text


def test_single_spaced_text_has_single_spaces_and_line_breaks_only():
    assert single_spaced("One line.\nTwo lines.\r\nThree.")


def test_any_other_white_space_is_not_single_spaced():
    odd = [c for c in map(chr, range(128)) if c.isspace() and c not in " \n\r"]
    assert not any(single_spaced(f"a{space}b") for space in [*odd, "  ", "\xa0"])


@pytest.mark.parametrize(
    "module, general, ascii_only",
    [("merged_sentences", "_MERGED", "_ASCII_MERGED"), ("lowercase_start", "_INSIDE", "_ASCII_INSIDE")],
)
def test_ascii_pattern_finds_what_the_general_one_finds_in_ascii_text(module, general, ascii_only):
    rules = importlib.import_module(f"translint.rules.{module}")
    rng = random.Random(20261127)
    pieces = ["ab", "Ab", "Zqa", "q", "Q", "7", "42", ".", "!", "?", '"', "'", ")", "]", " ", " ", "\t", "\n", "\r",
              "\x0b", "-", "@", "/", "Ab.", "ab. ", "x.Ya", "d.Ab"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        found = [(m.span(), m.groupdict()) for m in getattr(rules, general).finditer(text)]
        assert [(m.span(), m.groupdict()) for m in getattr(rules, ascii_only).finditer(text)] == found, text


def test_words_inside_quotations_do_not_count_towards_the_limit():
    config = Config(select=("TL309",), rule_options={"long-sentence": {"max-words": 5}})
    assert lint_text('He said "we will rebuild the bridge and the road" today.', config=config) == []
    assert len(lint_text('He said on Monday in Kyiv that "we will" rebuild it.', config=config)) == 1


# -- TL305 stranded prepositions ----------------------------------------------------


def test_preposition_with_no_object_and_nothing_moved_is_cut_off():
    assert flagged("They opened a museum named after. The city of.", "TL305") == ["after.", "of."]


def test_prepositions_stranded_by_a_relative_an_infinitive_or_a_passive_are_english():
    text = "This is the town she grew up in. It is what they fought for. Nothing to worry about. The bill is paid for."
    assert lint(text, "TL305") == []


def test_adverb_prepositions_count_only_after_a_past_form():
    assert lint("The storm came soon after. He came to. Crowds stood by.", "TL305") == []


def test_questions_may_end_on_a_preposition():
    assert lint("Is this vaccination paid for? Who is it for?", "TL305") == []


# -- TL306 quotations ---------------------------------------------------------------


def test_paragraph_opening_on_a_quotation_in_lower_case_is_reported():
    [issue] = lint('The rally ended.\n"we managed to hold it," one man said.', "TL306")
    assert (issue.line, issue.column, issue.suggestion) == (2, 2, "We")


def test_direct_speech_after_a_colon_in_lower_case_is_reported():
    [issue] = lint('His words: "we see attempts of sabotage on the border."', "TL306")
    assert issue.column == 13


def test_quotation_worked_into_the_sentence_after_a_colon_may_be_lower_case():
    assert lint('The study found: "the risk is lower than expected."', "TL306") == []


def test_hyphen_glued_to_a_word_is_no_dialogue_dash():
    assert lint("The talks ended.\n-aria, the suffix, was dropped.", "TL306") == []


def test_sentence_opening_words_that_are_also_domains_are_joins():
    assert flagged("The village was quiet.It rained. We came home.At noon we ate.", "TL304") == [".", "."]


def test_dotted_brand_is_never_split():
    assert lint("Ask Smart.Help about it.", "TL304") == []


def test_line_of_one_sentence_that_stops_on_and_is_cut_off():
    text = "Talks resume\nThe two sides met in Minsk on Monday.\nBoth sides agreed to exchange prisoners and"
    assert [(i.line, i.column) for i in lint(text, "TL305")] == [(3, 41)]


def test_line_that_stops_on_a_comma_is_a_segment_of_the_source():
    assert lint("Talks resume\nOver an empty and deserted field,\nthe birds flew south.", "TL305") == []


def test_title_and_title_case_lines_that_stop_on_and_are_headings():
    assert lint("Bread and\nThe Farmers And The", "TL305") == []


def test_passive_with_an_adverb_before_the_verb_strands_its_preposition():
    assert lint("The new bridge is well paid for. The old one was already dealt with.", "TL305") == []

"""TL303: a prose sentence without a finite verb."""

import random

import pytest
import regex
from conftest import lint

from translint.rules import fragment
from translint.rules.fragment import has_finite_verb


def spans(text: str) -> list[str]:
    """The text of each fragment found."""
    lines = text.splitlines()
    return [lines[i.line - 1][i.column - 1 : i.end_column - 1] for i in lint(text, "fragment")]


def test_verbless_sentence_between_whole_ones_is_reported_with_its_span():
    text = "The two leaders met in Minsk. Belarus “for the long term.” The text is secret."
    [issue] = lint(text, "TL303")
    assert (issue.line, issue.column, issue.end_column) == (1, 31, 59)


def test_noun_after_a_determiner_is_no_verb_but_after_a_subject_it_is():
    assert spans("Ministers met. The talks between the two sides in Minsk. Nothing changed.") == [
        "The talks between the two sides in Minsk."
    ]
    assert spans("Ministers met. It talks about a new partnership with Minsk. Nothing changed.") == []


def test_noun_after_an_adjective_of_a_noun_phrase_is_no_verb():
    assert not has_finite_verb("Cooperation with Minsk for the long term.")
    assert has_finite_verb("The elderly said nothing about the plan.")


def test_noun_after_a_noun_may_be_a_verb():
    assert has_finite_verb("The minister talks about the plan.")


def test_sentence_that_reads_as_an_imperative_is_no_fragment():
    assert spans("The ministry published the text. Read the full statement on its site. It is long.") == []


def test_verb_whose_subject_the_translation_dropped_is_still_a_verb():
    assert has_finite_verb("Went to the border with the convoy at dawn.")


def test_word_the_lexicon_lacks_is_a_verb_after_a_subject():
    assert has_finite_verb("On weekends we kayak down the river.")


def test_contracted_is_after_a_noun_is_a_verb():
    assert has_finite_verb("So the budget's included in the plan.")
    assert not has_finite_verb("Russia's talks with the envoy of the union.")


def test_headings_titles_captions_and_lines_of_one_sentence_are_not_prose():
    text = (
        "Agreement on a partnership for the long term\n"
        "Talks in Minsk on the future of the grain corridor\n"
        "A view of the port of Odesa at dawn.\n"
        "- Support for farmers in the south.\n"
        "Leaders met on Monday and signed a treaty.\n"
    )
    assert lint(text, "TL303") == []


def test_short_sentences_questions_quotations_and_labels_are_left_alone():
    text = (
        "They met. Of course. Why the long delay over the treaty? "
        "“Never again in our history.” Photo: the port of Odesa at dawn. Talks went on."
    )
    assert lint(text, "TL303") == []


def test_set_phrases_and_exclamations_need_no_verb():
    assert spans("We read it. Thanks for the photos of the party. What a lovely garden for a party.") == []


def test_sentence_that_an_abbreviation_cut_is_not_a_fragment():
    assert spans("In 2004, the firm Lida Co., Ltd. (LDA) was listed. It grew fast.") == []


def test_sentence_cut_inside_a_quotation_is_not_a_fragment():
    assert spans('"Will the talks slow down? Not at all," the report says. It is new.') == []


def test_emoji_before_a_set_phrase_or_a_lower_case_start_make_no_fragment():
    assert spans("Fans waved. 😂 😍 what a great idea for the whole town. 😀 What a great idea for the town. It went on.") == []


# -- how has_finite_verb reads: `re` on ASCII text, and a table of each word's moves --


def test_ascii_token_classes_hold_the_ascii_characters_of_the_unicode_ones():
    for unicode_class, ascii_class in ((r"[\p{L}\p{N}]", "[A-Za-z0-9]"), (r"\s", r"[\t\n\x0b\x0c\r ]")):
        for c in map(chr, range(128)):
            assert bool(regex.fullmatch(unicode_class, c)) == bool(regex.fullmatch(ascii_class, c)), repr(c)


def test_ascii_text_is_tokenised_as_the_unicode_pattern_does():
    rnd = random.Random(3)
    alphabet = list("aZ9'-. \t\x1c,;:()[]\"") + ["it's", "U.S.", " - "]
    for _ in range(2000):
        text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 20)))
        assert fragment._ASCII_TOKEN.findall(text) == fragment._TOKEN.findall(text), text


def test_a_word_read_again_is_read_as_the_first_time():
    sentences = ["The talks in Minsk.", "They talks in Minsk.", "Talks in Minsk.", "TALKS in Minsk.", "It also talks."]
    first = [has_finite_verb(s) for s in sentences]
    assert first == [False, True, False, False, True]
    assert [has_finite_verb(s) for s in sentences] == first


def test_words_past_the_table_limit_are_read_without_it(monkeypatch):
    for table, limit in (("_MOVES", "_MOVES_LIMIT"), ("_PIECES", "_PIECES_LIMIT")):
        monkeypatch.setattr(fragment, table, {})
        monkeypatch.setattr(fragment, limit, 0)
    assert not has_finite_verb("Cooperation with Minsk for the long term.")
    assert has_finite_verb("The minister talks about the plan.")
    assert fragment._MOVES == {} and fragment._PIECES == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv's mayor said so.",  # a possessive: the next word decides
        "The mayor's been there.",  # "X's been" is "X has been"
        "The mayor's office, in the centre of the city.",
        "Officials - as usual - silent.",  # a lone dash is read token by token
        "Talks in Minsk (Belarus) on Friday.",
        "He'll come.",
        "Russia's, Ukraine's and Poland's ministers.",
        "The minister's\u00a0statement on the plan.",
        "",
    ],
)
def test_reading_by_pieces_between_spaces_agrees_with_reading_by_words(sentence):
    assert has_finite_verb(sentence) == fragment._reads_finite_verb(sentence)


def test_letter_python_does_not_know_starts_no_contraction():
    # A letter to `regex` that is not one to str.isalnum (a newer Unicode) makes a punctuation token.
    unknown = next((c for c in map(chr, range(0x110000)) if regex.match(r"\p{L}", c) and not c.isalnum()), None)
    if unknown is None:
        pytest.skip("regex and Python know the same letters")
    assert not has_finite_verb(unknown + "'ll")


# -- one sentence a line ----------------------------------------------------------

ONE_A_LINE = (
    "Grain talks resume in Minsk\n"
    "The two delegations met in Minsk on Monday to discuss the export corridor.\n"
    "{line}\n"
    "The ministry said that the next round would take place in Warsaw in May."
)


def test_verbless_line_opening_on_an_adverbial_between_whole_sentences_is_a_fragment():
    text = ONE_A_LINE.format(line="Previously, chief of the department of the ministry of the region in the capital of Belarus.")
    assert [(i.line, i.column) for i in lint(text, "TL303")] == [(3, 1)]


def test_verbless_noun_phrase_line_is_a_caption_or_product_line():
    text = ONE_A_LINE.format(line="A new terminal with a rough surface for better grip of the wheels of trucks.")
    assert lint(text, "TL303") == []


def test_short_verbless_line_is_style():
    assert lint(ONE_A_LINE.format(line="According to the ministry."), "TL303") == []


def test_verbless_line_among_short_lines_is_a_list_of_features():
    text = "Talks\nThe delegations met.\nIn addition, the question of the price of gas for households in winter.\nAll left."
    assert lint(text, "TL303") == []


def test_year_before_a_past_form_leaves_it_a_verb():
    assert has_finite_verb("A strong earthquake in 1999 killed more than 17,000 people.")

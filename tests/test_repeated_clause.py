"""TL126 repeated-clause: a phrase said twice in a row inside one sentence."""

from conftest import lint


def test_clause_repeated_after_a_comma_is_reported_once_with_one_copy_as_fix():
    [issue] = lint("The talks will go on, the mayor said, the mayor said on Monday.", "TL126")
    assert (issue.column, issue.suggestion) == (23, "the mayor said")


def test_phrase_repeated_around_or_is_reported():
    [issue] = lint("They grow tomatoes in the field or in the field.", "TL126")
    assert issue.column == 20


def test_function_words_and_reduplications_are_not_clauses():
    assert lint("It rose step by step, again and again and again, in the morning and in the evening.", "TL126") == []


def test_parallel_phrases_with_other_words_between_are_style():
    assert lint("We will fight on the beaches, we will fight on the hills.", "TL126") == []


def test_lists_of_prices_are_not_repeats():
    assert lint("A box costs 490 yen excluding tax, 790 yen excluding tax for two.", "TL126") == []


def test_copies_in_two_sentences_are_left_to_the_repeated_sentence_rule():
    assert lint("He saw the old bridge. The old bridge fell.", "TL126") == []

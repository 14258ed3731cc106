from conftest import lint
from test_artifacts import random_texts

from translint.document import Document
from translint.rules._prose import letter_runs


def test_doubled_word_is_reported_case_insensitively():
    [issue] = lint("The the talks ended.", "doubled-word")
    assert (issue.column, issue.end_column, issue.suggestion) == (1, 8, "The")


def test_allowed_doublings_are_not_reported():
    assert lint("He had had enough. He said that that claim was false.", "TL301") == []


def test_a_word_inside_another_is_not_a_double():
    assert lint("the theory of the thesis", "TL301") == []


def test_hyphenated_reduplication_is_not_a_double():
    assert lint("Baden-Baden and so-so results", "TL301") == []


def test_words_on_different_lines_are_not_doubled():
    assert lint("He met Peskov\nPeskov said nothing.", "TL301") == []


def test_a_loop_of_five_is_left_to_runaway_repetition():
    assert lint("It will continue continue continue continue continue soon.", "TL301") == []


def test_a_triple_word_is_still_doubled():
    assert len(lint("We saw the the the end.", "TL301")) == 1


def test_reduplicated_names_are_not_doubles():
    assert lint("The blogger Fang Fang from Guangzhou met the writer Cao Cao in the park.", "TL301") == []


def test_capitalised_english_word_doubled_in_a_title_is_still_reported():
    [issue] = lint("First Sale Sale Now On", "TL301")
    assert issue.suggestion == "Sale"


def test_exceptions_are_data():
    from translint.data import load_data

    assert {"had", "that", "really"} <= set(load_data("common/doubled-word.toml")["allowed"])


def test_doubling_gate_passes_every_random_text_with_a_doubling():
    from translint.rules.doubled_word import _DOUBLE, may_double

    doubled = [text for text in random_texts(seed=301) if _DOUBLE.search(text)]
    assert len(doubled) > 500
    assert all(may_double(letter_runs(Document("t.txt", text))) for text in doubled)


def test_a_doubling_that_only_re_calls_equal_is_reported():
    assert len(lint("The İt it ended.", "TL301")) == 1

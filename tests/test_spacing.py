"""TL310 inner-space, TL311 missing-space and TL308's doubled quote marks."""

from conftest import lint, positions


def test_spaced_brackets_are_one_spacing_finding_with_the_trimmed_pair_as_fix():
    [issue] = lint("Prices rose ( by 5% ) in May.", "TL3")
    assert (issue.code, issue.column, issue.end_column, issue.suggestion) == ("TL310", 13, 22, "(by 5%)")


def test_spaced_curly_quotes_are_reported_once():
    [issue] = lint("He called it the “ new ” plan.", "TL3")
    assert issue.code == "TL310" and issue.suggestion == "“new”"


def test_space_after_a_bracket_that_is_never_closed_is_reported_alone():
    assert positions(lint("Dinner for ( six people.", "TL310")) == [("TL310", 1, 12)]


def test_space_before_a_closing_bracket_whose_opener_is_tight():
    [issue] = lint("The plant (in Kyiv ) closed.", "TL310")
    assert issue.column == 19 and issue.suggestion == ")"


def test_emoticons_and_chat_brackets_are_not_spacing():
    assert lint("So sad(( and see you :( soon ) ok. All is well ) really.", "TL310") == []


def test_spaces_around_the_at_of_an_address_are_deleted():
    [issue] = lint("Write to press @ example.com today.", "TL310")
    assert issue.suggestion == "@" and issue.column == 15


def test_at_between_plain_words_is_left_alone():
    assert lint("Meet me @ the gate at noon.", "TL310") == []


def test_comma_glued_to_the_next_word_gets_a_space():
    [issue] = lint("The ministry said,the talks went on.", "TL311")
    assert issue.column == 18 and issue.suggestion == ", "


def test_numbers_and_abbreviations_keep_their_commas():
    assert lint("About 1,500 people came to Lida Co.,Ltd on Monday.", "TL311") == []


def test_colon_spaced_on_the_wrong_side_is_moved():
    [issue] = lint("Crowds in Lviv :officials say it is new.", "TL311")
    assert issue.suggestion == ": " and issue.column == 15


def test_separator_colon_with_spaces_on_both_sides_is_left_alone():
    assert lint("Item : a blue kettle.", "TL311") == []


def test_straight_closing_quote_glued_to_the_next_word():
    [issue] = lint('A "new plan"reportedly failed.', "TL311")
    assert issue.column == 12 and issue.suggestion == '" '


def test_straight_opening_quote_glued_to_the_word_before():
    [issue] = lint('Then he said"we will stay" twice.', "TL311")
    assert issue.column == 13 and issue.suggestion == ' "'


def test_glued_quote_in_a_line_of_unpaired_quotes_has_no_fix():
    [issue] = lint('A "new plan"reportedly failed, "he said.', "TL311")
    assert issue.suggestion is None


def test_two_quotations_glued_together_get_a_space():
    [issue] = lint("“We agree.”“We do not.”", "TL311")
    assert issue.suggestion == "” “"


def test_doubled_quote_marks_are_one_finding_per_quotation():
    [issue] = lint('They launched ""flash sale"" in May.', "TL3")
    assert (issue.code, issue.column, issue.suggestion) == ("TL308", 15, '"flash sale"')


def test_empty_quotes_and_glued_quotations_are_not_doubled_marks():
    assert lint('The field "" stays empty.', "TL308") == []
    assert lint('He said "yes,""no" again.', "TL308") == []

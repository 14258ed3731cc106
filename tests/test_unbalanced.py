from conftest import lint, positions


def test_unclosed_curly_quote_is_reported_at_the_opener():
    assert positions(lint("He called it “historic and left.", "unbalanced-delimiters")) == [("TL302", 1, 14)]


def test_stray_closing_bracket_is_reported():
    [issue] = lint("Talks ended) on Monday.", "TL302")
    assert issue.column == 12 and "no opening (" in issue.message


def test_odd_straight_quote_is_reported():
    assert len(lint('He said "yes and "no" twice.', "TL302")) == 1


def test_balanced_nesting_is_clean():
    assert lint('He said “the [new] deal (signed) is "final"”.', "TL302") == []


def test_misnested_pair_reports_the_skipped_opener():
    [issue] = lint("A (quote “inside) here.", "TL302")
    assert issue.column == 10


def test_quotation_may_run_over_paragraphs_in_news_style():
    text = "“We will rebuild the bridge.\n“The work starts in May.\n“It ends in June,” he said."
    assert lint(text, "TL302") == []


def test_quotation_split_over_lines_may_close_on_a_later_line():
    assert lint("He said: “We will rebuild it.\nIt takes a year.\nWork starts in May.”", "TL302") == []


def test_quote_left_open_is_reported_when_a_later_paragraph_opens_a_new_one():
    text = "He called it “historic.\nTalks went on.\n“We agree,” she said."
    assert positions(lint(text, "TL302")) == [("TL302", 1, 14)]


def test_quote_left_open_is_reported_at_the_end_of_the_article():
    assert positions(lint("Talks ended.\nHe called it “historic.\nThen he left.", "TL302")) == [("TL302", 2, 14)]


def test_closing_quote_with_nothing_open_before_it_is_reported():
    [issue] = lint("Talks ended.\nThe work starts in May,” he said.", "TL302")
    assert (issue.line, issue.column) == (2, 24) and "no opening" in issue.message


def test_unclosed_single_curly_quote_is_reported():
    assert positions(lint("He called it ‘historic and left.", "TL302")) == [("TL302", 1, 14)]


def test_apostrophes_are_not_single_quotes():
    text = "Kyiv’s mayor, O’Brien and the Ukrainians’ envoy liked rock ’n’ roll of the ’90s and ‘90s."
    assert lint(text, "TL302") == []
    assert lint("He called it ‘the Ukrainians’ plan’ and left.", "TL302") == []


def test_straight_quotes_face_their_contents():
    assert lint('He asked: "When is it fun? ". Nobody knew.', "TL302") == []


def test_list_markers_and_smiles_are_not_brackets():
    assert lint("1) Check the address\nb) Pay at the door\nAll is well) Masha is at school. See you :)", "TL302") == []
    assert lint("I miss home(( and the sea (\nHi) see you soon.", "TL302") == []


def test_closing_quote_spaced_like_an_opening_one_is_reported_where_it_is():
    text = 'He said: "We will change the policy, "the minister said.'
    assert positions(lint(text, "TL302")) == [("TL302", 1, 38)]


def test_quotation_split_over_lines_may_hold_a_quotation_of_the_same_marks():
    text = 'He said: "The "new" plan is ready.\nIt starts in May," he added.'
    assert lint(text, "TL302") == []


def test_quotation_whose_inner_quotation_closes_before_a_speech_tag_was_never_closed():
    text = '"We signed the order "On Loans", the minister wrote in a letter.\nThe rules apply to all banks.'
    assert positions(lint(text, "TL302")) == [("TL302", 1, 1)]


def test_a_dash_may_stand_before_the_quote_that_reopens_a_quotation():
    text = "– “We will rebuild the bridge.\n– “It ends in June,” he said."
    assert lint(text, "TL302") == []


def test_bracket_pair_spaced_on_one_side_is_balanced():
    assert lint("Prices rose ( by 5%) in May. They fell ( by 2% ) in June.", "TL302") == []

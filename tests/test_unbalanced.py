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


def test_balance_is_per_paragraph():
    assert len(lint("It was “big.\nThen it ended” badly.", "TL302")) == 2

from conftest import lint, positions


def test_cyrillic_word_is_reported_with_icu_romanisation():
    [issue] = lint("Talks in Привет ended.", "source-script")
    assert (issue.line, issue.column, issue.end_column) == (1, 10, 16)
    assert "Cyrillic" in issue.message and '"Privet"' in issue.message
    assert issue.suggestion == "Privet"


def test_words_of_one_run_are_one_finding():
    [issue] = lint("Leader Ким Чен Ын spoke.", "source-script")
    assert issue.suggestion == "Kim Chen Yn"


def test_each_run_is_its_own_finding():
    issues = lint("Мир and 和平 and 평화.", "source-script")
    assert [i.message.split()[0] for i in issues] == ["Cyrillic", "Han", "Hangul"]


def test_ukrainian_letters_choose_the_ukrainian_table_and_marks_are_cleaned():
    [issue] = lint("Shelling in Львів.", "TL101")
    assert issue.suggestion == "Lviv"


def test_russian_cyrillic_uses_the_russian_table():
    [issue] = lint("Shelling in Белгород.", "TL101")
    assert issue.suggestion == "Belgorod"


def test_accented_latin_is_not_foreign():
    assert lint("Café naïve Erdoğan Wałęsa", "TL101") == []


def test_modifier_letters_alone_are_not_a_run():
    assert lint("Zelensʹkyy", "TL101") == []


def test_position_after_astral_characters():
    assert positions(lint("😀😀 Мир", "TL101")) == [("TL101", 1, 4)]

from conftest import lint, positions


def test_cyrillic_word_is_reported_with_icu_romanisation():
    [issue] = lint("Talks in Привет ended.", "source-script")
    assert (issue.line, issue.column, issue.end_column) == (1, 10, 16)
    assert "Cyrillic" in issue.message and '"Privet"' in issue.message
    assert issue.suggestion == "Privet"


def test_words_of_one_run_are_one_finding():
    [issue] = lint("Leader Ким Чен Ынхо spoke.", "source-script")
    assert issue.suggestion == "Kim Chen Ynkho"


def test_a_known_name_gets_the_gazetteers_english_spelling_not_a_romanisation():
    [issue] = lint("The round was held in Одесса.", "TL101")
    assert issue.suggestion == "Odesa"
    assert '"Odesa" in English' in issue.message


def test_a_known_person_in_source_script_gets_the_english_name():
    [issue] = lint("Leader Ким Чен Ын spoke.", "TL101")
    assert issue.suggestion == "Kim Jong-un"


def test_a_lower_case_cyrillic_word_is_to_be_translated_not_romanised():
    [issue] = lint("The talks were about зерно and ports.", "TL101")
    assert issue.suggestion is None
    assert issue.message.endswith("translate it")


def test_the_house_spelling_wins_for_a_known_name(tmp_path):
    from translint.api import lint_text
    from translint.config import load

    (tmp_path / "names.toml").write_text('house = ["Odessa"]\n', encoding="utf-8")
    (tmp_path / "translint.toml").write_text('names = "names.toml"\nselect = ["TL101"]\n', encoding="utf-8")
    [issue] = lint_text("The round was held in Одесса.", config=load(tmp_path / "translint.toml"))
    assert issue.suggestion == "Odessa"


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


def test_hiragana_alone_is_to_be_translated_not_romanised():
    [issue] = lint("The store から opened.", "TL101")
    assert issue.suggestion is None

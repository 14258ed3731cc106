"""TL2xx: one person or place, one spelling."""

import json

from conftest import lint, run

from translint.api import lint_paths, lint_text
from translint.config import Config
from translint.document import Document
from translint.names.keys import names_near, split_tokens, token_key
from translint.names.mentions import extract


def found(text: str, *select: str, **config: object) -> list[tuple[str, str, str | None]]:
    """(code, the text flagged, suggestion) of each finding."""
    return [(i.code, text.splitlines()[i.line - 1][i.column - 1 : i.end_column - 1], i.suggestion) for i in lint(text, *select, **config)]


# -- mentions and keys -------------------------------------------------------


def test_titles_nationalities_and_possessives_are_cut_from_mentions():
    doc = Document("a", "It was Russian President Vladimir Putin's third visit to Minsk.")
    assert [m.text for m in extract(doc)] == ["Vladimir Putin", "Minsk"]


def test_a_sentence_opening_word_is_a_name_only_if_capitalised_elsewhere():
    doc = Document("a", "Officials met. Shelling resumed. Later, Officials of Kupiansk left.")
    assert [m.text for m in extract(doc)] == ["Officials", "Officials", "Kupiansk"]


def test_an_arabic_article_inside_a_name_does_not_start_a_second_mention():
    doc = Document("a", "He met Bashar al-Assad in Damascus.")
    assert [m.text for m in extract(doc)] == ["Bashar al-Assad", "Damascus"]


def test_a_name_may_open_with_an_arabic_article():
    doc = Document("a", "Talks with al-Sisi Mohamed ended.")
    assert [m.text for m in extract(doc)] == ["al-Sisi Mohamed"]


def test_a_word_after_indentation_at_a_line_start_opens_a_sentence():
    doc = Document("a", "Shelling hit Kyiv.\n\tShelling resumed.")
    assert [m.text for m in extract(doc)] == ["Kyiv"]


def test_keys_forget_what_romanisations_disagree_on():
    assert token_key("Zelenskyy") == token_key("Zelenskiy") == token_key("Zelensky")
    assert token_key("Odessa") == token_key("Odesa")
    assert token_key("Kharkiv") == token_key("Harkiv")


def test_keys_forget_ks_against_x_ts_against_c_and_w_against_v():
    assert token_key("Maksim") == token_key("Maxim")
    assert token_key("Kletsany") == token_key("Klecany")
    assert token_key("Wladimir") == token_key("Vladimir")


def test_korean_names_pair_by_skeleton_but_the_two_kims_stay_apart():
    assert names_near(split_tokens("Kim Chen Ir"), split_tokens("Kim Jong-il"))
    assert not names_near(split_tokens("Kim Jong-un"), split_tokens("Kim Jong-il"))


def test_western_given_names_do_not_pair_by_skeleton():
    assert not names_near(split_tokens("John Smith"), split_tokens("Jane Smith"))


# -- TL201 name-variant ------------------------------------------------------


ZELENSKY = (
    "Zelensky met the mayor of Lviv on Monday.\n"
    "Later Zelenskyy visited a hospital, and Zelensky spoke to the staff.\n"
    "Reporters asked Zelenskiy about the talks.\n"
)


def test_minority_spellings_in_one_article_are_reported_with_the_majority_form():
    assert found(ZELENSKY, "name-variant") == [
        ("TL201", "Zelenskyy", "Zelensky"),
        ("TL201", "Zelenskiy", "Zelensky"),
    ]


def test_every_other_spelling_is_in_related():
    issue = lint(ZELENSKY, "TL201")[0]
    assert [(r.line, r.column) for r in issue.related] == [(1, 1), (2, 41), (3, 17)]


def test_short_form_is_not_a_variant():
    assert lint("Vladimir Putin arrived. Putin said little.", "TL2") == []


def test_country_and_its_adjective_are_not_one_name_spelled_twice():
    text = "Russia and North Korea signed a deal. The Russian and North Korean leaders met."
    assert lint(text, "TL2") == []


def test_kharkiv_and_kharkov_in_one_article():
    text = "Shelling hit Kharkiv overnight. Residents of Kharkiv and Kharkov region hid."
    assert ("TL201", "Kharkov", "Kharkiv") in found(text, "TL201")
    assert ("TL203", "Kharkov", "Kharkiv") in found(text, "TL203")


def test_two_kims_in_one_article_are_not_merged():
    text = "Kim Jong-un visited the grave of Kim Jong-il. Kim Jong-un laid flowers."
    assert lint(text, "TL2") == []


def test_two_chinese_premiers_are_not_merged():
    assert lint("Li Qiang succeeded Li Keqiang in 2023. Li Qiang spoke.", "TL2") == []


# -- TL202 inflected-name ----------------------------------------------------


def test_case_ending_on_a_name_in_the_article_is_reported_with_the_base():
    text = "Putin arrived on Monday. Talks with Putina lasted an hour."
    assert found(text, "inflected-name") == [("TL202", "Putina", "Putin")]


def test_ending_that_no_english_name_has_is_reported_alone():
    assert found("The office of Zelenskogo replied.", "TL202") == [("TL202", "Zelenskogo", "Zelensky")]


def test_a_womans_surname_is_not_a_case_form():
    assert lint("Ivanov and Ivanova both testified.", "TL202") == []


def test_korean_name_with_russian_ending_points_to_the_right_spelling():
    text = "Kim Jong-in met envoys in Pyongyang. A photo of Kim Chen Ina was shown in North Korea."
    assert ("TL202", "Kim Chen Ina", "Kim Jong-un") in found(text, "TL202")
    assert ("TL201", "Kim Chen Ina", "Kim Jong-un") in found(text, "TL201")


# -- TL203 known-name --------------------------------------------------------


def test_spellings_generated_from_the_cyrillic_form_are_known_wrong():
    assert found("Talks between Makron and Si Tszinpin ended.", "known-name") == [
        ("TL203", "Makron", "Macron"),
        ("TL203", "Si Tszinpin", "Xi Jinping"),
    ]


def test_close_spelling_of_a_leader_is_reported_when_the_article_is_about_his_country():
    text = "Kim Jong-in received the delegation in Pyongyang, North Korea."
    assert found(text, "TL203") == [("TL203", "Kim Jong-in", "Kim Jong-un")]


def test_close_spelling_without_that_country_is_left_alone():
    assert lint("Kim Jong-in opened a bakery in Busan suburbs.", "TL203") == []


# -- TL204 batch-variant -----------------------------------------------------


def test_spelling_used_by_fewer_articles_of_a_run_is_reported(tmp_path):
    for name, text in (("a", "Kharkiv was shelled."), ("b", "Power returned to Kharkiv."), ("c", "Kharkov mourns.")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    [issue] = lint_paths([tmp_path], Config(select=("TL204",)))
    assert issue.path.endswith("c.txt") and issue.suggestion == "Kharkiv" and len(issue.related) == 2


def test_capitalised_english_words_are_no_names_across_articles(tmp_path):
    for name, text in (("a", "Books on sale."), ("b", "Books for children."), ("c", "Box of tea.")):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    assert lint_paths([tmp_path], Config(select=("TL204",))) == []


def test_short_and_long_forms_across_articles_agree(tmp_path):
    (tmp_path / "a.txt").write_text("Vladimir Putin spoke.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin spoke.\n", encoding="utf-8")
    assert lint_paths([tmp_path], Config(select=("TL204",))) == []


# -- TL205 house-spelling ----------------------------------------------------


def house_config(tmp_path, body: str) -> Config:
    names = tmp_path / "names.toml"
    names.write_text(body, encoding="utf-8")
    (tmp_path / "translint.toml").write_text('names = "names.toml"\n', encoding="utf-8")
    from translint.config import load

    return load(tmp_path / "translint.toml")


def test_house_spelling_wins_over_the_article_and_the_gazetteer(tmp_path):
    config = house_config(tmp_path, 'house = ["Volodymyr Zelenskyy", "Kyiv"]\n')
    issues = lint_text("Zelensky flew to Kiev. Zelenskyy landed.", config=config)
    assert [(i.code, i.suggestion) for i in issues if i.code.startswith("TL2")] == [
        ("TL205", "Zelenskyy"),
        ("TL205", "Kyiv"),
    ]


def test_accepted_names_are_left_alone(tmp_path):
    config = house_config(tmp_path, 'accept = ["Kharkov"]\n')
    assert [i for i in lint_text("Kharkov was quiet.", config=config) if i.code == "TL203"] == []


def test_bad_house_file_is_a_config_error(tmp_path):
    import pytest

    from translint.errors import ConfigError

    with pytest.raises(ConfigError, match="names.toml:1: `spellings`: unknown key"):
        Linter = __import__("translint.engine", fromlist=["Linter"]).Linter
        Linter(house_config(tmp_path, 'spellings = ["Kyiv"]\n'))


# -- translint names ---------------------------------------------------------


def test_names_lists_each_entity_with_its_spellings(article):
    path = article("a.txt", ZELENSKY)
    done = run("names", str(path))
    assert done.returncode == 0
    assert "Volodymyr Zelensky (known): 3 spelling(s), 4 mention(s)" in done.stdout
    assert f"      2  Zelensky  {path.as_posix()}:1:1, {path.as_posix()}:2:41" in done.stdout


def test_names_json_and_write_seed_a_house_file(article, tmp_path):
    path = article("a.txt", ZELENSKY)
    done = run("names", "--format", "json", "--write", str(tmp_path / "house.toml"), str(path))
    [entity] = [e for e in json.loads(done.stdout) if e["entity"] == "Volodymyr Zelensky"]
    assert entity["spellings"][0] == {
        "spelling": "Zelensky",
        "count": 2,
        "positions": [{"path": path.as_posix(), "line": 1, "column": 1}, {"path": path.as_posix(), "line": 2, "column": 41}],
    }
    assert '  "Volodymyr Zelensky",' in (tmp_path / "house.toml").read_text(encoding="utf-8")  # the gazetteer's form


def test_contractions_are_not_names_but_irish_names_are():
    doc = Document("a", "I'm sure O'Brien's aide said We'll see.")
    assert [m.text for m in extract(doc)] == ["O'Brien"]

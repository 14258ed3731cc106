"""TL210 russian-route-chinese-name: a Chinese name spelled through Russian's Palladius transcription."""

from conftest import lint


def findings(text: str) -> list[tuple[str, str | None]]:
    return [(text[i.column - 1 : i.end_column - 1], i.suggestion) for i in lint(text, "TL210")]


def test_a_name_in_russian_transcription_gets_its_pinyin():
    assert findings("The engineer Chzhan Syaomin showed the train.") == [("Chzhan Syaomin", "Zhang Xiaomin")]


def test_a_syllable_russian_writes_for_two_finals_is_reported_without_a_sure_suggestion():
    [issue] = lint("Company spokesman Liu Zhiven said so.", "TL210")
    assert issue.suggestion is None
    assert '"Liu Zhiwen" or "Liu Zhiweng"' in issue.message


def test_a_name_in_pinyin_is_left_alone():
    assert findings("The engineer Zhang Xiaomin showed the train.") == []


def test_a_name_that_opens_with_no_chinese_surname_is_left_alone():
    assert findings("Sato Taro and Kim Chen In met.") == []


def test_an_english_word_is_no_given_name():
    assert findings("Van Horn is in Texas.") == []


def test_a_russian_route_surname_before_a_pinyin_given_name_is_left_alone():
    assert findings("Van Minggang visited the port.") == []  # "Van" may be Dutch or Vietnamese

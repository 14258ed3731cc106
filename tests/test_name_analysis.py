"""TL2xx analysis: which words are names, which spellings are one name, which endings are cases."""

from conftest import lint

from translint.api import lint_paths
from translint.config import Config
from translint.document import Document
from translint.names.given import is_given_name, masculine, russian_ukrainian, ukrainian_only
from translint.names.keys import fold, token_key
from translint.names.mentions import extract
from translint.names.review import NameIndex


def mentions(text: str) -> list[str]:
    return [m.text for m in extract(Document("a", text))]


def found(text: str, *select: str) -> list[tuple[str, str, str | None]]:
    """(code, the text flagged, suggestion) of each finding."""
    return [(i.code, text.splitlines()[i.line - 1][i.column - 1 : i.end_column - 1], i.suggestion) for i in lint(text, *select)]


# -- mentions that are names -------------------------------------------------


def test_an_acronym_before_a_full_name_is_no_part_of_it():
    assert mentions("He met NATO Jens Stoltenberg in Oslo.") == ["Jens Stoltenberg", "Oslo"]


def test_a_word_made_an_adjective_by_a_hyphen_is_no_part_of_the_name():
    assert mentions("The vote went to Kremlin-friendly Medvedchuk last week.") == ["Medvedchuk"]


def test_common_english_words_before_a_name_are_trimmed_but_a_given_name_stays():
    assert mentions("He spoke to Revolution Ali Khamenei on Friday.") == ["Ali Khamenei"]


def test_a_sentence_opening_surname_spelled_like_one_used_later_is_a_name():
    text = "The geologist Pyotr Vershinkin spoke on radio. Vershynkin said the ice was thin."
    assert mentions(text) == ["Pyotr Vershinkin", "Vershynkin"]


def test_a_word_no_english_text_uses_keeps_its_place_in_a_name_that_opens_a_sentence():
    assert mentions('"Zhurnalistskaya Pravda" wrote about the flood.') == ["Zhurnalistskaya Pravda"]


def test_an_english_word_opening_a_sentence_before_a_name_is_still_dropped():
    assert mentions("Meanwhile Kuleba spoke to reporters.") == ["Kuleba"]


def test_a_quoted_name_after_a_word_is_mid_sentence():
    assert mentions('Members of the club "Vesnyanka" met. Later "Vesnyanka" sang.')[:1] == ["Vesnyanka"]


# -- keys and given names from data -------------------------------------------


def test_accented_letters_fold_to_the_digraph_romanisations_write():
    assert fold("Kahramanmaraş") == "kahramanmarash" and token_key("Džalil") == token_key("Dzhalil")


def test_given_names_come_with_their_gender():
    assert is_given_name("Semyon") and masculine("Zaur") and not masculine("Olga") and not is_given_name("Revolution")


def test_russian_and_ukrainian_forms_of_one_given_name_pair():
    assert russian_ukrainian("Igor", "Ihor") and russian_ukrainian("Alexander", "Oleksandr")
    assert not russian_ukrainian("Igor", "Olha") and ukrainian_only("Olha") and not ukrainian_only("Olga")


# -- TL201 within one article ------------------------------------------------


def test_a_surname_alone_spelled_two_ways_is_a_variant():
    text = "The geologist Pyotr Vershinkin spoke on radio. Vershynkin said the ice was thin."
    assert found(text, "TL201") == [("TL201", "Vershynkin", "Vershinkin")]


def test_a_russian_given_name_beside_its_ukrainian_form_gets_the_ukrainian_one_in_ukrainian_text():
    text = "Olha Marchenko and her son Oleksandr left Kyiv. Later Olga and Alexander came back."
    assert sorted(found(text, "TL201")) == [("TL201", "Alexander", "Oleksandr"), ("TL201", "Olga", "Olha")]


def test_a_given_name_alone_that_could_be_either_of_two_people_is_left_alone():
    text = "Olha Marchenko and Olha Dovzhenko met in Kyiv. Olga spoke first."
    assert found(text, "TL201") == []


# -- TL202 case endings by paradigm ------------------------------------------


def test_an_a_stem_name_in_the_genitive_beside_its_base():
    text = 'The group "Lastivka" met. The statement of "Lastivky" was short.'
    assert found(text, "TL202") == [("TL202", "Lastivky", "Lastivka")]


def test_an_o_stem_place_in_the_locative_beside_its_base():
    text = "Trains from Brno were late. Friends in Brni waited."
    assert found(text, "TL202") == [("TL202", "Brni", "Brno")]


def test_a_vowel_before_the_ending_is_no_stem():
    text = "Hotels in Macao are full. Hotels in Macau are fuller."
    assert found(text, "TL202") == []


def test_a_surname_in_ova_after_a_mans_given_name_with_the_same_ending_is_his_genitive():
    text = "The words of Zaura Kalimova were quoted. Kalimov added that the risk was low."
    assert found(text, "TL202") == [("TL202", "Zaura Kalimova", "Zaur Kalimov")]


def test_a_surname_in_ova_after_a_womans_given_name_is_hers():
    text = "Anna Kalimova spoke first. Kalimov added that the risk was low."
    assert found(text, "TL202") == []


def test_a_surname_in_eva_governed_by_a_preposition_beside_the_mans_form_is_his():
    text = "The Lebedev Prize was given. The prize named after V. K. Lebedeva is old."
    assert found(text, "TL202") == [("TL202", "Lebedeva", "Lebedev")]


# -- TL204 and TL206 across a run ---------------------------------------------


def write(tmp_path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")


def test_one_article_against_one_is_no_majority(tmp_path):
    write(tmp_path, {"a": "Talks with Miroslav Bratkovsky ended.", "b": "Talks with Miroslav Bratkovski ended."})
    assert lint_paths([tmp_path], Config(select=("TL204", "TL206"))) == []


def test_spellings_differing_only_by_diacritics_are_not_reported(tmp_path):
    write(tmp_path, {"a": "Kahramanmaras was hit.", "b": "Kahramanmaras grieves.", "c": "Kahramanmaraş grieves."})
    assert lint_paths([tmp_path], Config(select=("TL204", "TL206"))) == []


def test_spellings_differing_only_by_y_and_i_are_information(tmp_path):
    write(tmp_path, {"a": "Sergei Dorin spoke.", "b": "Sergei Dorin left.", "c": "Sergey Dorin came."})
    [issue] = lint_paths([tmp_path], Config(select=("TL204", "TL206")))
    assert (issue.code, str(issue.severity), issue.suggestion) == ("TL206", "info", "Sergei Dorin")


def test_a_russian_form_is_not_suggested_to_an_article_in_ukrainian_spellings(tmp_path):
    write(tmp_path, {
        "a": "Igor Marchuk spoke in Moscow.", "b": "Igor Marchuk left Moscow.",
        "c": "Ihor Marchuk came to Kyiv.",
    })
    assert lint_paths([tmp_path], Config(select=("TL204", "TL206"))) == []


# -- translint names ----------------------------------------------------------


def test_the_review_lists_names_not_capitalised_common_words():
    index = NameIndex()
    index.add(Document("a", "Grain exports rose. Deputies voted. Ivan Dorofeyev spoke."))
    assert [e.name for e in index.entities()] == ["Ivan Dorofeyev"]


def test_the_review_puts_the_gazetteers_spelling_first():
    index = NameIndex()
    index.add(Document("a", "Trains left Kharkov. Trains from Kharkov and Kharkiv were late."))
    [entity] = index.entities()
    assert [s.text for s in entity.ranked()] == ["Kharkiv", "Kharkov"]


def test_a_chinese_surname_in_russian_transcription_is_the_pinyin_one():
    text = "Engineer Fen Minjie spoke. Fen Minjie added more. The words of Feng Minjiea were quoted."
    assert ("TL201", "Fen Minjie", "Feng Minjie") in found(text, "TL201")


def test_a_mans_given_name_with_a_case_ending_is_reported_with_the_name():
    text = "The words of Mikhaila Dorin were quoted."
    assert found(text, "TL202") == [("TL202", "Mikhaila", "Mikhail")]


def test_a_japanese_name_ending_like_a_case_form_is_left_alone():
    assert found("The shrine of Inari was full.", "TL202") == []


def test_a_ukrainian_source_is_never_offered_a_russian_derived_spelling(tmp_path):
    write(tmp_path, {"a": "Talks with Dubrovsky ended.", "b": "Talks with Dubrovsky began.", "c": "Talks with Dubrovskyy ended."})
    [issue] = lint_paths([tmp_path], Config(select=("TL206",)))
    assert issue.path.endswith("c.txt") and issue.suggestion == "Dubrovsky"
    assert lint_paths([tmp_path], Config(select=("TL206",), source=("uk",))) == []


def test_a_given_name_beside_a_shorter_name_is_a_name_of_its_own():
    text = "Mari came late. Maria came early."
    assert found(text, "TL202") == []


def test_an_english_word_beside_a_shorter_name_is_no_case_form():
    text = "The brand Sens sold well. Common Sense sold better."
    assert found(text, "TL202") == []


def test_a_mans_surname_known_to_the_gazetteer_does_not_make_a_woman_his_genitive():
    assert found("Dr. Lavrova spoke about sleep. Lavrova advised rest.", "TL202") == []


def test_a_place_with_and_without_its_accent_digraph_in_one_article_is_a_variant():
    text = "Aid reached Yeşilkaşlı today. Roads to Yeşilkaşlı were cut. Yeshilkashli waits."
    assert found(text, "TL201") == [("TL201", "Yeshilkashli", "Yeşilkaşlı")]


def test_a_batch_variant_never_suggests_the_spelling_it_flags():
    from translint.rule import Context
    from translint.rules.batch_variant import Usage, variants

    def usage(spelling: str, path: str, ukrainian: bool = True) -> Usage:
        return Usage("Mikheil Saakashvili", spelling, path, 1, 1, 1, 9, "Mikheil Saakashvili", ukrainian)

    collected = [[usage("Mikhail Saakashvili", "a.txt", False)], *([usage("Saakashvili", f"{n}.txt")] for n in range(4)),
                 [usage("Mikheil Saakashvili", "z.txt"), usage("Saakashvili", "z.txt")]]
    for minor in (False, True):
        for hit in variants(collected, Context(), minor=minor):
            assert f'"{hit.suggestion}"' not in hit.message.split(" here")[0], hit.message


def test_a_name_variant_never_flags_the_spelling_it_suggests():
    text = "Troops left Buchi on Monday. The mayor of Buchi spoke. Bucha is quiet now."
    for issue in lint(text, "TL201"):
        assert issue.suggestion != text[issue.column - 1 : issue.end_column - 1], issue.message

"""TL203 known-name: a known place or organisation misspelt."""

from conftest import lint


def suggestions(text: str) -> list[tuple[str, str | None]]:
    return [(text[i.column - 1 : i.end_column - 1], i.suggestion) for i in lint(text, "TL203")]


def test_a_place_with_a_lost_ending_is_reported_in_an_article_about_its_country():
    text = "Police in Belarus detained two men near Osipovich on Monday."
    assert suggestions(text) == [("Osipovich", "Osipovichi")]


def test_a_lost_ending_is_not_reported_without_the_countrys_context():
    assert suggestions("Two men were detained near Osipovich on Monday.") == []


def test_a_surname_one_letter_longer_than_a_town_is_not_the_town():
    assert suggestions("In Ukraine, Pokrovsky said the town held.") == []


def test_an_organisation_one_letter_off_is_reported():
    text = "In Russia, the Parliamentskaya Gazeta wrote about the law."
    assert suggestions(text) == [("Parliamentskaya Gazeta", "Parlamentskaya Gazeta")]


def test_a_generated_russian_route_spelling_of_a_chinese_province_is_reported():
    assert suggestions("The fair was held in Khunan province of China.") == [("Khunan", "Hunan")]


def test_a_correct_short_form_is_not_a_misspelling_of_the_longer_name():
    assert suggestions("Ships on the Amur were stopped near Russia's border.") == []


def test_a_japanese_given_name_is_not_a_city_one_letter_off():
    assert suggestions("Takayuki Ito spoke in Japan.") == []


def test_a_kh_dropped_by_a_romanisation_schema_is_reported_on_a_known_person():
    assert suggestions("Prime Minister Alihan Smailov met the deputies.") == [("Alihan Smailov", "Alikhan Smailov")]


def test_a_surname_alone_re_transliterated_through_russian_is_reported():
    assert suggestions("Djokovich won the final.") == [("Djokovich", "Djokovic")]


def test_a_korean_given_names_last_syllable_is_no_surname():
    assert suggestions("Hen said North Korea would talk.") == []


def test_a_given_name_is_not_a_town_cut_short():
    assert suggestions("In Russia, Aleksandr said the shop closed.") == []


def test_a_womans_name_is_not_a_country_through_russian():
    assert suggestions("Dominika won the race in Poland.") == []


def test_an_adjective_made_of_a_place_name_is_not_another_place_misspelt():
    assert suggestions("In Ukraine, the Prylusky district was quiet.") == []  # Pryluky

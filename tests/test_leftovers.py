"""TL125, TL127, TL128 and the gallery labels of TL112: what the source page and its typography leave."""

from conftest import lint, positions

# -- TL125 headline site suffix ----------------------------------------------


def test_site_name_after_a_dash_on_the_headline_is_reported_from_the_separator():
    [issue] = lint("Ferry service to the island resumes - Yahoo! News\nThe ferry left at noon.", "TL125")
    assert (issue.line, issue.column, issue.end_column) == (1, 36, 50)


def test_site_name_glued_after_a_double_hyphen_is_reported():
    assert positions(lint("Floods close two roads in the north (Kita TV) --Yahoo! News", "TL125")) == [("TL125", 1, 46)]


def test_section_and_site_names_between_pipes_go_together():
    [issue] = lint("Farmers sell rice online | Life and Culture | Hokuriku Shimbun News", "TL125")
    assert issue.column == 25 and "Life and Culture" in issue.message


def test_romanised_newspaper_word_after_a_colon_names_the_site():
    assert positions(lint("Students plan a new park for the town: Kibi Shimbun Digital|Kibi Dig", "TL125")) == [("TL125", 1, 38)]


def test_domain_names_the_site():
    assert positions(lint("Heat records broken across the south - Vesti.ru", "TL125")) == [("TL125", 1, 37)]


def test_headline_ending_in_a_place_or_a_label_is_left_alone():
    assert lint("Talks stall over grain exports - Kremlin", "TL125") == []
    assert lint("Why the ceasefire failed | Analysis", "TL125") == []


def test_common_words_after_a_colon_are_the_headline_not_a_site():
    assert lint("Markets after the vote: Good News", "TL125") == []


def test_site_word_in_a_long_title_cased_clause_is_the_headline():
    assert lint("Election Anniversary: Protests Mar President's TV Speech", "TL125") == []


def test_site_suffix_on_a_later_line_is_not_a_headline():
    assert lint("Rain fell.\nHe reads it on Yahoo! News - Yahoo! News", "TL125") == []


def test_a_site_name_alone_is_no_headline_with_a_suffix():
    assert lint("Top - Yahoo! News", "TL125") == []


# -- TL127 dialogue dash -------------------------------------------------------


def test_dash_after_a_comma_before_the_speaker_is_a_dialogue_dash():
    assert positions(lint("“We will open in May,” - the mayor said.", "TL127")) == [("TL127", 1, 24)]


def test_dash_resuming_a_quotation_after_a_full_stop_is_a_dialogue_dash():
    assert positions(lint("“Prices will fall,” he said. - Stocks are full.", "TL127")) == [("TL127", 1, 30)]


def test_hyphen_opening_a_paragraph_of_dialogue_is_reported_with_its_inner_dash():
    issues = lint("- We will win, - the coach said.", "TL127")
    assert [i.column for i in issues] == [1, 16]


def test_hyphen_opening_a_list_item_is_not_dialogue():
    assert lint("Bring:\n- Bread and milk.\n- Water.", "TL127") == []


def test_dash_after_an_abbreviation_joins_names():
    assert lint("The U.S. - China talks ended.", "TL127") == []


def test_dash_before_a_figure_is_not_speech():
    assert lint("In 2018, 56% voted no; in 2020, - 53%.", "TL127") == []


# -- TL128 double hyphen --------------------------------------------------------


def test_two_hyphens_between_words_are_a_dash():
    issues = lint("The vote -- held in March -- was annulled.", "TL128")
    assert [(i.column, i.suggestion) for i in issues] == [(10, "—"), (27, "—")]


def test_a_run_of_hyphens_is_not_a_dash():
    assert lint("Contact: ------ (removed)", "TL128") == []


def test_an_arrow_is_not_a_dash():
    assert lint("Tap Settings --> Privacy.", "TL128") == []


# -- TL112 gallery labels and bracketed credits ---------------------------------


def test_gallery_label_opening_a_paragraph_is_a_credit():
    assert positions(lint("Intro.\n【Video】 Crowds at the opening of the bridge", "TL112")) == [("TL112", 2, 1)]


def test_bracketed_editor_credit_is_a_credit():
    assert positions(lint("Talks resumed on Friday. [Editor: Wang Li]", "TL112")) == [("TL112", 1, 26)]


def test_a_bracketed_word_inside_a_sentence_is_no_credit():
    assert lint("The mayor [pictured] opened the bridge.", "TL112") == []


# -- TL131 source abbreviation ----------------------------------------------------

KYIV = "Ukrainian officials in Kyiv said so."


def test_unknown_unsayable_capitals_in_a_post_soviet_article_are_a_source_abbreviation():
    assert positions(lint(f"The PVO shot down two drones. {KYIV}", "TL131")) == [("TL131", 1, 5)]


def test_english_abbreviations_are_known_by_frequency():
    assert lint(f"NATO and the OSCE met. {KYIV}", "TL131") == []


def test_abbreviation_the_article_defines_is_left_alone():
    assert lint(f"The air defence forces (PVO) shot down two drones. The PVO said so. {KYIV}", "TL131") == []


def test_capitals_that_read_as_a_word_are_a_name_or_brand():
    assert lint(f"The OMON unit and the SONAR shop were closed. {KYIV}", "TL131") == []


def test_capitals_with_letters_no_cyrillic_romanisation_gives_are_left_alone():
    assert lint(f"The QWTK unit left. {KYIV}", "TL131") == []


def test_capitals_opening_a_name_are_left_alone():
    assert lint(f"PVDT Holdings signed the deal. {KYIV}", "TL131") == []


def test_without_post_soviet_places_or_people_no_abbreviation_is_reported():
    assert lint("The PVO shot down two drones, officials in Rome said.", "TL131") == []


def test_romanised_ministry_short_name_is_reported():
    [issue] = lint("Minzdrav reported 300 cases in Moscow, Russian media said.", "TL131")
    assert (issue.column, issue.end_column) == (1, 9)


def test_english_words_starting_like_a_ministry_are_left_alone():
    assert lint("The Minister in Minsk spoke of mining in Russia.", "TL131") == []


# -- TL129 web furniture -----------------------------------------------------------

STORY = "Bridge reopens\nThe bridge reopened on Monday.\n"


def test_counters_on_their_own_line_are_furniture():
    assert positions(lint(STORY + "Comments (3) Views: 1 204", "TL129")) == [("TL129", 3, 1)]


def test_relative_timestamp_on_its_own_line_is_furniture():
    assert positions(lint(STORY + "Updated 2 hours ago", "TL129")) == [("TL129", 3, 1)]


def test_relative_timestamp_glued_after_the_last_sentence_is_furniture():
    [issue] = lint(STORY + "The mayor was pleased. 12 minutes ago", "TL129")
    assert (issue.line, issue.column) == (3, 23)


def test_share_bar_of_networks_is_furniture():
    assert positions(lint(STORY + "Share on VK Telegram WhatsApp", "TL129")) == [("TL129", 3, 1)]


def test_button_labels_are_furniture():
    assert [i.line for i in lint(STORY + "Click to enlarge\nPrint version\nLoading...", "TL129")] == [3, 4, 5]


def test_a_line_with_words_of_its_own_is_not_furniture():
    assert lint(STORY + "Next steps for the city\nSee you all soon", "TL129") == []


def test_a_sentence_of_furniture_words_is_not_furniture():
    assert lint(STORY + "Share more.", "TL129") == []


def test_the_headline_is_not_furniture():
    assert lint("Print version\nThe bridge reopened on Monday.", "TL129") == []


def test_exact_widget_phrases_are_left_to_tl114():
    assert codes_of(lint(STORY + "Most read", "TL114", "TL129")) == ["TL114"]


def codes_of(issues):
    return [i.code for i in issues]


def test_listed_source_abbreviation_is_reported_with_its_english_when_the_pack_is_off():
    [issue] = lint(f"Trains of the RB run late. {KYIV}", "TL131")
    assert (issue.column, issue.suggestion) == (15, "Belarus")


def test_listed_source_abbreviation_is_left_to_its_pack_when_the_pack_is_on():
    assert lint(f"Trains of the RB run late. {KYIV}", "TL131", source=("ru",)) == []


# -- TL132 batch site suffix ---------------------------------------------------------

HEADLINES = ("Grain prices rise again", "Ferry returns to the island", "New school opens in the valley")


def write_headlines(folder, headlines, suffix):
    """One article per headline, each headline followed by the suffix."""
    for n, headline in enumerate(headlines):
        (folder / f"h{n}.txt").write_text(f"{headline}{suffix}\nWhy: {headline.lower()}.\n", encoding="utf-8")
    return folder


def test_suffix_ending_the_headlines_of_enough_articles_is_a_site_name(tmp_path):
    from translint.api import lint_paths
    from translint.config import Config

    issues = lint_paths([write_headlines(tmp_path, HEADLINES, " - Volga Today")], Config(select=("TL132",)))
    assert [(i.line, i.code) for i in issues] == [(1, "TL132")] * 3 and len(issues[0].related) == 2


def test_suffix_of_too_few_articles_is_the_headlines_own(tmp_path):
    from translint.api import lint_paths
    from translint.config import Config

    assert lint_paths([write_headlines(tmp_path, HEADLINES[:2], " - Volga Today")], Config(select=("TL132",))) == []


def test_one_headline_copied_into_several_articles_is_no_suffix(tmp_path):
    from translint.api import lint_paths
    from translint.config import Config

    assert lint_paths([write_headlines(tmp_path, HEADLINES[:1] * 3, " - Volga Today")], Config(select=("TL132",))) == []


def test_headlines_tl125_reported_are_not_reported_again(tmp_path):
    from translint.api import lint_paths
    from translint.config import Config

    issues = lint_paths([write_headlines(tmp_path, HEADLINES, " - Volga News")], Config(select=("TL1",)))
    assert {i.code for i in issues} == {"TL125"}


def test_a_common_press_word_alone_after_a_dash_is_the_headlines_own():
    assert lint("Schools move their classes - Online", "TL125") == []


def test_regional_english_abbreviations_are_not_source_abbreviations():
    assert lint(f"The MLRS fired at dawn. {KYIV}", "TL131") == []


def test_dash_before_an_editors_note_is_not_speech():
    assert lint("He praised the FIGs (financial groups. - Ed.) again.", "TL127") == []


def test_dash_before_a_site_name_ending_the_headline_is_left_to_tl125():
    assert codes_of(lint("Prices rose again. - Volga News\nStory.", "TL125", "TL127")) == ["TL125"]

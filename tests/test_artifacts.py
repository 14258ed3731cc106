"""TL1xx: what the source language and the source page leave behind."""

import random
import sys

from conftest import lint, positions

from translint.api import lint_paths, lint_text
from translint.config import Config
from translint.document import Document
from translint.rules._prose import letter_runs

# Pieces of text that are hard on the repetition gates: case pairs that
# str.lower() and `re` treat differently ("İ"/"i", "Σ"/"σ"/"ς", Kelvin
# sign/"k", "ſ"/"s", "ß"/"ẞ"), marks and apostrophes next to words, odd spaces.
PIECES = (
    "war", "War", "WAR", "of", "the", "İt", "it", "ΟΔΟΣ", "οδοσ", "οδος", "\u212a", "k", "ſ", "s", "ß", "ẞ",
    "x\u0301", "2", "_", "'", "’", "-", "\u00ad", ",", ".", "(", "“", "\t", "\xa0", "\n", "\r\n", "\r",
)
SEPARATORS = (" ", " ", ", ", "  ", "\t", "\xa0", ". ", "\n")


def random_texts(seed: int, count: int = 3000):
    """Random texts, half of them ASCII, in which chunks of PIECES recur up to six times running, in any case."""
    rnd = random.Random(seed)
    cases = (str, str.lower, str.upper, str.title)
    for _ in range(count):
        pieces = rnd.choice((PIECES, [piece for piece in PIECES if piece.isascii()]))
        parts = []
        for _ in range(rnd.randint(1, 6)):
            chunk = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 3)))
            parts += (rnd.choice(cases)(chunk) + rnd.choice(SEPARATORS) for _ in range(rnd.choice((1, 2, 5, 6))))
        yield "".join(parts)


def codes(text: str, *select: str, **config: object) -> list[str]:
    return [i.code for i in lint(text, *select, **config)]


# -- homoglyphs and leftover script ----------------------------------------


def test_latin_word_with_cyrillic_letter_is_a_homoglyph_with_latin_spelling():
    [issue] = lint("Sirens sounded in Kyіv.", "TL1")
    assert (issue.code, issue.column, issue.suggestion) == ("TL102", 19, "Kyiv")


def test_wholly_foreign_word_of_lookalikes_is_untranslated_not_a_homoglyph():
    [issue] = lint("A statement by НАТО followed.", "TL1")
    assert (issue.code, issue.suggestion) == ("TL101", "NATO")


def test_lone_lookalike_letter_between_english_words_is_a_homoglyph():
    assert codes("He bought а car.", "TL1") == ["TL102"]


def test_configured_source_language_picks_the_transliterator():
    [issue] = lint("The village of Зеленський.", "TL101", source=("uk",))
    assert issue.suggestion == "Zelenskyy" and "Ukrainian-Latin/BGN" in issue.message


# -- punctuation ------------------------------------------------------------


def test_guillemets_as_quotes_get_english_quotes():
    issues = lint("He called it «historic».", "source-punctuation")
    assert [(i.column, i.suggestion) for i in issues] == [(14, "“"), (23, "”")]


def test_guillemet_with_spaces_on_both_sides_is_a_separator_not_a_quote():
    assert lint("Politics » Europe", "TL103") == []


def test_full_width_comma_before_a_word_gets_a_space():
    [issue] = lint("Approved，officials said.", "TL103")
    assert issue.suggestion == ", "


def test_low_quote_is_closed_with_an_english_closing_quote():
    issues = lint("He said „no“ twice.", "TL103")
    assert [i.suggestion for i in issues] == ["“", "”"]


def test_dialogue_dash_at_paragraph_start_is_reported_without_a_fix():
    [issue] = lint("Intro.\n— We will rebuild it, he said.", "TL127")
    assert (issue.line, issue.column, issue.suggestion) == (2, 1, None)


def test_dash_inside_a_sentence_is_english():
    assert lint("The plan — if it works — is cheap.", "TL127") == []


def test_numero_sign_becomes_no():
    [issue] = lint("Decree №15 was signed.", "TL103")
    assert issue.suggestion == "No. "


# -- numbers ----------------------------------------------------------------


def test_decimal_comma_before_a_unit_is_reported_with_a_point():
    [issue] = lint("Output fell to 4,8 million tonnes.", "decimal-comma")
    assert (issue.column, issue.suggestion) == (16, "4.8")


def test_english_thousands_and_lists_are_not_decimal_commas():
    assert lint("About 1,500 troops and 2,300 tanks; items 1,2 and 3.", "TL104") == []


def test_space_grouped_thousands_get_commas():
    [issue] = lint("About 10 000 people fled.", "thousands-separator")
    assert issue.suggestion == "10,000"


def test_space_after_a_month_day_is_not_a_thousands_group():
    assert lint("On April 3 410 bodies were found.", "TL105") == []


def test_dot_group_is_reported_only_when_it_cannot_be_a_decimal():
    assert [i.suggestion for i in lint("Some 25.000 troops ran 2.256 km.", "TL105")] == ["25,000"]


def test_codes_and_long_account_numbers_are_not_thousands():
    assert lint("Tyre 265/45 R20 108V, card 729 725 522 498 168.", "TL105") == []


def test_thousand_calque_is_written_in_full():
    issues = lint("At least 10 thousand shells and 2.5 thousand drones; thousands more.", "thousand-calque")
    assert [(i.column, i.suggestion) for i in issues] == [(10, "10,000"), (33, "2,500")]


def test_dotted_date_is_spelled_out_and_invalid_dates_are_left():
    issues = lint("Signed on 19.06.2024, not 31.13.2024.", "numeric-date")
    assert [(i.column, i.suggestion) for i in issues] == [(11, "19 June 2024")]


def test_russian_abbreviations_need_the_russian_pack():
    text = "The fund holds 5 mln dollars."
    assert lint(text, "TL108") == []
    [issue] = lint(text, "TL108", source=("ru",))
    assert (issue.column, issue.suggestion) == (18, "million")


def test_leftover_cyrillic_switches_the_russian_pack_on():
    assert "TL108" in codes("The fund holds 5 mln dollars (5 млн).", "TL1")


def test_ukrainian_letters_switch_the_ukrainian_pack_on_and_not_the_russian_one():
    found = codes("The ZSU said 5 mln (5 млн гривень, Київ).", "TL108", "TL109")
    assert found == ["TL109", "TL109"]


def test_chinese_punctuation_alone_switches_the_chinese_pack_on():
    assert "TL118" in codes("Tickets cost RMB 500 yuan，officials said.", "TL1")


def test_korean_pack_needs_korean_source():
    assert lint("Lee-ssi left.", "TL119") == []
    assert codes("Lee-ssi left.", "TL119", source=("ko",)) == ["TL119"]


def test_year_suffix_keeps_the_year():
    [issue] = lint("It was built in 2019 g. and rebuilt.", "year-suffix")
    assert (issue.column, issue.end_column, issue.suggestion) == (17, 24, "2019")


# -- page residue -----------------------------------------------------------


def test_breadcrumb_covers_the_trail_up_to_its_last_separator():
    [issue] = lint("Home » World » Talks ended in Pyongyang", "breadcrumb")
    assert (issue.column, issue.end_column) == (1, 15)


def test_byline_with_a_handle_or_a_name_is_reported():
    assert codes("by alex\n\nBy Olena Koval\n", "byline") == ["TL111", "TL111"]


def test_heading_that_starts_with_by_is_not_a_byline():
    assert lint("By the numbers\nBy Ukrainian standards, it was cheap.", "TL111") == []


def test_glued_photo_credit_starts_at_the_slash():
    [issue] = lint("Leaders meet in Minsk/Photo from open sources", "photo-credit")
    assert issue.column == 22


def test_name_glued_after_a_headline_quote_is_a_glued_byline():
    text = "The two ministers signed a “memorandum of intent” Iryna Shevchuk"
    [issue] = lint(text, "glued-byline")
    assert issue.column == text.index("Iryna") + 1


def test_widget_phrase_inside_a_sentence_is_not_a_widget():
    text = "You may also like this approach, he said.\nYou may also like\n"
    assert positions(lint(text, "web-widget")) == [("TL114", 2, 1)]


def test_read_also_line_is_a_link_lead_in():
    assert codes("Read also: Bread prices rose again\n", "TL115") == ["TL115"]


# -- translation-system debris ----------------------------------------------


def test_run_of_unknown_tokens_is_one_finding():
    [issue] = lint("It broke <unk> <unk> <unk> again.", "mt-placeholder")
    assert (issue.column, issue.end_column) == (10, 27)


def test_deepl_credit_is_reported():
    assert codes("Translated with www.DeepL.com/Translator (free version)", "mt-credit") == ["TL121"]


def test_five_repetitions_are_a_loop_and_four_are_rhetoric():
    assert codes("war of war of war of war of war of war", "runaway-repetition") == ["TL123"]
    assert lint("again and again and again and again", "TL123") == []


def test_a_loop_separated_by_commas_and_case_is_still_a_loop():
    assert codes("It was Over, over, OVER, over, over.", "TL123") == ["TL123"]


def test_loop_gate_passes_only_texts_with_a_repeated_run():
    from translint.rules.runaway_repetition import may_loop

    def gate(text: str) -> bool:
        return may_loop(letter_runs(Document("t.txt", text)))

    assert gate("of the war of the war of the war of the war of the war")
    assert not gate("again and again and again and again, said the the minister")


def test_loop_gate_passes_every_random_text_with_a_loop():
    from translint.rules.runaway_repetition import _LOOP, may_loop

    loops = [text for text in random_texts(seed=123) if _LOOP.search(text)]
    assert len(loops) > 100
    assert all(may_loop(letter_runs(Document("t.txt", text))) for text in loops)


def test_sentences_are_normalised_as_split_and_joined_case_folded_words():
    from translint.rules.repeated_sentence import normalised_sentences

    for text in [*random_texts(seed=122, count=500), "Talks ended.  They  Resumed.\tNobody knew."]:
        doc = Document("t.txt", text)
        expected = [" ".join(doc.span_text(s).casefold().split()) for s in doc.sentences]
        assert normalised_sentences(doc) == expected, text


def test_repeated_sentence_points_at_its_first_copy():
    text = "The bridge was reopened today. Cars moved. The bridge was reopened today."
    [issue] = lint(text, "repeated-sentence")
    assert issue.column == 44 and [(r.line, r.column) for r in issue.related] == [(1, 1)]


# -- across a batch ---------------------------------------------------------


def write_batch(tmp_path, shared: str, count: int, total: int):
    for n in range(total):
        extra = f"\n{shared}\n" if n < count else "\n"
        (tmp_path / f"a{n}.txt").write_text(f"Story {'x' * (n + 1)} is here.{extra}", encoding="utf-8")
    return tmp_path


def test_line_in_enough_articles_is_boilerplate_once_per_article(tmp_path):
    batch = write_batch(tmp_path, "The material was prepared with help from the fund.", 3, 5)
    issues = lint_paths([batch], Config(select=("TL130",)))
    assert [(i.path.rsplit("/", 1)[-1], i.line) for i in issues] == [("a0.txt", 2), ("a1.txt", 2), ("a2.txt", 2)]
    assert len(issues[0].related) == 2


def test_digits_do_not_hide_boilerplate(tmp_path):
    for n in range(3):
        (tmp_path / f"b{n}.txt").write_text(f"Story {'x' * (n + 1)}.\nUpdated at 1{n}:0{n}\n", encoding="utf-8")
    assert len(lint_paths([tmp_path], Config(select=("TL130",)))) == 3


def test_share_threshold_is_an_option(tmp_path):
    batch = write_batch(tmp_path, "The material was prepared with help from the fund.", 3, 20)
    assert lint_paths([batch], Config(select=("TL130",))) == []
    options = {"batch-boilerplate": {"min-share": 0.1}}
    assert len(lint_paths([batch], Config(select=("TL130",), rule_options=options))) == 3


def test_widget_lines_are_not_reported_again_as_boilerplate(tmp_path):
    batch = write_batch(tmp_path, "You may also like", 3, 3)
    assert {i.code for i in lint_paths([batch], Config(select=("TL1",)))} == {"TL114"}


def test_batch_lines_are_normalised_as_one_line_at_a_time():
    from translint.rules.batch_boilerplate import _DIGITS, _normalised

    for text in [*random_texts(seed=130, count=500), "Updated at 10:30\n\n  Share  this\tstory 2024 \n"]:
        doc = Document("t.txt", text)
        lines = [doc.span_text(span) for span in doc.paragraphs]
        assert _normalised(doc, doc.paragraphs) == [_DIGITS.sub("0", " ".join(s.split())).casefold() for s in lines]


def test_case_folding_makes_no_line_feed():
    every = "".join(map(chr, range(sys.maxunicode + 1))).replace("\n", "")
    assert "\n" not in every.casefold()


def test_batch_places_are_the_documents_positions():
    from translint.rules.batch_boilerplate import _places

    for text in random_texts(seed=131, count=500):
        lf = text.replace("\r", "")
        for doc in (Document("t.txt", text), Document("t.txt", lf), Document("t.txt", lf.replace("\n", "\r\n"))):
            expected = [n for span in doc.paragraphs for offset in span for n in doc.position(offset)]
            assert list(_places(doc, doc.paragraphs)) == expected


def test_a_single_text_has_no_batch():
    assert lint_text("Share this\n", config=Config(select=("TL130",))) == []


def test_a_loop_glued_to_punctuation_at_both_ends_is_found():
    assert codes("Prices (rose rose rose rose rose.) fell.", "TL123") == ["TL123"]


def test_a_photo_credit_line_after_a_sentence_is_reported_on_its_own_line():
    assert positions(lint("Talks ended late.\nPhoto: Reuters\n", "TL112")) == [("TL112", 2, 1)]


def test_a_slash_credit_at_the_start_of_a_later_line_is_reported():
    assert positions(lint("Crowds gathered in the square\n/Photo by the city press office\n", "TL112")) == [("TL112", 2, 1)]


def test_a_breadcrumb_ending_in_a_separator_is_reported():
    assert positions(lint("World » Europe »\nTalks resumed in Minsk.\n", "TL110")) == [("TL110", 1, 1)]


def test_a_byline_followed_by_a_one_word_capitalised_line_is_reported():
    assert positions(lint("By John\nKyiv\nTalks resumed.\n", "TL111")) == [("TL111", 1, 1)]

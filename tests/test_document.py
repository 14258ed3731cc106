from translint.document import Document, LineIndex


def test_position_counts_lines_and_columns_from_one():
    index = LineIndex("ab\ncd")
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 2)


def test_crlf_is_one_line_end():
    index = LineIndex("ab\r\ncd\r\nef")
    assert index.position(4) == (2, 1)
    assert index.position(9) == (3, 2)


def test_lone_cr_ends_a_line():
    assert LineIndex("ab\rcd").position(3) == (2, 1)


def test_columns_count_code_points_not_utf16_units():
    text = "😀😀 word"
    assert LineIndex(text).position(text.index("word")) == (1, 4)


def test_line_text_has_no_terminator():
    index = LineIndex("first\r\nsecond\n")
    assert index.line_text(1) == "first"
    assert index.line_text(2) == "second"
    assert index.line_text(3) == ""


def test_paragraphs_are_trimmed_non_blank_lines():
    doc = Document("a", "  One.  \n\n\tTwo.\r\n")
    assert [doc.span_text(p) for p in doc.paragraphs] == ["One.", "Two."]


def test_sentences_keep_titles_and_us_whole():
    doc = Document("a", "Mr. Kim met U.S. officials on Monday. Gen. Syrskyi said so. It rained.")
    assert [doc.span_text(s) for s in doc.sentences] == [
        "Mr. Kim met U.S. officials on Monday.",
        "Gen. Syrskyi said so.",
        "It rained.",
    ]


def test_sentences_do_not_cross_lines():
    doc = Document("a", "A headline without a stop\nThe story begins here.")
    assert [doc.span_text(s) for s in doc.sentences] == ["A headline without a stop", "The story begins here."]


def test_sentence_spans_count_code_points_after_an_emoji():
    doc = Document("a", "Fans cheered 😀😀. The match went on.")
    assert [doc.span_text(s) for s in doc.sentences] == ["Fans cheered 😀😀.", "The match went on."]


def test_an_abbreviation_at_a_line_end_still_ends_the_sentence():
    doc = Document("a", "  Troops were led by Gen.\r\nSyrskyi spoke.")
    assert [doc.span_text(s) for s in doc.sentences] == ["Troops were led by Gen.", "Syrskyi spoke."]


def test_words_keep_inner_hyphens_and_apostrophes():
    doc = Document("a", "Kim Jong-un's visit, 2024.")
    assert [doc.span_text(w) for w in doc.words] == ["Kim", "Jong-un's", "visit"]


def test_scan_text_makes_every_line_break_a_newline_of_the_same_length():
    doc = Document("a", "a\r\nb\rc")
    assert doc.scan_text == "a\n\nb\nc"


def test_paragraphs_and_line_starts_match_strip_and_the_line_pattern():
    """The single-pattern paragraphs and the split-based line index agree with
    str.strip() on every line and the \\r\\n|\\r|\\n pattern, for every kind of
    white space str.isspace() knows (random texts)."""
    import random
    import re

    alphabet = ["a", ".", " ", "\t", "\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f",
                "\x85", "\xa0", "\u2028", "\u2029", "\u3000", "é", "😀"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        expected, start = [], 0
        for line in re.split(r"\r\n|\r|\n", text):
            if line.strip():
                lead = start + len(line) - len(line.lstrip())
                expected.append((lead, lead + len(line.strip())))
            start += len(line) + (2 if text.startswith("\r\n", start + len(line)) else 1)
        assert Document("a.txt", text).paragraphs == expected, repr(text)
        assert LineIndex(text).starts == [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def test_white_space_in_patterns_is_str_isspace():
    import re
    import sys

    assert all(bool(re.fullmatch(r"\s", c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))

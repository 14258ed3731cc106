"""The shipped English frequency table (translint.english)."""

from translint.english import parse, zipf


def test_parse_reads_each_bucket_as_its_zipf_frequency():
    text = "# header\n@52\nharbour ferry\n@31\nquay\n"
    assert parse(text) == {"harbour": 5.2, "ferry": 5.2, "quay": 3.1}


def test_common_words_are_frequent_and_case_is_ignored():
    assert zipf("the") > 7
    assert zipf("Grain") > 3.5


def test_a_made_up_word_has_no_frequency():
    assert zipf("Qwzxvplorn") == 0.0

import pytest

from translint.readers.decoding import UndecodableInput, decode


def test_bom_is_dropped_so_columns_start_after_it():
    assert decode("\ufeffHello".encode()) == "Hello"


def test_invalid_byte_position_is_line_column_and_byte_offset():
    data = "Line one\nКиїв \xff".encode()[:-2] + b"\xff rest"
    with pytest.raises(UndecodableInput) as caught:
        decode(data)
    bad = caught.value
    assert (bad.line, bad.column) == (2, 6)
    assert bad.byte_offset == data.index(b"\xff")
    assert "0xFF" in str(bad) and str(bad.byte_offset) in str(bad)


def test_byte_offset_counts_the_bom():
    with pytest.raises(UndecodableInput) as caught:
        decode(b"\xef\xbb\xbfab\xc0")
    assert caught.value.byte_offset == 5
    assert (caught.value.line, caught.value.column) == (1, 3)

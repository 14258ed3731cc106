"""Property tests: random bytes, any Unicode and each input format never crash
translint or put a finding outside its file (invariants in fuzzing.py).

Bounded so the suite stays fast; `python scripts/fuzz.py --minutes 10` runs
the same invariants for as long as you like.
"""

from __future__ import annotations

import json

from fuzzing import check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with the characters that break linters: line breaks of every kind,
# quotes, brackets, marks, surrogate-free code points of every plane.
ODD = st.sampled_from(list("\r\n\u2028\u0085\t \"'«»„“”()[]{}<>&;.,!?-–—…·⁇\ufeff\u200b\u0301Аяёї가日"))
TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), ODD), max_size=300)
WORDS = st.lists(
    st.sampled_from(["The", "the", "talks", "ended", "Kyiv", "Kiev", "Putina", "said.", "“", "”", "(", ")", ",", "\r\n", "\n"]),
    max_size=60,
).map(" ".join)


@FAST
@given(st.binary(max_size=400), st.sampled_from(["txt", "md", "html", "jsonl"]))
def test_random_bytes_in_any_format(data, extension):
    check(data, extension)


@FAST
@given(st.one_of(TEXT, WORDS), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_in_any_encoding_as_plain_text(text, encoding):
    check(text.encode(encoding), "txt")


@FAST
@given(st.one_of(TEXT, WORDS))
def test_any_text_as_markdown(text):
    check(text.encode(), "md")


@FAST
@given(st.one_of(TEXT, WORDS), st.sampled_from(["p", "h1", "li", "title", "nav", "script", "![", "!--"]))
def test_any_text_inside_html(text, tag):
    check(f"<html><body><{tag}>{text}</{tag}></body></html>".encode(), "html")


@FAST
@given(st.one_of(TEXT, WORDS), st.one_of(st.none(), st.integers(), st.text(max_size=10)))
def test_any_text_as_a_json_lines_record(text, record_id):
    line = json.dumps({"id": record_id, "text": text}, ensure_ascii=bool(len(text) % 2))
    check((line + "\n").encode(), "jsonl")

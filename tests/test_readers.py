"""Articles as they arrive: Markdown, HTML, JSON Lines, other encodings; positions in the source file."""

from conftest import run

from translint.api import lint_paths
from translint.config import Config

SELECT = Config(select=("TL101", "TL301", "TL114", "TL124", "TL002", "TL001"))


def found(path) -> list[tuple[str, int, int]]:
    return [(i.code, i.line, i.column) for i in lint_paths([path], SELECT)]


def test_markdown_positions_hold_after_emphasis_and_links(article):
    path = article(
        "a.md",
        "---\ntitle: Talks in Минск\nauthor: x\n---\n\n# Heading\n\nA **bold** [link](http://x.org/Мир) and the the Київ.\n\nYou may also like\n",
    )
    assert found(path) == [("TL101", 2, 17), ("TL301", 8, 41), ("TL101", 8, 49), ("TL114", 10, 1)]


def test_markdown_skips_code_html_and_urls(article):
    path = article("a.md", "Text `Мир` here.\n\n```\nthe the Мир\n```\n\n<div>Мир</div>\n\n[ok](http://мир.рф)\n")
    assert found(path) == []


def test_markdown_soft_breaks_join_a_paragraph(article):
    path = article("a.md", "The talks were\nheld in Минск.\n")
    assert found(path) == [("TL101", 2, 9)]


def test_html_positions_hold_after_entities(article):
    path = article(
        "a.html",
        "<html><head><title>Мир</title><script>var a='the the';</script></head>\n"
        "<body><p>Salt &amp; pepper &#1055;ривет and the the end.</p>\n<p>Leave a Comment</p></body></html>\n",
    )
    assert found(path) == [("TL101", 1, 20), ("TL101", 2, 28), ("TL301", 2, 45), ("TL114", 3, 4)]


def test_html_alt_and_title_attributes_are_linted(article):
    path = article("a.html", '<p>Fine.</p><img src="x.png" alt="Дети в Київ" title="ok">\n')
    assert found(path) == [("TL101", 1, 35)]


def test_html_navigation_is_residue(article):
    path = article("a.html", '<nav aria-label="Breadcrumb"><a href="/">Home</a> › World</nav><p>Talks ended.</p>\n')
    [issue] = lint_paths([path], Config(select=("TL1",)))
    assert (issue.code, issue.column, issue.suggestion) == ("TL124", 42, "")


def test_html_caption_credit_is_not_glued(article):
    path = article("a.html", "<figure><figcaption>Photo: Reuters</figcaption></figure><p>Talks.</p>\n")
    assert lint_paths([path], Config(select=("TL112",))) == []


def test_jsonl_positions_are_in_the_json_line_and_broken_records_are_tl002(article):
    path = article(
        "a.jsonl",
        '{"id": "a1", "text": "Talks in \\u041c\\u0438\\u0440 ended."}\n'
        '{"id": "a2", "text": "broken\n'
        '{"id": "a3", "body": "First.\\nThe the second paragraph.\\nYou may also like"}\n',
    )
    issues = lint_paths([path], SELECT)
    assert [(i.path.rsplit("/", 1)[-1], i.record, i.code, i.line, i.column) for i in issues] == [
        ("a.jsonl", "a1", "TL101", 1, 32),
        ("a.jsonl", None, "TL002", 2, 22),
        ("a.jsonl", "a3", "TL301", 3, 31),
        ("a.jsonl", "a3", "TL114", 3, 58),
    ]
    assert issues[0].message.endswith("(record a1)")


def test_jsonl_field_and_id_are_configurable(article):
    path = article("a.jsonl", '{"uid": 7, "story": "The the end."}\n')
    issues = lint_paths([path], Config(select=("TL301",), jsonl_field=("story",), jsonl_id="uid"))
    assert [(i.path.rsplit("/", 1)[-1], i.record) for i in issues] == [("a.jsonl", "7")]


def test_utf16_with_bom_is_read(article):
    path = article("a.txt", "\ufeffThe the end in Мир.\n".encode("utf-16-le"))
    assert found(path) == [("TL301", 1, 1), ("TL101", 1, 16)]


def test_forced_encoding_reads_old_cp1251_archives(article):
    path = article("a.txt", "Talks in Мир ended.\n".encode("cp1251"))
    assert [i.code for i in lint_paths([path], SELECT)] == ["TL001"]
    assert [(i.code, i.column) for i in lint_paths([path], Config(select=("TL101",), encoding="cp1251"))] == [("TL101", 10)]


def test_stdin_with_a_filename_reads_like_the_file(article):
    html = '<p>Talks in Мир &amp; the the end.</p>\n'
    path = article("a.html", html)
    from_file = run("check", "--format", "json", str(path), cwd=path.parent)
    from_stdin = run(
        "check", "--format", "json", "--input-format", "html", "--stdin-filename", "a.html", "-",
        stdin=html.encode(), cwd=path.parent,
    )
    assert from_stdin.stdout.replace('"a.html"', f'"{path.as_posix()}"') == from_file.stdout

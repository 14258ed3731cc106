"""Many files: worker processes and the results cache give the same findings as one process."""

from conftest import run

from translint import checking
from translint.config import Config

TEXTS = [
    "Talks in Минск ended.\nThe the delegates left.\n",
    "Prices rose 4,5 percent.\nZelensky spoke.\n",
    "Zelenskiy spoke again.\nYou may also like\n",
    "A clean article about the harvest.\nYou may also like\n",
    "Another clean article.\nYou may also like\n",
]


def write_batch(folder, copies: int = 4):
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(copies):
        for i, text in enumerate(TEXTS):
            path = folder / f"{n:02d}-{i}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return sorted(paths)


def test_workers_report_exactly_what_one_process_reports(tmp_path):
    files = write_batch(tmp_path)
    inputs = checking.Inputs(files)
    one = checking.lint(Config(), inputs, jobs=1)
    two = checking.lint(Config(), inputs, jobs=2)
    assert one == two and {i.code for i in one} >= {"TL101", "TL301", "TL104", "TL114", "TL206"}


def test_a_second_run_reads_unchanged_files_from_the_cache(tmp_path, monkeypatch):
    files = write_batch(tmp_path / "articles")
    cache = tmp_path / "cache"
    first = checking.lint(Config(), checking.Inputs(files), cache_dir=cache)
    monkeypatch.setattr(checking.Linter, "check_bytes", lambda *a, **k: (_ for _ in ()).throw(AssertionError("checked")))
    assert checking.lint(Config(), checking.Inputs(files), cache_dir=cache) == first


def test_a_changed_file_is_checked_again(tmp_path):
    files = write_batch(tmp_path / "articles", copies=1)
    cache = tmp_path / "cache"
    checking.lint(Config(), checking.Inputs(files), cache_dir=cache)
    files[0].write_text("Now clean.\n", encoding="utf-8")
    issues = checking.lint(Config(), checking.Inputs(files), cache_dir=cache)
    assert not [i for i in issues if i.path == files[0].as_posix()]


def test_jobs_and_no_cache_on_the_command_line(tmp_path):
    write_batch(tmp_path)
    one = run("check", "--format", "json", "--no-cache", "-j", "1", str(tmp_path))
    two = run("check", "--format", "json", "--cache-dir", str(tmp_path / ".cache"), "-j", "2", str(tmp_path))
    assert one.stdout == two.stdout and one.returncode == two.returncode == 1


def test_an_unchanged_run_runs_no_batch_wide_rule_again(tmp_path, monkeypatch):
    files = write_batch(tmp_path / "articles")
    cache = tmp_path / "cache"
    first = checking.lint(Config(), checking.Inputs(files), cache_dir=cache)
    monkeypatch.setattr(checking.Linter, "finish", lambda self: (_ for _ in ()).throw(AssertionError("finished")))
    assert checking.lint(Config(), checking.Inputs(files), cache_dir=cache) == first


def test_a_changed_file_updates_the_batch_wide_findings(tmp_path):
    files = write_batch(tmp_path / "articles", copies=1)
    cache = tmp_path / "cache"
    before = checking.lint(Config(), checking.Inputs(files), cache_dir=cache)
    assert "TL206" in {i.code for i in before}
    files[2].write_text("Zelensky spoke again.\n", encoding="utf-8")
    after = checking.lint(Config(), checking.Inputs(files), cache_dir=cache)
    assert after == checking.lint(Config(), checking.Inputs(files)) and "TL206" not in {i.code for i in after}


def test_issues_read_back_from_the_cache_keep_their_line_text():
    import pickle

    from translint.issue import Issue, Location, Severity

    issue = Issue("a.txt", 2, 1, 2, 4, "TL301", "doubled-word", Severity.WARNING, "m", "s", (Location("b", 1, 1),), "The the")
    copy = pickle.loads(pickle.dumps(issue))
    assert copy == issue and copy.line_text == "The the"


def test_another_input_format_is_not_answered_from_the_cache(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text('<p class="the the">Talks ended.</p>\n', encoding="utf-8")
    cache = tmp_path / "cache"
    as_text = checking.lint(Config(), checking.Inputs([page]), cache_dir=cache)
    as_html = checking.lint(Config(), checking.Inputs([page], input_format="html"), cache_dir=cache)
    assert as_html == checking.lint(Config(), checking.Inputs([page], input_format="html")) != as_text


def test_progress_counts_every_file_once_checked_or_cached(tmp_path):
    files = write_batch(tmp_path / "articles")
    for jobs, cache in ((2, None), (1, tmp_path / "cache"), (1, tmp_path / "cache")):
        steps: list[int] = []

        def progress(total: int, steps: list[int] = steps):  # this round's list, bound now
            steps.append(total)
            return steps.append

        checking.lint(Config(), checking.Inputs(files), jobs=jobs, cache_dir=cache, progress=progress)
        assert steps[0] == len(files) == sum(steps[1:])

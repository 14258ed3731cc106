from translint.cache import cached


def test_a_value_is_computed_once_for_the_same_inputs(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    compute = lambda: calls.append(1) or {"v": 1}  # noqa: E731
    assert cached("thing", [b"a"], compute) == cached("thing", [b"a"], compute) == {"v": 1}
    assert len(calls) == 1


def test_changed_inputs_are_computed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(tmp_path))
    assert cached("thing", [b"a"], lambda: 1) == 1
    assert cached("thing", [b"b"], lambda: 2) == 2


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TRANSLINT_CACHE_DIR", str(blocker / "cache"))
    assert cached("thing", [b"a"], lambda: 3) == 3

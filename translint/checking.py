"""What `translint check` does between parsing its flags and printing: lint,
fix, narrow to a diff or a baseline. Kept apart from the CLI so that each step
reads as one function and tests can drive it without a subprocess."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translint.config import Config
from translint.engine import BatchState, Linter
from translint.errors import TranslintError
from translint.issue import Issue

if TYPE_CHECKING:
    from translint.results_cache import ResultCache


@dataclass(frozen=True)
class Inputs:
    files: list[Path]
    stdin: bytes | None = None  # the text read from standard input, when "-" was given
    stdin_name: str = "<stdin>"  # the path reported for it (--stdin-filename)
    input_format: str | None = None  # --input-format: all inputs in this format


def lint(
    config: Config,
    inputs: Inputs,
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress: Callable[[int], Callable[[int], None]] | None = None,
    digests: dict[str, str] | None = None,
) -> list[Issue]:
    """Every file of the run, then the batch-wide rules; sorted by path and position.

    With `digests`, each file checked has its content's key recorded there (by
    its path as reported), so that `fix` can tell whether it changed since.

    With `jobs` > 1, files are checked in worker processes that each compile
    the rules once; what each file leaves for the batch-wide rules comes back
    to this process, which finishes the run, so the result does not depend
    on scheduling. With a `cache_dir`, unchanged files are not checked again,
    and when no file changed, neither are the batch-wide rules.
    """
    linter = Linter(config)
    issues: list[Issue] = []
    if inputs.stdin is not None:
        issues += linter.check_bytes(inputs.stdin, inputs.stdin_name, inputs.input_format)
    advance = progress(len(inputs.files)) if progress else (lambda done: None)
    cache = _open_cache(config, cache_dir, inputs.input_format)
    misses, run = inputs.files, None
    if cache is not None:
        from translint.results_cache import run_key

        keys = _keys(inputs.files)
        known = cache.issues([k for k in keys.values() if k])
        run = run_key([keys[p] or "" for p in inputs.files]) if inputs.stdin is None and all(keys.values()) else None
        batch_wide = cache.run(run) if run and len(known) == len(inputs.files) else None
        if digests is not None:
            digests.update((path.as_posix(), key) for path, key in keys.items() if key)
        if batch_wide is not None:  # nothing changed: no file, no batch-wide rule is run again
            for path in inputs.files:
                issues += known[keys[path]]
            advance(len(inputs.files))
            cache.close()
            return sorted(issues + batch_wide, key=Issue.sort_key)
        batches = cache.batches([keys[p] for p in inputs.files if keys[p] in known])
        misses = []
        for path in inputs.files:
            key = keys[path]
            if key in known and key in batches:
                issues += known[key]
                linter.merge_batch(batches[key])
                advance(1)
            else:
                misses.append(path)
    fresh = []
    for result in _check_all(config, inputs, misses, jobs, cache is not None, digests is not None):
        issues += result.issues
        if digests is not None:
            digests.update(result.digests)
        linter.merge_batch(result.batch)
        fresh += result.entries
        advance(result.files)
    finished = linter.finish()
    if cache is not None:
        cache.put(fresh, (run, finished) if run else None)
        cache.close()
    return sorted(issues + finished, key=Issue.sort_key)


@dataclass
class ChunkResult:
    """What checking a few files gives back: their findings, one merged batch
    state, and, when caching, each file's entry already pickled (by the worker,
    so that the parent, which shares the cores, only stores bytes)."""

    files: int
    issues: list[Issue]
    batch: BatchState
    entries: list[tuple[str, bytes, bytes]]  # (cache key, pickled findings, pickled batch state)
    digests: list[tuple[str, str]]  # (path, cache key), when the run will fix files


def _keys(files: list[Path]) -> dict[Path, str | None]:
    """Each file's cache key; None for one that cannot be read (it is checked, and reported)."""
    from translint.readers import read_file
    from translint.results_cache import cache_key

    keys: dict[Path, str | None] = {}
    for path in files:
        try:
            keys[path] = cache_key(path.as_posix(), read_file(path.as_posix()))
        except OSError:
            keys[path] = None
    return keys


def _check_all(
    config: Config, inputs: Inputs, files: list[Path], jobs: int, caching: bool, digests: bool
) -> Iterator[ChunkResult]:
    """Results of `files` in chunks, checked here or, for many files, in worker processes."""
    _start_worker(config, inputs.input_format, caching, digests)
    parallel = jobs > 1 and len(files) >= 2 * jobs
    size = max(1, min(64, len(files) // (jobs * 8))) if parallel else 64
    # As strings: a Path pickles (to the worker and back) fifty times slower.
    names = [path.as_posix() for path in files]
    chunks = [names[at : at + size] for at in range(0, len(names), size)]
    if not parallel:
        yield from map(_check_chunk, chunks)
        return
    import multiprocessing

    # fork, where there is one, hands the workers the rules already compiled here.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    # multiprocessing.Pool rather than concurrent.futures: its terminate() stops the
    # workers at once, where an interrupted ProcessPoolExecutor (before Python 3.14)
    # can hang the interpreter's exit in its manager thread; and its workers close
    # their end of the task pipe, so they end when a killed parent's end closes.
    setup = (config, inputs.input_format, caching, digests, True)
    pool = context.Pool(jobs, initializer=_start_worker, initargs=setup)
    try:
        yield from pool.imap(_check_chunk, chunks)
    except BaseException:  # Ctrl-C, SIGTERM, a failed worker: stop the workers now, not after their queue
        pool.terminate()
        pool.join()
        raise
    pool.close()
    pool.join()


_worker: dict[str, Any] = {}


def _start_worker(
    config: Config, input_format: str | None, caching: bool, digests: bool, in_pool: bool = False
) -> None:
    if in_pool:  # Ctrl-C reaches the whole process group: the parent alone answers it,
        import signal  # and stops a worker with SIGTERM, which must not run the parent's handler

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker.update(linter=Linter(config), format=input_format, caching=caching, digests=digests)


def _check_chunk(paths: list[str]) -> ChunkResult:
    import pickle

    from translint.readers import read_file
    from translint.results_cache import cache_key

    linter: Linter = _worker["linter"]
    issues: list[Issue] = []
    entries, digests = [], []
    batch = BatchState.empty(linter.corpus_rules)
    for name in paths:
        try:
            data = read_file(name)
        except OSError:
            issues += linter.check_file(Path(name), _worker["format"])  # reports the read error
            batch.merge(linter.take_batch())
            continue
        found = linter.check_bytes(data, name, _worker["format"])
        state = linter.take_batch()
        if _worker["caching"] or _worker["digests"]:
            key = cache_key(name, data)
            if _worker["digests"]:
                digests.append((name, key))
            if _worker["caching"]:
                entries.append((key, pickle.dumps(found, 5), pickle.dumps(state, 5)))
        issues += found
        batch.merge(state)
    if _worker.get("frozen_in") != os.getpid():  # once per process; a forked worker inherits the flag
        # What the first files loaded (rules, gazetteer, lexicon, caches) lives as long
        # as the process: out of the collector's sight, full collections stay cheap.
        import gc

        gc.freeze()
        _worker["frozen_in"] = os.getpid()
    return ChunkResult(len(paths), issues, batch, entries, digests)


def _open_cache(config: Config, cache_dir: Path | None, input_format: str | None) -> ResultCache | None:
    if cache_dir is None:
        return None
    from translint.results_cache import ResultCache, settings_fingerprint

    try:
        return ResultCache(cache_dir, settings_fingerprint(config, input_format))
    except (OSError, sqlite3.Error):
        return None


@dataclass(frozen=True)
class FixResult:
    files_changed: int
    fixes_applied: int
    diffs: list[str]
    skipped: list[str]  # files whose bytes changed between linting and fixing


def fix(
    config: Config,
    inputs: Inputs,
    issues: Sequence[Issue],
    unsafe: bool,
    write: bool,
    digests: dict[str, str] | None = None,
) -> FixResult:
    """Apply the fixes the rules mark safe (and unsafe ones when asked) to the files;
    with `write` false, only compute the patch. With `digests` (from `lint`), a file
    whose bytes changed since it was linted is left alone and named in `skipped`."""
    from translint.fix import Changed, apply, fix_file, unified_diff
    from translint.readers import format_for
    from translint.readers.decoding import decode
    from translint.registry import load_registry
    from translint.results_cache import cache_key

    if inputs.stdin is not None and write:
        raise TranslintError("--fix cannot rewrite standard input; use --diff to see the patch")
    allowed = {"safe", "unsafe"} if unsafe else {"safe"}
    kinds = {info.code: info.fix for info in load_registry(config.rules).infos}
    by_path: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        if issue.suggestion is not None and kinds.get(issue.code) in allowed:
            by_path[issue.path].append(issue)
    files = {path.as_posix(): path for path in inputs.files}
    changed = applied = 0
    diffs, skipped = [], []
    for display, fixable in sorted(by_path.items()):
        if (inputs.input_format or format_for(display)) == "jsonl":  # the text sits inside JSON strings
            fixable = [dataclasses.replace(i, suggestion=_json_escaped(i.suggestion or "")) for i in fixable]
        if inputs.stdin is not None and display == inputs.stdin_name and not write:
            before = decode(inputs.stdin, config.encoding)
            after, count = apply(before, fixable)
            if after != before:
                changed, applied = changed + 1, applied + count
                diffs.append(unified_diff(display, before, after))
            continue
        path = files.get(display)
        if path is None:
            continue
        linted = digests.get(display) if digests is not None else None
        expected = (lambda data, d=display, k=linted: cache_key(d, data) == k) if linted else None
        try:
            before, after, count = fix_file(path, fixable, config.encoding, expected, write=write)
        except Changed:
            skipped.append(display)
            continue
        if after == before:
            continue
        changed += 1
        applied += count
        if not write:
            diffs.append(unified_diff(display, before, after))
    return FixResult(changed, applied, diffs, skipped)


def _json_escaped(text: str) -> str:
    """A suggestion as it must be written inside a JSON string: quotes, backslashes and
    line breaks escaped, other characters as they are."""
    import json

    return json.dumps(text, ensure_ascii=False)[1:-1]


def only_changed_lines(issues: Sequence[Issue], revision: str) -> list[Issue]:
    """Issues on lines added or changed since `revision` (git)."""
    from translint.gitdiff import changed_lines

    changed = changed_lines(revision)
    kept = []
    for issue in issues:
        lines = changed.get(Path(issue.path).resolve(), set())
        if lines is None or any(line in lines for line in range(issue.line, issue.end_line + 1)):
            kept.append(issue)
    return kept

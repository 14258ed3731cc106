"""The `translint` command. Imports stay light until a command runs."""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from translint import __version__
from translint.errors import TranslintError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Find the defects machine translation leaves in English articles.",
)


class Format(str, enum.Enum):
    """`names` and `rules`: a table for people, JSON for tools."""

    text = "text"
    json = "json"


class ReportFormat(str, enum.Enum):
    """`check --format`: one value per reporter module in translint/report/ (FORMATS)."""

    text = "text"
    concise = "concise"
    grouped = "grouped"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    rdjson = "rdjson"


class InputFormat(str, enum.Enum):
    txt = "txt"
    md = "md"
    html = "html"
    jsonl = "jsonl"


class Level(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"translint {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Find the defects machine translation leaves in English articles."""


def _split(values: Optional[list[str]]) -> tuple[str, ...] | None:
    """Repeatable options that also take comma-separated lists: --select TL1,TL3."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to lint; - reads standard input.")],
    select: Annotated[Optional[list[str]], typer.Option(help="Rules to run: codes, prefixes (TL2) or names.")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(help="Rules to skip: codes, prefixes or names.")] = None,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", envvar="TRANSLINT_FORMAT", help="Output format.")
    ] = ReportFormat.text,
    output_file: Annotated[
        Optional[Path], typer.Option("--output-file", "-o", help="Write the report to this file.")
    ] = None,
    fail_on: Annotated[
        Optional[Level], typer.Option(help="Exit 1 when an issue is at least this severe [default: warning].")
    ] = None,
    include: Annotated[Optional[list[str]], typer.Option(help="Globs of files to lint inside folders.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(help="Globs of files and folders to skip.")] = None,
    source: Annotated[Optional[list[str]], typer.Option(help="Source languages (ru, uk, zh, ko, ...).")] = None,
    config_file: Annotated[
        Optional[Path], typer.Option("--config", help="Use this config file instead of searching for one.")
    ] = None,
    input_format: Annotated[
        Optional[InputFormat], typer.Option(help="Read every input as this format [default: by extension; txt].")
    ] = None,
    stdin_filename: Annotated[
        Optional[str], typer.Option(help="The path to report for standard input; its extension sets the format.")
    ] = None,
    jsonl_field: Annotated[
        Optional[list[str]], typer.Option(help="JSON Lines: the article's field [default: text, body, content].")
    ] = None,
    jsonl_id: Annotated[Optional[str], typer.Option(help="JSON Lines: the field naming a record [default: id].")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the files.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff, unsafe fixes too.")] = False,
    show_diff: Annotated[bool, typer.Option("--diff", help="Print the fixes as a patch; change nothing.")] = False,
    baseline: Annotated[Optional[Path], typer.Option(help="Report only findings this baseline does not record.")] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(help="Record today's findings as the baseline.")] = None,
    diff_from: Annotated[
        Optional[str], typer.Option(help="Report only findings on lines changed since this git revision.")
    ] = None,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes [default: all cores].")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Check every file, even unchanged ones.")] = False,
    cache_dir: Annotated[
        Optional[Path], typer.Option(help="Where to keep results of unchanged files [default: user cache].")
    ] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Count findings per rule instead.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Findings only: no summary.")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when issues are found.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.")] = False,
) -> None:
    """Lint articles and report every defect as path:line:column."""
    from translint import checking
    from translint import config as config_module
    from translint.discover import discover
    from translint.issue import Severity
    from translint.registry import load_registry
    from translint.report import Summary, render

    config = config_module.load(config_file) if config_file else config_module.discover(Path.cwd())
    config = config.with_overrides(
        select=_split(select),
        ignore=_split(ignore),
        include=_split(include),
        exclude=_split(exclude),
        source=_split(source),
        fail_on=Severity.parse(fail_on.value) if fail_on else None,
        jsonl_field=_split(jsonl_field),
        jsonl_id=jsonl_id,
    )
    files = discover((Path(p) for p in paths if p != "-"), config.include, config.exclude)
    inputs = checking.Inputs(
        files,
        sys.stdin.buffer.read() if "-" in paths else None,
        stdin_filename or "<stdin>",
        input_format.value if input_format else None,
    )
    from translint.cache import cache_dir as default_cache_dir

    run = {
        "jobs": jobs or os.cpu_count() or 1,
        "cache_dir": None if no_cache else (cache_dir or default_cache_dir() / "results"),
        "progress": _progress_bar if _show_progress(len(files)) else None,
    }
    issues = checking.lint(config, inputs, **run)
    if fix or show_diff:
        fixed = checking.fix(config, inputs, issues, unsafe_fixes, write=fix and not show_diff)
        if show_diff:
            sys.stdout.write("".join(fixed.diffs))
            raise typer.Exit(1 if fixed.diffs and not exit_zero else 0)
        if fixed.files_changed:
            issues = checking.lint(config, inputs, **run)
        if fixed.fixes_applied and not quiet:
            typer.echo(f"Fixed {fixed.fixes_applied} issue(s) in {fixed.files_changed} file(s).", err=True)
    if diff_from:
        issues = checking.only_changed_lines(issues, diff_from)
    if write_baseline:
        from translint.baseline import write

        write(write_baseline, issues)
        typer.echo(f"Recorded {len(issues)} finding(s) in {write_baseline}.", err=True)
        return
    if baseline:
        from translint.baseline import load, new_issues

        issues = new_issues(issues, load(baseline))

    if statistics:
        report = _statistics(issues)
    else:
        color = not no_color and output_file is None and "NO_COLOR" not in os.environ and sys.stdout.isatty()
        summary = Summary(len(files) + (inputs.stdin is not None), tuple(load_registry(config.rules).infos), quiet)
        report = render(output_format.value, issues, summary, color)
    if output_file:
        output_file.write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    if not exit_zero and any(issue.severity >= config.fail_on for issue in issues):
        raise typer.Exit(1)


def _show_progress(files: int) -> bool:
    """A bar for long runs a person watches: never in CI, never when stderr is piped."""
    return files >= 200 and sys.stderr.isatty() and not os.environ.get("CI")


def _progress_bar(total: int):  # type: ignore[no-untyped-def]
    from rich.progress import Progress

    from rich.console import Console

    bar = Progress(transient=True, console=Console(stderr=True))
    task = bar.add_task("linting", total=total)
    bar.start()

    def advance() -> None:
        bar.advance(task)
        if bar.tasks[task].finished:
            bar.stop()

    return advance


def _statistics(issues: list) -> str:  # type: ignore[type-arg]
    """Findings per rule, most frequent first, as `ruff --statistics` prints them."""
    from collections import Counter

    counts = Counter((i.code, i.rule) for i in issues)
    return "".join(f"{n:6}  {code}  {rule}\n" for (code, rule), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))


@app.command()
def names(
    paths: Annotated[list[str], typer.Argument(help="Files or folders of articles.")],
    output_format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
    write: Annotated[
        Optional[Path], typer.Option("--write", help="Write a house names file from the majority spellings.")
    ] = None,
    include: Annotated[Optional[list[str]], typer.Option(help="Globs of files to read inside folders.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(help="Globs of files and folders to skip.")] = None,
) -> None:
    """Review every name of a batch: each entity with its spellings, most inconsistent first."""
    import json

    from translint import config as config_module
    from translint.discover import discover
    from translint.document import Document
    from translint.names.review import NameIndex
    from translint.readers.decoding import UndecodableInput, decode

    config = config_module.discover(Path.cwd()).with_overrides(include=_split(include), exclude=_split(exclude))
    index = NameIndex()
    for path in discover((Path(p) for p in paths), config.include, config.exclude):
        try:
            index.add(Document(path.as_posix(), decode(path.read_bytes())))
        except (OSError, UndecodableInput) as exc:
            typer.echo(f"translint: warning: {path}: skipped: {getattr(exc, 'strerror', None) or exc}", err=True)
    entities = index.entities()
    if write is not None:
        write.write_text(index.house_file(), encoding="utf-8")
        typer.echo(f"wrote {write}", err=True)
    if output_format is Format.json:
        typer.echo(json.dumps([e.to_dict(positions=3) for e in entities], ensure_ascii=False, indent=2))
        return
    for entity in entities:
        known = " (known)" if entity.known else ""
        typer.echo(f"{entity.name}{known}: {len(entity.spellings)} spelling(s), {entity.mentions} mention(s)")
        for spelling in entity.ranked():
            where = ", ".join(f"{p.path}:{p.line}:{p.column}" for p in spelling.positions)
            typer.echo(f"  {spelling.count:5}  {spelling.text}  {where}")


@app.command("rules")
def list_rules(
    output_format: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
) -> None:
    """List every rule: code, name, family, default severity, fix and summary."""
    import json

    from translint.registry import load_registry

    infos = load_registry().infos
    if output_format is Format.json:
        rows = [
            {"code": i.code, "name": i.name, "family": i.family, "severity": str(i.severity), "fix": i.fix,
             "summary": i.summary, "origin": i.origin}
            for i in infos
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(i.name) for i in infos)
    for i in infos:
        typer.echo(f"{i.code}  {i.name:<{width}}  {i.family:<9}  {str(i.severity):<7}  {i.summary}")


@app.command()
def explain(rule: Annotated[str, typer.Argument(help="A rule code (TL101) or name (source-script).")]) -> None:
    """Show a rule's documentation, with its bad and good examples."""
    import difflib

    from translint.registry import load_registry

    registry = load_registry()
    info = registry.find(rule)
    if info is None:
        keys = [i.code for i in registry.infos] + [i.name for i in registry.infos]
        close = difflib.get_close_matches(rule, keys, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else "; `translint rules` lists them"
        raise TranslintError(f"unknown rule {rule!r}{hint}")
    typer.echo(info.explain(), nl=False)


def main() -> None:
    """Entry point: every expected failure is one line on stderr and exit code 2."""
    try:
        app()
    except TranslintError as exc:
        typer.echo(f"translint: error: {exc}", err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: one line for users, the traceback on request
        if os.environ.get("TRANSLINT_DEBUG"):
            raise
        typer.echo(f"translint: internal error: {type(exc).__name__}: {exc} (set TRANSLINT_DEBUG=1 for details)", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)

"""The `translint` command, on typer. Imports stay light until a command runs.

Each command's options are declared below with typer (help panels, shell
completion of rule codes and names); what a command does lives in a plain
function of the parsed options (`_check`, `_names`, `_rules`, `_explain`),
so the logic reads without the declarations. typer 0.29 builds a pydantic
adapter for every option that is not a flag, which costs a check about
70 ms; `translint --version` processes only flags and stays fast.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Annotated, Any, Literal, Optional

import typer

from translint import __version__
from translint.errors import TranslintError
from translint.readers import INPUT_FORMATS  # declared by the readers and reporters themselves
from translint.report import FORMATS as REPORT_FORMATS

LEVELS = ("error", "warning", "info")


Args = SimpleNamespace  # a command's parsed options, by name


class Exit(Exception):
    """Leave a command with this exit code (1: findings) after its output."""

    def __init__(self, code: int) -> None:
        self.code = code


def _split(values: Sequence[str] | None) -> tuple[str, ...] | None:
    """Repeatable options that also take comma-separated lists: --select TL1,TL3."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _echo(message: str, err: bool = False) -> None:
    print(message, file=sys.stderr if err else sys.stdout)


def _check(args: Args) -> None:
    """Lint, then fix, narrow to a diff or a baseline, and report."""
    from translint import checking
    from translint.discover import discover
    from translint.issue import Severity
    from translint.registry import load_registry
    from translint.report import Summary, render

    paths = args.paths
    config = _config(args)
    config = config.with_overrides(
        select=_split(args.select),
        ignore=_split(args.ignore),
        include=_split(args.include),
        exclude=_split(args.exclude),
        source=_split(args.source),
        fail_on=Severity.parse(args.fail_on) if args.fail_on else None,
        jsonl_field=_split(args.jsonl_field),
        jsonl_id=args.jsonl_id,
    )
    files = discover((Path(p) for p in paths if p != "-"), config.include, config.exclude, config.exclude_base())
    inputs = checking.Inputs(
        files,
        sys.stdin.buffer.read() if "-" in paths else None,
        args.stdin_filename or "<stdin>",
        args.input_format,
    )
    from translint.cache import cache_dir as default_cache_dir

    run = {
        "jobs": args.jobs or os.cpu_count() or 1,
        "cache_dir": None if args.no_cache else (args.cache_dir or default_cache_dir() / "results"),
        "progress": _progress_bar if _show_progress(len(files)) else None,
    }
    digests: dict[str, str] | None = {} if args.fix or args.diff else None
    issues = checking.lint(config, inputs, **run, digests=digests)
    if args.fix or args.diff:
        write = args.fix and not args.diff
        fixed = checking.fix(config, inputs, issues, args.unsafe_fixes, write, digests)
        for skipped in fixed.skipped:
            _echo(f"translint: warning: {skipped}: changed since it was checked; not fixed (run again)", err=True)
        if args.diff:
            sys.stdout.write("".join(fixed.diffs))
            raise Exit(1 if fixed.diffs and not args.exit_zero else 0)
        if fixed.files_changed:
            issues = checking.lint(config, inputs, **run)
        if fixed.fixes_applied and not args.quiet:
            _echo(f"Fixed {fixed.fixes_applied} issue(s) in {fixed.files_changed} file(s).", err=True)
    if args.diff_from:
        issues = checking.only_changed_lines(issues, args.diff_from)
    if args.write_baseline:
        from translint.baseline import write

        _writing(args.write_baseline, "--write-baseline", lambda: write(args.write_baseline, issues))
        _echo(f"Recorded {len(issues)} finding(s) in {args.write_baseline}.", err=True)
        return
    if args.baseline:
        from translint.baseline import load, new_issues

        issues = new_issues(issues, load(args.baseline))

    if args.statistics:
        report = _statistics(issues, args.format)
    else:
        to_terminal = args.output_file is None and "NO_COLOR" not in os.environ and sys.stdout.isatty()
        rules = tuple(load_registry(config.rules).infos)
        checked = tuple(path.as_posix() for path in files) + ((inputs.stdin_name,) if inputs.stdin is not None else ())
        summary = Summary(len(checked), rules, args.quiet, args.unsafe_fixes, checked)
        report = render(args.format, issues, summary, not args.no_color and to_terminal)
    if args.output_file:
        _writing(args.output_file, "--output-file", lambda: args.output_file.write_text(report, encoding="utf-8"))
    else:
        sys.stdout.write(report)
    if not args.exit_zero and any(issue.severity >= config.fail_on for issue in issues):
        raise Exit(1)


def _writing(path: Path, flag: str, write: Callable[[], object]) -> None:
    """Write a file the user named, turning the system's refusal into a one-line error."""
    try:
        write()
    except OSError as exc:
        raise TranslintError(f"{flag} {path}: cannot write: {exc.strerror or exc}") from None


def _show_progress(files: int) -> bool:
    """A bar for long runs a person watches: never in CI, never when stderr is piped."""
    return files >= 200 and sys.stderr.isatty() and not os.environ.get("CI")


def _progress_bar(total: int):  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(transient=True, console=Console(stderr=True))
    task = bar.add_task("linting", total=total)
    bar.start()

    def advance(done: int) -> None:
        bar.advance(task, done)
        if bar.tasks[task].finished:
            bar.stop()

    return advance


def _statistics(issues: list, fmt: str) -> str:  # type: ignore[type-arg]
    """Findings per rule, most frequent first, as `ruff --statistics` prints them: a
    table, or with --format json / jsonl one record per rule."""
    import json
    from collections import Counter

    counts = Counter((i.code, i.rule) for i in issues)
    rows = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    if fmt == "json":
        return json.dumps([{"code": c, "name": r, "count": n} for (c, r), n in rows], indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps({"code": c, "name": r, "count": n}) + "\n" for (c, r), n in rows)
    if fmt not in ("text", "concise"):
        raise TranslintError(f"--statistics prints text, json or jsonl, not {fmt}")
    return "".join(f"{n:6}  {code}  {rule}\n" for (code, rule), n in rows)


def _names(args: Args) -> None:
    """The name index of the files, as a table, JSON, or a house names file."""
    import json

    from translint import config as config_module
    from translint.discover import discover
    from translint.names.review import NameIndex
    from translint.readers import BadRecord, ReadOptions, format_for, read, read_file
    from translint.readers.decoding import UndecodableInput

    config = config_module.discover(Path.cwd()).with_overrides(include=_split(args.include), exclude=_split(args.exclude))
    options = ReadOptions(config.encoding, config.jsonl_field, config.jsonl_id)
    index = NameIndex()
    for path in discover((Path(p) for p in args.paths), config.include, config.exclude, config.exclude_base()):
        name = path.as_posix()
        try:  # through the readers, as check reads it: no names from markup, code or front matter
            for document in read(name, read_file(name), format_for(name), options):
                if not isinstance(document, BadRecord):
                    index.add(document)
        except (OSError, UndecodableInput) as exc:
            _echo(f"translint: warning: {path}: skipped: {getattr(exc, 'strerror', None) or exc}", err=True)
    entities = index.entities()
    if args.write is not None:
        args.write.write_text(index.house_file(), encoding="utf-8")
        _echo(f"wrote {args.write}", err=True)
    if args.format == "json":
        _echo(json.dumps([e.to_dict(positions=3) for e in entities], ensure_ascii=False, indent=2))
        return
    for entity in entities:
        known = " (known)" if entity.known else ""
        _echo(f"{entity.name}{known}: {len(entity.spellings)} spelling(s), {entity.mentions} mention(s)")
        for spelling in entity.ranked():
            where = ", ".join(f"{p.path}:{p.line}:{p.column}" for p in spelling.positions)
            _echo(f"  {spelling.count:5}  {spelling.text}  {where}")


def _config(args: Args):  # type: ignore[no-untyped-def]
    """--config's file, or the nearest config from the working folder up (as ruff finds its own)."""
    from translint import config as config_module

    return config_module.load(args.config_file) if args.config_file else config_module.discover(Path.cwd())


def _rules(args: Args) -> None:
    """The rule table, as text columns or JSON records."""
    import json

    from translint.registry import load_registry

    infos = load_registry(_config(args).rules).infos
    if args.format == "json":
        rows = [
            {"code": i.code, "name": i.name, "family": i.family, "severity": str(i.severity), "fix": i.fix,
             "summary": i.summary, "origin": i.origin}
            for i in infos
        ]
        _echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max(len(i.name) for i in infos)
    for i in infos:
        _echo(f"{i.code}  {i.name:<{width}}  {i.family:<9}  {str(i.severity):<7}  {i.fix:<6}  {i.summary}")


def _explain(args: Args) -> None:
    """A rule's documentation, or a one-line error with the closest names."""
    import difflib

    from translint.registry import load_registry

    registry = load_registry(_config(args).rules)
    rule = args.rule
    info = registry.find(rule)
    if info is None:
        keys = [i.code for i in registry.infos] + [i.name for i in registry.infos]
        close = difflib.get_close_matches(rule, keys, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else "; `translint rules` lists them"
        raise TranslintError(f"unknown rule {rule!r}{hint}")
    sys.stdout.write(info.explain())


app = typer.Typer(
    name="translint",
    help="Find the defects machine translation leaves in English articles.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Help panels of `translint check --help`.
SELECTION, INPUT, OUTPUT, FIXES, BASELINES, PERFORMANCE = (
    "Selection", "Input", "Output", "Fixes", "Baselines and changes", "Performance"
)
ReportFormat = Literal[REPORT_FORMATS]  # type: ignore[valid-type]
InputFormat = Literal[INPUT_FORMATS]  # type: ignore[valid-type]
Level = Literal[LEVELS]  # type: ignore[valid-type]
ListFormat = Literal["text", "json"]


def _complete_rules(incomplete: str) -> list[str]:
    """Rule codes, prefixes and names for the shell, the project's own rules included."""
    from translint import config as config_module
    from translint.registry import load_registry

    infos = load_registry(config_module.discover(Path.cwd()).rules).infos
    prefix = incomplete.rpartition(",")[2]  # --select TL1,TL3 completes the last item
    head = incomplete[: len(incomplete) - len(prefix)]
    words = sorted({i.code for i in infos} | {i.code[:3] for i in infos} | {i.name for i in infos} | {"ALL"})
    return [head + word for word in words if word.lower().startswith(prefix.lower())]


def _list_option(help: str, panel: str, complete: bool = False) -> Any:
    return typer.Option(
        help=help + " Repeat, or separate with commas.", metavar="LIST", rich_help_panel=panel,
        autocompletion=_complete_rules if complete else None, show_default=False,
    )


def _run(logic: Callable[[Args], None], args: dict[str, Any]) -> None:
    """Run a command's logic; its expected failures become one line and an exit code."""
    try:
        logic(Args(**args))
    except KeyboardInterrupt:  # workers are stopped and temporary files removed on the way out
        _echo("translint: interrupted", err=True)
        raise typer.Exit(130) from None
    except Exit as done:
        raise typer.Exit(done.code) from None
    except TranslintError as exc:
        _echo(f"translint: error: {exc}", err=True)
        raise typer.Exit(2) from None


def _show_version(value: bool) -> None:
    if value:
        _echo(f"translint {__version__}")
        raise typer.Exit()


@app.callback()
def _top(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Find the defects machine translation leaves in English articles."""


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files or folders to lint; - reads standard input.", show_default=False)],
    select: Annotated[Optional[list[str]], _list_option("Rules to run: codes, prefixes (TL2) or names.", SELECTION, True)] = None,
    ignore: Annotated[Optional[list[str]], _list_option("Rules to skip: codes, prefixes or names.", SELECTION, True)] = None,
    source: Annotated[Optional[list[str]], _list_option("Source languages (ru, uk, zh, ko, ...).", SELECTION)] = None,
    config_file: Annotated[Optional[Path], typer.Option("--config", help="Use this config file instead of searching for one.", rich_help_panel=SELECTION)] = None,
    include: Annotated[Optional[list[str]], _list_option("Globs of files to lint inside folders.", INPUT)] = None,
    exclude: Annotated[Optional[list[str]], _list_option("Globs of files and folders to skip.", INPUT)] = None,
    input_format: Annotated[Optional[InputFormat], typer.Option(help="Read every input as this format (default: by extension; txt).", rich_help_panel=INPUT, show_default=False)] = None,
    stdin_filename: Annotated[Optional[str], typer.Option(help="The path to report for standard input; its extension sets the format.", rich_help_panel=INPUT)] = None,
    jsonl_field: Annotated[Optional[list[str]], _list_option("JSON Lines: the article's field (default: text, body, content).", INPUT)] = None,
    jsonl_id: Annotated[Optional[str], typer.Option(help="JSON Lines: the field naming a record (default: id).", rich_help_panel=INPUT)] = None,
    format: Annotated[ReportFormat, typer.Option(envvar="TRANSLINT_FORMAT", help="Output format.", rich_help_panel=OUTPUT)] = "text",
    output_file: Annotated[Optional[Path], typer.Option("--output-file", "-o", help="Write the report to this file.", rich_help_panel=OUTPUT)] = None,
    fail_on: Annotated[Optional[Level], typer.Option(help="Exit 1 when an issue is at least this severe (default: warning).", rich_help_panel=OUTPUT, show_default=False)] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Count findings per rule instead.", rich_help_panel=OUTPUT)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Findings only: no summary.", rich_help_panel=OUTPUT)] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when issues are found.", rich_help_panel=OUTPUT)] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the output.", rich_help_panel=OUTPUT)] = False,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the files.", rich_help_panel=FIXES)] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="Count unsafe fixes as fixable; with --fix or --diff, apply them too.", rich_help_panel=FIXES)] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the fixes as a patch; change nothing.", rich_help_panel=FIXES)] = False,
    baseline: Annotated[Optional[Path], typer.Option(help="Report only findings this baseline does not record.", rich_help_panel=BASELINES)] = None,
    write_baseline: Annotated[Optional[Path], typer.Option(help="Record today's findings as the baseline.", rich_help_panel=BASELINES)] = None,
    diff_from: Annotated[Optional[str], typer.Option(metavar="REV", help="Report only findings on lines changed since this git revision.", rich_help_panel=BASELINES)] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).", rich_help_panel=PERFORMANCE, show_default=False)] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Check every file, even unchanged ones.", rich_help_panel=PERFORMANCE)] = False,
    cache_dir: Annotated[Optional[Path], typer.Option(help="Where to keep results of unchanged files (default: user cache).", rich_help_panel=PERFORMANCE)] = None,
) -> None:
    """Lint articles and report every defect as path:line:column."""
    _run(_check, locals())


@app.command()
def names(
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files or folders of articles.", show_default=False)],
    format: Annotated[ListFormat, typer.Option(help="text or json.")] = "text",
    write: Annotated[Optional[Path], typer.Option(help="Write a house names file from the majority spellings.")] = None,
    include: Annotated[Optional[list[str]], _list_option("Globs of files to read inside folders.", INPUT)] = None,
    exclude: Annotated[Optional[list[str]], _list_option("Globs of files and folders to skip.", INPUT)] = None,
) -> None:
    """Review every name of a batch: each entity with its spellings, most inconsistent first."""
    _run(_names, locals())


@app.command("rules")
def rules_command(
    format: Annotated[ListFormat, typer.Option(help="text or json.")] = "text",
    config_file: Annotated[Optional[Path], typer.Option("--config", help="Use this config file instead of searching for one.")] = None,
) -> None:
    """List every rule (the project's own too): code, name, family, severity, fix, summary."""
    _run(_rules, locals())


@app.command()
def explain(
    rule: Annotated[str, typer.Argument(help="A rule code (TL101) or name (source-script).", autocompletion=_complete_rules, show_default=False)],
    config_file: Annotated[Optional[Path], typer.Option("--config", help="Use this config file instead of searching for one.")] = None,
) -> None:
    """Show a rule's documentation, with its bad and good examples (the project's own rules too)."""
    _run(_explain, locals())


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: every expected failure is one line on stderr and exit code 2."""
    # SIGTERM (a CI runner cancelling a job) ends the run the way Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app(args=list(argv) if argv is not None else None, prog_name="translint")
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except Exception as exc:  # a bug: one line for users, the traceback on request
        if os.environ.get("TRANSLINT_DEBUG"):
            raise
        _echo(f"translint: internal error: {type(exc).__name__}: {exc} (set TRANSLINT_DEBUG=1 for details)", err=True)
        sys.exit(2)

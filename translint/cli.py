"""The `translint` command. Imports stay light until a command runs.

The parser is the standard library's argparse: typer 0.29 (the release this
project can install) imports pydantic, pydantic-core and asyncio on every
command that takes an argument, 80-120 ms of a one-file check's 0.4 s budget.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from translint import __version__
from translint.errors import TranslintError

REPORT_FORMATS = ("text", "concise", "grouped", "json", "jsonl", "github", "sarif", "junit", "rdjson")
INPUT_FORMATS = ("txt", "md", "html", "jsonl")
LEVELS = ("error", "warning", "info")


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


def check(args: argparse.Namespace) -> None:
    """Lint articles and report every defect as path:line:column."""
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
    from rich.progress import Progress

    from rich.console import Console

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


def names(args: argparse.Namespace) -> None:
    """Review every name of a batch: each entity with its spellings, most inconsistent first."""
    import json

    from translint.names.review import NameIndex

    from translint import config as config_module
    from translint.discover import discover
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


def _config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """--config's file, or the nearest config from the working folder up (as ruff finds its own)."""
    from translint import config as config_module

    return config_module.load(args.config_file) if args.config_file else config_module.discover(Path.cwd())


def list_rules(args: argparse.Namespace) -> None:
    """List every rule, the project's own rule files' included: code, name, family,
    default severity, fix and summary."""
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


def explain(args: argparse.Namespace) -> None:
    """Show a rule's documentation, with its bad and good examples (the project's own rules too)."""
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


def parser() -> argparse.ArgumentParser:
    """The whole command line: `translint [--version] COMMAND ...`."""
    top = argparse.ArgumentParser(
        prog="translint", description="Find the defects machine translation leaves in English articles.", allow_abbrev=False
    )
    top.add_argument("--version", action="version", version=f"translint {__version__}", help="Show the version and exit.")
    commands = top.add_subparsers(title="commands", metavar="COMMAND")

    def command(function: Callable[[argparse.Namespace], None], name: str, usage: str) -> argparse.ArgumentParser:
        doc = (function.__doc__ or "").strip()
        sub = commands.add_parser(name, help=doc, description=doc, usage=f"%(prog)s {usage}", allow_abbrev=False)
        sub.set_defaults(run=function)
        return sub

    def many(sub: argparse.ArgumentParser, flag: str, help: str) -> None:
        sub.add_argument(flag, action="append", metavar="LIST", help=help + " Repeat, or separate with commas.")

    sub = command(check, "check", "[options] PATH [PATH ...]")
    sub.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders to lint; - reads standard input.")
    many(sub, "--select", "Rules to run: codes, prefixes (TL2) or names.")
    many(sub, "--ignore", "Rules to skip: codes, prefixes or names.")
    sub.add_argument("--format", choices=REPORT_FORMATS, default=os.environ.get("TRANSLINT_FORMAT") or "text",
                     help="Output format [default: text, or $TRANSLINT_FORMAT].")
    sub.add_argument("--output-file", "-o", type=Path, help="Write the report to this file.")
    sub.add_argument("--fail-on", choices=LEVELS, help="Exit 1 when an issue is at least this severe [default: warning].")
    many(sub, "--include", "Globs of files to lint inside folders.")
    many(sub, "--exclude", "Globs of files and folders to skip.")
    many(sub, "--source", "Source languages (ru, uk, zh, ko, ...).")
    sub.add_argument("--config", dest="config_file", type=Path, help="Use this config file instead of searching for one.")
    sub.add_argument("--input-format", choices=INPUT_FORMATS, help="Read every input as this format [default: by extension; txt].")
    sub.add_argument("--stdin-filename", help="The path to report for standard input; its extension sets the format.")
    many(sub, "--jsonl-field", "JSON Lines: the article's field [default: text, body, content].")
    sub.add_argument("--jsonl-id", help="JSON Lines: the field naming a record [default: id].")
    sub.add_argument("--fix", action="store_true", help="Apply safe fixes to the files.")
    sub.add_argument("--unsafe-fixes", action="store_true", help="With --fix or --diff, unsafe fixes too.")
    sub.add_argument("--diff", action="store_true", help="Print the fixes as a patch; change nothing.")
    sub.add_argument("--baseline", type=Path, help="Report only findings this baseline does not record.")
    sub.add_argument("--write-baseline", type=Path, help="Record today's findings as the baseline.")
    sub.add_argument("--diff-from", metavar="REV", help="Report only findings on lines changed since this git revision.")
    sub.add_argument("--jobs", "-j", type=_positive, help="Worker processes [default: all cores].")
    sub.add_argument("--no-cache", action="store_true", help="Check every file, even unchanged ones.")
    sub.add_argument("--cache-dir", type=Path, help="Where to keep results of unchanged files [default: user cache].")
    sub.add_argument("--statistics", action="store_true", help="Count findings per rule instead.")
    sub.add_argument("--quiet", "-q", action="store_true", help="Findings only: no summary.")
    sub.add_argument("--exit-zero", action="store_true", help="Exit 0 even when issues are found.")
    sub.add_argument("--no-color", action="store_true", help="Never colour the output.")

    sub = command(names, "names", "[options] PATH [PATH ...]")
    sub.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders of articles.")
    sub.add_argument("--format", choices=("text", "json"), default="text", help="text or json.")
    sub.add_argument("--write", type=Path, help="Write a house names file from the majority spellings.")
    many(sub, "--include", "Globs of files to read inside folders.")
    many(sub, "--exclude", "Globs of files and folders to skip.")

    sub = command(list_rules, "rules", "[--format {text,json}] [--config FILE]")
    sub.add_argument("--format", choices=("text", "json"), default="text", help="text or json.")
    sub.add_argument("--config", dest="config_file", type=Path, help="Use this config file instead of searching for one.")

    sub = command(explain, "explain", "RULE [--config FILE]")
    sub.add_argument("rule", help="A rule code (TL101) or name (source-script).")
    sub.add_argument("--config", dest="config_file", type=Path, help="Use this config file instead of searching for one.")
    return top


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: every expected failure is one line on stderr and exit code 2."""
    cli = parser()
    args = cli.parse_args(argv)
    if getattr(args, "run", None) is check and args.format not in REPORT_FORMATS:  # from TRANSLINT_FORMAT
        cli.error(f"TRANSLINT_FORMAT: invalid choice: {args.format!r} (choose from {', '.join(REPORT_FORMATS)})")
    if not hasattr(args, "run"):
        cli.print_help()
        sys.exit(2)
    # SIGTERM (a CI runner cancelling a job) ends the run the way Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        args.run(args)
    except KeyboardInterrupt:  # workers are stopped and temporary files removed on the way out
        _echo("translint: interrupted", err=True)
        sys.exit(130)
    except Exit as done:
        sys.exit(done.code)
    except TranslintError as exc:
        _echo(f"translint: error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except Exception as exc:  # a bug: one line for users, the traceback on request
        if os.environ.get("TRANSLINT_DEBUG"):
            raise
        _echo(f"translint: internal error: {type(exc).__name__}: {exc} (set TRANSLINT_DEBUG=1 for details)", err=True)
        sys.exit(2)

"""The command line's typer features: help panels and shell completion of rule codes and names."""

from __future__ import annotations

from conftest import run


def _complete(words: str, index: int) -> list[str]:
    env = {"_TRANSLINT_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(index)}
    return run(env=env).stdout.split()


def test_check_help_groups_options_in_panels():
    out = run("check", "--help", env={"COLUMNS": "120"}).stdout
    for panel in ("Selection", "Input", "Output", "Fixes", "Baselines and changes", "Performance"):
        assert f"─ {panel} ─" in out, panel


def test_select_completes_rule_codes():
    assert _complete("translint check --select TL30", 3) == [f"TL30{n}" for n in range(1, 10)]


def test_select_completes_the_last_item_of_a_comma_list():
    assert "TL1,TL301" in _complete("translint check --select TL1,TL30", 3)


def test_explain_completes_rule_names():
    assert _complete("translint explain doubled-w", 2) == ["doubled-word"]


def test_bash_completion_script_is_shown():
    out = run("--show-completion", "bash", env={"SHELL": "/bin/bash"}).stdout
    assert "_TRANSLINT_COMPLETE=complete_bash" in out

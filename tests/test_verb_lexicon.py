"""The generated English lexicon the sentence rules read."""

import subprocess
import sys
from pathlib import Path

import pytest

from translint.rules._lexicon import lexicon, parse, regular_past, regular_third

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_verb_lexicon.py"


def test_regular_spelling_rules():
    assert [regular_past(v) for v in ("sign", "agree", "try", "play")] == ["signed", "agreed", "tried", "played"]
    assert regular_past("stop", doubled=True) == "stopped"
    assert [regular_third(v) for v in ("sign", "reach", "try", "go", "play")] == ["signs", "reaches", "tries", "goes", "plays"]


def test_file_lists_only_what_the_rules_cannot_spell():
    words = parse("# comment\n@verbs\ntalk n\nstop 2\ngo n D=went\n@adjectives\nlong longer\n")
    assert {"talk", "talks", "talked", "stopped", "went", "goes"} <= words.finite
    assert {"talk", "talks", "go"} <= words.nominal and "went" not in words.nominal
    assert words.base == {"talk", "stop", "go"} and words.adjectives == {"long", "longer"}


def test_shipped_lexicon_knows_irregular_and_ambiguous_forms():
    words = lexicon()
    assert {"said", "went", "signed", "talks", "term", "is"} <= words.finite
    assert {"talks", "term"} <= words.nominal and "long" in words.adjectives
    assert "president" not in words.finite and "army" not in words.adjectives


def test_shipped_lexicon_is_what_the_script_generates():
    pytest.importorskip("lemminflect")
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

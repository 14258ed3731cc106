from pathlib import Path

import pytest

from translint import config as config_module
from translint.engine import Linter
from translint.errors import ConfigError, TranslintError
from translint.issue import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_found_from_a_subfolder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.translint]\nignore = ["TL301"]\nfail-on = "error"\n')
    (tmp_path / "a" / "b").mkdir(parents=True)
    config = config_module.discover(tmp_path / "a" / "b")
    assert config.ignore == ("TL301",) and config.fail_on is Severity.ERROR


def test_pyproject_without_a_table_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.black]\nline-length = 80\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path / "translint.toml", 'source = ["ru"]\n')
    assert config_module.discover(tmp_path / "sub").source == ("ru",)


def test_unknown_key_names_file_line_and_key(tmp_path):
    path = write(tmp_path / "translint.toml", 'select = ["TL1"]\nselcet = ["TL2"]\n')
    with pytest.raises(ConfigError) as caught:
        config_module.load(path)
    assert str(caught.value).startswith(f"{path}:2: `selcet`: unknown key")


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ('fail-on = "fatal"', "`fail-on`: unknown severity"),
        ('select = "TL1"', "`select`: must be a list of strings"),
        ('source = ["Russian"]', "`source`: 'Russian' is not a language code"),
        ('[severity]\nTL301 = "loud"', "`TL301`: unknown severity"),
        ('rules = ["missing.toml"]', "`rules`: no such file or folder"),
    ],
)
def test_bad_values_are_errors(tmp_path, body, complaint):
    with pytest.raises(ConfigError, match=complaint):
        config_module.load(write(tmp_path / "translint.toml", body + "\n"))


def test_invalid_toml_is_an_error_with_its_position(tmp_path):
    with pytest.raises(ConfigError, match=r"invalid TOML: .*line 2"):
        config_module.load(write(tmp_path / "translint.toml", 'select = ["TL1"]\nignore = = 2\n'))


def test_unknown_rule_in_config_blames_the_config_file(tmp_path):
    config = config_module.load(write(tmp_path / "translint.toml", 'ignore = ["TL999"]\n'))
    with pytest.raises(ConfigError, match=r"translint.toml:1: `ignore`: unknown rule"):
        Linter(config)


def test_unknown_rule_from_the_command_line_blames_the_flag(tmp_path):
    config = config_module.load(write(tmp_path / "translint.toml", "")).with_overrides(select=("nonsense",))
    with pytest.raises(TranslintError, match=r"^--select: unknown rule"):
        Linter(config)


def test_command_line_values_override_config(tmp_path):
    config = config_module.load(write(tmp_path / "translint.toml", 'select = ["TL1"]\n'))
    assert config.with_overrides(select=("TL3",), ignore=None).select == ("TL3",)

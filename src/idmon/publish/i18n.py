"""Briefing labels in English and French, with numbers, dates and country names written the way each reader expects.

French numbers use a narrow no-break space (U+202F) between thousands and a decimal comma; French dates read
"14 janvier 2013" ("1er janvier" for the first day). Country names in French come from pycountry's translations.
"""

from __future__ import annotations

import gettext
from datetime import date
from functools import cache
from typing import Literal

import pycountry

from idmon.domain.countries import country_name

Lang = Literal["en", "fr"]
LANGS: tuple[Lang, ...] = ("en", "fr")
NNBSP = "\u202f"

_MONTHS = {
    "en": (
        (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    ),
    "fr": (
        (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
        ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    ),
}

LABELS: dict[str, dict[str, str]] = {
    "title": {"en": "Internal displacement in {country}", "fr": "Déplacements internes – {country}"},
    "subtitle": {"en": "Country briefing as of {date}", "fr": "Note pays au {date}"},
    "headline": {"en": "Key figures", "fr": "Chiffres clés"},
    "idps": {"en": "Internally displaced people", "fr": "Personnes déplacées internes"},
    "idps_as_of": {"en": "as of {date}", "fr": "au {date}"},
    "no_stock": {"en": "no figure counts as of {date}", "fr": "aucun chiffre ne compte au {date}"},
    "range": {"en": "range {low}–{high}", "fr": "fourchette {low}–{high}"},
    "n_sources": {"en": "{n} sources", "fr": "{n} sources"},
    "n_source": {"en": "{n} source", "fr": "{n} source"},
    "new_displacements": {"en": "New displacements", "fr": "Nouveaux déplacements"},
    "period": {"en": "from {start} to {end}", "fr": "du {start} au {end}"},
    "flow_period": {"en": "New displacements counted {period}", "fr": "Nouveaux déplacements comptés {period}"},
    "beside_note": {
        "en": "Shown separately, never added to the IDP figure",
        "fr": "Présenté à part, jamais ajouté au nombre de personnes déplacées internes",
    },
    "map": {"en": "Where people are displaced", "fr": "Où se trouvent les personnes déplacées"},
    "map_title": {"en": "IDPs by area as of {date}", "fr": "PDI par zone au {date}"},
    "legend_idps": {"en": "IDPs", "fr": "PDI"},
    "not_mapped": {"en": "Not mapped (no coordinates): {areas}", "fr": "Non cartographié (sans coordonnées) : {areas}"},
    "disclaimer": {
        "en": "The boundaries and names shown and the designations used on this map do not imply official "
        "endorsement or acceptance by the authors.",
        "fr": "Les frontières, les noms et les désignations employés sur cette carte n'impliquent ni "
        "reconnaissance ni acceptation officielle de la part des auteurs.",
    },
    "map_source": {
        "en": "Data: idmon ({sources}). Outline: {outline}.",
        "fr": "Données : idmon ({sources}). Contour : {outline}.",
    },
    "map_outline": {"en": "Outline: {outline}.", "fr": "Contour : {outline}."},
    "outline_ne": {"en": "Natural Earth (public domain)", "fr": "Natural Earth (domaine public)"},
    "outline_none": {"en": "none available", "fr": "non disponible"},
    "chart": {"en": "Trend over the period", "fr": "Évolution sur la période"},
    "chart_stock": {"en": "IDPs at the end of each month", "fr": "PDI à la fin de chaque mois"},
    "chart_gap": {"en": "blank: no figure in the window", "fr": "vide : aucun chiffre disponible"},
    "chart_flows": {"en": "New displacements in each month", "fr": "Nouveaux déplacements chaque mois"},
    "areas": {"en": "IDPs by region (admin1)", "fr": "PDI par région (admin1)"},
    "area": {"en": "Region", "fr": "Région"},
    "pcode": {"en": "P-code", "fr": "P-code"},
    "figure": {"en": "IDPs", "fr": "PDI"},
    "range_col": {"en": "Range", "fr": "Fourchette"},
    "sources": {"en": "Sources", "fr": "Sources"},
    "unallocated": {"en": "Not allocated to a region", "fr": "Non attribué à une région"},
    "no_areas": {"en": "No figure by region.", "fr": "Aucun chiffre par région."},
    "timeline": {"en": "Crisis timeline", "fr": "Chronologie de la crise"},
    "no_timeline": {
        "en": "No timeline recorded (idmon context timeline add).",
        "fr": "Aucune chronologie enregistrée (idmon context timeline add).",
    },
    "policy": {"en": "Policy context", "fr": "Cadre politique et juridique"},
    "no_policy": {
        "en": "No policy instrument recorded (idmon context policy set).",
        "fr": "Aucun instrument enregistré (idmon context policy set).",
    },
    "signed": {"en": "signed {date}", "fr": "signé le {date}"},
    "ratified": {"en": "ratified {date}", "fr": "ratifié le {date}"},
    "adopted": {"en": "adopted {date}", "fr": "adopté le {date}"},
    "not_signed": {"en": "no signature recorded", "fr": "aucune signature enregistrée"},
    "sources_list": {"en": "Sources", "fr": "Sources"},
    "published": {"en": "published {date}", "fr": "publié le {date}"},
    "unknown_source": {"en": "source not recorded", "fr": "source non enregistrée"},
    "methodology": {"en": "How these numbers were computed", "fr": "Comment ces chiffres ont été établis"},
    "generated": {"en": "Generated by idmon on {date}.", "fr": "Produit par idmon le {date}."},
    "no_data": {
        "en": "No displacement figures recorded for {country} as of {date}.",
        "fr": "Aucun chiffre de déplacement enregistré pour {country} au {date}.",
    },
    "none": {"en": "none recorded", "fr": "aucun enregistré"},
    "whole_country": {"en": "the whole country", "fr": "l'ensemble du pays"},
    "an_unnamed_source": {"en": "an unnamed source", "fr": "une source non nommée"},
    "m_own": {
        "en": "The figure of {total} IDPs is the one {source} reported as of {date} for the whole country",
        "fr": "Le chiffre de {total} PDI est celui que {source} a publié au {date} pour l'ensemble du pays",
    },
    "m_own_parts": {
        "en": "; it is at least the sum of the figures of its {n} regions, so {unallocated} are not allocated to a "
        "region",
        "fr": " ; il est au moins égal à la somme des chiffres de ses {n} régions, de sorte que {unallocated} "
        "personnes ne sont attribuées à aucune région",
    },
    "m_own_parts_1": {
        "en": "; it is at least the figure of its one region with data, so {unallocated} are not allocated to a region",
        "fr": " ; il est au moins égal au chiffre de la seule région renseignée, de sorte que {unallocated} "
        "personnes ne sont attribuées à aucune région",
    },
    "m_sum": {
        "en": "The figure of {total} IDPs is the sum of {n} figures for parts of the country",
        "fr": "Le chiffre de {total} PDI est la somme de {n} chiffres portant sur des parties du pays",
    },
    "m_sum_1": {
        "en": "The figure of {total} IDPs is the one reported for part of the country ({area})",
        "fr": "Le chiffre de {total} PDI est celui publié pour une partie du pays ({area})",
    },
    "m_sum_national": {
        "en": ", as the national figure ({national}) is lower",
        "fr": ", le chiffre national ({national}) étant inférieur",
    },
    "m_set_aside_1": {
        "en": "1 other figure was set aside: {reasons}.",
        "fr": "1 autre chiffre a été écarté : {reasons}.",
    },
    "m_set_aside": {
        "en": "{n} other figures were set aside: {reasons}.",
        "fr": "{n} autres chiffres ont été écartés : {reasons}.",
    },
    "m_range": {
        "en": "The figures reported in the {days} days up to {date} range from {low} to {high}.",
        "fr": "Les chiffres publiés dans les {days} jours précédant le {date} vont de {low} à {high}.",
    },
    "m_no_stock": {
        "en": "No figure of IDPs could count as of {date}.",
        "fr": "Aucun chiffre de PDI ne pouvait compter au {date}.",
    },
    "m_flows_1": {
        "en": "The {total} new displacements from {start} to {end} are one movement reported by {sources}.",
        "fr": "Les {total} nouveaux déplacements du {start} au {end} correspondent à un mouvement signalé par "
        "{sources}.",
    },
    "m_flows": {
        "en": "The {total} new displacements from {start} to {end} are the sum of {n} movements reported by {sources}.",
        "fr": "Les {total} nouveaux déplacements du {start} au {end} sont la somme de {n} mouvements signalés par "
        "{sources}.",
    },
    "m_flow_rule": {
        "en": "A movement counts in the period of its start date (IDMC's rule); several reports of one movement "
        "count once.",
        "fr": "Un mouvement compte dans la période de sa date de début (règle de l'IDMC) ; plusieurs signalements "
        "d'un même mouvement ne comptent qu'une fois.",
    },
    "m_no_flows": {
        "en": "No new displacement was recorded from {start} to {end}.",
        "fr": "Aucun nouveau déplacement n'a été enregistré du {start} au {end}.",
    },
    "m_beside": {
        "en": "{category}: {total}, reported by {source} as of {date}; shown beside the IDP figure, never added to it.",
        "fr": "{category} : {total}, selon {source} au {date} ; présenté à part, jamais ajouté au nombre de PDI.",
    },
}

POLICY_KINDS: dict[str, dict[str, str]] = {
    "convention": {"en": "convention", "fr": "convention"},
    "law": {"en": "law", "fr": "loi"},
    "policy": {"en": "policy", "fr": "politique"},
    "strategy": {"en": "strategy", "fr": "stratégie"},
    "other": {"en": "other", "fr": "autre"},
}

#: Category names (vocabulary slugs) as a reader says them.
CATEGORIES: dict[str, dict[str, str]] = {
    "idps": {"en": "Internally displaced people", "fr": "Personnes déplacées internes"},
    "people-displaced-across-borders": {
        "en": "People displaced across borders",
        "fr": "Personnes déplacées au-delà des frontières",
    },
    "returnees": {"en": "Returnees", "fr": "Personnes retournées"},
    "partial-stock": {"en": "Partial count of IDPs", "fr": "Décompte partiel de PDI"},
    "unverified-stock": {"en": "Unverified count of IDPs", "fr": "Décompte non vérifié de PDI"},
    "new-displacement": {"en": "New displacements", "fr": "Nouveaux déplacements"},
}

#: Reason codes (see idmon.domain.reconcile.REASONS) as short phrases, singular and plural.
REASONS: dict[str, dict[str, tuple[str, str]]] = {
    "superseded": {"en": ("superseded", "superseded"), "fr": ("remplacé", "remplacés")},
    "duplicate": {
        "en": ("a duplicate from another source", "duplicates from other sources"),
        "fr": ("doublon d'une autre source", "doublons d'autres sources"),
    },
    "covered-by-subareas": {
        "en": ("below the sum of its sub-areas", "below the sum of their sub-areas"),
        "fr": ("inférieur à la somme de ses sous-zones", "inférieurs à la somme de leurs sous-zones"),
    },
    "covered-by-parent": {
        "en": ("included in a larger area's figure", "included in a larger area's figure"),
        "fr": ("compris dans le chiffre d'une zone plus large", "compris dans le chiffre d'une zone plus large"),
    },
    "stale": {"en": ("too old", "too old"), "fr": ("trop ancien", "trop anciens")},
    "not-recommended": {
        "en": ("another estimate preferred", "other estimates preferred"),
        "fr": ("autre estimation préférée", "autres estimations préférées"),
    },
    "unreviewed": {"en": ("not reviewed", "not reviewed"), "fr": ("non vérifié", "non vérifiés")},
    "rejected": {"en": ("rejected", "rejected"), "fr": ("rejeté", "rejetés")},
    "after-date": {"en": ("reported after the date", "reported after the date"), "fr": ("postérieur", "postérieurs")},
    "outside-period": {
        "en": ("outside the period", "outside the period"),
        "fr": ("hors de la période", "hors de la période"),
    },
    "no-date": {"en": ("undated", "undated"), "fr": ("sans date", "sans date")},
    "no-number": {
        "en": ("without a number in people", "without a number in people"),
        "fr": ("sans nombre de personnes", "sans nombre de personnes"),
    },
}


def label(key: str, lang: Lang, **values: object) -> str:
    """The label ``key`` in ``lang``, with ``{placeholders}`` filled."""
    text = LABELS[key][lang]
    return french_spacing(text.format(**values) if values else text, lang)


def french_spacing(text: str, lang: Lang) -> str:
    """French puts a no-break space before ':' and a narrow one before ';', '!' and '?' (never a line break)."""
    if lang != "fr":
        return text
    text = text.replace(" :", "\u00a0:")
    for mark in ";!?":
        text = text.replace(f" {mark}", NNBSP + mark)
    return text


def category(slug: str, lang: Lang) -> str:
    """A category's name for a reader (the slug itself when none is written)."""
    return CATEGORIES.get(slug, {}).get(lang, slug)


def reason(code: str, count: int, lang: Lang) -> str:
    """A reason code as a short phrase, e.g. '2 superseded' / '2 remplacés'."""
    singular, plural = REASONS.get(code, {}).get(lang, (code, code))
    return f"{number(count, lang)} {singular if count == 1 else plural}"


def number(value: float, lang: Lang, decimals: int = 0) -> str:
    """230,000 (en) or 230 000 with a narrow no-break space (fr); decimals with a dot or a comma."""
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return text


def long_date(value: date, lang: Lang) -> str:
    """14 January 2013 / 14 janvier 2013 (1er janvier)."""
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {_MONTHS[lang][0][value.month - 1]} {value.year}"


def approximate_date(value: date, accuracy: str, lang: Lang) -> str:
    """A date as precise as it is known: 14 January 2013, January 2013 (accuracy 'month') or 2013 ('year')."""
    if accuracy == "year":
        return str(value.year)
    if accuracy == "month":
        return f"{_MONTHS[lang][0][value.month - 1]} {value.year}"
    return long_date(value, lang)


def policy_steps(signed: date | None, ratified: date | None, adopted: date | None, lang: Lang) -> str:
    """signed 23 October 2009, ratified 7 December 2012 (or: no signature recorded)."""
    steps = [
        label(key, lang, date=long_date(value, lang))
        for key, value in (("signed", signed), ("ratified", ratified), ("adopted", adopted))
        if value
    ]
    return ", ".join(steps) if steps else label("not_signed", lang)


def month_label(value: date, lang: Lang, with_year: bool = True) -> str:
    """Jan 2013 / janv. 2013, for chart axes."""
    short = _MONTHS[lang][1][value.month - 1]
    return f"{short} {value.year}" if with_year else short


def join(items: list[str], lang: Lang) -> str:
    """a, b and c / a, b et c."""
    if len(items) < 2:
        return "".join(items)
    word = " and " if lang == "en" else " et "
    return ", ".join(items[:-1]) + word + items[-1]


@cache
def _french_names() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # pycountry built without its translations
        return gettext.NullTranslations()


def country(code: str, lang: Lang) -> str:
    """The country's short name in the reader's language (Chad / Tchad)."""
    name = country_name(code)
    return _french_names().gettext(name) if lang == "fr" else name

"""Country codes idmon accepts: ISO 3166-1 alpha-3 plus the codes IDMC uses for Abyei (AB9) and Kosovo (XKX)."""

from __future__ import annotations

from functools import cache

import pycountry

from idmon.domain.model import Country

#: Codes outside ISO 3166-1 that IDMC and the humanitarian ecosystem use.
EXTRA_COUNTRIES: dict[str, str] = {"AB9": "Abyei Area", "XKX": "Kosovo"}


@cache
def country_names() -> dict[str, str]:
    """ISO3 → English short name, for every accepted code."""
    names = {c.alpha_3: c.name for c in pycountry.countries}
    names.update(EXTRA_COUNTRIES)
    return names


def is_country_code(code: str) -> bool:
    return code in country_names()


def country_name(code: str) -> str:
    return country_names().get(code, code)


def countries() -> list[Country]:
    """Every accepted country, by code."""
    return [Country(iso3=code, name=name) for code, name in sorted(country_names().items())]


def parse_country(code: str, field: str = "country") -> str:
    """An accepted ISO3 code from user input (case and spaces ignored), or InvalidRecord naming the field."""
    from idmon.errors import InvalidRecord, Problem

    value = code.strip().upper()
    if not is_country_code(value):
        raise InvalidRecord(
            [
                Problem(
                    field,
                    f"{code!r} is not an ISO 3166-1 alpha-3 code (or AB9 / XKX); e.g. MLI, SDN, COD",
                    code,
                )
            ],
            "country",
        )
    return value

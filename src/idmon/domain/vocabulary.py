"""The displacement vocabulary: every controlled value a figure, event or source may take.

Slugs are lowercase with hyphens and follow IDMC's figure model so that data moves between idmon, IDMC's
database and HDX without loss. These enums are the single source of truth: validation, the database's CHECK
constraints and the CLI's choices are all derived from them.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """What a figure counts: a stock (people in a situation at a date) or a flow (movements in a period)."""

    # stocks
    IDPS = "idps"
    RETURNEES = "returnees"
    LOCALLY_INTEGRATED_IDPS = "locally-integrated-idps"
    IDPS_SETTLED_ELSEWHERE = "idps-settled-elsewhere"
    PEOPLE_DISPLACED_ACROSS_BORDERS = "people-displaced-across-borders"
    PARTIAL_STOCK = "partial-stock"
    UNVERIFIED_STOCK = "unverified-stock"
    # flows
    NEW_DISPLACEMENT = "new-displacement"
    RETURN = "return"
    MULTIPLE_DISPLACEMENT = "multiple-displacement"
    PARTIAL_FLOW = "partial-flow"
    CROSS_BORDER_FLIGHT = "cross-border-flight"
    CROSS_BORDER_RETURN = "cross-border-return"
    RELOCATION_ELSEWHERE = "relocation-elsewhere"
    DEATHS = "deaths"
    PROVISIONAL_SOLUTIONS = "provisional-solutions"
    LOCAL_INTEGRATION = "local-integration"
    FAILED_LOCAL_INTEGRATION = "failed-local-integration"
    FAILED_RETURN = "failed-return"
    FAILED_RELOCATION_ELSEWHERE = "failed-relocation-elsewhere"
    BIRTH = "birth"
    UNVERIFIED_FLOW = "unverified-flow"
    PEOPLE_DISPLACED_ACROSS_BORDERS_FLOW = "people-displaced-across-borders-flow"

    @property
    def is_stock(self) -> bool:
        return self in STOCK_CATEGORIES

    @property
    def is_flow(self) -> bool:
        return self not in STOCK_CATEGORIES


STOCK_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.IDPS,
        Category.RETURNEES,
        Category.LOCALLY_INTEGRATED_IDPS,
        Category.IDPS_SETTLED_ELSEWHERE,
        Category.PEOPLE_DISPLACED_ACROSS_BORDERS,
        Category.PARTIAL_STOCK,
        Category.UNVERIFIED_STOCK,
    }
)
FLOW_CATEGORIES: frozenset[Category] = frozenset(set(Category) - STOCK_CATEGORIES)
#: Categories that count people outside their country: never IDPs, always reported separately.
CROSS_BORDER_CATEGORIES: frozenset[Category] = frozenset(
    {
        Category.PEOPLE_DISPLACED_ACROSS_BORDERS,
        Category.CROSS_BORDER_FLIGHT,
        Category.CROSS_BORDER_RETURN,
        Category.PEOPLE_DISPLACED_ACROSS_BORDERS_FLOW,
    }
)


class Term(StrEnum):
    """The wording a source used ("evacuated", "forced to flee"): not the same thing as the category."""

    EVACUATED = "evacuated"
    DISPLACED = "displaced"
    FORCED_TO_FLEE = "forced-to-flee"
    RELOCATED = "relocated"
    SHELTERED = "sheltered"
    IN_RELIEF_CAMP = "in-relief-camp"
    DESTROYED_HOUSING = "destroyed-housing"
    PARTIALLY_DESTROYED_HOUSING = "partially-destroyed-housing"
    UNINHABITABLE_HOUSING = "uninhabitable-housing"
    HOMELESS = "homeless"
    AFFECTED = "affected"
    RETURNS = "returns"
    MULTIPLE_OR_OTHER = "multiple-or-other"


#: Terms that never count in a displacement total.
NON_DISPLACEMENT_TERMS: frozenset[Term] = frozenset({Term.AFFECTED})


class Unit(StrEnum):
    PERSON = "person"
    HOUSEHOLD = "household"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more-than"
    LESS_THAN = "less-than"


class Cause(StrEnum):
    CONFLICT = "conflict"
    DISASTER = "disaster"
    OTHER = "other"


class Violence(StrEnum):
    INTERNATIONAL_ARMED_CONFLICT = "international-armed-conflict"
    NON_INTERNATIONAL_ARMED_CONFLICT = "non-international-armed-conflict"
    OTHER_SITUATIONS_OF_VIOLENCE = "other-situations-of-violence"
    UNCLEAR = "unclear"


class ViolenceSubtype(StrEnum):
    """Sub-types of other situations of violence."""

    CIVILIAN_STATE = "civilian-state"
    CRIME_RELATED = "crime-related"
    COMMUNAL = "communal"
    OTHER = "other"


class HazardCategory(StrEnum):
    GEOPHYSICAL = "geophysical"
    WEATHER_RELATED = "weather-related"
    OTHER = "other"


class Hazard(StrEnum):
    """EM-DAT-like hazard types; each belongs to one HazardCategory (see HAZARD_CATEGORY)."""

    EARTHQUAKE = "earthquake"
    VOLCANIC_ACTIVITY = "volcanic-activity"
    DRY_MASS_MOVEMENT = "dry-mass-movement"
    STORM = "storm"
    EXTREME_TEMPERATURE = "extreme-temperature"
    FLOOD = "flood"
    WET_MASS_MOVEMENT = "wet-mass-movement"
    DROUGHT = "drought"
    WILDFIRE = "wildfire"
    OTHER = "other"


HAZARD_CATEGORY: dict[Hazard, HazardCategory] = {
    Hazard.EARTHQUAKE: HazardCategory.GEOPHYSICAL,
    Hazard.VOLCANIC_ACTIVITY: HazardCategory.GEOPHYSICAL,
    Hazard.DRY_MASS_MOVEMENT: HazardCategory.GEOPHYSICAL,
    Hazard.STORM: HazardCategory.WEATHER_RELATED,
    Hazard.EXTREME_TEMPERATURE: HazardCategory.WEATHER_RELATED,
    Hazard.FLOOD: HazardCategory.WEATHER_RELATED,
    Hazard.WET_MASS_MOVEMENT: HazardCategory.WEATHER_RELATED,
    Hazard.DROUGHT: HazardCategory.WEATHER_RELATED,
    Hazard.WILDFIRE: HazardCategory.WEATHER_RELATED,
    Hazard.OTHER: HazardCategory.OTHER,
}


class DateAccuracy(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Precision(StrEnum):
    """How precisely a location is known: a whole country, an admin area, or a point."""

    ADM0 = "adm0"
    ADM1 = "adm1"
    ADM2 = "adm2"
    ADM3 = "adm3"
    POINT = "point"


class LocationRole(StrEnum):
    ORIGIN = "origin"
    DESTINATION = "destination"
    BOTH = "both"


class FigureRole(StrEnum):
    """Which figure a total should use: the recommended one, or one kept to triangulate."""

    RECOMMENDED = "recommended"
    TRIANGULATION = "triangulation"


class ReviewStatus(StrEnum):
    EXTRACTED = "extracted"
    IN_REVIEW = "in-review"
    APPROVED = "approved"
    REJECTED = "rejected"
    SIGNED_OFF = "signed-off"


#: Review statuses that count as reviewed (``--reviewed-only``).
REVIEWED_STATUSES: frozenset[ReviewStatus] = frozenset({ReviewStatus.APPROVED, ReviewStatus.SIGNED_OFF})


class SourceKind(StrEnum):
    GOVERNMENT = "government"
    UN_AGENCY = "un-agency"
    NGO = "ngo"
    MEDIA = "media"
    IDMC = "idmc"
    RED_CROSS = "red-cross"
    ACADEMIC = "academic"
    OTHER = "other"


class Reliability(StrEnum):
    """How far a source is trusted; ``unknown`` until someone decides (e.g. a source named only by an import)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN = "unknown"


class DocumentOrigin(StrEnum):
    """How a document came in."""

    FILE = "file"
    URL = "url"
    FEED = "feed"
    IMPORT = "import"
    MANUAL = "manual"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class UserRole(StrEnum):
    """What a user may do: read, edit figures, review them, or administer the instance."""

    VIEWER = "viewer"
    ANALYST = "analyst"
    REVIEWER = "reviewer"
    ADMIN = "admin"


class PolicyKind(StrEnum):
    """Kinds of policy instrument recorded in a country's context."""

    CONVENTION = "convention"
    LAW = "law"
    POLICY = "policy"
    STRATEGY = "strategy"
    OTHER = "other"


def slugs(enum: type[StrEnum]) -> list[str]:
    """The allowed values of a vocabulary enum, in declaration order."""
    return [member.value for member in enum]

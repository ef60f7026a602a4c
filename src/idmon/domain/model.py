"""The displacement data model: plain typed records with no SQL, HTTP or files inside.

Field names follow the vocabulary (``../shared/docs/vocabulary.md``); JSON, CSV and CLI options use the same names.
Ids are strings: one given on import is kept, otherwise :func:`idmon.domain.ids.new_id` makes one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from idmon.domain.vocabulary import (
    Category,
    Cause,
    DateAccuracy,
    DocumentOrigin,
    FigureRole,
    Hazard,
    HazardCategory,
    LocationRole,
    PolicyKind,
    Precision,
    Qualifier,
    Reliability,
    ReviewStatus,
    Sex,
    SourceKind,
    Term,
    Unit,
    UserRole,
    Violence,
    ViolenceSubtype,
)


@dataclass(frozen=True, kw_only=True)
class Country:
    """A country or territory idmon accepts: ISO 3166-1 alpha-3, plus AB9 (Abyei) and XKX (Kosovo)."""

    iso3: str
    name: str


@dataclass(kw_only=True)
class Location:
    """A place a figure is about, at whatever precision the source gave."""

    country: str
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    place: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Precision | None = None
    role: LocationRole = LocationRole.BOTH


@dataclass(kw_only=True)
class AgeBand:
    """People in an age band (``age_max`` None = and over), optionally for one sex."""

    age_min: int
    age_max: int | None
    count: int
    sex: Sex | None = None


@dataclass(kw_only=True)
class Disaggregation:
    """Breakdowns a source reported: by sex, by age band, and free strata (e.g. "children": 1200)."""

    sex: dict[str, int] = field(default_factory=dict)
    age: list[AgeBand] = field(default_factory=list)
    strata: dict[str, int] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.sex or self.age or self.strata)


@dataclass(kw_only=True)
class Figure:
    """One number reported in one document about one place and time."""

    id: str | None = None
    country: str | None = None
    locations: list[Location] = field(default_factory=list)
    category: Category
    term: Term | None = None
    reported: int | None = None
    reported_max: int | None = None
    quantity_text: str | None = None
    vague: bool = False
    qualifier: Qualifier | None = None
    unit: Unit = Unit.PERSON
    household_size: float | None = None
    total: int | None = None
    calculation_logic: str | None = None
    cause: Cause | None = None
    violence: Violence | None = None
    violence_subtype: ViolenceSubtype | None = None
    hazard_category: HazardCategory | None = None
    hazard: Hazard | None = None
    start_date: date | None = None
    start_date_accuracy: DateAccuracy | None = None
    end_date: date | None = None
    end_date_accuracy: DateAccuracy | None = None
    role: FigureRole | None = None
    review_status: ReviewStatus = ReviewStatus.EXTRACTED
    disaggregation: Disaggregation = field(default_factory=Disaggregation)
    excerpt: str | None = None
    span_start: int | None = None
    span_end: int | None = None
    method: str = "manual"
    confidence: float | None = None
    document_id: str | None = None
    source_id: str | None = None
    event_id: str | None = None
    notes: str | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def as_of(self) -> date | None:
        """A stock's reporting date (its end date)."""
        return self.end_date


@dataclass(kw_only=True)
class Source:
    """An organisation that reports figures."""

    id: str | None = None
    name: str
    kind: SourceKind = SourceKind.OTHER
    reliability: Reliability = Reliability.UNKNOWN
    url: str | None = None
    notes: str | None = None
    version: int = 0


@dataclass(kw_only=True)
class Document:
    """One report, article, spreadsheet or dataset, with its provenance. Original bytes are kept by the Store."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    publishers: list[str] = field(default_factory=list)
    published: date | None = None
    language: str | None = None
    content_hash: str | None = None
    text: str | None = None
    origin: DocumentOrigin = DocumentOrigin.MANUAL
    origin_ref: str | None = None
    media_type: str | None = None
    retrieved_at: datetime | None = None
    version: int = 0


@dataclass(kw_only=True)
class Crisis:
    id: str | None = None
    name: str
    cause: Cause
    countries: list[str] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    description: str | None = None
    version: int = 0


@dataclass(kw_only=True)
class Event:
    """A dated happening inside a crisis: an offensive, a flood."""

    id: str | None = None
    name: str
    crisis_id: str | None = None
    cause: Cause
    violence: Violence | None = None
    violence_subtype: ViolenceSubtype | None = None
    hazard_category: HazardCategory | None = None
    hazard: Hazard | None = None
    glide: str | None = None
    acled_id: str | None = None
    ifrc_appeal_id: str | None = None
    government_id: str | None = None
    countries: list[str] = field(default_factory=list)
    start_date: date | None = None
    start_date_accuracy: DateAccuracy | None = None
    end_date: date | None = None
    end_date_accuracy: DateAccuracy | None = None
    description: str | None = None
    version: int = 0


@dataclass(kw_only=True)
class TimelineEntry:
    """A dated line in a country's crisis timeline."""

    id: str | None = None
    country: str
    date: date
    date_accuracy: DateAccuracy = DateAccuracy.DAY
    title: str
    description: str | None = None
    event_id: str | None = None
    source_url: str | None = None
    version: int = 0


@dataclass(kw_only=True)
class PolicyInstrument:
    """A policy instrument in a country's context, e.g. the Kampala Convention or a national IDP law."""

    id: str | None = None
    country: str
    name: str
    kind: PolicyKind = PolicyKind.OTHER
    signed_date: date | None = None
    ratified_date: date | None = None
    adopted_date: date | None = None
    description: str | None = None
    url: str | None = None
    version: int = 0


@dataclass(kw_only=True)
class HouseholdSize:
    """Average people per household in a country for a year: converts household figures to people."""

    id: str | None = None
    country: str
    year: int
    size: float
    source: str | None = None
    notes: str | None = None
    version: int = 0


@dataclass(kw_only=True)
class ReviewComment:
    id: str | None = None
    figure_id: str
    author: str
    body: str
    at: datetime | None = None


@dataclass(kw_only=True)
class User:
    """Someone who uses the API or web UI. Only hashes of passwords and tokens are ever stored."""

    id: str | None = None
    username: str
    role: UserRole = UserRole.VIEWER
    full_name: str | None = None
    email: str | None = None
    password_hash: str | None = None
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class Version:
    """One version in a record's history: who changed it, when, and the record as it was after the change."""

    kind: str
    record_id: str
    version: int
    at: datetime
    by: str
    action: str
    before: dict[str, object] | None
    after: dict[str, object] | None
    note: str | None = None

    @property
    def changed(self) -> list[str]:
        """Names of the fields that differ between before and after."""
        before, after = self.before or {}, self.after or {}
        keys = [k for k in {**before, **after} if k not in ("version", "updated_at", "created_at")]
        return [k for k in keys if before.get(k) != after.get(k)]

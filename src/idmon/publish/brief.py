"""Country briefings: a :class:`Briefing` assembled from the query layer (language-free data), rendered to one
self-contained HTML page (inline CSS, inline SVG map and chart, no external asset) and to a PDF.

Every text from the database (titles, excerpts, names) is untrusted: the template autoescapes it, the SVG writers
escape it, and only http(s) links become links.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa

from idmon import query
from idmon.domain.areas import fold
from idmon.domain.model import PolicyInstrument, TimelineEntry
from idmon.domain.reconcile import Settings
from idmon.errors import MissingExtra
from idmon.publish import i18n, maps
from idmon.publish.charts import ChartText, MonthPoint, render_chart
from idmon.publish.i18n import Lang
from idmon.publish.pdf import write_pdf
from idmon.store import Store
from idmon.store import tables as t

#: Reasons that say a figure is about something else or another time, not that it was set aside.
_NOT_SET_ASIDE = {"other-category", "after-date", "outside-period"}
#: Reasons that keep a figure out of a stock's range altogether.
_OUT_OF_RANGE = {"other-category", "after-date", "stale", "rejected", "no-date", "no-number", "unreviewed"}


@dataclass(frozen=True)
class Cited:
    """A figure the briefing cites, numbered as it appears in the sources list."""

    number: int
    figure_id: str
    category: str
    area: str
    total: int | None
    as_of: str | None
    source: str | None
    title: str | None
    url: str | None  # http(s) only
    published: str | None
    excerpt: str | None


@dataclass(frozen=True)
class AreaRow:
    """An admin1 area of the IDP stock, with the figures it stands on and, when a figure gives them, coordinates."""

    name: str
    pcode: str | None
    total: int
    min: int
    max: int
    resolution: str
    figure_ids: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class StockFacts:
    """What the methodology note says of the IDP stock."""

    resolution: str  # own (a national figure), subareas (a sum), none
    standing: tuple[str, ...]  # the figures the total stands on
    regions: int
    unallocated: int
    national_below: int | None
    set_aside: dict[str, int]
    window_days: int


@dataclass(frozen=True)
class FlowFacts:
    """What the methodology note says of new displacements."""

    movements: tuple[str, ...]
    set_aside: dict[str, int]


@dataclass(frozen=True)
class Beside:
    """A stock reported beside the IDP figure, never added to it (e.g. people displaced across borders)."""

    category: str
    total: int
    figure_ids: tuple[str, ...]


@dataclass
class Briefing:
    """Everything a country briefing shows, in no language yet."""

    country: str
    as_of: date
    start: date
    generated: datetime
    stock: int = 0
    stock_min: int = 0
    stock_max: int = 0
    stock_sources: int = 0
    new_displacements: int = 0
    beside: list[Beside] = field(default_factory=list)
    areas: list[AreaRow] = field(default_factory=list)
    unallocated: int = 0
    series: list[MonthPoint] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    policies: list[PolicyInstrument] = field(default_factory=list)
    cited: dict[str, Cited] = field(default_factory=dict)
    stock_facts: StockFacts | None = None
    flow_facts: FlowFacts | None = None
    outline: list[maps.Polygon] | None = None
    boundaries: list[maps.Boundary] = field(default_factory=list)

    @property
    def has_data(self) -> bool:
        """Whether any displacement figure counts in this briefing."""
        return bool(self.stock or self.new_displacements or self.beside or self.areas)

    def refs(self, ids: tuple[str, ...] | list[str]) -> list[int]:
        """The source numbers of some figures, in order."""
        return sorted({self.cited[i].number for i in ids if i in self.cited})


def safe_link(url: str | None) -> str | None:
    """The URL if it is an http(s) link with a host, else None (never a javascript: or data: link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def year_before(day: date) -> date:
    """The same day 12 months earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


# ---- assembling ------------------------------------------------------------------------------------------------
def build_briefing(
    store: Store,
    country: str,
    as_of: date,
    start: date | None = None,
    settings: Settings | None = None,
    boundaries: list[maps.Boundary] | None = None,
) -> Briefing:
    """Assemble a country's briefing from the query layer and the country's context records."""
    s = settings or Settings()
    first = start or year_before(as_of)
    b = Briefing(country, as_of, first, datetime.now(UTC))
    st = query.stock(store, country, as_of, s)
    fl = query.flows(store, country, first, as_of, s)
    figures = {f["id"]: f for f in query.explain(store, country, as_of, s)["figures"]}
    _headline(b, st, fl, figures)
    _cite(b, st, fl, figures)
    _area_rows(store, b, st)
    b.stock_facts = _stock_facts(st, figures, country, s)
    b.flow_facts = _flow_facts(fl, figures)
    rows = query.series(store, country, first, as_of, "month", s)
    b.series = [MonthPoint(date.fromisoformat(r["period"] + "-01"), r["stock"], r["new_displacement"]) for r in rows]
    b.timeline = [e for e in store.context("timeline-entry", country) if e.date <= as_of]
    b.policies = store.context("policy-instrument", country)
    b.outline = maps.country_outline(country)
    b.boundaries = boundaries or []
    return b


def _headline(b: Briefing, st: dict[str, Any], fl: dict[str, Any], figures: dict[str, dict[str, Any]]) -> None:
    b.stock, b.stock_min, b.stock_max = st["total"], st["min"], st["max"]
    b.new_displacements = fl["total"]
    b.unallocated = st["unallocated"] if st["areas"] else 0
    b.beside = [Beside(c, v["total"], tuple(v["used"])) for c, v in st["beside"].items()]
    in_range = [
        f
        for f in figures.values()
        if f.get("category") == "idps" and (f["status"] == "used" or f["reason"] not in _OUT_OF_RANGE)
    ]
    b.stock_sources = len({(f.get("source") or {}).get("name") or f["id"] for f in in_range}) if b.stock else 0


def _cite(b: Briefing, st: dict[str, Any], fl: dict[str, Any], figures: dict[str, dict[str, Any]]) -> None:
    """Number the figures the briefing shows: the stock's, its areas', new displacements', those beside."""
    new_ids = [i for i in fl["used"] if (figures.get(i) or {}).get("category") == "new-displacement"]
    ordered = [*st["used"], *(i for a in st["areas"] for i in a["figure_ids"]), *new_ids]
    ordered += [i for v in st["beside"].values() for i in v["used"]]
    for fid in dict.fromkeys(ordered):
        f = figures.get(fid)
        if f is None:
            continue
        doc, source = f.get("document") or {}, f.get("source") or {}
        b.cited[fid] = Cited(
            len(b.cited) + 1,
            fid,
            f.get("category") or "",
            f["area"],
            f.get("total"),
            f.get("end_date"),
            source.get("name"),
            doc.get("title"),
            safe_link(doc.get("url")),
            doc.get("published"),
            f.get("excerpt"),
        )


def _area_rows(store: Store, b: Briefing, st: dict[str, Any]) -> None:
    ids = [i for a in st["areas"] for i in a["figure_ids"]]
    where = _coordinates(store, ids)
    gazetteer = _admin1_points(store, b.country)
    for a in st["areas"]:
        # the area's own point in a loaded gazetteer first; else the point of a figure it stands on
        point = gazetteer.get(a["admin1_pcode"] or "") or gazetteer.get(fold(a["admin1"] or ""))
        point = point or next((where[i] for i in a["figure_ids"] if i in where), None)
        b.areas.append(
            AreaRow(
                a["admin1"] or a["admin1_pcode"] or "?",
                a["admin1_pcode"],
                a["total"],
                a["min"],
                a["max"],
                a["resolution"],
                tuple(a["figure_ids"]),
                point[0] if point else None,
                point[1] if point else None,
            )
        )


def _admin1_points(store: Store, country: str) -> dict[str, tuple[float, float]]:
    """Coordinates of the country's admin1 areas in loaded gazetteers (e.g. a GeoNames dump's ADM1 rows), by
    p-code and by folded name."""
    entries, _ = store.gazetteer_rows()
    points: dict[str, tuple[float, float]] = {}
    for e in entries:
        if e["country"] == country and e["precision"] == "adm1" and e["lat"] is not None and e["lon"] is not None:
            point = (float(e["lat"]), float(e["lon"]))
            if e.get("admin1_pcode"):
                points.setdefault(e["admin1_pcode"], point)
            for name in (e["name"], *(e["aliases"] or ())):
                points.setdefault(fold(name), point)
    return points


def _coordinates(store: Store, ids: list[str]) -> dict[str, tuple[float, float]]:
    """The (lat, lon) of each figure's first location, for those that give both."""
    if not ids:
        return {}
    loc = t.figure_locations
    rows = store.execute(
        sa.select(loc.c.figure_id, loc.c.lat, loc.c.lon).where(
            loc.c.figure_id.in_(ids), loc.c.position == 0, loc.c.lat.is_not(None), loc.c.lon.is_not(None)
        )
    )
    return {r.figure_id: (float(r.lat), float(r.lon)) for r in rows}


def _stock_facts(st: dict[str, Any], figures: dict[str, dict[str, Any]], country: str, s: Settings) -> StockFacts:
    root = tuple(i for i in st["used"] if figures.get(i, {}).get("area") == country)
    national = [
        f["total"]
        for f in figures.values()
        if f["reason"] == "covered-by-subareas" and f["area"] == country and f.get("category") == "idps"
    ]
    reasons = Counter(
        f["reason"]
        for f in figures.values()
        if f["status"] == "excluded" and f.get("category") == "idps" and f["reason"] not in _NOT_SET_ASIDE
    )
    resolution = "own" if root else "subareas" if st["used"] else "none"
    return StockFacts(
        resolution,
        root or tuple(st["used"]),
        len([a for a in st["areas"] if a["total"]]),
        st["unallocated"] if st["areas"] else 0,
        max(national) if national else None,
        dict(reasons),
        s.window_days,
    )


def _flow_facts(fl: dict[str, Any], figures: dict[str, dict[str, Any]]) -> FlowFacts:
    def is_new(fid: str) -> bool:
        return (figures.get(fid) or {}).get("category") == "new-displacement"

    used = tuple(i for i in fl["used"] if is_new(i))
    reasons = Counter(e["reason"] for e in fl["excluded"] if is_new(e["id"]) and e["reason"] not in _NOT_SET_ASIDE)
    return FlowFacts(used, dict(reasons))


# ---- writing ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BriefingFiles:
    """Where a briefing was written."""

    html: Path
    pdf: Path
    has_data: bool

    def to_dict(self) -> dict[str, Any]:
        return {"html": str(self.html), "pdf": str(self.pdf), "has_data": self.has_data}


def write_briefing(briefing: Briefing, directory: Path, lang: Lang = "en") -> BriefingFiles:
    """Write ``brief-ISO3-DATE-LANG.html`` and ``.pdf`` into ``directory`` (created if needed)."""
    page = render_html(briefing, lang)
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"brief-{briefing.country}-{briefing.as_of.isoformat()}-{lang}"
    html_path = directory / f"{stem}.html"
    html_path.write_text(page, encoding="utf-8")
    pdf_path = write_pdf(page, directory / f"{stem}.pdf")
    return BriefingFiles(html_path, pdf_path, briefing.has_data)


# ---- rendering -------------------------------------------------------------------------------------------------
def _source_name(b: Briefing, fid: str, lang: Lang) -> str:
    cited = b.cited.get(fid)
    return (cited.source if cited else None) or i18n.label("an_unnamed_source", lang)


def _as_of(b: Briefing, fid: str, lang: Lang) -> str:
    cited = b.cited.get(fid)
    return i18n.long_date(date.fromisoformat(cited.as_of), lang) if cited and cited.as_of else "?"


def _set_aside(counts: dict[str, int], lang: Lang) -> str:
    n = sum(counts.values())
    if not n:
        return ""
    reasons = ", ".join(i18n.reason(code, k, lang) for code, k in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
    key = "m_set_aside_1" if n == 1 else "m_set_aside"
    return " " + i18n.label(key, lang, n=i18n.number(n, lang), reasons=reasons)


def stock_note(b: Briefing, lang: Lang) -> str:
    """The methodology sentence(s) behind the IDP figure."""
    f, num = b.stock_facts, partial(i18n.number, lang=lang)
    if f is None or f.resolution == "none":
        return i18n.label("m_no_stock", lang, date=i18n.long_date(b.as_of, lang))
    if f.resolution == "own":
        text = i18n.label(
            "m_own",
            lang,
            total=num(b.stock),
            source=_source_name(b, f.standing[0], lang),
            date=_as_of(b, f.standing[0], lang),
        )
        if f.regions:
            key = "m_own_parts_1" if f.regions == 1 else "m_own_parts"
            text += i18n.label(key, lang, n=f.regions, unallocated=num(f.unallocated))
    elif len(f.standing) == 1:
        text = i18n.label(
            "m_sum_1", lang, total=num(b.stock), area=b.cited[f.standing[0]].area if f.standing[0] in b.cited else "?"
        )
    else:
        text = i18n.label("m_sum", lang, total=num(b.stock), n=len(f.standing))
    if f.resolution == "subareas" and f.national_below is not None:
        text += i18n.label("m_sum_national", lang, national=num(f.national_below))
    text += "." + _set_aside(f.set_aside, lang)
    if b.stock_min != b.stock_max:
        text += " " + i18n.label(
            "m_range",
            lang,
            days=f.window_days,
            date=i18n.long_date(b.as_of, lang),
            low=num(b.stock_min),
            high=num(b.stock_max),
        )
    return text


def flow_note(b: Briefing, lang: Lang) -> str:
    """The methodology sentence(s) behind the new displacements."""
    f = b.flow_facts
    period = {"start": i18n.long_date(b.start, lang), "end": i18n.long_date(b.as_of, lang)}
    if f is None or not f.movements:
        return i18n.label("m_no_flows", lang, **period)
    sources = i18n.join(list(dict.fromkeys(_source_name(b, i, lang) for i in f.movements)), lang)
    key = "m_flows_1" if len(f.movements) == 1 else "m_flows"
    total = i18n.number(b.new_displacements, lang)
    text = i18n.label(key, lang, total=total, n=len(f.movements), sources=sources, **period)
    return text + _set_aside(f.set_aside, lang) + " " + i18n.label("m_flow_rule", lang)


def beside_notes(b: Briefing, lang: Lang) -> list[str]:
    """One sentence per stock reported beside the IDP figure."""
    out = []
    for x in b.beside:
        first = x.figure_ids[0] if x.figure_ids else ""
        out.append(
            i18n.label(
                "m_beside",
                lang,
                category=i18n.category(x.category, lang),
                total=i18n.number(x.total, lang),
                source=_source_name(b, first, lang),
                date=_as_of(b, first, lang),
            )
        )
    return out


def briefing_map(b: Briefing, lang: Lang) -> maps.MapResult:
    """The briefing's map: IDPs by admin1 area as of its date (circles, or shaded areas with a boundary file)."""
    sources = sorted(
        {c.source for fid in (i for a in b.areas for i in a.figure_ids) if (c := b.cited.get(fid)) and c.source}
    )
    outline = i18n.label("outline_ne" if b.outline else "outline_none", lang)
    text = maps.MapText(
        title=i18n.label("map_title", lang, date=i18n.long_date(b.as_of, lang)),
        legend=i18n.label("legend_idps", lang),
        not_mapped=i18n.label("not_mapped", lang, areas="{areas}"),
        disclaimer=i18n.label("disclaimer", lang),
        source=i18n.label(
            "map_source" if sources else "map_outline", lang, sources=", ".join(sources), outline=outline
        ),
        number=lambda v: i18n.number(v, lang),
        no_data=i18n.label("no_areas", lang),
    )
    areas = [maps.MapArea(a.name, a.pcode, a.total, a.lat, a.lon) for a in b.areas if a.total]
    return maps.render_map(areas, text, b.outline, b.boundaries)


def briefing_chart(b: Briefing, lang: Lang) -> str:
    """The briefing's chart: monthly stock and new displacements over its period."""
    text = ChartText(
        stock=i18n.label("chart_stock", lang),
        flows=i18n.label("chart_flows", lang),
        number=lambda v: i18n.number(v, lang),
        month=lambda d, with_year: i18n.month_label(d, lang, with_year),
        gap=i18n.label("chart_gap", lang),
    )
    return render_chart(b.series, text)


def _area_label(country: str, label: str, lang: Lang) -> str:
    """'MLI / Mopti / Konna' → 'Mopti / Konna'; 'MLI' → 'the whole country'."""
    if label == country:
        return i18n.label("whole_country", lang)
    return label.removeprefix(country + " / ")


def _context(b: Briefing, lang: Lang) -> dict[str, Any]:
    """What the template shows, every value already a string in the reader's language (or a safe SVG)."""
    num, day = partial(i18n.number, lang=lang), partial(i18n.long_date, lang=lang)
    the_map = briefing_map(b, lang) if b.has_data else None
    return {
        "lang": lang,
        "L": {k: i18n.french_spacing(v[lang], lang) for k, v in i18n.LABELS.items()},
        "b": b,
        "country": i18n.country(b.country, lang),
        "as_of": day(b.as_of),
        "period": i18n.label("period", lang, start=day(b.start), end=day(b.as_of)),
        "num": num,
        "day": lambda iso: day(date.fromisoformat(iso)) if iso else "",
        "category": lambda slug: i18n.category(slug, lang),
        "map_svg": the_map.svg if the_map else None,
        "chart_svg": briefing_chart(b, lang) if b.has_data else None,
        "notes": [stock_note(b, lang), flow_note(b, lang), *beside_notes(b, lang)] if b.has_data else [],
        "policies": [
            (
                p,
                i18n.POLICY_KINDS.get(str(p.kind), {}).get(lang, str(p.kind)),
                i18n.policy_steps(p.signed_date, p.ratified_date, p.adopted_date, lang),
            )
            for p in b.policies
        ],
        "timeline": [
            (e, i18n.approximate_date(e.date, str(e.date_accuracy), lang), safe_link(e.source_url)) for e in b.timeline
        ],
        "policy_link": lambda p: safe_link(p.url),
        "area": lambda label: _area_label(b.country, label, lang),
        "colon": "\u00a0: " if lang == "fr" else ": ",
        "quote": (lambda text: f"«{i18n.NNBSP}{text}{i18n.NNBSP}»") if lang == "fr" else (lambda text: f"“{text}”"),
        "generated": i18n.label("generated", lang, date=day(b.generated.date())),
        "no_data": i18n.label("no_data", lang, country=i18n.country(b.country, lang), date=day(b.as_of)),
    }


def render_html(b: Briefing, lang: Lang = "en") -> str:
    """The briefing as one self-contained HTML page (Jinja2 with autoescaping on)."""
    try:
        import jinja2
        import markupsafe
    except ImportError:
        raise MissingExtra("jinja2", "brief") from None
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("idmon.publish", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    context = _context(b, lang)
    title = f"{i18n.label('title', lang, country=context['country'])} – {context['as_of']}"
    context["footer_css"] = markupsafe.Markup(
        "".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x} " for c in title)
    )
    for key in ("map_svg", "chart_svg"):  # written by maps.py and charts.py, which escape every text from data
        if context[key] is not None:
            context[key] = markupsafe.Markup(context[key])
    return env.get_template("brief.html").render(**context)

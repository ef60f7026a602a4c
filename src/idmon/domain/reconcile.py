"""Reconciliation: from the figures reported about a country to the numbers idmon publishes, without double counting,
with a reason for every figure left out. Pure: it sees candidates, never a database.

Rules (documented in README "How totals are computed"):

- A figure counts only if it is not rejected (and, with ``reviewed_only``, approved or signed off), has a number in
  people, and falls in the window (stocks: as-of date within ``window_days`` up to the date; flows: its start date,
  or its end date when it has no start, inside the period — or, pro-rated, the days it shares with the period).
- Per area and category, one figure stands for a stock: the one a reviewer marked ``recommended``, otherwise the best
  ranked among those reported within ``date_tolerance_days`` of the latest (review status, source reliability,
  recency, qualifier, precision). Figures of the same area whose numbers are within ``number_tolerance`` and dates
  within ``date_tolerance_days`` of it are the same figure from other sources (``duplicate``); older ones are
  ``superseded``; other estimates of the same time are ``not-recommended``.
- Flows: movements of the same area and category whose periods overlap (and do not belong to different events) are
  one movement reported several times; the one with the latest end date (or the recommended one) stands for it.
- A parent area's figure and its sub-areas' figures are never added: the parent's figure is used when it is at least
  the sum of its sub-areas (the difference is shown as unallocated), otherwise the sum of the sub-areas is used.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, NamedTuple

from idmon.domain.areas import AreaIndex, AreaKey, Place, ancestors, level

FlowRule = Literal["start", "prorate"]

REASONS: dict[str, str] = {
    "superseded": "a later figure for the same area replaces it",
    "duplicate": "the same figure reported by another source: counted once",
    "covered-by-subareas": "its sub-areas' figures add up to more, so their sum is used",
    "covered-by-parent": "the figure of an area that contains it is used (and is at least the sum of its parts)",
    "stale": "reported before the staleness window",
    "not-recommended": "another estimate for the same area and time was preferred",
    "other-category": "counts something else than this total",
    "unreviewed": "not approved or signed off (reviewed figures only)",
    "rejected": "rejected by a reviewer",
    "after-date": "reported after the date of the total",
    "outside-period": "its movement falls outside the period",
    "no-date": "has no date",
    "no-number": "has no number in people (vague, or households without a household size)",
    "other-cause": "displacement of another cause than the one asked for",
}

#: The proposal ranking (higher is better); unknown values rank as the defaults in :func:`rank`.
STATUS_RANK = {"signed-off": 4, "approved": 3, "in-review": 2, "extracted": 1}
RELIABILITY_RANK = {"high": 3, "medium": 2, "unknown": 1, "low": 0}
QUALIFIER_RANK = {"exact": 3, "approximately": 2, "more-than": 1, "less-than": 1}
PRECISION_RANK = {"point": 5, "adm3": 4, "adm2": 3, "adm1": 2, "adm0": 1}


class Candidate(NamedTuple):
    """What reconciliation needs to know of one figure (a tuple: there are millions of them)."""

    id: str
    country: str
    category: str
    total: int | None
    start: date | None
    end: date | None
    status: str
    place: Place
    role: str | None = None
    qualifier: str | None = None
    reliability: str | None = None
    precision: str | None = None
    event_id: str | None = None
    cause: str | None = None


@dataclass(frozen=True)
class Settings:
    """How totals are computed; the defaults are idmon's documented defaults."""

    window_days: int = 365
    number_tolerance: float = 0.05
    date_tolerance_days: int = 7
    reviewed_only: bool = False
    flow_rule: FlowRule = "start"
    cause: str | None = None


@dataclass(slots=True)
class Decision:
    """What became of one figure: used in the total, or excluded with a reason (and the figure it defers to)."""

    figure_id: str
    used: bool
    reason: str | None = None
    ref: str | None = None
    area: AreaKey | None = None
    value: float | None = None
    note: str = ""


@dataclass(slots=True)
class AreaTotal:
    """An area's total with its range, the figure standing for it, and how the total was resolved."""

    key: AreaKey
    total: float = 0
    min: float = 0
    max: float = 0
    own: list[str] = field(default_factory=list)
    own_value: float | None = None
    children_sum: float = 0
    resolution: str = "none"
    unallocated: float = 0
    why: str = ""

    @property
    def level(self) -> str:
        return level(self.key)


@dataclass
class Reconciliation:
    """The outcome for one country and one category (or group of flow categories)."""

    country: str
    categories: tuple[str, ...]
    areas: dict[AreaKey, AreaTotal]
    decisions: dict[str, Decision]
    flags: list[tuple[str, list[str], str]] = field(default_factory=list)

    @property
    def root(self) -> AreaTotal:
        return self.areas.get((self.country,)) or AreaTotal(key=(self.country,))

    @property
    def used(self) -> list[str]:
        return sorted(i for i, d in self.decisions.items() if d.used)


def explanation(d: Decision) -> str:
    """A sentence saying why a figure is used or not."""
    if d.note:
        return d.note
    if d.reason == "duplicate":
        return f"the same figure as {d.ref}, reported by another source: counted once"
    if d.reason == "superseded":
        return f"superseded by the later figure {d.ref}"
    return REASONS.get(d.reason or "", "")


def rank(c: Candidate) -> tuple[int, int, int, int, int, str]:
    """Higher is better: review status, source reliability, recency, qualifier, precision (then id, for order)."""
    return (
        STATUS_RANK.get(c.status, 0),
        RELIABILITY_RANK.get(c.reliability or "unknown", 1),
        c.end.toordinal() if c.end else 0,
        QUALIFIER_RANK.get(c.qualifier or "", 1),
        PRECISION_RANK.get(c.precision or "", 0),
        c.id,
    )


def close(a: float, b: float, tolerance: float) -> bool:
    """Numbers (never negative) within a relative tolerance of the larger one."""
    return abs(a - b) <= tolerance * (a if a > b else b)


def _days(a: date | None, b: date | None) -> int:
    return abs((a - b).days) if a and b else 0


def _why(c: Candidate, group: int, tolerance: int) -> str:
    if c.role == "recommended":
        return "recommended by a reviewer"
    parts = [
        c.status,
        f"source reliability {c.reliability or 'unknown'}",
        f"as of {c.end}",
        c.qualifier or "no qualifier",
        c.precision or "precision not given",
    ]
    return f"proposed ({'; '.join(parts)}): best ranked of {group} figure(s) within {tolerance} days of the latest"


# ---- eligibility ----------------------------------------------------------------------------------------------
def _screen(c: Candidate, categories: Iterable[str], s: Settings) -> str | None:
    if c.status == "rejected":
        return "rejected"
    if c.category not in categories:
        return "other-category"
    if s.cause is not None and (c.cause or "unknown") != s.cause:
        return "other-cause"
    if s.reviewed_only and c.status not in ("approved", "signed-off"):
        return "unreviewed"
    if c.end is None and c.start is None:
        return "no-date"
    if c.total is None:
        return "no-number"
    return None


def _stock_window(c: Candidate, as_of: date, s: Settings) -> str | None:
    if c.end is None:
        return "no-date"
    if c.end > as_of:
        return "after-date"
    if c.end < as_of - timedelta(days=s.window_days):
        return "stale"
    return None


def flow_share(c: Candidate, start: date, end: date, rule: FlowRule) -> float:
    """How much of a flow counts in [start, end]: all or nothing by its start date, or pro-rated by days."""
    first = c.start or c.end
    last = c.end or c.start
    assert first is not None and last is not None and c.total is not None
    if rule == "start":
        return float(c.total) if start <= first <= end else 0.0
    overlap = (min(last, end) - max(first, start)).days + 1
    span = (last - first).days + 1
    return c.total * overlap / span if overlap > 0 else 0.0


# ---- per-area selection ---------------------------------------------------------------------------------------
def _select_stock(group: Sequence[Candidate], s: Settings, out: Reconciliation, key: AreaKey) -> AreaTotal:
    tol = s.date_tolerance_days
    recommended = [c for c in group if c.role == "recommended"]
    if recommended:
        chosen = max(recommended, key=lambda c: (c.end or date.min, rank(c)))
        near = [chosen]
    else:
        latest = max(c.end or date.min for c in group)
        near = [c for c in group if _days(c.end, latest) <= tol]
        chosen = max(near, key=rank)
    value = float(chosen.total or 0)
    area = AreaTotal(key=key, own=[chosen.id], own_value=value, why=_why(chosen, len(near), tol))
    dups, conflicts = [], []
    decisions, cid, end = out.decisions, chosen.id, chosen.end
    oldest = end - timedelta(days=tol) if end else None
    low, high = value, value
    for c in group:  # the hot loop of all-country totals: notes are written when explained, not here
        number = c.total or 0
        low, high = min(low, number), max(high, number)
        if c is chosen:
            continue
        if close(number, value, s.number_tolerance) and _days(c.end, end) <= tol:
            decisions[c.id] = Decision(c.id, False, "duplicate", cid, key)
            dups.append(c.id)
        elif c.end and oldest and c.end < oldest:
            decisions[c.id] = Decision(c.id, False, "superseded", cid, key)
        else:
            decisions[c.id] = Decision(c.id, False, "not-recommended", cid, key, note=area.why)
            conflicts.append(c.id)
    area.own += sorted(dups)
    area.min, area.max = float(low), float(high)
    if dups:
        out.flags.append(
            ("duplicate", [chosen.id, *dups], f"{len(dups) + 1} sources report the same figure: counted once")
        )
    if conflicts:
        out.flags.append(
            (
                "conflicting-estimates",
                [chosen.id, *conflicts],
                f"estimates for the same area and time differ; {chosen.id} is used ({area.why})",
            )
        )
    out.decisions[chosen.id] = Decision(chosen.id, True, None, None, key, value, area.why)
    return area


def _clusters(group: Sequence[Candidate], tol: int, by_event: bool = True) -> list[list[Candidate]]:
    """Movements whose periods overlap (within the tolerance) and, with ``by_event``, whose events do not differ."""
    ordered = sorted(group, key=lambda c: (c.start or c.end or date.min, c.id))
    clusters: list[list[Candidate]] = []
    reach = date.min
    for c in ordered:
        first, last = c.start or c.end or date.min, c.end or c.start or date.min
        current = clusters[-1] if clusters else []
        events = {x.event_id for x in current if x.event_id}
        same_event = not by_event or not c.event_id or not events or c.event_id in events
        if current and first <= reach + timedelta(days=tol) and same_event:
            current.append(c)
            reach = max(reach, last)
        else:
            clusters.append([c])
            reach = last
    return clusters


def _select_flows(
    group: Sequence[Candidate], s: Settings, period: tuple[date, date], out: Reconciliation, key: AreaKey
) -> AreaTotal:
    area = AreaTotal(key=key, own_value=0.0)
    tol = s.date_tolerance_days
    for cluster in _clusters(group, tol):
        recommended = [c for c in cluster if c.role == "recommended"]
        pool = recommended or cluster
        chosen = max(pool, key=lambda c: (c.end or c.start or date.min, rank(c)))
        value = flow_share(chosen, *period, s.flow_rule)
        why = "recommended by a reviewer" if recommended else "the latest report of this movement"
        out.decisions[chosen.id] = Decision(chosen.id, True, None, None, key, value, why)
        area.own.append(chosen.id)
        area.own_value = (area.own_value or 0) + value
        shares = [flow_share(c, *period, s.flow_rule) for c in cluster]
        area.min += min(shares)
        area.max += max(shares)
        others = [c for c in cluster if c is not chosen]
        for c in others:
            same = (
                close(c.total or 0, chosen.total or 0, s.number_tolerance)
                and _days(c.start, chosen.start) <= tol
                and _days(c.end, chosen.end) <= tol
            )
            reason = "duplicate" if same else "superseded"
            out.decisions[c.id] = Decision(c.id, False, reason, chosen.id, key, note=f"{reason}: {chosen.id} stands")
        if others:
            kind = (
                "duplicate" if all(out.decisions[c.id].reason == "duplicate" for c in others) else "overlapping-flows"
            )
            out.flags.append(
                (
                    kind,
                    [chosen.id, *(c.id for c in others)],
                    f"{len(cluster)} reports of one movement in the same area: {chosen.id} is counted",
                )
            )
    area.why = f"{len(area.own)} movement(s)"
    return area


# ---- hierarchy ------------------------------------------------------------------------------------------------
def _rollup(own: dict[AreaKey, AreaTotal], country: str, out: Reconciliation) -> None:
    keys = set(own) | {(country,)}
    for k in list(keys):
        keys.update(ancestors(k))
    children: dict[AreaKey, list[AreaKey]] = defaultdict(list)
    for k in keys:
        if len(k) > 1:
            children[k[:-1]].append(k)
    for k in sorted(keys, key=len, reverse=True):
        area = own.get(k) or AreaTotal(key=k)
        kids = [out.areas[c] for c in children.get(k, [])]
        child_sum = sum(a.total for a in kids)
        area.children_sum = child_sum
        if area.own_value is not None and (not kids or area.own_value >= child_sum):
            area.total, area.resolution = area.own_value, "own"
            area.unallocated = area.own_value - child_sum if kids else 0
        elif kids:
            area.total, area.resolution = child_sum, "subareas"
            lo, hi = sum(a.min for a in kids), sum(a.max for a in kids)
            area.min, area.max = (min(area.min, lo), max(area.max, hi)) if area.own_value is not None else (lo, hi)
        out.areas[k] = area
    _mark_covered((country,), children, out, covering=None)


def _mark_covered(
    key: AreaKey, children: dict[AreaKey, list[AreaKey]], out: Reconciliation, covering: str | None
) -> None:
    area = out.areas[key]
    used_here = [i for i in area.own if out.decisions[i].used]
    if covering is not None:
        for i in used_here:
            out.decisions[i] = Decision(
                i, False, "covered-by-parent", covering, key, note=f"the figure {covering} of a containing area is used"
            )
    elif area.resolution == "subareas" and used_here:
        for i in used_here:
            out.decisions[i] = Decision(
                i,
                False,
                "covered-by-subareas",
                None,
                key,
                note=f"sub-areas add up to {area.children_sum:,.0f}, more than {area.own_value:,.0f}",
            )
        out.flags.append(
            (
                "parent-below-subareas",
                used_here,
                f"{'/'.join(key)}: its own figure is below the sum of its sub-areas; the sum is used",
            )
        )
    elif area.resolution == "own" and area.children_sum and used_here:
        covering = used_here[0]
    for child in children.get(key, []):
        _mark_covered(child, children, out, covering)


# ---- entry points ---------------------------------------------------------------------------------------------
def _eligible(
    candidates: Iterable[Candidate],
    categories: tuple[str, ...],
    s: Settings,
    out: Reconciliation,
    window: Callable[[Candidate], str | None],
) -> list[Candidate]:
    keep = []
    for c in candidates:
        reason = _screen(c, categories, s) or window(c)
        if reason:
            out.decisions[c.id] = Decision(c.id, False, reason, note=REASONS[reason])
        else:
            keep.append(c)
    return keep


def reconcile_stock(
    country: str,
    candidates: Sequence[Candidate],
    as_of: date,
    settings: Settings | None = None,
    category: str = "idps",
    index: AreaIndex | None = None,
) -> Reconciliation:
    """The stock of ``category`` in ``country`` as of ``as_of``, with a decision for every candidate."""
    s = settings or Settings()
    out = Reconciliation(country, (category,), {}, {})
    keep = _eligible(candidates, (category,), s, out, lambda c: _stock_window(c, as_of, s))
    index = index or AreaIndex(c.place for c in candidates)
    groups: dict[AreaKey, list[Candidate]] = defaultdict(list)
    for c in keep:
        groups[index.key(c.place)].append(c)
    own = {key: _select_stock(group, s, out, key) for key, group in groups.items()}
    _rollup(own, country, out)
    return out


def reconcile_flows(
    country: str,
    candidates: Sequence[Candidate],
    start: date,
    end: date,
    category: str,
    settings: Settings | None = None,
    index: AreaIndex | None = None,
) -> Reconciliation:
    """The movements of one flow ``category`` in ``country`` during [start, end].

    Parent and sub-area figures are compared only among movements whose periods overlap: a national figure for
    January and a district's figure for March are two movements, not one counted twice.
    """
    s = settings or Settings()
    out = Reconciliation(country, (category,), {}, {})

    def window(c: Candidate) -> str | None:
        return None if flow_share(c, start, end, s.flow_rule) > 0 else "outside-period"

    keep = _eligible(candidates, (category,), s, out, window)
    index = index or AreaIndex(c.place for c in candidates)
    for bout in _clusters(keep, s.date_tolerance_days, by_event=False):
        part = Reconciliation(country, (category,), {}, {})
        groups: dict[AreaKey, list[Candidate]] = defaultdict(list)
        for c in bout:
            groups[index.key(c.place)].append(c)
        own = {key: _select_flows(group, s, (start, end), part, key) for key, group in groups.items()}
        _rollup(own, country, part)
        _merge(out, part)
    if (country,) not in out.areas:
        out.areas[(country,)] = AreaTotal(key=(country,))
    return out


def _merge(into: Reconciliation, part: Reconciliation) -> None:
    """Add one period's reconciliation to the whole: totals add up, decisions and flags are kept."""
    into.decisions.update(part.decisions)
    into.flags.extend(part.flags)
    for key, area in part.areas.items():
        whole = into.areas.get(key)
        if whole is None:
            into.areas[key] = area
            continue
        whole.total += area.total
        whole.min += area.min
        whole.max += area.max
        whole.own += area.own
        whole.children_sum += area.children_sum
        whole.unallocated += area.unallocated
        if area.own_value is not None:
            whole.own_value = (whole.own_value or 0) + area.own_value
        if whole.resolution != area.resolution:
            whole.resolution = (
                "mixed"
                if whole.resolution != "none" and area.resolution != "none"
                else (area.resolution if whole.resolution == "none" else whole.resolution)
            )

"""``idmon stock|flows|explain|series|qa``: reconciled totals, with the reasons behind them."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import typer
from rich.table import Table

from idmon import query
from idmon.cli.common import DbOption, JsonOption, emit_json, handle_errors, opened, out
from idmon.domain.countries import parse_country
from idmon.domain.reconcile import Settings
from idmon.domain.records import parse_date
from idmon.domain.vocabulary import Cause, slugs
from idmon.errors import InvalidRecord, Problem

Iso3 = Annotated[str, typer.Argument(metavar="ISO3", help="Country code, e.g. MLI.")]
Iso3OrAll = Annotated[str, typer.Argument(metavar="ISO3|ALL", help="Country code, e.g. MLI, or ALL for every country.")]
By = Annotated[str, typer.Option("--by", help="Break totals down by admin1 or admin2.")]
WindowDays = Annotated[int, typer.Option(help="Staleness window: stock figures older than this are not used.")]
ReviewedOnly = Annotated[bool, typer.Option("--reviewed-only", help="Use only approved and signed-off figures.")]
NumberTolerance = Annotated[
    float, typer.Option(help="Figures within this relative difference (0.05 = 5%) can be the same figure.")
]
DateTolerance = Annotated[int, typer.Option(help="Figures dated within this many days can be the same figure.")]
CauseOption = Annotated[
    str | None,
    typer.Option(help="Only displacement of this cause: conflict, disaster, other, or unknown (none given)."),
]
FlowRule = Annotated[
    str, typer.Option(help="start: a flow counts wholly in the period of its start date (IDMC); prorate: by days.")
]


def _date(name: str, raw: str) -> date:
    try:
        return parse_date(raw)
    except ValueError as exc:
        raise InvalidRecord([Problem(name, str(exc.args[0]), raw)], "option") from None


def _choice(name: str, raw: str, allowed: tuple[str, ...]) -> Any:
    if raw not in allowed:
        raise InvalidRecord([Problem(name, f"{raw!r} is not an allowed value", raw, allowed)], "option")
    return raw


def _settings(
    window_days: int,
    reviewed_only: bool,
    number_tolerance: float,
    date_tolerance_days: int,
    flow_rule: str,
    cause: str | None = None,
) -> Settings:
    problems = []
    if window_days < 1:
        problems.append(Problem("window_days", "must be at least 1", window_days))
    if not 0 <= number_tolerance < 1:
        problems.append(Problem("number_tolerance", "must be between 0 and 1 (0.05 = 5%)", number_tolerance))
    if date_tolerance_days < 0:
        problems.append(Problem("date_tolerance_days", "must be 0 or more", date_tolerance_days))
    if problems:
        raise InvalidRecord(problems, "option")
    rule = _choice("flow_rule", flow_rule, ("start", "prorate"))
    if cause is not None:
        _choice("cause", cause, (*slugs(Cause), "unknown"))
    return Settings(window_days, number_tolerance, date_tolerance_days, reviewed_only, rule, cause)


def _level(by: str) -> Literal["admin1", "admin2"]:
    level: Literal["admin1", "admin2"] = _choice("by", by, ("admin1", "admin2"))
    return level


def _print_by_cause(result: dict[str, Any]) -> None:
    if result["by_cause"]:
        causes = ", ".join(f"{k} {v:,}" for k, v in result["by_cause"].items())
        out.print(f"By cause (each reconciled on its own): {causes}")


def _print_all(every: dict[str, dict[str, Any]], what: str, json_output: bool) -> None:
    """Totals for every country (``ALL``), as a table or JSON keyed by country code."""
    if json_output:
        emit_json(every)
        return
    table = Table(title=f"{what} by country")
    for column in ("country", what, "range"):
        table.add_column(column, justify="left" if column == "country" else "right")
    for code, r in every.items():
        span = f"{r['min']:,}–{r['max']:,}" if "min" in r else ""
        table.add_row(code, f"{r['total']:,}", span)
    out.print(table if every else "No figures.")


def _area_table(result: dict[str, Any], by: str, title: str) -> Table:
    table = Table(title=title)
    for column in (by, "p-code", "total", "range", "how", "figures"):
        table.add_column(column, justify="right" if column == "total" else "left", overflow="fold")
    for a in result["areas"]:
        name = a[by] or "—"
        table.add_row(
            name,
            a[f"{by}_pcode"] or "—",
            f"{a['total']:,}",
            f"{a['min']:,}–{a['max']:,}",
            a["resolution"],
            ", ".join(a["figure_ids"]),
        )
    if result["unallocated"]:
        table.add_row(f"not allocated to an {by}", "", f"{result['unallocated']:,}", "", "", "")
    return table


@handle_errors
def stock(
    country: Iso3OrAll,
    as_of: Annotated[str, typer.Option("--as-of", help="YYYY-MM-DD")],
    by: By = "admin1",
    reviewed_only: ReviewedOnly = False,
    window_days: WindowDays = 365,
    number_tolerance: NumberTolerance = 0.05,
    date_tolerance_days: DateTolerance = 7,
    cause: CauseOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """The IDP stock of a country as of a date, by area, without double counting."""
    settings = _settings(window_days, reviewed_only, number_tolerance, date_tolerance_days, "start", cause)
    if country.strip().upper() == "ALL":
        with opened(db) as store:
            every = query.stock_all(store, _date("as_of", as_of), settings)
        _print_all(every, "IDPs", json_output)
        return
    with opened(db) as store:
        result = query.stock(store, parse_country(country), _date("as_of", as_of), settings, _level(by))
    if json_output:
        emit_json(result)
        return
    out.print(_area_table(result, by, f"IDPs in {result['country']} as of {result['as_of']}"))
    out.print(
        f"Total: [bold]{result['total']:,}[/] IDPs (range {result['min']:,}–{result['max']:,}; "
        f"{len(result['used'])} figure(s) used, {len(result['excluded'])} excluded)"
    )
    for category, other in result["beside"].items():
        out.print(f"Reported beside, not added: {category} {other['total']:,}")
    _print_by_cause(result)
    out.print(f"Why: idmon explain {result['country']} --as-of {result['as_of']}")


@handle_errors
def flows(
    country: Iso3OrAll,
    start: Annotated[str, typer.Option("--from", help="Start of the period, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--to", help="End of the period, YYYY-MM-DD.")],
    by: By = "admin1",
    reviewed_only: ReviewedOnly = False,
    number_tolerance: NumberTolerance = 0.05,
    date_tolerance_days: DateTolerance = 7,
    flow_rule: FlowRule = "start",
    cause: CauseOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """New displacements, returns and cross-border flight in a country over a period."""
    first, last = _date("from", start), _date("to", end)
    if first > last:
        raise InvalidRecord([Problem("to", f"{last} is before --from {first}", end)], "option")
    settings = _settings(365, reviewed_only, number_tolerance, date_tolerance_days, flow_rule, cause)
    if country.strip().upper() == "ALL":
        with opened(db) as store:
            every = query.flows_all(store, first, last, settings)
        _print_all(every, "new displacements", json_output)
        return
    with opened(db) as store:
        result = query.flows(store, parse_country(country), first, last, settings, _level(by))
    if json_output:
        emit_json(result)
        return
    out.print(_area_table(result, by, f"New displacements in {result['country']}, {result['from']} to {result['to']}"))
    out.print(f"New displacements: [bold]{result['total']:,}[/] (range {result['min']:,}–{result['max']:,})")
    _print_by_cause(result)
    for category, value in result["by_category"].items():
        out.print(f"  {category}: {value:,}")


@handle_errors
def explain(
    country: Iso3,
    as_of: Annotated[str, typer.Option("--as-of", help="YYYY-MM-DD")],
    area: Annotated[str | None, typer.Option(help="Only this area: a p-code or a name.")] = None,
    reviewed_only: ReviewedOnly = False,
    window_days: WindowDays = 365,
    number_tolerance: NumberTolerance = 0.05,
    date_tolerance_days: DateTolerance = 7,
    cause: CauseOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Every figure considered for a stock, with its document, excerpt, source, and why it is used or not."""
    settings = _settings(window_days, reviewed_only, number_tolerance, date_tolerance_days, "start", cause)
    with opened(db) as store:
        result = query.explain(store, parse_country(country), _date("as_of", as_of), settings, area)
    if json_output:
        emit_json(result)
        return
    out.print(
        f"[bold]{result['total']:,}[/] IDPs in {result['country']}{' / ' + area if area else ''} as of "
        f"{result['as_of']} (range {result['min']:,}–{result['max']:,})"
    )
    table = Table()
    for column in ("figure", "area", "category", "as of", "total", "status", "why", "source", "excerpt"):
        table.add_column(column, overflow="fold")
    for f in result["figures"]:
        status = (
            "[green]used[/]" if f["status"] == "used" else f"{f['reason']}" + (f" ({f['ref']})" if f["ref"] else "")
        )
        source = (f.get("source") or {}).get("name") or "—"
        table.add_row(
            f["id"],
            f["area"],
            f.get("category") or "",
            f.get("end_date") or "—",
            f"{f['total']:,}" if f.get("total") is not None else "—",
            status,
            f["explanation"],
            source,
            (f.get("excerpt") or "")[:160],
        )
    out.print(table)


@handle_errors
def series(
    country: Iso3,
    start: Annotated[str, typer.Option("--from", help="YYYY-MM-DD")],
    end: Annotated[str, typer.Option("--to", help="YYYY-MM-DD")],
    freq: Annotated[str, typer.Option(help="month or year")] = "month",
    by: Annotated[str | None, typer.Option("--by", help="Also per area: admin1 or admin2.")] = None,
    reviewed_only: ReviewedOnly = False,
    window_days: WindowDays = 365,
    flow_rule: FlowRule = "start",
    cause: CauseOption = None,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Monthly or yearly stock and new displacements for a country (and its areas with --by)."""
    first, last = _date("from", start), _date("to", end)
    if first > last:
        raise InvalidRecord([Problem("to", f"{last} is before --from {first}", end)], "option")
    settings = _settings(window_days, reviewed_only, 0.05, 7, flow_rule, cause)
    period = _choice("freq", freq, ("month", "year"))
    with opened(db) as store:
        rows = query.series(store, parse_country(country), first, last, period, settings, _level(by) if by else None)
    if json_output:
        emit_json(rows)
        return
    table = Table(title=f"{country.upper()} by {freq}")
    for column in ("period", "stock", "new displacement", "returns", "cross-border flight"):
        table.add_column(column, justify="left" if column == "period" else "right")
    for r in rows:
        table.add_row(
            r["period"],
            f"{r['stock']:,}",
            f"{r['new_displacement']:,}",
            f"{r['returns']:,}",
            f"{r['cross_border_flight']:,}",
        )
    out.print(table)


@handle_errors
def qa(
    country: Iso3,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Default: the latest figure.")] = None,
    window_days: WindowDays = 365,
    number_tolerance: NumberTolerance = 0.05,
    date_tolerance_days: DateTolerance = 7,
    db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Figures that would double count, conflict, or cannot count: a list for analysts."""
    settings = _settings(window_days, False, number_tolerance, date_tolerance_days, "start")
    with opened(db) as store:
        flags = query.qa(store, parse_country(country), _date("as_of", as_of) if as_of else None, settings)
    if json_output:
        emit_json(flags)
        return
    if not flags:
        out.print("Nothing to look at.")
    for flag in flags:
        out.print(f"[bold]{flag['kind']}[/] {', '.join(flag['figure_ids'])}: {flag['message']}")

"""Offline SVG maps for briefings: the country's real outline, admin1 areas shaded from a boundary file the user
loaded, and proportional circles at the coordinates figures give. Nothing is placed at an invented position: an area
with neither a matching boundary nor coordinates is listed as not mapped.

Outlines come from the ``countryinfo`` package (MIT), whose per-country GeoJSON is Natural Earth's 1:110m admin-0
countries (public domain). Boundary files are GeoJSON (e.g. OCHA COD-AB admin1), reduced on load to a name, a
p-code and simplified rings, and kept as ``ISO3-admin1.geojson`` in the boundaries folder.

The projection is equirectangular with longitudes scaled by cos(mid-latitude), fitted to the drawing box: simple, and
right for the size of one country. Every text from data is escaped.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from platformdirs import user_data_path

from idmon.domain.areas import fold
from idmon.errors import InvalidRecord, MissingExtra, NotFound, Problem

Point = tuple[float, float]  # (lon, lat)
Ring = list[Point]
Polygon = list[Ring]  # outer ring, then holes

OUTLINE_SOURCE = "Natural Earth 1:110m admin-0 (public domain), via the countryinfo package"
_PCODE_FIELDS = ("adm1_pcode", "admin1pcode", "adm1pcode", "pcode", "shapeiso")
_NAME_FIELDS = ("adm1_en", "adm1_fr", "adm1_name", "admin1name_en", "admin1name_fr", "admin1name", "name_1")
_NAME_FIELDS_LAST = ("shapename", "name", "nom")
_SHADES = ("#fde8d7", "#fbc39b", "#f59a5f", "#e06c2e", "#b34712")
_CIRCLE = "#d9541e"
W, MAP_H, MAP_W = 640, 400, 470


# ---- geometry ----------------------------------------------------------------------------------------------------
def polygons(geometry: dict[str, Any] | None) -> list[Polygon]:
    """The polygons of a GeoJSON Polygon or MultiPolygon geometry (other types give none)."""
    if not geometry:
        return []
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    raw = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return [[[(float(p[0]), float(p[1])) for p in ring] for ring in poly] for poly in raw]


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Drop vertices closer than ``tolerance`` degrees to the last one kept (rings keep at least 4 points)."""
    if len(ring) <= 4:
        return ring
    kept = [ring[0]]
    for p in ring[1:-1]:
        if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= tolerance:
            kept.append(p)
    kept.append(ring[-1])
    return kept if len(kept) >= 4 else ring


def centroid(polys: Sequence[Polygon]) -> Point:
    """The area-weighted centroid of the largest polygon's outer ring (where a label of the area goes)."""
    best: tuple[float, Point] = (-1.0, polys[0][0][0])
    for poly in polys:
        ring = poly[0]
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in pairwise(ring):
            cross = x0 * y1 - x1 * y0
            a, cx, cy = a + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
        if abs(a) > best[0] and a:
            best = (abs(a), (cx / (3 * a), cy / (3 * a)))
    return best[1]


class Projection:
    """Equirectangular with cos(mid-latitude) scaling, fitted (aspect kept, centred) to a box in SVG units."""

    def __init__(self, points: Iterable[Point], box: tuple[float, float, float, float]) -> None:
        pts = list(points) or [(0.0, 0.0)]
        lons, lats = [p[0] for p in pts], [p[1] for p in pts]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        pad = max(east - west, north - south) * 0.04 or 1.0
        west, east, south, north = west - pad, east + pad, south - pad, north + pad
        self.k = math.cos(math.radians((south + north) / 2))
        x, y, w, h = box
        self.scale = min(w / ((east - west) * self.k), h / (north - south))
        self.x0 = x + (w - (east - west) * self.k * self.scale) / 2 - west * self.k * self.scale
        self.y0 = y + (h - (north - south) * self.scale) / 2 + north * self.scale

    def __call__(self, p: Point) -> Point:
        return (self.x0 + p[0] * self.k * self.scale, self.y0 - p[1] * self.scale)


def _unwrap(points: list[Point]) -> Callable[[Point], Point]:
    """Countries across the antimeridian (Fiji, Russia): move western longitudes by 360° so the shape is whole."""
    lons = [p[0] for p in points]
    if lons and max(lons) - min(lons) > 180:
        return lambda p: (p[0] + 360 if p[0] < 0 else p[0], p[1])
    return lambda p: p


# ---- data sources ----------------------------------------------------------------------------------------------
def country_outline(country: str) -> list[Polygon] | None:
    """The country's outline from Natural Earth via countryinfo; None for a country it does not carry."""
    try:
        from countryinfo import CountryInfo
    except ImportError:
        raise MissingExtra("countryinfo", "brief") from None
    try:
        data = CountryInfo(country).geo_json()
    except Exception:  # countryinfo raises its own error for codes it does not know (AB9, XKX)
        return None
    found = [p for f in (data or {}).get("features", []) for p in polygons(f.get("geometry"))]
    return found or None


def boundaries_dir() -> Path:
    """Where loaded boundary files are kept: $IDMON_BOUNDARIES_DIR, or 'boundaries' in idmon's data folder."""
    env = os.environ.get("IDMON_BOUNDARIES_DIR")
    return Path(env) if env else user_data_path("idmon", appauthor=False) / "boundaries"


@dataclass(frozen=True)
class Boundary:
    """One admin1 area of a boundary file."""

    name: str
    pcode: str | None
    shapes: list[Polygon]


def _field(props: dict[str, Any], wanted: str | None, candidates: Sequence[str]) -> str | None:
    lower = {k.lower(): k for k in props}
    for name in [wanted.lower()] if wanted else candidates:
        if name in lower:
            return lower[name]
    return None


def _feature_fields(features: list[dict[str, Any]], name_field: str | None, pcode_field: str | None) -> tuple[str, str]:
    props = features[0].get("properties") or {}
    pcode = _field(props, pcode_field, _PCODE_FIELDS) or ""
    name = _field(props, name_field, _NAME_FIELDS) or _field(props, None, _NAME_FIELDS_LAST) or pcode
    if not name:
        fields = ", ".join(props) or "none"
        raise InvalidRecord(
            [Problem("name_field", f"no admin1 name or p-code property found (properties: {fields})", name_field)],
            "boundary file",
        )
    return name, pcode


def read_boundaries(path: Path, name_field: str | None = None, pcode_field: str | None = None) -> list[Boundary]:
    """The admin1 areas of a GeoJSON file: name, p-code (property names guessed unless given), simplified shapes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        problem = Problem("file", f"not a readable GeoJSON file: {exc}", str(path))
        raise InvalidRecord([problem], "boundary file") from None
    features = [f for f in (data.get("features") or []) if polygons(f.get("geometry"))]
    if not features:
        raise InvalidRecord([Problem("file", "no Polygon or MultiPolygon feature", str(path))], "boundary file")
    name_key, pcode_key = _feature_fields(features, name_field, pcode_field)
    out = []
    for f in features:
        props = f.get("properties") or {}
        pcode = props.get(pcode_key) if pcode_key else None
        shapes = [
            [[(round(x, 4), round(y, 4)) for x, y in simplify(r, 0.005)] for r in p] for p in polygons(f["geometry"])
        ]
        out.append(Boundary(str(props.get(name_key) or pcode or ""), str(pcode) if pcode else None, shapes))
    return out


def load_boundaries(
    path: Path,
    country: str,
    directory: Path | None = None,
    name_field: str | None = None,
    pcode_field: str | None = None,
) -> Path:
    """Read an admin1 GeoJSON file and keep its areas' names, p-codes and simplified shapes for briefings."""
    features = [
        {
            "type": "Feature",
            "properties": {"name": b.name, "pcode": b.pcode},
            "geometry": {"type": "MultiPolygon", "coordinates": b.shapes},
        }
        for b in read_boundaries(path, name_field, pcode_field)
    ]
    target = (directory or boundaries_dir()) / f"{country}-admin1.geojson"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return target


def stored_boundaries(country: str, directory: Path | None = None, path: Path | None = None) -> list[Boundary]:
    """The admin1 boundaries loaded for a country, or those of the file ``path``; none when nothing was loaded."""
    if path is not None:
        if not path.exists():
            raise NotFound(f"no boundary file at {path}")
        return read_boundaries(path)
    source = (directory or boundaries_dir()) / f"{country}-admin1.geojson"
    if not source.exists():
        return []
    data = json.loads(source.read_text(encoding="utf-8"))
    return [
        Boundary(f["properties"]["name"], f["properties"]["pcode"], polygons(f["geometry"])) for f in data["features"]
    ]


# ---- drawing -----------------------------------------------------------------------------------------------------
@dataclass
class MapArea:
    """An area with a figure to map: by its boundary (matched on p-code or name) or its figure's coordinates."""

    name: str
    pcode: str | None
    value: int
    lat: float | None = None
    lon: float | None = None


@dataclass
class MapText:
    """The words on the map, already in the reader's language."""

    title: str
    legend: str
    not_mapped: str  # with {areas}
    disclaimer: str
    source: str
    number: Callable[[float], str]
    no_data: str = ""


@dataclass
class MapResult:
    svg: str
    mapped: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


def _path(polys: Sequence[Polygon], project: Callable[[Point], Point]) -> str:
    parts = []
    for poly in polys:
        for ring in poly:
            pts = [project(p) for p in ring]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(parts)


def _text(x: float, y: float, text: str, size: float = 11, extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{extra}>{escape(text)}</text>'


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + len(word) + 1 <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def nice_floor(value: float) -> float:
    """The largest 1, 2 or 5 × 10^k not above ``value`` (legend sizes)."""
    if value <= 0:
        return 0
    power = 10.0 ** math.floor(math.log10(value))
    return max(m * power for m in (1.0, 2.0, 5.0) if m * power <= value)


class _Labels:
    """Places labels beside their mark where they overlap no other label (right, left, above, below)."""

    def __init__(self, frame: tuple[float, float, float, float]) -> None:
        self.boxes: list[tuple[float, float, float, float]] = []
        self.frame = frame

    def place(self, x: float, y: float, r: float, text: str, size: float = 10) -> tuple[float, float, str]:
        w, h = 0.6 * size * len(text), size
        options = [
            (x + r + 3, y + h / 3, "start"),
            (x - r - 3, y + h / 3, "end"),
            (x, y - r - 3, "middle"),
            (x, y + r + h, "middle"),
        ]
        for tx, ty, anchor in options:
            left = tx - (w if anchor == "end" else w / 2 if anchor == "middle" else 0)
            box = (left, ty - h, left + w, ty + 2)
            inside = box[0] >= self.frame[0] and box[2] <= self.frame[0] + self.frame[2]
            if inside and not any(_overlap(box, b) for b in self.boxes):
                self.boxes.append(box)
                return tx, ty, anchor
        tx, ty, anchor = options[0]
        self.boxes.append((tx, ty - h, tx + w, ty + 2))
        return tx, ty, anchor


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _match(area: MapArea, bounds: Sequence[Boundary]) -> Boundary | None:
    for b in bounds:
        if area.pcode and b.pcode and area.pcode.strip().upper() == b.pcode.strip().upper():
            return b
    return next((b for b in bounds if fold(b.name) == fold(area.name)), None)


def class_step(top: float) -> float:
    """The width of each shading class: a round number (1, 2, 2.5 or 5 × 10^k) so that 5 classes reach ``top``."""
    raw = max(top, 1) / len(_SHADES)
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1.0, 2.0, 2.5, 5.0, 10.0) if m * power >= raw)


def _shade(value: int, step: float) -> str:
    return _SHADES[min(len(_SHADES) - 1, max(0, math.ceil(value / step) - 1))]


def _label(x: float, y: float, word: str, anchor: str) -> list[str]:
    """A label with a white copy under it, readable over lines and shades (paint-order is not supported everywhere)."""
    halo = ' fill="#ffffff" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" aria-hidden="true"'
    return [
        _text(x, y, word, 10, f' text-anchor="{anchor}"{halo}'),
        _text(x, y, word, 10, f' class="label" text-anchor="{anchor}" fill="#1d2733"'),
    ]


def _base(
    outline: Sequence[Polygon] | None,
    bounds: Sequence[Boundary],
    shaded: dict[str, Boundary],
    areas: Sequence[MapArea],
    at: Callable[[Point], Point],
) -> list[str]:
    """The frame, the country filled white, admin1 areas (shaded when they have a figure), the country's edge."""
    body = [f'<rect x="4" y="30" width="{MAP_W - 8}" height="{MAP_H - 34}" fill="#f3f6f9" stroke="#c9d3dd"/>']
    country = _path(outline, at) if outline else ""
    if country:
        body.append(f'<path d="{country}" fill="#ffffff" stroke="none"/>')
    step = class_step(max((a.value for a in areas), default=0))
    by_boundary = {id(shaded[a.name]): a for a in areas if a.name in shaded}
    for b in bounds:
        area = by_boundary.get(id(b))
        no_data = ' fill="#eceff2"'
        attrs = f' class="area" data-area={quoteattr(area.name)} fill="{_shade(area.value, step)}"' if area else no_data
        body.append(f'<path{attrs} d="{_path(b.shapes, at)}" stroke="#ffffff" stroke-width="0.8"/>')
    if country:
        body.append(f'<path class="outline" d="{country}" fill="none" stroke="#6b7785" stroke-width="1"/>')
    return body


def render_map(
    areas: Sequence[MapArea],
    text: MapText,
    outline: Sequence[Polygon] | None,
    bounds: Sequence[Boundary] = (),
) -> MapResult:
    """An SVG map: outline, shaded boundaries, circles sized by value, labels, legend, not-mapped list, notes."""
    shaded = {a.name: b for a in areas if (b := _match(a, bounds)) is not None}
    circles = [a for a in areas if a.name not in shaded and a.lat is not None and a.lon is not None]
    result = MapResult("", [a.name for a in areas if a.name in shaded or a in circles])
    result.unmapped = [a.name for a in areas if a.name not in result.mapped]
    raw = [p for polys in [outline or [], *(b.shapes for b in bounds)] for poly in polys for p in poly[0]]
    raw += [(a.lon, a.lat) for a in circles if a.lon is not None and a.lat is not None]
    unwrap = _unwrap(raw)
    project = Projection((unwrap(p) for p in raw), (12, 40, MAP_W - 24, MAP_H - 52))

    def at(p: Point) -> Point:
        return project(unwrap(p))

    body = _base(outline, bounds, shaded, areas, at)
    top = max((a.value for a in areas), default=0)
    labels = _Labels((4, 30, MAP_W - 8, MAP_H - 34))
    body += _circles(circles, top, at, labels, text)
    for a in areas:
        if a.name in shaded:
            x, y = at(centroid(shaded[a.name].shapes))
            body += _label(x, y + 3, f"{a.name} {text.number(a.value)}", "middle")
    if not areas and text.no_data:
        body.append(_text(MAP_W / 2, MAP_H / 2, text.no_data, 11, ' text-anchor="middle" fill="#5a6470"'))
    notes, height = _notes(result.unmapped, text)
    result.svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {W} {height}" width="{W}" '
        f'height="{height}" role="img" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">'
        f"<title>{escape(text.title)}</title>"
        + _text(6, 20, text.title, 13, ' font-weight="bold" fill="#1d2733"')
        + "".join(body)
        + _legend(top, bool(shaded), bool(circles), text)
        + notes
        + "</svg>"
    )
    return result


def _radius(value: float, top: float) -> float:
    return max(3.0, 26 * math.sqrt(value / top)) if top > 0 and value > 0 else 3.0


def _circles(
    circles: Sequence[MapArea], top: int, at: Callable[[Point], Point], labels: _Labels, text: MapText
) -> list[str]:
    marks, words = [], []
    for a in sorted(circles, key=lambda c: -c.value):  # small circles drawn last, on top
        assert a.lon is not None and a.lat is not None
        x, y = at((a.lon, a.lat))
        r = _radius(a.value, top)
        marks.append(
            f'<circle class="area" data-area={quoteattr(a.name)} cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
            f'fill="{_CIRCLE}" fill-opacity="0.55" stroke="#8a2f0c" stroke-width="0.8"/>'
        )
        words.append((x, y, r, f"{a.name} {text.number(a.value)}"))
    for x, y, r, word in words:
        tx, ty, anchor = labels.place(x, y, r, word)
        marks += _label(tx, ty, word, anchor)
    return marks


def _legend(top: int, shaded: bool, circles: bool, text: MapText) -> str:
    if top <= 0 or not (shaded or circles):
        return ""
    x, y = MAP_W + 12, 44.0
    out = [_text(x, y, text.legend, 11, ' font-weight="bold" fill="#1d2733"')]
    y += 14
    if circles:
        for value in sorted({nice_floor(top), nice_floor(top / 5)}, reverse=True):
            if value <= 0:
                continue
            r = _radius(value, top)
            out.append(
                f'<circle cx="{x + 27:.1f}" cy="{y + r:.1f}" r="{r:.1f}" fill="{_CIRCLE}" fill-opacity="0.55" '
                'stroke="#8a2f0c" stroke-width="0.8"/>'
            )
            out.append(_text(x + 60, y + r + 4, text.number(value), 10, ' fill="#1d2733"'))
            y += 2 * r + 8
    if shaded:
        step = class_step(top)
        for i, colour in enumerate(_SHADES):
            low, high = i * step + 1, (i + 1) * step
            out.append(f'<rect x="{x}" y="{y}" width="16" height="12" fill="{colour}" stroke="#b0b8c1"/>')
            out.append(_text(x + 22, y + 10, f"{text.number(low)}–{text.number(high)}", 9.5, ' fill="#1d2733"'))
            y += 16
    return "".join(out)


def _notes(unmapped: Sequence[str], text: MapText) -> tuple[str, int]:
    """The lines under the map: areas not mapped, the data source line and the boundaries disclaimer."""
    y, out = MAP_H + 14, []
    if unmapped:
        for line in _wrap(text.not_mapped.format(areas=", ".join(unmapped)), 110):
            out.append(_text(6, y, line, 10, ' class="unmapped" fill="#8a2f0c"'))
            y += 13
    for line in _wrap(text.source, 118):
        out.append(_text(6, y, line, 9, ' class="source" fill="#3b4652"'))
        y += 12
    for line in _wrap(text.disclaimer, 124):
        out.append(_text(6, y, line, 8.5, ' class="disclaimer" font-style="italic" fill="#5a6470"'))
        y += 11
    return "".join(out), y

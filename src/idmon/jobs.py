"""idmon's main job, end to end, on the sample it ships: load figures and context, ingest reports, reconcile, and
write a briefing. ``idmon demo`` runs it; it is safe to run again (nothing is duplicated)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from idmon import query
from idmon.domain.model import PolicyInstrument, TimelineEntry
from idmon.domain.records import from_dict
from idmon.errors import NotFound
from idmon.ingest.figure_table import ImportReport, import_figures
from idmon.ingest.pipeline import Ingestor, IngestReport, expand
from idmon.publish.brief import BriefingFiles, build_briefing, write_briefing
from idmon.publish.i18n import Lang
from idmon.store import Store

SAMPLE_COUNTRY = "MLI"
SAMPLE_AS_OF = date(2013, 3, 31)
_CONTEXT_KINDS: dict[str, type] = {"timeline-entry": TimelineEntry, "policy-instrument": PolicyInstrument}


@dataclass
class SampleJob:
    """What the sample job did and found."""

    figures: ImportReport
    reports: IngestReport
    stock: dict[str, Any]
    flows: dict[str, Any]
    briefing: BriefingFiles


def _samples() -> Path:
    return Path(str(resources.files("idmon") / "samples"))


def load_context(store: Store, path: Path) -> int:
    """Add the context records of a JSON file (by kind), keeping their ids; existing ones are left as they are."""
    data = json.loads(path.read_text(encoding="utf-8"))
    added = 0
    for kind, cls in _CONTEXT_KINDS.items():
        for values in data.get(kind, []):
            try:
                store.get(kind, values["id"])
            except NotFound:
                store.add(from_dict(cls, values))
                added += 1
    return added


def run_sample_job(store: Store, output: Path, lang: Lang = "en") -> SampleJob:
    """Load the sample figures and context, ingest the sample reports (English and French), reconcile, and write
    the briefing for Mali as of 31 March 2013 into ``output``."""
    samples = _samples()
    figures = import_figures(store, samples / "figures.csv")
    load_context(store, samples / "context.json")
    files, _ = expand([str(samples / "reports")])
    reports = Ingestor(store, country=SAMPLE_COUNTRY).ingest(files)
    start = date(SAMPLE_AS_OF.year - 1, SAMPLE_AS_OF.month, SAMPLE_AS_OF.day)
    stock = query.stock(store, SAMPLE_COUNTRY, SAMPLE_AS_OF)
    flows = query.flows(store, SAMPLE_COUNTRY, start, SAMPLE_AS_OF)
    briefing = write_briefing(build_briefing(store, SAMPLE_COUNTRY, SAMPLE_AS_OF), output, lang)
    return SampleJob(figures, reports, stock, flows, briefing)

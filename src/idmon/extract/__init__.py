"""Extraction: text (English, French) → displacement facts. ``extract(text, published=…, country=…)``."""

from idmon.extract.facts import FACT_KEYS, Fact
from idmon.extract.pipeline import DocumentExtraction, Extractor, extract

__all__ = ["FACT_KEYS", "DocumentExtraction", "Extractor", "Fact", "extract"]

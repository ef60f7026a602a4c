"""HTML → PDF with WeasyPrint (``pip install 'idmon[brief]'``; it needs Debian's Pango: libpango-1.0-0 and
libpangoft2-1.0-0). It renders the briefing's inline SVG map and chart itself, offline: it is given no base URL, and
its URL fetcher allows only ``data:`` URLs, so nothing in a document can make it fetch anything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from idmon.errors import MissingExtra

SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"


class MissingSystemLibrary(MissingExtra):
    """WeasyPrint is installed but cannot load the system libraries it needs."""

    def __init__(self, detail: str) -> None:
        Exception.__init__(
            self,
            f"the PDF engine WeasyPrint cannot load Pango ({detail}): install it with  "
            f"apt-get install -y {SYSTEM_PACKAGES}",
        )


def _weasyprint() -> Any:
    try:
        import weasyprint
    except ImportError:
        raise MissingExtra("weasyprint", "brief") from None
    except OSError as exc:  # raised at import when libpango cannot be loaded
        raise MissingSystemLibrary(str(exc).splitlines()[0]) from None
    return weasyprint


def write_pdf(html: str, path: Path) -> Path:
    """Render a self-contained HTML page to a PDF file (A4, as its CSS says)."""
    weasyprint = _weasyprint()
    offline = weasyprint.urls.URLFetcher(allowed_protocols={"data"})
    document = weasyprint.HTML(string=html, url_fetcher=offline)
    document.write_pdf(path)
    return path

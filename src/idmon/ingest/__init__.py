"""Getting documents and datasets into idmon: readers, tabular imports and the ingest pipeline."""

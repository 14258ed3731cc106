"""Names: mentions in a document, keys that forget romanisation differences,
the bundled gazetteer, and the comparisons the TL2xx rules share."""

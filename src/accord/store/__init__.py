"""DuckDB store: schema and migrations, transactional writes, queries, Parquet export."""

from accord.store.queries import Filters, parse_factuality
from accord.store.store import DEFAULT_DB, LogEntry, Placement, Store, open_store

__all__ = ["DEFAULT_DB", "Filters", "LogEntry", "Placement", "Store", "open_store", "parse_factuality"]

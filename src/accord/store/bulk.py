"""Validated rows -> one Arrow table per store table -> one ``INSERT ... SELECT`` per table.

DuckDB binds a prepared statement row by row (``executemany`` managed about 2,300 rows a second), but scans
an Arrow table as a columnar source at the speed of a copy. The rows given here were already checked value by
value against the table's declared columns (``rows.TableShape.row``), so each column converts to Arrow with
the type that column declares: a value that slipped through would fail the conversion, never land in the
wrong column. Columns are named on both sides of the insert, never positional.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pyarrow as pa

from accord.errors import StoreError
from accord.store.rows import Row, TableShape

# DuckDB's declared column types (information_schema.columns.data_type) -> the Arrow type that carries them.
# JSON travels as text and is cast by DuckDB on insert, as a bound parameter was.
_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
    "UINTEGER[]": pa.list_(pa.uint32()),
}
_VIEW = "accord_bulk_rows"  # the name the Arrow table is registered under while one insert runs


def arrow_table(shape: TableShape, rows: Sequence[Row]) -> pa.Table:
    """The rows (tuples in the shape's column order) as an Arrow table typed column by column."""
    columns = []
    for position, column in enumerate(shape.columns):
        kind = _ARROW_TYPES.get(column.type)
        if kind is None:
            raise StoreError(f"{shape.name}.{column.name}: no Arrow type for the column type {column.type}")
        columns.append(pa.array([row[position] for row in rows], type=kind))
    return pa.Table.from_arrays(columns, names=list(shape.names))


def bulk_insert(con: duckdb.DuckDBPyConnection, shape: TableShape, rows: Sequence[Row]) -> None:
    """Insert the rows into ``shape``'s table with one statement (nothing when there are none)."""
    if not rows:
        return
    table = arrow_table(shape, rows)
    names = ", ".join(shape.names)
    con.register(_VIEW, table)
    try:
        con.execute(f"INSERT INTO {shape.name} ({names}) SELECT {names} FROM {_VIEW}")
    finally:
        con.unregister(_VIEW)

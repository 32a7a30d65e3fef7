"""Shared output options: --format json|jsonl|csv|table for every listing command."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import IO, Any, TypeVar

import click

FORMATS = ("table", "json", "jsonl", "csv")
TABLE_WIDTH = 120  # a table of chosen columns is cut to this many characters: one line per row
Columns = tuple[str, ...] | None
F = TypeVar("F", bound=Callable[..., Any])


def format_option(default: str = "table", choices: Sequence[str] = FORMATS) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default, indent=indent)


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str] | None = None,
               columns: Columns = None) -> None:
    """Rows in ``fmt``; ``columns`` chooses and orders the columns (a table of them fits ``TABLE_WIDTH``)."""
    stream = out or sys.stdout
    rows = [_pick(row, columns) for row in rows] if columns else list(rows)
    if fmt == "json":
        stream.write(dumps(rows, indent=2) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            stream.write(dumps(row) + "\n")
    elif fmt == "csv":
        _write_csv(rows, stream)
    else:
        stream.write(render_table(rows, max_width=TABLE_WIDTH if columns else None) + "\n")


def _pick(row: dict[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    missing = [c for c in columns if c not in row]
    if missing:
        raise click.ClickException(f"--columns: no column {', '.join(missing)}; the columns are {', '.join(row)}")
    return {c: row[c] for c in columns}


def _cell(value: Any, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ",".join(str(v) for v in value)
    if isinstance(value, float):
        value = f"{value:.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(rows: Sequence[dict[str, Any]], max_width: int | None = None) -> str:
    """Rows as aligned columns; with ``max_width`` the widest columns are cut (…) until a line fits."""
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_cell(row.get(c), max_width or 60) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    if max_width is not None:
        widths = _fit(widths, [len(c) for c in columns], max_width)
        cells = [[_cut(v, w) for v, w in zip(r, widths, strict=True)] for r in cells]
    lines = ["  ".join(_cut(c, w).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells)
    return "\n".join(lines)


def _fit(widths: list[int], headers: list[int], max_width: int) -> list[int]:
    """Narrow the widest column, one character at a time, until the line (with 2-space gaps) fits."""
    widths = list(widths)
    floor = [max(3, min(h, 8)) for h in headers]
    while sum(widths) + 2 * (len(widths) - 1) > max_width:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floor[i])
        if widths[widest] <= floor[widest]:
            break
        widths[widest] -= 1
    return widths


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_csv(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})


def _csv_value(value: Any) -> Any:
    """A CSV cell: lists of plain values as A;B, nested values as JSON, floats without binary noise."""
    if isinstance(value, float):
        return repr(round(value, 6))  # 0.9000000000000001 -> 0.9; six decimals keep coordinates to 0.1 m
    if isinstance(value, list | tuple) and all(isinstance(v, str | int | float | bool) for v in value):
        return ";".join(str(_csv_value(v)) for v in value)
    if isinstance(value, list | tuple | dict):
        return dumps(value)
    return value

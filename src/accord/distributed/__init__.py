"""Ingest on Dask: the pipeline on many workers, partitioned Parquet, resumable runs."""

from accord.distributed.engine import DaskIngestResult, DaskOptions, ingest_dask

__all__ = ["DaskIngestResult", "DaskOptions", "ingest_dask"]

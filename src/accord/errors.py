"""accord's exception hierarchy. Library code raises these; only the CLI turns them into exit codes.

    AccordError
    ├── InputError            an input cannot be read as an article (the message names the file and line)
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   ├── OversizedInputError
    │   ├── MalformedRecordError   a bad JSONL line or CSV row / missing column
    │   └── NoArticleBodyError     HTML with no extractable article text
    ├── ConfigError           a bad option, data file or user actor file
    ├── BudgetExceededError   a document needs more work than its budget allows (time, sentence length)
    ├── StoreError            the DuckDB store cannot be used
    │   ├── StoreLockedError  another process holds the store for writing
    │   ├── SchemaError       the file's schema is newer than this accord, or damaged
    │   └── RecordError       a document's records hold a value the store cannot take (that document fails)
    └── EvalError             a gold file cannot be read or scored
"""

from __future__ import annotations


class AccordError(Exception):
    """Root of every error accord raises on purpose."""


class InputError(AccordError):
    """An input could not be turned into a document."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class OversizedInputError(InputError):
    pass


class MalformedRecordError(InputError):
    pass


class NoArticleBodyError(InputError):
    pass


class ConfigError(AccordError):
    pass


class BudgetExceededError(AccordError):
    """One document needed more work than the pipeline's budget allows; the message says which limit."""


class StoreError(AccordError):
    pass


class StoreLockedError(StoreError):
    pass


class SchemaError(StoreError):
    pass


class RecordError(StoreError):
    """A value of one document's records does not fit its column; the message names table, column, value."""


class EvalError(AccordError):
    pass

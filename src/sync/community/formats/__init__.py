"""Files a community can be exported to: the whole community as JSON, events as .ics, the ledger as CSV."""

from .ics import export_ics
from .ics_import import IcsImportError, import_ics
from .json_format import (
    FORMAT,
    MAX_BYTES,
    RECORD_COLLECTIONS,
    VERSION,
    FormatProblem,
    ImportProblems,
    export_json,
    import_json,
    import_record,
)
from .ledger_csv import ledger_csv

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "RECORD_COLLECTIONS",
    "VERSION",
    "FormatProblem",
    "IcsImportError",
    "ImportProblems",
    "export_ics",
    "export_json",
    "import_ics",
    "import_json",
    "import_record",
    "ledger_csv",
]

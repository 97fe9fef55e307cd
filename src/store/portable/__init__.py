"""Everything personal in a profile as open files: a documented JSON file (docs/data-export.md) that a new
profile can start from, and CSV tables in a zip for a spreadsheet. Unlike `store.transfer`, these files are
not encrypted: the window says so before writing them."""

from ._document import (
    EXPORTED_SETTINGS,
    FORMAT,
    VERSION,
    personal_document,
    write_personal_json,
)
from ._import import PersonalData, import_personal, read_personal
from ._tables import CSV_TABLES, write_personal_csv

__all__ = [
    "CSV_TABLES",
    "EXPORTED_SETTINGS",
    "FORMAT",
    "VERSION",
    "PersonalData",
    "import_personal",
    "personal_document",
    "read_personal",
    "write_personal_csv",
    "write_personal_json",
]

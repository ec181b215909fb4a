"""The ``catalogue`` verb of the command line: export a catalogue as a workbook, import one back as JSON."""

from __future__ import annotations

import argparse

from model.catalogue import builtin_catalogue, load_catalogue
from model.errors import UserInputError
from model.fileio import check_export_target


def catalogue_verb(args: argparse.Namespace) -> str:
    """Dispatch ``catalogue export [CATALOGUE.json] -o OUT.xlsx`` and ``catalogue import WORKBOOK -o OUT.json``
    (main.py parses the arguments)."""
    if args.action == "export":
        from model.catalogue.workbook_export import export_catalogue

        catalogue = load_catalogue(args.source) if args.source else builtin_catalogue()
        check_export_target(args.out, overwrite=args.force)
        path = export_catalogue(catalogue, args.out)
        return (f"Wrote the catalogue {catalogue.id} (edition {catalogue.version}, {catalogue.indicator_count} "
                f"indicators) to {path}.")
    if not args.source:
        raise UserInputError(detail="catalogue import needs the workbook to read")
    from model.catalogue.workbook_import import import_catalogue

    catalogue = import_catalogue(args.source, args.out, force=args.force)
    return (f"Wrote the catalogue {catalogue.id} (edition {catalogue.version}, status {catalogue.status}, "
            f"{catalogue.indicator_count} indicators) to {args.out}.")

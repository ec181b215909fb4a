"""The ``migrate`` verb: move an assessment to another edition of the catalogue (a new file), or write the
mapping template for two editions."""

from __future__ import annotations

import argparse

from model.catalogue import load_catalogue
from model.errors import UserInputError
from model.fileio import check_export_target


def migrate_verb(args: argparse.Namespace) -> str:
    """``migrate FILE --to NEW.json [--map MAP] -o OUT.teia`` or ``migrate --template OLD.json NEW.json -o MAP.xlsx``
    (main.py parses the arguments)."""
    if args.template:
        from model.catalogue.mapping import write_template

        old, new = (load_catalogue(name) for name in args.template)
        check_export_target(args.out, overwrite=args.force)
        path = write_template(old, new, args.out, lang=args.lang)
        return (f"Wrote the mapping template {old.id} {old.version} -> {new.id} {new.version} to {path} "
                f"({old.indicator_count} rows).")
    if not args.file or not args.to:
        raise UserInputError(detail="migrate needs FILE, --to NEW.json and -o OUT.teia (or --template OLD NEW)")
    from model.catalogue.migrate import migrate

    result = migrate(args.file, args.to, args.out, mapping=args.map, user=args.user)
    counts = ", ".join(f"{value} {key}" for key, value in result.summary.items() if value)
    lines = [f"Wrote {result.path}: {result.carried} answer(s) carried over (marked to check against the new "
             f"wording); indicators: {counts}. {args.file} was not changed."]
    if result.not_in_new:
        lines.append(f"Not in the new edition (kept in the annex of the Word report): {', '.join(result.not_in_new)}")
    return "\n".join(lines)

"""TEIA Self-Assessment: start the window, or run a command-line verb on a document without a display."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cli.files import PdfWriter
    from model.report.build import Report

VERBS = ("new", "demo", "check", "set", "export", "import", "split", "merge", "guide", "register", "catalogue",
         "finalize", "reopen", "next-cycle", "compare", "migrate")


def _verb_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="teia", description="TEIA Self-Assessment command line")
    sub = parser.add_subparsers(dest="verb", required=True)
    p = sub.add_parser("new", help="create an empty assessment (never over an existing file)")
    p.add_argument("out", help="the .teia file to create (its folder is made if needed)")
    p.add_argument("--country", default="")
    p.add_argument("--title", help="default: the usual title in the --lang language")
    p.add_argument("--lead", default="", help="the lead authority")
    p.add_argument("--author", action="append", default=[], help="who prepares it (repeat, or separate by commas)")
    p.add_argument("--lang", default="ru", choices=("ru", "ky", "en"), help="language of the indicators (default ru)")
    p.add_argument("--catalogue", help="use this catalogue file instead of the built-in one")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("demo", help="write a filled example assessment")
    p.add_argument("out", help="the .teia file to write")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.add_argument("--catalogue", help="use this catalogue file instead of the built-in one")
    p = sub.add_parser("check", help="verify a document and print a summary")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p = sub.add_parser("set", help="edit one response")
    p.add_argument("file")
    p.add_argument("indicator", help="indicator id, e.g. 1.2")
    p.add_argument("--level", help="a level of the scale, or 'na' for not applicable")
    p.add_argument("--description")
    p.add_argument("--evidence")
    p.add_argument("--gaps")
    p.add_argument("--authority", help="responsible authority")
    p.add_argument("--status", help="not_started, draft or complete")
    p.add_argument("--criteria", help="comma-separated ids of the criteria met, e.g. 1.2.a,1.2.c")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("export", help="write the assessment as a Word report, an Excel workbook or a PDF")
    p.add_argument("file")
    p.add_argument("--format", required=True, choices=("docx", "xlsx", "pdf"))
    p.add_argument("--lang", default="ru", help="en, ru, ky, or two side by side such as ru+en (default ru)")
    p.add_argument("-o", "--out", required=True, help="the file to write")
    p.add_argument("--force", action="store_true", help="replace an existing export of that name")
    p.add_argument("--no-chart", action="store_true", help="leave the radar chart out of the Word report")
    p.add_argument("--blank", action="store_true", help="PDF: blank forms for a meeting instead of the answers")
    p.add_argument("--plan", action="store_true", help="PDF: the action plan (landscape)")
    p.add_argument("--areas", help="PDF: only these areas, e.g. 1,3,A")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="PDF: paper size (default A4)")
    p = sub.add_parser("import", help="bring a filled-in workbook back into the assessment")
    p.add_argument("file")
    p.add_argument("workbook")
    p.add_argument("--yes", action="store_true", help="apply the changes (without it they are only listed)")
    p.add_argument("--include-conflicts", action="store_true",
                   help="with --yes, also apply changes to fields edited in the assessment after the export")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("split", help="write the contribution of one authority (a copy where only its part can change)")
    p.add_argument("file")
    p.add_argument("--for", dest="name", required=True, help="the contributing authority (name or short name)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--areas", help="give it these areas, e.g. 1,3")
    group.add_argument("--indicators", help="give it these indicators, e.g. 1.1,1.2")
    p.add_argument("-o", "--out", required=True, help="the contribution (.teia) to write")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("merge", help="merge a contribution or another copy of the same assessment, field by field")
    p.add_argument("file")
    p.add_argument("other", help="the contribution or copy (.teia); it is only read")
    p.add_argument("--yes", action="store_true", help="apply the merge (without it, the plan is only printed)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--take", choices=("ours", "theirs"), default="ours",
                   help="how conflicts are resolved with --yes (default: keep this assessment's value)")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("guide", help="write the user guide with the glossary as a PDF, a handout for a workshop")
    p.add_argument("--lang", default="ru", help="en, ru, ky, or two side by side such as ru+en (default ru)")
    p.add_argument("-o", "--out", required=True, help="the PDF file to write")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper size (default A4)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p = sub.add_parser("register", help="the register of hazardous activities with every Annex I figure")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the register as JSON")
    p.add_argument("--lang", choices=("en", "ru", "ky"), default="en", help="language of the sentences (default en)")
    p.add_argument("--template", action="store_true", help="write a workbook for operators to fill (with -o)")
    p.add_argument("--blank-form", action="store_true",
                   help="write a printable blank form (PDF) for collecting an operator's data (with -o, --lang)")
    p.add_argument("-o", "--out", help="the workbook (--template) or the PDF (--blank-form) to write")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper of --blank-form (default A4)")
    p.add_argument("--force", action="store_true", help="with --blank-form: replace an existing file")
    p.add_argument("--import", dest="import_workbook", metavar="WORKBOOK", help="import a filled register workbook")
    p.add_argument("--yes", action="store_true", help="with --import: apply the changes (else they are only listed)")
    p = sub.add_parser("finalize", help="mark the assessment final (approved); it can then no longer be changed")
    p.add_argument("file")
    p.add_argument("--by", required=True, help="who approved it (printed in the approval block)")
    p.add_argument("--date", help="the approval date, YYYY-MM-DD (default today)")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("reopen", help="reopen a final assessment for a correction (recorded in the history)")
    p.add_argument("file")
    p.add_argument("--why", required=True, help="the reason for the correction")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("next-cycle", help="start the next self-assessment from this one (answers carried over)")
    p.add_argument("previous", help="the previous self-assessment (.teia); it is only read")
    p.add_argument("-o", "--out", required=True, help="the new .teia file (never over an existing file)")
    p.add_argument("--title", help="title of the new assessment (default: the previous one's)")
    p.add_argument("--user", help="name recorded in the history")
    p = sub.add_parser("compare", help="show the progress between two assessments of one lineage")
    p.add_argument("old", help="the earlier assessment (if it is gone, the copy kept in NEW is used)")
    p.add_argument("new", help="the later assessment")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")
    p = sub.add_parser("catalogue", help="a catalogue as a workbook to edit (export), or a workbook back as a "
                       "catalogue file (import)")
    p.add_argument("action", choices=("export", "import"))
    p.add_argument("source", nargs="?", help="export: the catalogue .json (default: the built-in one); "
                   "import: the workbook")
    p.add_argument("-o", "--out", required=True, help="the workbook (export) or catalogue .json (import) to write")
    p.add_argument("--force", action="store_true", help="replace an existing file of that name")
    p = sub.add_parser("migrate", help="move an assessment to another edition of the catalogue (a new file; the "
                       "old one is only read), or write a mapping template for two editions")
    p.add_argument("file", nargs="?", help="the assessment to move")
    p.add_argument("--to", help="the catalogue .json of the new edition")
    p.add_argument("--map", help="the mapping between the editions (.xlsx or .json; default: by indicator id)")
    p.add_argument("--template", nargs=2, metavar=("OLD.json", "NEW.json"),
                   help="write a mapping workbook for these two editions (with -o)")
    p.add_argument("--lang", default="ru", choices=("ru", "ky", "en"), help="language of the template's statements")
    p.add_argument("-o", "--out", required=True, help="the new assessment (.teia), or the template (.xlsx)")
    p.add_argument("--force", action="store_true", help="with --template: replace an existing workbook")
    p.add_argument("--user", help="name recorded in the history")
    return parser


_KEPT: list[object] = []  # the offscreen application, alive for the rest of the command


def _offscreen_app() -> None:
    """A QGuiApplication for drawing without a display (Word chart, PDF), kept for the rest of the command."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        # A QApplication, not only a QGuiApplication: widgets may still be made later in the same process
        # (tests running several commands, then dialogs) and Qt allows one application object per process.
        _KEPT.append(QApplication([sys.argv[0]]))


def _radar_png(labels: list[str], values: list[float | None], before: list[float | None] | None = None,
               legend: tuple[str, str] | None = None, lang: str = "en") -> bytes:
    """The radar chart for a Word export from the command line (``before``: the previous assessment's, as a
    second polygon): Qt draws it, without a display."""
    _offscreen_app()
    from render.radar import radar_png

    return radar_png(labels, values, before=before, legend=legend, lang=lang)


def _pdf(paper: str) -> PdfWriter:
    """The PDF printout for the command line: Qt draws it, without a display (see render.printing)."""
    def write(content: Report, out: str, kind: str, areas: tuple[str, ...]) -> int:
        _offscreen_app()
        from render import printing

        return printing.write_pdf(content, out, printing.PrintOptions(kind=kind, paper=paper, areas=areas))[1]
    return write


def _guide(lang: str, out: str, paper: str, force: bool) -> str:
    """The training handout as a PDF; refuses a bad language, a non-regular target and, without --force, an
    existing file."""
    from pathlib import Path

    from model.errors import DocumentError
    from model.guide import handout_languages

    try:
        handout_languages(lang)
    except ValueError:
        raise DocumentError("bad_value", field="--lang", detail=f"{lang!r} (use en, ru, ky or two such as ru+en)") from None
    target = Path(out)
    if target.exists() and not target.is_file():
        raise DocumentError("bad_value", field="--out", detail=f"{out} is not a regular file")
    if target.exists() and not force:
        raise DocumentError("exists", file=out)
    _offscreen_app()
    from render.guide_pdf import write_guide_pdf

    path, pages = write_guide_pdf(lang, target, paper)
    return f"Wrote {path} ({pages} pages)."


def run_verb(argv: list[str]) -> int:
    args = _verb_parser().parse_args(argv)
    # Names from the command line or a file may hold bytes that are not UTF-8 (lone surrogates): printed as
    # escapes instead of failing with a traceback after the work was done.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    from model.app import log

    # Details (a damaged file's whole report) go to the log file, opened only when there is something to
    # log; the terminal gets one line per error.
    logging.getLogger().addHandler(_LogOnFirstRecord())
    try:
        return _run_verb(args)
    except BrokenPipeError:
        # `check --json | head -1`: the reader went away. Nothing more can be printed; say nothing at exit either.
        import os

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError:
            pass
        return 141
    finally:
        for handler in [h for h in logging.getLogger().handlers if isinstance(h, _LogOnFirstRecord)]:
            logging.getLogger().removeHandler(handler)
        log.shutdown_logging()


class _LogOnFirstRecord(logging.Handler):
    """Opens the log file at the first warning of a command and hands the record to it (no empty logs)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        from model.app import log

        root = logging.getLogger()
        root.removeHandler(self)
        if log.setup_logging() is None:
            return  # an unwritable log folder: the record goes nowhere, the command goes on
        for handler in root.handlers:
            if getattr(handler, "teia_log", False):
                handler.handle(record)


# What to type next after an error, added to the model's sentence (which says what happened and names no
# command: the window gives its own menu commands, gui/messages.py).
HINTS = {
    "final": "Start the next self-assessment from it (next-cycle), or reopen it for a correction (reopen --why).",
    "other_edition": "Move the earlier one to this edition first (migrate).",
}


def _run_verb(args: argparse.Namespace) -> int:
    from cli import verbs as commands
    from model.errors import DocumentError, TeiaError

    try:
        if args.verb == "new":
            from model.document import creation

            print(creation.new(args.out, country=args.country, title=args.title, lead=args.lead, authors=args.author,
                               lang=args.lang, catalogue_file=args.catalogue, user=args.user))
        elif args.verb == "demo":
            print(commands.demo(args.out, overwrite=args.force, catalogue_file=args.catalogue))
        elif args.verb == "check":
            text, ok = commands.check(args.file, as_json=args.json)
            print(text)
            return 0 if ok else 1
        elif args.verb == "set":
            print(commands.set_response(
                args.file, args.indicator, level=args.level, description=args.description, evidence=args.evidence,
                gaps=args.gaps, authority=args.authority, status=args.status, criteria=args.criteria,
                user=args.user))
        elif args.verb == "export":
            from cli import files as commands_io

            print(commands_io.export(args.file, args.format, args.lang, args.out,
                                     chart=None if args.no_chart else _radar_png, pdf=_pdf(args.paper),
                                     blank=args.blank, plan=args.plan, areas=args.areas, force=args.force))
        elif args.verb == "import":
            from cli import files as commands_io

            print(commands_io.import_workbook(args.file, args.workbook, apply=args.yes,
                                              include_conflicts=args.include_conflicts, user=args.user))
        elif args.verb in ("split", "merge"):
            from cli import merge as merge_commands

            if args.verb == "split":
                print(merge_commands.split_verb(args.file, args.name, args.out, areas=args.areas,
                                                indicators=args.indicators, user=args.user))
            else:
                print(merge_commands.merge_verb(args.file, args.other, apply=args.yes, as_json=args.json,
                                                take=args.take, user=args.user))
        elif args.verb in ("finalize", "reopen"):
            from model.cycle import final

            if args.verb == "finalize":
                print(final.finalize_verb(args.file, by=args.by, on=args.date, user=args.user))
            else:
                print(final.reopen_verb(args.file, why=args.why, user=args.user))
        elif args.verb == "next-cycle":
            from model.cycle import next_cycle

            print(next_cycle.next_cycle_verb(args.previous, args.out, title=args.title, user=args.user))
        elif args.verb == "compare":
            from model.cycle import compare

            print(compare.compare_verb(args.old, args.new, as_json=args.json))
        elif args.verb == "guide":
            print(_guide(args.lang, args.out, args.paper, args.force))
        elif args.verb == "register":
            from cli.register import register_verb

            print(register_verb(args, pdf=_pdf(args.paper)))
        elif args.verb == "catalogue":
            from cli.catalogue import catalogue_verb

            print(catalogue_verb(args))
        elif args.verb == "migrate":
            from cli.migrate import migrate_verb

            print(migrate_verb(args))
    except TeiaError as exc:
        hint = HINTS.get(exc.kind) if isinstance(exc, DocumentError) else None
        text = str(exc) if hint is None else f"{exc} {hint}"
        print("error: " + " ".join(text.split()), file=sys.stderr)  # one line, whatever the message holds
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in VERBS:
        return run_verb(argv)
    parser = argparse.ArgumentParser(prog="teia", description="TEIA Self-Assessment")
    parser.add_argument("file", nargs="?", help="a .teia assessment to open")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--lang", choices=("en", "ru", "ky"), help="interface language for this session")
    args = parser.parse_args(argv)
    if args.version:
        from model import APP_NAME, __version__

        print(f"{APP_NAME} {__version__}")
        return 0
    from gui.app import run_gui

    return run_gui(args.file, args.lang)


if __name__ == "__main__":
    sys.exit(main())

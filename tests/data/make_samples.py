"""Write the hostile and broken sample files (run from the repository root).

    python tests/data/make_samples.py            # the committed samples, in tests/data/hostile/
    python tests/data/make_samples.py OUT_DIR    # everything, including the documents derived below

tests/safety/test_hostile_files.py opens each file and expects a clear DocumentError/CatalogueError of
the kind listed in EXPECTED, with the file left byte for byte unchanged. The files that are not
documents of ours (random bytes, another program's database) and the catalogues are committed; the
broken documents derived from a valid one (extra trigger, newer version, ...) are built by the tests
from the current schema with ``make_derived_documents``, so they keep testing exactly one defect each
when the schema changes.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "hostile"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.document import store  # noqa: E402
from model.catalogue import parse_catalogue  # noqa: E402
from model.document.assessment import Assessment  # noqa: E402

# file name -> (loader, expected error kind). Loader "document" is Assessment.open, "catalogue" load_catalogue.
EXPECTED: dict[str, tuple[str, str]] = {
    "empty.teia": ("document", "not_ours"),
    "random-bytes.teia": ("document", "not_ours"),
    "sqlite-header-then-garbage.teia": ("document", "not_ours"),
    "other-program.teia": ("document", "not_ours"),
    "our-id-other-tables.teia": ("document", "foreign_schema"),
    "catalogue-deep-nesting.json": ("catalogue", "catalogue"),
    "catalogue-wrong-types.json": ("catalogue", "catalogue"),
    "catalogue-long-strings.json": ("catalogue", "catalogue"),
    "catalogue-not-json.json": ("catalogue", "catalogue"),
    "catalogue-not-utf8.json": ("catalogue", "catalogue"),
    "catalogue-duplicate-ids.json": ("catalogue", "catalogue"),
    "catalogue-empty.json": ("catalogue", "catalogue"),
    "catalogue-top-level-list.json": ("catalogue", "catalogue"),
    "catalogue-huge-numbers.json": ("catalogue", "catalogue"),
}
DERIVED: dict[str, tuple[str, str]] = {
    "truncated-header.teia": ("document", "not_ours"),
    "truncated-half.teia": ("document", "damaged"),
    "with-trigger.teia": ("document", "foreign_schema"),
    "with-view.teia": ("document", "foreign_schema"),
    "missing-table.teia": ("document", "damaged"),
    "newer-schema.teia": ("document", "newer"),
    "unknown-old-schema.teia": ("document", "damaged"),
    "broken-catalogue-snapshot.teia": ("document", "damaged"),
    "wrong-type-catalogue-snapshot.teia": ("document", "bad_values"),
    "no-catalogue-snapshot.teia": ("document", "damaged"),
    "corrupt-page.teia": ("document", "damaged"),
    "renamed-column.teia": ("document", "foreign_schema"),
    "damaged-index.teia": ("document", "damaged"),
    "check-removed.teia": ("document", "foreign_schema"),
    "blob-in-text.teia": ("document", "bad_values"),
    "text-in-date.teia": ("document", "bad_values"),
    "text-in-revision.teia": ("document", "bad_values"),
    "nested-criteria.teia": ("document", "bad_values"),
    "blob-in-timestamp.teia": ("document", "bad_values"),
    "blob-in-size.teia": ("document", "bad_values"),
    "blob-in-authors.teia": ("document", "bad_values"),
}


def small_catalogue_text() -> str:
    return (HERE / "small-catalogue.json").read_text(encoding="utf-8")


def tiny_catalogue_text() -> str:
    """The small test catalogue cut down to its first area and indicator (keeps sample documents small)."""
    data = json.loads(small_catalogue_text())
    area = data["areas"][0]
    area["indicators"] = area["indicators"][:1]
    area["indicators"][0]["cross_cutting"] = []
    data["areas"] = [area]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def good_document(path: Path) -> Path:
    """A valid document with a one-indicator catalogue, compacted to 512-byte pages to stay small."""
    path.unlink(missing_ok=True)
    catalogue = parse_catalogue(tiny_catalogue_text(), origin="tiny-catalogue.json")
    with Assessment.create(path, catalogue, country="Кыргызстан", title="Үлгү", user="samples") as doc:
        doc.update_response("1.1", level=2, description="Өнөр жай коопсуздугу ң")
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("PRAGMA page_size = 512")
        con.execute("VACUUM")
    return path


def _edit(path: Path, *statements: str, params: tuple = ()) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        for sql in statements:
            con.execute(sql, params if "?" in sql else ())


def make_foreign_documents(out: Path) -> None:
    """Files with a .teia name that are not our documents at all (committed)."""
    rng = random.Random(20240607)
    (out / "empty.teia").write_bytes(b"")
    (out / "random-bytes.teia").write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
    (out / "sqlite-header-then-garbage.teia").write_bytes(
        store.SQLITE_MAGIC + bytes(rng.randrange(256) for _ in range(2000)))

    other = out / "other-program.teia"
    other.unlink(missing_ok=True)
    with closing(sqlite3.connect(other, isolation_level=None)) as con:
        con.execute("PRAGMA page_size = 512")
        con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO contacts (name) VALUES ('Айгүл')")

    ours = out / "our-id-other-tables.teia"
    ours.write_bytes(other.read_bytes())
    _edit(ours, f"PRAGMA application_id = {store.APPLICATION_ID}", f"PRAGMA user_version = {store.SCHEMA_VERSION}")


def make_derived_documents(out: Path) -> None:
    """Documents of the current schema with one defect each (built at test time, not committed)."""
    rng = random.Random(20240608)
    good = good_document(out / ".good.teia")
    data = good.read_bytes()
    (out / "truncated-header.teia").write_bytes(data[:60])
    (out / "truncated-half.teia").write_bytes(data[: len(data) // 2])

    corrupt = bytearray(data)
    for offset in range(len(data) // 2, len(data) // 2 + 512):  # overwrite one b-tree page with noise
        corrupt[offset] = rng.randrange(256)
    (out / "corrupt-page.teia").write_bytes(bytes(corrupt))

    for name, statements in {
        "with-trigger.teia": ["CREATE TRIGGER wipe AFTER UPDATE ON response BEGIN DELETE FROM attachment; END"],
        "with-view.teia": ["CREATE VIEW everything AS SELECT * FROM response, attachment"],
        "missing-table.teia": ["DROP TABLE history"],
        "newer-schema.teia": ["PRAGMA user_version = 99"],
        "unknown-old-schema.teia": ["PRAGMA user_version = 0"],
        "wrong-type-catalogue-snapshot.teia": ["UPDATE catalogue SET json = x'00ff00ff'"],
        "no-catalogue-snapshot.teia": ["DELETE FROM catalogue"],
        "blob-in-text.teia": ["UPDATE response SET evidence = x'ff00ff' WHERE rowid = 1"],
        "text-in-date.teia": ["INSERT INTO action (uid, title, start_date, created_at, updated_at) "
                              "VALUES ('u-date', 't', 'next Tuesday', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"],
        "text-in-revision.teia": ["UPDATE response SET revision = 'many' WHERE rowid = 1"],
        "nested-criteria.teia": ["UPDATE response SET criteria_met = '" + "[" * 50_000 + "]" * 50_000
                                 + "' WHERE rowid = 1"],
        "blob-in-timestamp.teia": ["UPDATE response SET updated_at = x'00' WHERE rowid = 1"],
        "blob-in-size.teia": ["INSERT INTO attachment (indicator_id, name, size, sha256, data, added_at) "
                              "VALUES ('1.1', 'a.txt', x'01', '', x'00', '2024-01-01T00:00:00Z')"],
        "blob-in-authors.teia": ["UPDATE meta SET value = '[[\"nested\"]]' WHERE key = 'authors'"],
    }.items():
        target = out / name
        target.write_bytes(data)
        _edit(target, *statements)

    renamed = out / "renamed-column.teia"
    renamed.write_bytes(data)
    _edit(renamed, "PRAGMA writable_schema = ON",
          "UPDATE sqlite_master SET sql = replace(sql, 'name TEXT NOT NULL', 'nome TEXT NOT NULL') "
          "WHERE name = 'attachment'")

    # A CHECK constraint removed: same tables and columns, but the file now accepts any status.
    unchecked = out / "check-removed.teia"
    unchecked.write_bytes(data)
    _edit(unchecked, "PRAGMA writable_schema = ON",
          "UPDATE sqlite_master SET sql = replace(sql, ?, '') WHERE name = 'response'",
          params=(f" {store.STATUS_CHECK_V4}",))  # the status CHECK of the current format

    # One byte of an index changed: quick_check does not notice, integrity_check does.
    damaged_index = bytearray(data)
    with closing(sqlite3.connect(good)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_response_1'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    damaged_index[root * page_size - 2] ^= 0x01  # inside the last key stored on the index's root page
    (out / "damaged-index.teia").write_bytes(bytes(damaged_index))

    broken = out / "broken-catalogue-snapshot.teia"
    broken.write_bytes(data)
    _edit(broken, "UPDATE catalogue SET json = ?", params=(tiny_catalogue_text()[:-200],))
    for name in DERIVED:
        _vacuum_if_valid(out / name)
    good.unlink()


def _vacuum_if_valid(path: Path) -> None:
    """Shrink edited samples (free pages after edits) without touching the deliberately broken ones."""
    if path.name in ("corrupt-page.teia", "truncated-half.teia", "damaged-index.teia") or path.stat().st_size < 100:
        return
    if not path.read_bytes().startswith(store.SQLITE_MAGIC):
        return
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("VACUUM")
    except sqlite3.DatabaseError:
        pass


def deep_nesting(depth: int = 5_000) -> str:
    return '{"id": "x", "areas": ' + "[" * depth + "]" * depth + "}"


def make_catalogues(out: Path) -> None:
    base = json.loads(tiny_catalogue_text())
    (out / "catalogue-deep-nesting.json").write_text(deep_nesting(), encoding="utf-8")

    wrong = json.loads(json.dumps(base))
    wrong["areas"][0]["indicators"][0]["id"] = 11
    wrong["areas"][0]["indicators"][0]["criteria"] = "all of them"
    wrong["scale"]["levels"][0]["value"] = "one"
    (out / "catalogue-wrong-types.json").write_text(json.dumps(wrong, ensure_ascii=False), encoding="utf-8")

    long = json.loads(tiny_catalogue_text())
    long["areas"][0]["indicators"][0]["statement"]["ru"] = "ө" * 4001  # the schema allows 4000
    (out / "catalogue-long-strings.json").write_text(json.dumps(long, ensure_ascii=False), encoding="utf-8")

    (out / "catalogue-not-json.json").write_text(tiny_catalogue_text()[:1500], encoding="utf-8")
    (out / "catalogue-not-utf8.json").write_bytes(tiny_catalogue_text()[:400].encode("cp1251", errors="replace"))

    dup = json.loads(json.dumps(base))
    dup["areas"][0]["indicators"].append(json.loads(json.dumps(dup["areas"][0]["indicators"][0])))
    (out / "catalogue-duplicate-ids.json").write_text(json.dumps(dup, ensure_ascii=False), encoding="utf-8")

    (out / "catalogue-empty.json").write_bytes(b"")
    (out / "catalogue-top-level-list.json").write_text("[" + tiny_catalogue_text() + "]", encoding="utf-8")

    huge = json.loads(json.dumps(base))
    huge["scale"]["levels"][0]["value"] = 10 ** 400
    text = json.dumps(huge, ensure_ascii=False)
    (out / "catalogue-huge-numbers.json").write_text(text.replace("1" + "0" * 400, "1e999", 1), encoding="utf-8")


def make_all(out: Path) -> dict[str, tuple[str, str]]:
    """Every sample (committed and derived) into ``out``; returns name -> (loader, expected kind)."""
    out.mkdir(parents=True, exist_ok=True)
    make_foreign_documents(out)
    make_catalogues(out)
    make_derived_documents(out)
    return {**EXPECTED, **DERIVED}


def main(argv: list[str]) -> int:
    if argv:
        expected = make_all(Path(argv[0]))
        out = Path(argv[0])
    else:
        out, expected = OUT, EXPECTED
        out.mkdir(exist_ok=True)
        make_foreign_documents(out)
        make_catalogues(out)
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    missing = set(expected) - set(names)
    extra = set(names) - set(expected)
    total = sum((out / n).stat().st_size for n in names)
    print(f"{len(names)} files, {total // 1024} KB in {out}")
    if missing or extra:
        print("missing:", sorted(missing), "unexpected:", sorted(extra))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

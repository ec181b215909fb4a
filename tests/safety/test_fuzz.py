"""Fuzz the document and catalogue loaders: whatever the bytes, only DocumentError/CatalogueError escape.

TEIA_FUZZ_EXAMPLES examples per target (default 300 under CI, 100 at a desk, derandomized); bench/fuzz.py runs 10,000.
A mutated document that still opens must also be readable (responses, attachments, progress) without
an unexpected exception.
"""

from __future__ import annotations

import atexit
import json
import shutil
import os
import sys
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from model.document import actionplan
from model.report import progress
from model.catalogue import builtin_catalogue, load_catalogue, parse_catalogue
from model.document.assessment import Assessment
from model.errors import CatalogueError, DocumentError

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))

import make_samples  # noqa: E402
from tests.conftest import scaled  # noqa: E402

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("TEIA_FUZZ_EXAMPLES", scaled(300, 100)))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("TEIA_FUZZ_RANDOM") != "1",
                database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# What happened to the examples, for bench/fuzz.py: ("document", "opened") etc.
OUTCOMES: Counter = Counter()
# One folder for all examples (speed), made on first use: removed when this module's tests end (pytest-xdist's
# workers leave without running atexit, and every worker imports the module) or at exit (bench/fuzz.py).
_WORK = Path(tempfile.gettempdir()) / f"teia-fuzz-{os.getpid()}"
atexit.register(shutil.rmtree, _WORK, True)


def work() -> Path:
    _WORK.mkdir(mode=0o700, exist_ok=True)
    return _WORK


@pytest.fixture(autouse=True, scope="module")
def _work_removed():
    yield
    shutil.rmtree(_WORK, ignore_errors=True)


@lru_cache(maxsize=1)
def real_document() -> bytes:
    """A small but real document: responses, an action and an attachment, 512-byte pages."""
    path = make_samples.good_document(work() / "real.teia")
    with Assessment.open(path) as doc:
        first_criterion = doc.catalogue.indicator("1.1").criterion_ids()[0]
        doc.update_response("1.1", evidence="Протокол № 7, ң ө ү", criteria_met=[first_criterion])
        doc.add_attachment("1.1", "акт.txt", "Кыргызстан".encode("utf-8") * 20)
        actionplan.add_action(doc, "Окутуу", ["1.1"], due_date="2026-01-31")
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path, isolation_level=None)) as con:
        con.execute("VACUUM")
    return path.read_bytes()


# ------------------------------------------------------------------------------------------ documents
# A mutation is a small tuple (so a failing example prints readably); apply_mutations makes the bytes.
MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(0, 7)),
    st.tuples(st.just("header"), st.integers(0, 119), st.integers(0, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 1 << 20)),
    st.tuples(st.just("splice"), st.integers(0, 1 << 20), st.integers(0, 600), st.binary(min_size=1, max_size=600)),
    st.tuples(st.just("zero"), st.integers(0, 1 << 20), st.sampled_from((1, 4, 16, 512))),
    st.tuples(st.just("duplicate"), st.integers(0, 1 << 20), st.integers(0, 1 << 20), st.sampled_from((8, 100, 512))),
)


def apply_mutations(mutations: list[tuple]) -> bytes:
    data = bytearray(real_document())
    for kind, *args in mutations:
        size = len(data)
        if size == 0:
            break
        if kind == "flip":
            data[args[0] % size] ^= 1 << args[1]
        elif kind == "header":  # the first 100 bytes and the first page's b-tree header matter most
            data[args[0] % size] = args[1]
        elif kind == "truncate":
            del data[args[0] % size:]
        elif kind == "splice":
            start = args[0] % size
            data[start:min(size, start + args[1])] = args[2]
        elif kind == "zero":
            start = args[0] % size
            data[start:start + args[1]] = bytes(min(args[1], size - start))
        else:  # copy one region over another (pages that look valid but are in the wrong place)
            piece = data[args[0] % size:args[0] % size + args[2]]
            at = args[1] % size
            data[at:at + len(piece)] = piece
    return bytes(data)


def check_document_bytes(data: bytes, readonly: bool) -> str:
    """Open the bytes as a document; an opened one is read through; returns the outcome."""
    path = work() / "fuzzed.teia"
    for leftover in (path, Path(str(path) + "-journal")):
        leftover.unlink(missing_ok=True)
    path.write_bytes(data)
    try:
        doc = Assessment.open(path, readonly=readonly)
    except DocumentError as exc:
        outcome = f"refused:{exc.kind}"
    else:
        try:
            doc.integrity_check()
            responses = doc.responses()
            progress.summarise(doc.catalogue, responses)
            doc.meta()
            for info in doc.attachments():
                doc.attachment_data(info.id)
            actionplan.actions(doc)
            doc.history()
            outcome = "opened"
        except DocumentError as exc:
            outcome = f"read refused:{exc.kind}"
        finally:
            doc.close()
    OUTCOMES[("document", outcome)] += 1
    return outcome


@FUZZ
@given(mutations=st.lists(MUTATION, min_size=1, max_size=6), readonly=st.booleans())
# Found by the 10,000-case runs: a byte flipped in an index (quick_check passed, reads failed later), and a
# byte inserted before the schema (SQLite's error message was not UTF-8, so Python raised UnicodeDecodeError).
@example(mutations=[("flip", 11260, 0)], readonly=False)
@example(mutations=[("splice", 434059, 0, b"\x80")], readonly=False)
def test_document_loader_survives_mutated_files(mutations, readonly):
    check_document_bytes(apply_mutations(mutations), readonly)


@FUZZ
@given(data=st.binary(max_size=2048))
def test_document_loader_survives_random_bytes(data):
    # With the SQLite magic in front half the time, so the header parsing is reached.
    check_document_bytes(data, False)
    check_document_bytes(b"SQLite format 3\x00" + data, True)


# ------------------------------------------------------------------------------------------ catalogues
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                        st.text(max_size=50), st.sampled_from(("ru", "ky", "1.1", "", "levels", "areas")))
ANY_JSON = st.recursive(JSON_LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=6),
                                                             st.dictionaries(st.text(max_size=12), inner, max_size=6)),
                        max_leaves=40)


@lru_cache(maxsize=1)
def real_catalogue() -> dict:
    return json.loads(builtin_catalogue().source_json)


def _nodes(value: object, path: tuple = ()) -> list[tuple]:
    """Paths to every node in a JSON value."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _nodes(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _nodes(item, path + (index,))
    return found


@st.composite
def mutated_catalogue(draw) -> object:
    data = json.loads(json.dumps(real_catalogue()))
    for _ in range(draw(st.integers(1, 4))):
        nodes = _nodes(data)
        path = draw(st.sampled_from(nodes))
        if not path:
            data = draw(ANY_JSON)
            continue
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        action = draw(st.sampled_from(("replace", "delete", "duplicate", "deepen")))
        if action == "replace":
            parent[key] = draw(ANY_JSON)
        elif action == "delete":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(json.loads(json.dumps(parent[key])))
        else:
            parent[key] = [parent[key]] if draw(st.booleans()) else {"value": parent[key]}
    return data


def check_catalogue_text(text: str) -> str:
    try:
        catalogue = parse_catalogue(text, origin="fuzz.json")
    except CatalogueError:
        outcome = "refused"
    else:
        # An accepted catalogue must be usable: every text resolves and every indicator has a scale.
        for indicator in catalogue.indicators():
            indicator.statement.text("ky")
            assert indicator.scale.values
        outcome = "accepted"
    OUTCOMES[("catalogue", outcome)] += 1
    return outcome


@FUZZ
@given(value=ANY_JSON)
def test_catalogue_loader_survives_arbitrary_json(value):
    check_catalogue_text(json.dumps(value))


@FUZZ
@given(value=mutated_catalogue())
def test_catalogue_loader_survives_mutated_catalogues(value):
    check_catalogue_text(json.dumps(value, ensure_ascii=False))


@FUZZ
@given(cut=st.integers(0, 200_000), noise=st.binary(max_size=40), at=st.integers(0, 200_000))
def test_catalogue_file_loader_survives_broken_bytes(cut, noise, at):
    raw = bytearray(builtin_catalogue().source_json.encode("utf-8"))
    at = at % (len(raw) + 1)
    raw[at:at + len(noise)] = noise
    path = work() / "fuzzed.json"
    path.write_bytes(bytes(raw[: cut % (len(raw) + 1)] if cut % 3 == 0 else raw))
    try:
        load_catalogue(path)
        OUTCOMES[("catalogue file", "accepted")] += 1
    except CatalogueError:
        OUTCOMES[("catalogue file", "refused")] += 1


ATTACHMENT_NAME = (st.text(max_size=300)
                   | st.lists(st.sampled_from(["..", ".", "/", "\\", "C:", "\\\\host\\share", "CON", "nul.txt",
                                               "COM1", "LPT¹", " ", ".", "a", "ң", "\x00", "<>|?*"]),
                              max_size=16).map("".join))


@FUZZ
@given(name=ATTACHMENT_NAME)
def test_attachment_names_stay_in_their_folder(name):
    """Every name reduces to a base name that, joined to a folder (POSIX or Windows), stays in it."""
    import ntpath
    import posixpath

    from model.filenames import path_in, safe_name

    result = safe_name(name)
    assert result and "/" not in result and "\\" not in result and safe_name(result) == result
    for flavour, folder in ((posixpath, "/opened"), (ntpath, "C:\\opened")):
        assert flavour.dirname(flavour.normpath(flavour.join(folder, result))) == folder
    assert path_in(_WORK, name).parent == _WORK
    OUTCOMES[("attachment name", "kept" if result == name else "reduced")] += 1


def test_the_unmutated_inputs_are_accepted():
    """Control: the fuzz starts from inputs that load, so refusals come from the mutations."""
    assert check_document_bytes(real_document(), False) == "opened"
    assert check_catalogue_text(json.dumps(real_catalogue(), ensure_ascii=False)) == "accepted"

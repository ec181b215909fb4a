"""Kill-safety harness: run killer_child.py against a document, SIGKILL it at a random moment, verify.

Shared by tests/safety/test_kill_safety.py (CI, a few hundred kills) and bench/kill_safety.py (1,000+).
A run passes when the document opens, `PRAGMA integrity_check` says ok, and every edit the child reported
COMMITTED is stored (the last reported value of each thing it changed), allowing only the one edit the
child was in the middle of to be either absent or present.
"""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.document import actionplan  # noqa: E402
from model.catalogue import builtin_catalogue  # noqa: E402
from model.document.assessment import TEXT_FIELDS, Assessment  # noqa: E402

CHILD = Path(__file__).resolve().parent / "killer_child.py"
KILLS_PER_DOCUMENT = 50
SIDE_EFFECT_FIELDS = ("level", "not_applicable", "status")


@dataclass
class Figures:
    kills: int = 0
    survived: int = 0
    edits_committed: int = 0
    edits_verified: int = 0
    edits_lost: int = 0
    in_flight_applied: int = 0
    in_flight_absent: int = 0
    hot_journals: int = 0
    killed_before_ready: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"kills: {self.kills}, survived: {self.survived}, edits committed: {self.edits_committed}, "
                f"verified: {self.edits_verified}, lost: {self.edits_lost}, in-flight edits found applied: "
                f"{self.in_flight_applied}, absent: {self.in_flight_absent}, kills leaving a hot journal: "
                f"{self.hot_journals}, kills before the document was open: {self.killed_before_ready}")


# ---------------------------------------------------------------------------------------------- state
def response_state(response) -> dict:
    return {
        "level": response.level, "not_applicable": response.not_applicable,
        "criteria_met": list(response.criteria_met), "status": response.status,
        **{f: getattr(response, f) for f in TEXT_FIELDS}, "target_level": response.target_level,
        "revision": response.revision,
    }


def action_state(action) -> dict:
    return {"uid": action.uid, "title": action.title, "lead": action.lead, "priority": action.priority,
            "status": action.status, "due_date": action.due_date, "indicator_ids": list(action.indicator_ids),
            "revision": action.revision}


def read_state(path: Path) -> dict:
    """Open the document as the application would, check it, and return everything the child can change.

    Raises AssertionError naming the problem when the file does not open or is not intact.
    """
    with Assessment.open(path) as doc:
        integrity = doc.integrity_check()
        if integrity != ["ok"]:
            raise AssertionError(f"integrity_check: {integrity}")
        attachments = {}
        for info in doc.attachments():
            data = doc.attachment_data(info.id)
            if hashlib.sha256(data).hexdigest() != info.sha256 or len(data) != info.size:
                raise AssertionError(f"attachment {info.name} does not match its checksum")
            attachments[info.name] = info.sha256
        return {
            "responses": {k: response_state(r) for k, r in doc.responses().items()},
            "actions": {a.uid: action_state(a) for a in actionplan.actions(doc)},
            "attachments": attachments,
            "title": doc.meta().get("title", ""),
        }


def parse_log(text: str | bytes) -> tuple[list[dict], dict | None, bool]:
    """(committed edits in order, the request in flight or None, whether the child said READY)."""
    if isinstance(text, bytes):
        # The kill can cut the last line anywhere, even inside a multi-byte letter: decode whole lines only.
        complete, _, _ = text.rpartition(b"\n")
        text = complete.decode("utf-8") + "\n" if complete else ""
    committed: list[dict] = []
    begun: dict[int, dict] = {}
    ready = False
    last_committed = 0
    # A line without its newline was cut by the kill: ignore it (the edit counts as in flight).
    for line in text.split("\n")[:-1]:
        word, _, rest = line.partition(" ")
        if word == "READY":
            ready = True
        elif word in ("BEGIN", "COMMITTED"):
            number, _, payload = rest.partition(" ")
            if word == "BEGIN":
                begun[int(number)] = json.loads(payload)
            else:
                committed.append(json.loads(payload))
                last_committed = int(number)
    pending = [n for n in begun if n > last_committed]
    in_flight = begun[max(pending)] if pending else None
    return committed, in_flight, ready


def key_of(edit: dict) -> tuple[str, str]:
    op = edit["op"]
    if op == "response":
        return ("response", edit["indicator"])
    if op == "action":
        return ("action", edit["state"]["uid"])
    if op in ("action_delete", "action_update"):
        return ("action", edit["uid"])
    if op in ("attach", "detach"):
        return ("attachment", edit["name"])
    return ("meta", "title")


def apply_committed(state: dict, edit: dict) -> None:
    op = edit["op"]
    if op == "response":
        state["responses"][edit["indicator"]] = edit["state"]
    elif op == "action":
        state["actions"][edit["state"]["uid"]] = edit["state"]
    elif op == "action_delete":
        state["actions"].pop(edit["uid"], None)
    elif op == "attach":
        state["attachments"][edit["name"]] = edit["sha256"]
    elif op == "detach":
        state["attachments"].pop(edit["name"], None)
    elif op == "meta":
        state["title"] = edit["title"]


def _stored(state: dict, key: tuple[str, str]) -> object:
    kind, ident = key
    if kind == "response":
        return state["responses"].get(ident)
    if kind == "action":
        return state["actions"].get(ident)
    if kind == "attachment":
        return state["attachments"].get(ident)
    return state["title"]


def in_flight_matches(in_flight: dict, key: tuple[str, str], expected: object, actual: object) -> bool:
    """Whether ``actual`` is what the edit in flight would have stored over ``expected``."""
    op = in_flight["op"]
    if op == "response" and key == ("response", in_flight["indicator"]):
        if not isinstance(actual, dict) or not isinstance(expected, dict):
            return False
        if actual["revision"] != expected["revision"] + 1:
            return False
        requested = in_flight["fields"]
        for name, value in actual.items():
            if name in requested:
                # A requested level, "not applicable" or status can be overridden by the model's own rules
                # (e.g. the first edit of a not-started indicator makes it a draft); texts must be exact.
                if value != requested[name] and name not in SIDE_EFFECT_FIELDS:
                    return False
            elif name != "revision" and name not in SIDE_EFFECT_FIELDS and value != expected[name]:
                return False
        return True
    if op == "action_update" and key == ("action", in_flight["uid"]):
        if not isinstance(actual, dict) or not isinstance(expected, dict):
            return False
        values = in_flight["values"]
        return (actual["revision"] == expected["revision"] + 1
                and all(actual[k] == v for k, v in values.items())
                and all(actual[k] == expected[k] for k in actual if k not in values and k != "revision"))
    if op == "action_delete" and key == ("action", in_flight["uid"]):
        return actual is None
    if op == "action_add" and key[0] == "action" and expected is None:
        return isinstance(actual, dict) and actual["title"] == in_flight["title"] and actual["revision"] == 0
    if op == "attach" and key == ("attachment", in_flight["name"]):
        return expected is None and actual is not None
    if op == "detach" and key == ("attachment", in_flight["name"]):
        return actual is None
    if op == "meta" and key == ("meta", "title"):
        return actual == in_flight["title"]
    return False


def verify(before: dict, committed: list[dict], in_flight: dict | None, actual: dict,
           figures: Figures) -> list[str]:
    """Compare the stored state with the state the child's report promises; update the figures."""
    expected = json.loads(json.dumps(before))
    touched: dict[tuple[str, str], int] = {}
    for edit in committed:
        apply_committed(expected, edit)
        touched[key_of(edit)] = touched.get(key_of(edit), 0) + 1
    keys = {("meta", "title"), *touched}
    for kind, section in (("response", "responses"), ("action", "actions"), ("attachment", "attachments")):
        keys |= {(kind, k) for k in expected[section]} | {(kind, k) for k in actual[section]}
    problems = []
    flight_used = False
    for key in sorted(keys):
        want, got = _stored(expected, key), _stored(actual, key)
        if want == got:
            figures.edits_verified += touched.get(key, 0)
            continue
        if in_flight is not None and not flight_used and in_flight_matches(in_flight, key, want, got):
            flight_used = True
            figures.edits_verified += touched.get(key, 0)
            continue
        figures.edits_lost += 1
        problems.append(f"{key}: expected {str(want)[:200]!r}, stored {str(got)[:200]!r}")
    figures.edits_committed += len(committed)
    if in_flight is not None:
        if flight_used:
            figures.in_flight_applied += 1
        else:
            figures.in_flight_absent += 1
    return problems


# ---------------------------------------------------------------------------------------------- running
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def is_hot_journal(journal: Path) -> bool:
    """A rollback journal SQLite must play back (in exclusive mode an emptied one stays with a zeroed header)."""
    try:
        with open(journal, "rb") as handle:
            return handle.read(8) == JOURNAL_MAGIC
    except FileNotFoundError:
        return False


def new_document(path: Path) -> None:
    for suffix in ("", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    Assessment.create(path, builtin_catalogue(), country="Кыргызстан", title="Өз алдынча баалоо",
                      user="harness").close()


def kill_once(path: Path, seed: int, run: int, workdir: Path, figures: Figures) -> list[str]:
    """One child, one SIGKILL at a random moment, one verification; returns the problems found."""
    rng = random.Random(seed)
    before = read_state(path)
    log_path, err_path = workdir / "child.out", workdir / "child.err"
    with open(log_path, "wb") as out, open(err_path, "wb") as err:
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(seed), str(run)],
                                 stdout=out, stderr=err, cwd=str(ROOT))
    try:
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0.0, 0.15))  # often during start-up or while the file is being opened
        else:
            deadline = time.monotonic() + 20
            while b"READY" not in log_path.read_bytes():
                if child.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.002)
            time.sleep(rng.uniform(0.0, 0.06))
        exited = child.poll()
        child.send_signal(signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    figures.kills += 1
    if exited is not None:
        return [f"the child stopped by itself (exit {exited}): {err_path.read_text(errors='replace')[-2000:]}"]
    if is_hot_journal(Path(str(path) + "-journal")):
        figures.hot_journals += 1
    committed, in_flight, ready = parse_log(log_path.read_bytes())
    if not ready:
        figures.killed_before_ready += 1
    try:
        actual = read_state(path)
    except Exception as exc:  # any failure to open or read is exactly what this harness looks for
        return [f"the document does not open after the kill: {type(exc).__name__}: {exc}"]
    figures.survived += 1
    return verify(before, committed, in_flight, actual, figures)


def _run_stream(count: int, workdir: Path, seed: int, progress, first_run: int) -> Figures:
    workdir.mkdir(parents=True, exist_ok=True)
    figures = Figures()
    rng = random.Random(seed)
    path = workdir / "killed.teia"
    for index in range(count):
        if index % KILLS_PER_DOCUMENT == 0:
            new_document(path)
        run = first_run + index
        problems = kill_once(path, rng.randrange(2**31), run, workdir, figures)
        figures.problems += [f"run {run}: {p}" for p in problems]
        if progress:
            progress(figures)
    return figures


def run_kills(count: int, workdir: Path, seed: int = 7, workers: int = 2, progress=None) -> Figures:
    """Kill ``count`` children, spread over ``workers`` documents killed side by side (the parent mostly waits).

    Each stream starts a fresh document every KILLS_PER_DOCUMENT kills, which keeps the file size bounded.
    """
    workers = max(1, min(workers, count))
    shares = [count // workers + (1 if i < count % workers else 0) for i in range(workers)]
    starts = [sum(shares[:i]) for i in range(workers)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_run_stream, shares[i], workdir / f"stream-{i}", seed * 1000 + i, progress, starts[i])
                   for i in range(workers)]
        results = [f.result() for f in futures]
    total = Figures()
    for part in results:
        for name in ("kills", "survived", "edits_committed", "edits_verified", "edits_lost", "in_flight_applied",
                     "in_flight_absent", "hot_journals", "killed_before_ready"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        total.problems += part.problems
    return total

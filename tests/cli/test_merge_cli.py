"""The split and merge verbs: a contribution written, its plan printed, applied with --yes, JSON figures."""

from __future__ import annotations

import json

from cli import main
from model.document.assessment import Assessment


def test_split_set_merge_json(tmp_path, capsys):
    lead, part = tmp_path / "lead.teia", tmp_path / "mchs.teia"
    assert main.main(["demo", str(lead)]) == 0
    assert main.main(["split", str(lead), "--for", "МЧС", "--indicators", "1.1,1.2", "-o", str(part)]) == 0
    assert "the contribution of МЧС (2 indicators: 1.1, 1.2)" in capsys.readouterr().out
    assert main.main(["set", str(part), "1.1", "--evidence", "от МЧС ң", "--user", "Айгүл"]) == 0
    assert main.main(["set", str(part), "2.1", "--evidence", "not theirs"]) == 1
    assert "not part of this contribution" in capsys.readouterr().err
    assert main.main(["set", str(part), "1.2", "--gaps", "их"]) == 0
    assert main.main(["set", str(lead), "1.2", "--gaps", "наше"]) == 0
    capsys.readouterr()
    before = lead.read_bytes()
    assert main.main(["merge", str(lead), str(part)]) == 0
    text = capsys.readouterr().out
    assert "1 change(s), 1 conflict(s)" in text and "CONFLICT 1.2 [gaps] 'наше' -> 'их'" in text
    assert "Nothing was changed" in text and lead.read_bytes() == before
    assert main.main(["merge", str(lead), str(part), "--yes", "--json", "--take", "theirs"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["changes"], figures["conflicts"], figures["applied"], figures["origin"]) == (1, 1, 2, "МЧС")
    with Assessment.open(lead, readonly=True) as doc:
        assert doc.response("1.1").evidence == "от МЧС ң" and doc.response("1.2").gaps == "их"
    assert main.main(["merge", str(lead), str(part), "--yes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["applied"] == 0


def test_merging_a_foreign_copy_is_a_one_line_error(tmp_path, capsys):
    lead, other = tmp_path / "lead.teia", tmp_path / "other.teia"
    assert main.main(["demo", str(lead)]) == 0 and main.main(["demo", str(other)]) == 0
    capsys.readouterr()
    before = lead.read_bytes()
    assert main.main(["merge", str(lead), str(other), "--yes"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another assessment" in err and lead.read_bytes() == before

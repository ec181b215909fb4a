"""Provenance: who changed each field, shown per indicator in the Word report with the contributing authorities."""

from __future__ import annotations

import docx as python_docx

from model import merge
from model.document import contributors
from model.report import build as report
from model.demo import build_demo
from model.document.assessment import Assessment
from model.formats import docx


def test_the_word_report_names_the_authorities_and_who_contributed(tmp_path):
    with build_demo(tmp_path / "lead.teia") as lead:
        part, _, _ = merge.split(lead, "Министерство ЧС ң", tmp_path / "part.teia", indicators=["1.1", "1.2"])
        who = contributors.find(lead, "Министерство ЧС ң")
        contributors.update_contributor(lead, who.id, name=who.name, short_name="МЧС", contact="Айгүл Т.")
        with Assessment.open(part) as theirs:
            theirs.update_response("1.1", evidence="от МЧС")
        merge.apply(lead, merge.read(lead, part))
        lead.update_response("1.2", gaps="ведущий орган")  # the lead's own edit names nobody
        assert contributors.field_provenance(lead, "1.1")["evidence"][0] == "МЧС"
        assert contributors.field_provenance(lead, "1.2")["gaps"][0] == ""
        content = report.build(lead, "ru")
    assert content.title_page.contributors == ("Министерство ЧС ң (МЧС) — Айгүл Т.",)
    entries = {e.id: e for e in content.indicators()}
    assert entries["1.1"].contributed_by == ("МЧС",) and entries["1.2"].contributed_by == ()
    out = docx.write(content, tmp_path / "report.docx")
    text = "\n".join(cell.text for table in python_docx.Document(out).tables for row in table.rows
                     for cell in row.cells)
    assert "Участвующие органы" in text and "Министерство ЧС ң (МЧС) — Айгүл Т." in text
    assert "Внесли вклад" in text and "МЧС" in text

"""The annex of the evidence and legal acts cited (model.report.annexes) in the Word report and the PDF model."""

from __future__ import annotations

from docx import Document

from model.report import build as report
from model.document.assessment import Assessment
from model.formats import docx as word
from model.catalogue.references import reference
from tests.model.test_report_gaps import table_after


def test_each_evidence_text_once_with_its_indicators_and_each_provision(tmp_path, demo_copy):
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as doc:
        doc.update_response("1.1", evidence="Закон КР «О промышленной безопасности»  от 2016 г.", source="test")
        responses = doc.responses()
        content = report.build(doc, "ru+en")
        catalogue = doc.catalogue
    document = Document(str(word.write(content, tmp_path / "ru-en.docx")))
    heading = "Приложение. Подтверждающие материалы и нормативные правовые акты / Annex. Evidence and legal acts cited"
    rows = table_after(document, heading)
    assert rows[0] == ["Подтверждающие материалы / Evidence", "Показатели / Indicators"]
    cited = {row[0]: row[1].split(", ") for row in rows[1:]}
    assert cited["Закон КР «О промышленной безопасности» от 2016 г."] == ["1.1"]
    by_text: dict[str, list[str]] = {}
    for indicator_id, response in responses.items():
        if response.evidence.strip():
            by_text.setdefault(" ".join(response.evidence.split()), []).append(indicator_id)
    assert cited == by_text  # every evidence text once, with all the indicators that give it
    assert len(by_text) < sum(len(ids) for ids in by_text.values())  # the example repeats texts: listed once
    provisions = {ref for ind in catalogue.indicators() for ref in ind.references}
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for ref in provisions:
        assert report.join((reference(ref, "ru"), reference(ref, "en"))) in text

"""The read-back of a Word or Excel export (model.fileio.package_check): a file cut short or changed on its way to
the disk, one that is not a zip, and a package the library cannot open are each refused with "not written", the
previous file of that name kept and no temporary file left; a whole file passes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from model.demo import build_demo
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.fileio import package_check
from model.report import build as report

PREVIOUS = b"the previous export, which must survive"


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    path = tmp_path_factory.mktemp("source") / "demo.teia"
    build_demo(path).close()
    with Assessment.open(path, readonly=True) as doc:
        return report.build(doc, "ru")


def _writer(fmt: str):
    from model.formats import docx, xlsx

    return docx.write if fmt == "docx" else xlsx.write


def _refused(tmp_path: Path, fmt: str, content) -> DocumentError:
    target = tmp_path / f"report.{fmt}"
    with open(target, "wb") as handle:  # (not Path.write_bytes, which a test may have damaged)
        handle.write(PREVIOUS)
    with pytest.raises(DocumentError) as info:
        _writer(fmt)(content, target)
    assert info.value.kind == "not_written"
    with open(target, "rb") as handle:
        assert handle.read() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == [target.name], "no temporary file left"
    return info.value


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_whole_export_passes(tmp_path, content, fmt):
    path = _writer(fmt)(content, tmp_path / f"report.{fmt}")
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@pytest.mark.parametrize("damage", ["cut", "changed"])
def test_a_file_cut_short_or_changed_on_the_way_to_the_disk_is_refused(tmp_path, content, fmt, damage, monkeypatch):
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:  # the write says it wrote everything
        if damage == "cut":
            real(self, data[: len(data) * 2 // 3])
        else:
            middle = len(data) // 2
            real(self, data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:])
        return len(data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    error = _refused(tmp_path, fmt, content)
    assert "bytes of the" in str(error)


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_what_the_library_made_must_be_a_zip_it_can_open(tmp_path, content, fmt, monkeypatch):
    import docx.document

    from model.formats import xlsx_save

    owner, name = (docx.document.Document, "save") if fmt == "docx" else (xlsx_save, "save_workbook")
    main_part = "word/document.xml" if fmt == "docx" else "xl/workbook.xml"
    real = getattr(owner, name)

    def without_main_part(made_by, out) -> None:  # a zip, but the package lacks its main part
        made = io.BytesIO()
        real(made_by, made)
        with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for info in source.infolist():
                if info.filename != main_part:
                    archive.writestr(info, source.read(info.filename))

    monkeypatch.setattr(owner, name, without_main_part)
    assert "cannot be read back" in str(_refused(tmp_path, fmt, content))
    monkeypatch.setattr(owner, name, lambda made_by, out: out.write(b"PK\x03\x04 not a zip at all"))
    assert "not a complete zip file" in str(_refused(tmp_path, fmt, content))


def test_the_check_compares_every_byte(tmp_path):
    path = tmp_path / "x.zip"
    made = io.BytesIO()
    with zipfile.ZipFile(made, "w") as archive:
        archive.writestr("a.txt", "text")
    path.write_bytes(made.getvalue())
    opened = []
    package_check(path, made.getvalue(), opened.append)
    assert opened == [path]
    with pytest.raises(ValueError, match="the same up to byte 3"):
        package_check(path, made.getvalue()[:3] + b"?" + made.getvalue()[4:], opened.append)
    with pytest.raises(ValueError, match=f"holds {len(made.getvalue())} bytes of the {len(made.getvalue()) + 1}"):
        package_check(path, made.getvalue() + b"!", opened.append)
    assert opened == [path]

"""Installed catalogues: validated copies in the profile, kept once, a broken file left out (never deleted)."""

from __future__ import annotations

import json

import pytest

from model.catalogue import builtin_catalogue, parse_catalogue
from model.catalogue import installed
from model.errors import CatalogueError
from tests.conftest import DATA


def test_install_once_list_skip_broken_and_remove():
    assert [item.builtin for item in installed.installed()] == [True]
    text = (DATA / "small-catalogue.json").read_text(encoding="utf-8")
    first = installed.install_text(text)
    assert installed.install_text(text).path == first.path  # the same catalogue is kept once
    data = json.loads(text)
    data["title"]["ru"] = "Другой текст той же редакции"
    other = installed.install_text(json.dumps(data, ensure_ascii=False))
    assert other.path != first.path and other.catalogue.edition == first.catalogue.edition
    broken = installed.folder() / "broken.json"
    broken.write_text("{", encoding="utf-8")
    listed = [i.path for i in installed.installed()]
    assert listed[0] is None and set(listed[1:]) == {first.path, other.path}
    assert broken.exists()
    assert installed.default_for_new(str(other.path)).catalogue.sha256 == other.catalogue.sha256
    assert installed.default_for_new(str(broken)).builtin and installed.default_for_new("").builtin
    installed.remove(other)
    assert not other.path.exists()
    with pytest.raises(CatalogueError):
        installed.install_text("{}")
    assert parse_catalogue(builtin_catalogue().source_json).sha256 == installed.installed()[0].catalogue.sha256

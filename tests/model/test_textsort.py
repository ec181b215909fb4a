"""Alphabetical order of Kyrgyz and Russian words and indicator ids."""

from model.textsort import sort_key


def test_kyrgyz_letters_follow_their_base_letters():
    words = ["үй", "уй", "өрт", "от", "ңаа", "наа", "пана", "ёж", "ель", "Ж"]
    assert sorted(words, key=sort_key) == ["ёж", "ель", "Ж", "наа", "ңаа", "от", "өрт", "пана", "уй", "үй"]


def test_case_and_numbers():
    assert sorted(["б", "А", "в"], key=sort_key) == ["А", "б", "в"]
    assert sorted(["1.10", "1.2", "A.1", "10.1"], key=sort_key) == ["1.2", "1.10", "10.1", "A.1"]
    assert sorted(["Zeta", "alpha", "Бета"], key=sort_key) == ["alpha", "Zeta", "Бета"]


def test_numbers_sort_by_value_and_yo_sits_with_ye():
    assert sorted(["1.10", "1.9", "1.2"], key=sort_key) == ["1.2", "1.9", "1.10"]
    assert sorted(["ель", "ёлка", "ежевика"], key=sort_key) == ["ежевика", "ёлка", "ель"]

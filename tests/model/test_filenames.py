"""Words put into suggested file names stay valid names on Windows."""

from model.filenames import file_name_part


def test_translated_words_keep_their_letters():
    assert file_name_part("өз алдынча баалоо") == "өз алдынча баалоо"
    assert file_name_part("самостоятельная оценка") == "самостоятельная оценка"


def test_characters_windows_refuses_are_replaced():
    assert file_name_part('план: «A/B» "x"?*<>|\\') == "план_ «A_B» _x_"
    assert file_name_part("  копия.  ") == "копия"
    assert file_name_part("a\tb\nc") == "a_b_c"
    assert file_name_part("...") == "_"

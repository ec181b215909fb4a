"""Column widths for table headers that never break inside a word, without a screen (no Qt in model/).

A Word table cell wraps a header between words; a word longer than its column is cut ("Показател|и"). The
widths here are those of DejaVu Serif Bold, the widest font a report's Times New Roman can end up in (it is
what LibreOffice substitutes on a machine without Times; Times New Roman itself is narrower), in 1/1000 em,
measured with Qt's QFontMetricsF (tests/model/test_docx_layout.py checks the table against Qt).
"""

from __future__ import annotations

_CHARS = (
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxy'
    'z{|}~ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяѐёђѓє'
    'ѕіїјљњћќѝўџѠѡѢѣѤѥѦѧѨѩѪѫѬѭѮѯѰѱѲѳѴѵѶѷѸѹѺѻѼѽѾѿҀҁ҂҈҉ҊҋҌҍҎҏҐґҒғҔҕҖҗҘҙҚқҜҝҞҟҠҡҢңҤҥҦҧҨҩҪҫҬҭҮүҰұҲҳ'
    'ҴҵҶҷҸҹҺһҼҽҾҿӀӁӂӃӄӅӆӇӈӉӊӋӌӍӎӏӐӑӒӓӔӕӖӗӘәӚӛӜӝӞӟӠӡӢӣӤӥӦӧӨөӪӫӬӭӮӯӰӱӲӳӴӵӶӷӸӹӺӻӼӽӾӿ«»—–№…‘’“”•■□\xa0'
)
_WIDTHS = (
    348,439,521,838,696,950,903,306,473,473,523,838,348,415,348,365,696,696,696,696,696,696,696,696,696,696,369,369,
    838,838,838,586,1000,776,845,796,867,762,710,854,945,468,473,869,703,1107,914,871,752,871,831,722,744,872,776,
    1123,776,714,730,473,365,473,838,500,500,648,699,609,699,636,430,699,727,380,362,693,380,1058,727,667,699,699,
    527,563,462,727,581,861,596,581,568,643,364,643,838,762,762,901,690,795,722,468,468,473,1202,1262,963,910,945,
    812,945,814,854,845,690,889,762,1312,721,945,945,910,884,1107,945,871,944,752,796,744,812,949,776,966,913,1268,
    1293,957,1202,825,795,1287,882,648,667,695,613,666,636,1010,638,742,742,722,705,869,732,667,732,699,609,620,640,
    902,596,739,732,1075,1082,767,1002,679,609,1025,739,636,636,719,613,609,563,380,380,362,988,1015,727,722,742,
    640,732,1093,869,880,703,1195,963,992,832,1358,1121,1312,1010,1630,1297,696,557,1096,1105,871,652,916,749,916,
    749,1148,1043,1074,863,1405,1173,1093,869,734,593,652,418,418,957,807,846,673,733,716,700,618,690,613,868,716,
    1312,1010,721,638,947,744,817,679,910,722,1041,827,966,739,1167,956,1345,1059,952,858,796,609,744,620,714,581,
    714,581,866,649,1022,807,928,739,808,687,910,727,1026,810,1026,810,468,1312,1010,869,693,951,805,945,732,957,
    807,913,732,1115,933,380,814,648,814,648,1034,975,762,636,871,636,871,636,1312,1010,721,638,657,568,945,742,945,
    742,871,667,871,667,871,667,795,609,812,640,812,640,812,640,913,732,690,613,1202,1002,666,543,771,645,771,645,
    625,625,1000,500,1087,1000,348,348,575,575,639,945,945,348,
)
ADVANCE = dict(zip(_CHARS, _WIDTHS))
WIDEST = max(_WIDTHS)
CELL_PADDING_CM = 0.38  # Table Grid's default left and right cell margins (108 twips each)
PT_PER_CM = 72 / 2.54


def word_width_cm(word: str, size_pt: float) -> float:
    """The width of ``word`` in bold at ``size_pt`` (characters missing from the table count as the widest)."""
    return sum(ADVANCE.get(ch, WIDEST) for ch in word) / 1000 * size_pt / PT_PER_CM


def min_width_cm(text: str, size_pt: float) -> float:
    """The narrowest column (with its cell margins) in which no word of ``text`` breaks."""
    words = text.split()
    return max((word_width_cm(w, size_pt) for w in words), default=0.0) * 1.03 + CELL_PADDING_CM


def fit_columns(headers: list[str], widths_cm: list[float], size_pt: float) -> list[float]:
    """``widths_cm`` changed as little as possible so that every header fits word by word; the total stays.

    A column too narrow for its longest header word is widened; the width is taken from the others in
    proportion to what they have beyond their own minimum. If the minimums alone exceed the total, each
    column gets its minimum scaled down evenly (the caller should then use a smaller font).
    """
    return distribute([min_width_cm(h, size_pt) for h in headers], widths_cm)


def distribute(need: list[float], widths_cm: list[float]) -> list[float]:
    """``widths_cm`` with every column at least its ``need`` (same total), taken from the others' spare."""
    total = sum(widths_cm)
    if sum(need) >= total:
        return [n * total / sum(need) for n in need]
    widths = list(widths_cm)
    for _ in range(len(widths)):
        short = sum(max(0.0, n - w) for n, w in zip(need, widths))
        if short <= 1e-9:
            break
        spare = [max(0.0, w - n) for n, w in zip(need, widths)]
        widths = [max(w, n) for n, w in zip(need, widths)]
        available = sum(spare)
        widths = [w - short * s / available for w, s in zip(widths, spare)]
    return widths

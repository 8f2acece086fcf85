import pytest

from extractors.units import split_magnitude, to_base


@pytest.mark.parametrize("value, unit, base_value, base_unit", [
    (2200, "万人", 2.2e7, "人"),
    (30, "场(次)", 30, "场"),
    (3.3, "万场次", 3.3e4, "场次"),
    (40, "微克/立方米", 40, "微克/立方米"),
    (3, "万亿元", 3e12, "元"),
    (7000, "亿元", 7e11, "元"),
    (5, "万元", 5e4, "元"),
    (25, "万标箱", 2.5e5, "标箱"),
    (4000, "万千瓦", 4e7, "千瓦"),
    (1860, "亿千瓦时", 1.86e11, "千瓦时"),
    (2665, "万亩", 2.665e7, "亩"),
    (1900, "公里", 1900, "公里"),
    (120, "万吨", 1.2e6, "吨"),
    (3.2, "万列", 3.2e4, "列"),
    (1.27, "万家", 12700, "家"),
    (112, "个", 112, "个"),
    (26, "%", 26, "%"),
    (2, "‰", 2, "‰"),
    (2.3, ":1", 2.3, ":1"),
    (22, "万套(间)", 2.2e5, "套"),
    (8000, "万人次", 8e7, "人次"),
    (2.2, "m2", 2.2, "平方米"),
    (200, "亿立方米", 2e10, "立方米"),
    (100, "年一遇", 100, "年一遇"),
    (0.5, "个百分点", 0.5, "百分点"),
    (100, "名", 100, "人"),
    (1000, "P", 1000, "P"),
    (0.015, "", 0.015, ""),
])
def test_units_converts_to_base(value, unit, base_value, base_unit):
    base = to_base(value, unit)
    assert base.unit == base_unit
    assert base.value == pytest.approx(base_value)


@pytest.mark.parametrize("unit, factor, rest", [
    ("千瓦", 1.0, "千瓦"), ("万千瓦", 1e4, "千瓦"), ("千米", 1.0, "千米"), ("万亿元", 1e12, "元"), ("万", 1e4, ""),
])
def test_units_splits_magnitude_but_not_unit_names(unit, factor, rest):
    assert split_magnitude(unit) == (factor, rest)


def test_units_value_base_has_no_float_noise():
    assert to_base(1.27, "万家").value == 12700.0

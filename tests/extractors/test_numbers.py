import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.numbers import find_quantities, parse_chinese_numeral, parse_number


@pytest.mark.parametrize("text, expected", [
    ("3", 3.0), ("48.15", 48.15), ("1,200", 1200.0), ("１２０", 120.0), ("２.５", 2.5),
    ("二〇二七", 2027.0), ("一千万", 1e7), ("百", 100.0), ("两", 2.0), ("十五", 15.0),
    ("三万亿", 3e12), ("一亿两千万", 1.2e8), ("一万二千亿", 1.2e12), ("1.27万", 12700.0),
    ("3万亿", 3e12), ("百分之二十六", 26.0), ("三点五", 3.5), ("五十", 50.0),
])
def test_numbers_parses_written_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "重庆", "十四五规划"])
def test_numbers_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, value, value_max, unit, approx", [
    ("地区生产总值超过3万亿元", 3.0, None, "万亿元", ""),
    ("每年国赛赛项数量控制在120—130个", 120.0, 130.0, "个", ""),
    ("年均增长6%-7%", 6.0, 7.0, "%", ""),
    ("增长5%—6%", 5.0, 6.0, "%", ""),
    ("城乡居民人均可支配收入比缩小至2.3∶1", 2.3, None, ":1", ""),
    ("新生儿死亡率控制在2‰以内", 2.0, None, "‰", ""),
    ("已有来自22个阿拉伯国家的百余名艺术家", 22.0, None, "个", ""),
    ("其中省部级干部1.3万余人", 1.3, None, "万人", "余"),
    ("实施千万亩高标准农田改造提升", 1000.0, None, "万亩", ""),
    ("筹集保障性租赁住房22万套(间)", 22.0, None, "万套(间)", ""),
    ("全社会用电量1860亿千瓦时", 1860.0, None, "亿千瓦时", ""),
    ("力争人均体育场地面积超过2.2m2", 2.2, None, "m2", ""),
    ("集装箱运量达25万标箱", 25.0, None, "万标箱", ""),
    # 多/余 before the magnitude (Xi, 2015): 2000多万 is 2000万 and more
    ("还有2000多万完全或部分丧失劳动能力的贫困人口", 2000.0, None, "万", "多"),
    ("确保PM2.5平均浓度不超过40微克/立方米", 40.0, None, "微克/立方米", ""),
    ("举办各类赛事活动3000项次以上", 3000.0, None, "项次", ""),
    ("举办各类人才活动30场(次)", 30.0, None, "场(次)", ""),
])
def test_numbers_finds_quantity(text, value, value_max, unit, approx):
    first = find_quantities(text)[0]
    assert (first.value, first.value_max, first.unit, first.approx) == (value, value_max, unit, approx)


@pytest.mark.parametrize("text", ["5G网络实现城镇和重点场景全覆盖", "江北国际机场T3B航站楼", "三级医院", "一批企业"])
def test_numbers_skips_words_that_are_no_quantity(text):
    assert [q for q in find_quantities(text) if q.unit] == []


def test_numbers_hundred_with_approx_suffix():
    quantity = find_quantities("百余名艺术家")[0]
    assert (quantity.value, quantity.unit, quantity.approx, quantity.chinese) == (100.0, "名", "余", True)


_DIGITS = "零一二三四五六七八九"


def to_chinese(number: int) -> str:
    """Reference formatter for 1 <= number < 1e12, the way policy text writes numerals."""
    def below_10000(n: int) -> str:
        out, zero = "", False
        for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = n // unit_value % 10
            if digit:
                out += ("零" if zero and out else "") + _DIGITS[digit] + unit
                zero = False
            else:
                zero = True
        return out
    parts = []
    for big_value, big in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = number // big_value % 10000
        if chunk:
            parts.append(below_10000(chunk) + big)
    return "".join(parts)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_numbers_chinese_roundtrip(number):
    assert parse_chinese_numeral(to_chinese(number)) == number


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_numbers_arabic_roundtrip(whole, cents):
    assert parse_number(f"{whole:,}.{cents:02d}") == pytest.approx(whole + cents / 100)
    assert parse_number(f"{whole}") == whole


@given(st.integers(min_value=1, max_value=9999), st.sampled_from([("万", 1e4), ("亿", 1e8), ("万亿", 1e12)]))
def test_numbers_magnitude_roundtrip(number, magnitude):
    word, factor = magnitude
    assert parse_number(f"{number}{word}") == pytest.approx(number * factor)


@given(st.integers(min_value=1, max_value=9999))
def test_numbers_fullwidth_digits(number):
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in str(number))
    assert parse_number(fullwidth) == number

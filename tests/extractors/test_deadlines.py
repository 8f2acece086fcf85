import pytest

from extractors.deadlines import find_deadlines, plan_period_end


@pytest.mark.parametrize("text, year, expected", [
    ("到2027年，基本建成现代化国际大都市", 2023, ["2027"]),
    ("2025年底前完成全部改造", 2023, ["2025-12-31"]),
    ("至2030年，森林覆盖率达到55%", 2023, ["2030"]),
    ("全国职业院校技能大赛执行规划（2023—2027年）", 2023, ["2027"]),
    ("“十四五”时期经济年均增长", 2021, ["2025"]),
    ("十五五期间", 2026, ["2030"]),
    ("5月底前完成摸底排查", 2024, ["2024-05-31"]),
    ("6月30日前报送", 2024, ["2024-06-30"]),
    ("2024年3月底前出台实施细则", 2023, ["2024-03-31"]),
    ("今年全市经济社会发展的主要预期目标是", 2024, ["2024"]),
    ("年底前实现全覆盖", 2024, ["2024-12-31"]),
])
def test_deadlines_reads_deadline(text, year, expected):
    assert [m.date for m in find_deadlines(text, year)] == expected


@pytest.mark.parametrize("text, year", [
    ("自2008年以来已成功举办15届", 2023),
    ("单位地区生产总值二氧化碳排放比2020年下降18%", 2023),
    ("对接“十四五”规划，提出今后工作", 2024),
    ("依据《职业教育专业目录（2021年）》", 2023),
    ("2022年，大赛开设国际赛道", 2023),
])
def test_deadlines_ignores_baselines_and_history(text, year):
    assert find_deadlines(text, year) == []


def test_deadlines_month_without_document_year_is_unknown():
    assert find_deadlines("5月底前完成", None) == []


@pytest.mark.parametrize("title, expected", [
    ("重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知", "2027"),
    ("安徽省工业互联网创新发展行动计划(2021—2023年)", "2023"),
    ("北京市“十四五”时期国际科技创新中心建设规划", "2025"),
    ("关于4月份教职工政治理论学习的通知", ""),
])
def test_deadlines_plan_period_end(title, expected):
    assert plan_period_end(title) == expected

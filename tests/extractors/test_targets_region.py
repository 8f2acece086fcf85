"""The region a target falls back on: its part's issuer, else (for a report with
no issuer, which says only 我代表市人民政府) the region its text names most, else
its file name when that is a region's name."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus.read import read_document
from extractors.targets import extract_targets
from extractors.targets.context import part_context
from extractors.targets.regions import document_region

REPO = Path(__file__).parents[2]
CITIES = REPO / "tests" / "data" / "cities"
SAMPLES = REPO / "corpus" / "samples"
REPORT_HEAD = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"


@pytest.mark.parametrize("issuer, title, head, text, file_name, expected", [
    ("重庆市人民政府", "", "", "", "", "重庆市"),
    # 我代表市人民政府 names no region: the text's counties and 全市 do.
    ("", "", REPORT_HEAD, REPORT_HEAD + "全市经济稳中向好，全市新增就业2万人，全市粮食增产。仁寿县、东坡区、彭山区加快发展，"
     "洪雅县、青神县文旅融合。", "", "眉山市"),
    # Nothing in the text: the file name is the last clue.
    ("", "", REPORT_HEAD, REPORT_HEAD, "南通.txt", "南通市"),
    ("", "", REPORT_HEAD, REPORT_HEAD, "report.txt", ""),
    # A national body, a person or a news agency issues for no region.
    ("教育部办公厅", "", "", "全市全市全市重庆重庆重庆", "", ""),
    ("新华社", "", "", "重庆市重庆市重庆市", "南通.txt", ""),
    ("", "", "现在，我代表国务院，向大会报告政府工作", "全市全市全市香港香港香港", "襄阳.txt", ""),
])
def test_targets_region_document_region_falls_back_on_the_text(issuer, title, head, text, file_name, expected):
    assert document_region(issuer, title, head, text, file_name) == expected


@pytest.mark.parametrize("file_name, expected", [("滨州.txt", "滨州市"), ("鄂州.txt", "鄂州市"), ("日照.txt", "日照市")])
def test_targets_region_city_report_without_issuer_has_its_city(file_name, expected):
    part = read_document(CITIES / file_name).parts[0]
    assert part.meta.issuer == ""
    assert part_context(part).region == expected


def test_targets_region_national_parts_stay_without_region():
    seed = read_document(SAMPLES / "seed_2023_04_study_notice_chongqing.txt")
    regions = {part.index: part_context(part).region for part in seed.parts}
    assert regions[4] == ""          # 教育部办公厅: a national plan
    assert regions[5] == "重庆市"


def test_targets_region_targets_of_a_city_report_carry_the_city():
    gold = json.loads((REPO / "tests" / "data" / "gold" / "滨州.json").read_text(encoding="utf-8"))
    gold_regions = Counter(t["region"] for t in gold["targets"])
    part = read_document(CITIES / "滨州.txt").parts[0]
    predicted = Counter(t.region for t in extract_targets(part))
    assert gold_regions.most_common(1)[0][0] == "滨州市"
    assert predicted.most_common(1)[0][0] == "滨州市"


@pytest.mark.parametrize("clause, region", [
    # A zone named in the clause is the target's region …
    ("济宁经开区、金乡开发区、鱼台开发区力争落地过50亿项目", "鱼台开发区"),
    # … but a count, a round or a rank before the head names none (济宁's 2024 report).
    ("做大做强园区主导产业，每个开发区落地过10亿项目2个以上", ""),
    ("推动文物活化利用，高标准打造提升曲阜国家文物保护利用示范区、鲁国故城和大运河南旺枢纽2处国家考古遗址公园", ""),
])
def test_region_of_clause_is_a_zone_not_a_count_or_an_honour(clause, region):
    from extractors.targets.regions import region_of_clause

    assert region_of_clause(clause) == region

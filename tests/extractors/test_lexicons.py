"""The NER lexicons shipped as package data (extractors/lexicons/*.jsonl)."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import pytest

from extractors.lexicons import LEXICON_NAMES, read_lexicon

SAMPLES = Path(__file__).parents[2] / "corpus" / "samples"
PREFIX = {"persons": "person:", "organizations": "org:", "regions": "region:", "initiatives": "initiative:"}
REGION_LEVELS = {"country", "province", "prefecture", "county", "township", "zone", "area", "foreign"}
ORG_KINDS = {"party", "state", "ministry", "people_congress", "cppcc", "military", "media",
             "enterprise", "school", "international", "other"}


def lexicon_lines(name: str) -> list[str]:
    return files("extractors.lexicons").joinpath(f"{name}.jsonl").read_text(encoding="utf-8").splitlines()


def entries_by_id(name: str) -> dict[str, dict]:
    return {entry["id"]: entry for entry in read_lexicon(name)}


def ids_by_form(name: str) -> dict[str, set[str]]:
    """Every name, alias and abbreviation → the ids that carry it."""
    index: dict[str, set[str]] = defaultdict(set)
    for entry in read_lexicon(name):
        for form in [entry["name"], *entry["aliases"], *entry.get("abbrev", [])]:
            index[form].add(entry["id"])
    return index


def sample_text(file_name: str) -> str:
    return (SAMPLES / file_name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicons_every_line_is_an_entry(name):
    lines = lexicon_lines(name)
    assert len(lines) > 100
    for line in lines:
        entry = json.loads(line)
        assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"] != ""
        assert all(isinstance(a, str) and a for a in entry["aliases"])
        assert entry["name"] not in entry["aliases"]


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_lexicons_ids_unique_sorted_and_prefixed(name):
    ids = [json.loads(line)["id"] for line in lexicon_lines(name)]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)
    for entry_id, entry in zip(ids, read_lexicon(name)):
        assert entry_id == PREFIX[name] + entry["name"]


def test_lexicons_region_parents_exist():
    regions = read_lexicon("regions")
    names = {r["name"] for r in regions}
    orphans = [(r["name"], r["parent"]) for r in regions if r["parent"] and r["parent"] not in names]
    assert orphans == []
    tops = {r["name"] for r in regions if not r["parent"]}
    assert "中国" in tops
    assert all(r["level"] == "foreign" for r in regions if not r["parent"] and r["name"] != "中国")


def test_lexicons_region_levels_and_org_kinds_are_known():
    assert {r["level"] for r in read_lexicon("regions")} <= REGION_LEVELS
    assert {o["kind"] for o in read_lexicon("organizations")} <= ORG_KINDS


def test_lexicons_adcodes_nest_in_their_parents():
    regions = entries_by_id("regions")
    by_name = {r["name"]: r for r in regions.values()}
    checked = 0
    for region in regions.values():
        if "adcode" not in region:
            continue
        assert re.fullmatch(r"\d{6}", region["adcode"]), region
        parent = by_name[region["parent"]]
        if "adcode" not in parent:
            continue
        # The parent's own digits (2 for a province, 4 for a prefecture) prefix the child's code.
        significant = parent["adcode"].rstrip("0") or parent["adcode"][:2]
        significant = significant.ljust(2 if parent["level"] == "province" else 4, "0")
        assert region["adcode"].startswith(significant), (region["name"], region["adcode"], parent["adcode"])
        checked += 1
    assert checked > 3000


@pytest.mark.parametrize("lexicon, entry_id, key, expected", [
    ("persons", "person:习近平", "titles", ["中共中央总书记", "国家主席", "中央军委主席"]),
    ("persons", "person:李强", "titles", ["国务院总理"]),
    ("persons", "person:赵乐际", "titles", ["全国人大常委会委员长"]),
    ("persons", "person:阮富仲", "foreign", True),
    ("regions", "region:重庆市", "abbrev", ["渝"]),
    ("regions", "region:重庆市", "adcode", "500000"),
    ("regions", "region:重庆市", "level", "province"),
    ("regions", "region:永川区", "adcode", "500118"),
    ("regions", "region:万州区", "parent", "重庆市"),
    ("regions", "region:万州区", "adcode", "500101"),
    ("regions", "region:成都市", "parent", "四川省"),
    ("regions", "region:广西壮族自治区", "aliases", ["广西"]),
    ("regions", "region:两江新区", "level", "zone"),
    ("regions", "region:越南", "level", "foreign"),
    ("regions", "region:东盟", "level", "foreign"),
    ("regions", "region:成渝地区", "aliases", ["成渝"]),
    ("organizations", "org:国家发展和改革委员会", "aliases", ["国家发展改革委", "国家发改委"]),
    ("organizations", "org:工业和信息化部", "aliases", ["工信部"]),
    ("organizations", "org:国务院", "kind", "state"),
    ("organizations", "org:新华通讯社", "aliases", ["新华社"]),
    ("organizations", "org:中国银行", "kind", "enterprise"),
    ("initiatives", "initiative:成渝地区双城经济圈建设", "aliases", ["成渝双城经济圈建设", "双城经济圈建设"]),
    ("regions", "region:成渝地区双城经济圈", "aliases", ["成渝双城经济圈", "双城经济圈"]),
    ("initiatives", "initiative:“一带一路”", "aliases", ["一带一路", "共建“一带一路”"]),
])
def test_lexicons_known_entry_has_attribute(lexicon, entry_id, key, expected):
    entry = entries_by_id(lexicon)[entry_id]
    if isinstance(expected, list):
        assert set(expected) <= set(entry[key]), entry
    else:
        assert entry[key] == expected, entry


@pytest.mark.parametrize("file_name, sentence, lexicon, found", [
    ("seed_2023_04_study_notice_chongqing.txt", "永川、合川、綦江—万盛等", "regions",
     {"永川": "region:永川区", "合川": "region:合川区", "綦江": "region:綦江区", "万盛": "region:万盛经济技术开发区"}),
    ("seed_2023_04_study_notice_chongqing.txt", "补齐渝东北、渝东南管网短板", "regions",
     {"渝东北": "region:渝东北", "渝东南": "region:渝东南"}),
    ("seed_2023_04_study_notice_chongqing.txt", "推动川渝两省市机场、港口、中欧班列、西部陆海新通道等领域企业", "initiatives",
     {"中欧班列": "initiative:中欧班列", "西部陆海新通道": "initiative:西部陆海新通道"}),
    ("seed_2023_04_study_notice_chongqing.txt", "我代表党中央向中央党校（国家行政学院）全体教职工和学员", "organizations",
     {"党中央": "org:中共中央", "中央党校（国家行政学院）": "org:中央党校（国家行政学院）"}),
    ("news_xinwenlianbo_20231212_central_economic_work_conference.txt", "应越共中央总书记阮富仲和越南国家主席武", "persons",
     {"阮富仲": "person:阮富仲"}),
    ("news_xinwenlianbo_20231212_central_economic_work_conference.txt", "国家发展改革委下达首批增发国债项目", "organizations",
     {"国家发展改革委": "org:国家发展和改革委员会"}),
    ("central_no1_doc_2018_rural_revitalization_national.txt", "中共中央 国务院关于实施乡村振兴战略的意见", "initiatives",
     {"乡村振兴战略": "initiative:乡村振兴战略"}),
])
def test_lexicons_resolve_forms_in_corpus_sentence(file_name, sentence, lexicon, found):
    assert sentence in sample_text(file_name)
    index = ids_by_form(lexicon)
    for surface, entry_id in found.items():
        assert surface in sentence
        assert index[surface] == {entry_id}


@pytest.mark.parametrize("entry_id, form", [
    ("region:长寿区", "长寿"),
    ("region:西安市长安区", "长安"),
    ("region:西部地区", "西部"),
    ("region:中非", "中非"),
])
def test_lexicons_common_word_forms_flagged_ambiguous(entry_id, form):
    entry = entries_by_id("regions")[entry_id]
    assert entry["ambiguous"] is True
    assert form in entry["ambiguous_forms"]


@pytest.mark.parametrize("entry_id, form", [
    ("region:重庆市", "重庆"), ("region:万州区", "万州"), ("region:四川省", "四川"), ("region:美国", "美国"),
])
def test_lexicons_plain_place_names_not_flagged(entry_id, form):
    assert form not in entries_by_id("regions")[entry_id].get("ambiguous_forms", [])


@pytest.mark.parametrize("entry_id, form, word_like", [
    ("person:万里", "万里", True),    # 征程万里
    ("person:大禹", "大禹", True),    # 大禹鼎
    ("person:郑板桥", "郑板桥", False),
    ("person:李强", "李强", False),
])
def test_lexicons_person_word_forms_flagged(entry_id, form, word_like):
    assert (form in entries_by_id("persons")[entry_id].get("word_forms", [])) is word_like


def test_lexicons_historical_figure_has_life_years_and_no_office_title():
    # A figure of the past must never answer for a bare 总书记 (resolution._general_secretary).
    persons = entries_by_id("persons")
    assert persons["person:孔子"]["titles"] == [] and "551" in persons["person:孔子"]["note"]
    assert persons["person:苏轼"]["aliases"] == ["苏东坡"]


def test_lexicons_homonymous_counties_are_qualified_and_share_their_alias():
    regions = entries_by_id("regions")
    owners = ids_by_form("regions")["朝阳区"]
    assert {"region:北京市朝阳区", "region:长春市朝阳区"} <= owners
    assert "朝阳区" in regions["region:北京市朝阳区"]["shared_aliases"]


def test_lexicons_single_characters_only_as_abbrev():
    for name in LEXICON_NAMES:
        for entry in read_lexicon(name):
            assert all(len(alias) >= 2 for alias in entry["aliases"]), entry
    for entry in read_lexicon("regions"):
        assert all(len(a) == 1 for a in entry.get("abbrev", [])), entry


def test_lexicons_read_lexicon_returns_copies():
    first = read_lexicon("persons")
    first[0]["name"] = "changed"
    assert read_lexicon("persons")[0]["name"] != "changed"


def test_lexicons_read_lexicon_rejects_unknown_name():
    with pytest.raises(ValueError, match="unknown lexicon"):
        read_lexicon("events")


def test_lexicons_stay_small():
    total = sum(len(files("extractors.lexicons").joinpath(f"{n}.jsonl").read_bytes()) for n in LEXICON_NAMES)
    assert total < 3_000_000


def test_lexicons_listed_companies_by_their_short_names():
    orgs = {row["name"]: row for row in read_lexicon("organizations")}
    for name in ("安琪酵母", "太阳纸业", "宋城演艺", "合盛硅业"):
        assert orgs[name]["kind"] == "enterprise" and "stock code" in orgs[name]["note"]
    # short names checked against the city reports and found to name something else
    assert not {"农产品", "机器人", "老百姓", "金融街", "新和成"} & set(orgs)
    # a place and a generic word (南京港, 黄山旅游) is left to the place
    assert not {"南京港", "黄山旅游", "北京文化"} & set(orgs)


def test_lexicons_universities_by_their_full_names():
    orgs = {row["name"]: row for row in read_lexicon("organizations")}
    # local colleges of the Ministry of Education's list (py92's cn_schools.csv)
    for name in ("西华师范大学", "马鞍山师范高等专科学校", "防城港职业技术学院"):
        assert orgs[name]["kind"] == "school" and "higher education" in orgs[name]["note"]
    # the hand-made rows, with their short forms, are kept as they were
    assert orgs["上海交通大学"]["aliases"] == ["上海交大"] and "note" not in orgs["上海交通大学"]

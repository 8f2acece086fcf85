"""The document's own villages and communities (extractors/ner/villages.py): full names
from the statistics bureau's table, only where a name starts and ends.

Every sentence is real text from the 2024 municipal work reports (cities-2024, none of
the blind ones); the negatives are the ways a village's name reads across words in the
genre, each in a report whose region does have a village of that name.
"""
from __future__ import annotations

import pytest

from extractors.lexicons import read_villages
from extractors.ner.pipeline import run_pipeline
from extractors.ner.resolution import document_context


def _regions(file_name: str, sentence: str) -> dict[str, dict]:
    context = document_context("", "", "", file_name)
    return {e.name: dict(e.attrs) for e in run_pipeline(sentence, context) if e.type == "Region"}


@pytest.mark.parametrize("file_name, sentence, expected", [
    # A list of villages after a comma: none is written after its township or county.
    ("恩施.txt", "大峡谷风景区管理中心、七里坪街道成功创建省级生态乡镇，坎家村、双龙村成功创建省级生态村，"
     "黄广田村、安乐屯村成功创建省级森林乡村", {"坎家村", "双龙村", "黄广田村", "安乐屯村"}),
    # After its county (法库县|尚屯村, 林口县|镇北村) and after a district (茅箭区|大川村).
    ("沈阳.txt", "建成美丽庭院20万个、美丽村屯105个、美丽田园20个，法库县尚屯村获评国家级美丽休闲乡村", {"法库县", "尚屯村"}),
    ("牡丹江.txt", "穆棱市八面通镇、林口县镇北村等4个镇村入选全国乡村治理示范村镇，宁安市成为国家乡村振兴示范县",
     {"林口县", "镇北村"}),
    ("十堰.txt", "张湾区回龙村、茅箭区大川村、郧西县刘家湾村获评全国乡村治理示范村，竹山县刘家山村入选中国美丽休闲乡村",
     {"回龙村", "大川村", "刘家湾村", "刘家山村"}),
    # After a verb that takes a place; 推广|东圣社区 is no 广东.
    ("晋城.txt", "推广东圣社区、凤台社区等创新治理试点经验，总结南山村、大张村等善治乡村建设典型做法",
     {"东圣社区", "凤台社区", "南山村", "大张村"}),
    ("淮南.txt", "推动安置房建设与商品房开发联动，加快新淮村、春申湖周边、蔡家岗铁路周边等13个片区改造", {"新淮村"}),
])
def test_villages_of_the_documents_region(file_name, sentence, expected):
    found = _regions(file_name, sentence)
    assert expected <= set(found)
    assert "广东省" not in found


def test_a_village_carries_its_code_and_county():
    found = _regions("沈阳.txt", "法库县尚屯村获评国家级美丽休闲乡村")
    village = found["尚屯村"]
    assert village["level"] == "area"
    assert village["parent"] == "法库县"
    assert len(village["adcode"]) == 12 and village["adcode"].startswith("210124")


@pytest.mark.parametrize("file_name, sentence, absent", [
    # A name read across words: 深化|农村, 富民|强村, 扶持|发展村集体, 成果|同乡村振兴.
    ("淮安.txt", "持续深化农村土地“三权”分置改革，开展农业设施所有权确权登记和抵押贷款试点", {"化农村"}),
    ("淮安.txt", "继续实施富民强村行动，巩固乡村公共空间治理成果", {"民强村"}),
    ("雅安.txt", "扶持发展村集体经济，力争村均集体经济收入超25万元", {"发展村"}),
    ("甘孜.txt", "巩固脱贫攻坚成果同乡村振兴有效衔接工作仍存在不少短板", {"同乡村"}),
    # A name running on into a word: 新建村（社区）社工室 builds them in villages.
    ("雅安.txt", "新建村（社区）社工室256个", {"新建村"}),
    # Kinds of village, though some village of the region has that name.
    ("滁州.txt", "建成和美乡村省级中心村50个", {"中心村"}),
    # Another city's villages are not looked for: 恩施's 坎家村 in a 十堰 report.
    ("十堰.txt", "坎家村、双龙村成功创建省级生态村", {"坎家村"}),
])
def test_villages_not_taken(file_name, sentence, absent):
    assert not (absent & set(_regions(file_name, sentence)))


def test_read_villages_reads_a_regions_villages_only():
    villages = read_villages("422801")  # 恩施市
    assert ("422801205212", "马者村") in villages
    assert all(code.startswith("422801") and len(code) == 12 for code, _ in villages)
    assert len(villages) == len(set(villages)) > 100
    with pytest.raises(ValueError):
        read_villages("4")

"""The region of a target: a sub-region named in its clause, or the one its document's issuer governs."""
from __future__ import annotations

import re

# The city-centre areas a plan names without a place of its own (the graph keeps them as written).
STANDALONE_REGIONS = ("主城都市区", "中心城区", "主城新区", "主城区")
_REGION_SUFFIX = re.compile(
    r"(?:都市区|城镇群|科学城核心区|科学城|自由贸易试验区|自贸试验区|自贸区|试验区|示范区|新区|高新区|经开区|"
    r"开发区)")
_THEMATIC_ZONE = re.compile(r"产业|服务|集聚|综合|改革|创新|发展|经济|转化|转移|中医药|文化|旅游|生态|示范|先行|试点|"
                            r"融合|数字|金融|科技|智能|制造|物流|消费|开放|建设|农业|现代化|"
                            # honours and ranks (国家文物保护利用示范区, 省级衔接示范区)
                            r"文物|保护利用|衔接|省级|市级|县级|国家级")
_REGION_STOP = re.compile(r".*(?:力争|推动|实施|支持|建设|打造|提升|加快|在|的|和|与|及|、|等|是|把|将|推进|深化|整合|促进|"
                          r"融入|服务|依托|围绕|全面|大力|[,;:]|\s|"
                          # a count or a round before the head is no name (每个开发区, 启动新一轮开发区)
                          r"启动|新一轮|每|各|个)")
_DOC_REGION = re.compile(r"^(.{2,8}?(?:自治区|特别行政区|省|市|自治州|州|盟|县|区))(?:人民政府|政府|委员会|人大|党委|"
                         r"发展和改革|发改委|教育|财政|科学技术|经济和信息化|商务|[^,，]{0,6}(?:局|厅|委|办公室))")
_NATIONAL_SPEAKER = re.compile(r"代表国务院|代表中共中央|代表党中央")
_TEXT_REGION = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:省|市|自治区))人民政府")


def region_of_clause(text: str) -> str:
    """The last explicit sub-region named in ``text`` (主城都市区, 西部(重庆)科学城核心区 …)."""
    best, best_end = "", -1
    for name in STANDALONE_REGIONS:
        at = text.rfind(name)
        if at >= 0 and at + len(name) > best_end:
            best, best_end = name, at + len(name)
    for match in _REGION_SUFFIX.finditer(text):
        head = text[max(0, match.start() - 10):match.start()]
        head = _REGION_STOP.sub("", head)
        head = re.sub(r"^[^\u4e00-\u9fff(]+", "", head)
        if _THEMATIC_ZONE.search(head):
            continue  # 国家中医药综合改革示范区, 生产性服务业集聚示范区: a programme, not a place
        if len(re.sub(r"[()]", "", head)) >= 2 and match.end() > best_end:
            best, best_end = head + match.group(), match.end()
    return best


def document_region(issuer: str, title: str, head: str, text: str = "", file_name: str = "") -> str:
    """The region a part's issuer governs: 重庆市人民政府 -> 重庆市; '' for national bodies.

    A part with no issuer (a city's work report that says only 我代表市人民政府)
    falls back on the NER's reading of the whole ``text``: the region it names
    most, or its file name when that is a region's name (林芝.txt).
    """
    for candidate in (issuer, title):
        match = _DOC_REGION.match(candidate)
        if match:
            return match.group(1)
    for match in _TEXT_REGION.finditer(head):
        name = re.sub(r"^.*代表", "", match.group(1))
        if len(name) >= 3:  # 我代表市人民政府 names no region
            return name
    if issuer or not (text or file_name) or _NATIONAL_SPEAKER.search(head):
        return ""  # an issuer that names no region is a national body, a person or an agency
    from extractors.ner.resolution import document_context

    region = document_context("", "", text, file_name).region
    return region.name if region is not None else ""

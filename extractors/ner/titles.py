"""Titles (职务) and surnames: the vocabulary the person rules are built from."""
from __future__ import annotations

import re

# Office titles, longest first so that 副总理 wins over 总理 in an alternation.
TITLE_WORDS = sorted({
    "总书记", "国家主席", "国家副主席", "主席", "副主席", "委员长", "副委员长", "总理", "副总理",
    "国务委员", "书记", "副书记", "常务副书记", "常委", "委员", "候补委员", "省长", "副省长", "常务副省长",
    "市长", "副市长", "常务副市长", "区长", "县长", "州长", "部长", "副部长", "主任", "副主任", "常务副主任",
    "厅长", "副厅长", "常务副厅长", "局长", "副局长", "秘书长", "副秘书长", "行长", "副行长",
    "董事长", "总经理", "院长", "副院长", "校长", "副校长", "组长", "副组长", "司令员", "政委",
    "检察长", "署长", "总统", "副总统", "首相", "国王", "女王", "王储", "总督", "议长", "大使",
    "外长", "特使", "总干事", "党组书记", "主委", "部长助理", "院士",
    "会长", "副会长", "理事长", "运动员", "教授", "研究员", "人大代表", "二十大代表", "党代表",
    "发言人", "总裁", "记者",
}, key=len, reverse=True)
TITLE_ALT = "|".join(map(re.escape, TITLE_WORDS))
TITLE_AT_END = re.compile(rf"(?:{TITLE_ALT})$")

# Honours given to a person and never to a firm or a place (a firm is a 先进集体, wins a
# 劳动奖状 and is a 单项冠军; a county is a 示范县).
PERSONAL_HONOURS = "劳动模范|劳模|先进个人|道德模范|卓越工程师|工匠|时代楷模|最美奋斗者|中国好人|红旗手|劳动奖章|五四奖章"

# A tagger's name vouched for by what the clause says of it: an honour only a person
# receives or is put forward for (五丰源陈贞荣获全国农业农村劳动模范, 吴顺清被推荐为“大国工匠”候选人),
# a list of people of one kind it heads (蒋惠花等贺州籍优秀运动员), or an official's case a report
# learns from (王波案以案促改).
PERSON_HONOURED = re.compile(
    rf"(?:(?:荣获|获评|获得|获|入选|当选|荣登|荣膺|被评为|被授予|被推荐为|被推选为|被命名为|被表彰为)[^，,。；;]{{0,16}}?(?:{PERSONAL_HONOURS})"
    r"|等[^，,。；;、]{0,10}?(?:运动员|选手|院士|劳模|工匠)"
    r"|案[“”\"]?(?:以案促改|镜鉴|警示))"
)

SINGLE_SURNAMES = set(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻"
    "莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向"
    "古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾"
    "毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督晋楚闫法汝鄢涂钦归海岳帅缑亢况郈有琴商牟佘佴伯"
    "赏墨哈谯笪年爱阳佟第五言福"
)
DOUBLE_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯",
                   "长孙", "宇文", "司徒", "端木", "万俟", "呼延", "澹台", "轩辕", "西门", "南宫"}


_SURNAMED_ITEM = "[" + "".join(sorted(SINGLE_SURNAMES)) + r"][\u4e00-\u9fff]{1,2}"

# Cue words that a sentence names people: titles plus verbs of official acts.
# Used to pick the few sentences the statistical tagger reads.
PERSON_CUES = re.compile(
    rf"{TITLE_ALT}|同志|领导人|会见|会谈|会晤|通话|出席|主持|致辞|讲话|接见|复信|致信|贺电|贺信|署名|访问|签署|"
    rf"表示|指出|强调|宣布|陪同|参加|考察|调研|批示|先生|诞辰|逝世|"
    # how a report names the people it honours (徐淙祥荣膺…, 谢震业担任旗手, 周杰伦演唱会)
    rf"荣获|荣膺|当选|担任|演唱会|"
    # the honours only a person receives (陈贞荣获全国农业农村劳动模范, 贺建华入选国家卓越工程师), and
    # the case of an official a report learns from (王波案以案促改)
    rf"{PERSONAL_HONOURS}|以案促改|"
    # a list of short items each opened by a surname (李强、赵乐际、王沪宁) is how news names leaders
    # (reports list slogans so: 稳就业、保民生、促发展 — a thousand times over the 57 reports)
    rf"{_SURNAMED_ITEM}、{_SURNAMED_ITEM}、{_SURNAMED_ITEM}[、等]"
)


def starts_with_surname(name: str) -> bool:
    return name[:1] in SINGLE_SURNAMES or name[:2] in DOUBLE_SURNAMES

"""The words around a number that say how it compares and what it counts.

Comparator words (超过, 不低于, 提高到 …) and the adverbs that may follow them;
growth words; verbs that put the indicator after the number (建成100公里…); and
the noise trimmed from the head and tail of an indicator.
"""
from __future__ import annotations

import re

# Comparator words at the end of the text before a number. Anchored at the end,
# the leftmost (= longest) alternative wins: 不超过 over 超过, 提高到 over 提高.
COMPARATOR_WORDS: dict[str, str] = {
    **dict.fromkeys("提高到 提升到 提高至 提升至 增加到 增加至 增长到 增长至 增至 降低到 降低至 降到 降至 下降到 "
                    "下降至 减少到 减少至 减至 缩小到 缩小至 缩减到 缩减至 压减到 压减至 扩大到 扩大至 放宽到 放宽至 延长到 "
                    "延长至 缩短到 缩短至 压缩到 压缩至 压降到 压降至 提速到 提速至 "
                    "达到 达 为 是 保持在 稳定在 巩固在 维持在 控制在".split(), "="),
    **dict.fromkeys("超过 超 突破 高于 大于 多于 超出".split(), ">"),
    **dict.fromkeys("不低于 不少于 至少 不小于".split(), ">="),
    **dict.fromkeys("不超过 不高于 不大于 不多于".split(), "<="),
    **dict.fromkeys("低于 小于 少于".split(), "<"),
    **dict.fromkeys("约 大约 接近 近".split(), "~"),
    **dict.fromkeys("年均增长 年均提高 年均增加 增长 提高 提升 增加 上升".split(), "increase_by"),
    **dict.fromkeys("年均下降 年均降低 降低 下降 减少 压减 缩减 削减".split(), "decrease_by"),
}
_ADVERBS = "分别|均|全面|稳定|基本|力争|持续|继续|进一步|全部|总体|累计|争取|确保|要|将|再|更|逐步|有望|预计|平均|以"
COMPARATOR_TAIL = re.compile(
    rf"(?P<word>{'|'.join(sorted(COMPARATOR_WORDS, key=len, reverse=True))})(?:{_ADVERBS})?$")
GROWTH_NOUN = re.compile(r"(?:增长率|增速|增幅|复合增长率|增长(?:预期)?目标)$")
GROWTH_BEFORE = re.compile(r"(?:年均)?(?:增长|提高|增加|上升|下降|降低|减少)$")
DECLINE_NOUN = re.compile(r"(?:下降率|降幅)$")
POSTFIX = re.compile(r"(?:及)?(以上|以下|以内|之内|左右|上下)")

# Verbs that put the indicator after the number: 建成100公里滨江公共空间.
_VERBS = ("建成|新建|建设|培育|打造|创建|新创建|引进|实施|滚动实施|产生|建立|筹集|培养|举办|新增|办好|通达|"
          "开展|推出|认定|遴选|组建|布局|设立|开通|改造|新培育|招引|吸引|攻克|形成|构建|搭建|支持|扶持|培训|"
          "新开|拥有|引育|提供|开工|完成|评选|认证|命名|选树|发放|新改建|改建|新建改建|"
          "增设|新设|实现|推动|带动|引导|吸纳|承办|举行|召开|制定|修订|出台|发布|"
          "推进|治理|入驻|新入驻|开辟|新开辟|整合|清理整合|动工|清理|盘活|处置|安装|筹建|解决")

# Words that put people or things after the number without naming the indicator
# themselves (促进12万城镇就业困难人员实现就业, 面向3万名专业技术人才…开展培训,
# 使1亿左右农民工…落户, 还有2000多万…贫困人口, 总计5000万人左右); only ever read
# right before a number, never cut from an indicator's head.
_LEAD_WORDS = "使|让|促进|帮助|面向|还有|总计|合计|共计|签约|新签约"
VERB_TAIL = re.compile(rf"(?:{_VERBS}|{_LEAD_WORDS})(?:{_ADVERBS})?$")
VERB_HEAD = re.compile(rf"^(?:(?:累计|成功|力争|共|再|新)?(?:{_VERBS}))+")
VERB_CUT = re.compile(rf"(?:{_VERBS})")
COMPLETION = re.compile(r"^(?:全部|全面|基本)?(?:完成|达标|覆盖|落实|建成|到位|实现)")
PREDICATE = re.compile(rf"(?:{'|'.join(w for w in COMPARATOR_WORDS if len(w) > 1)}|实现|形成|领先|前列)")
NOISE_HEAD = re.compile(
    r"^(?:.*>|\d{1,2}[.、](?!\d)|“?十[一二三四五六七]五”?(?:时期|期间)|(?:(?:到|至)?\d{4}年)?\d{1,2}月(?:底|末)?(?:前|以前)?|(?:到|至)?\d{4}年(?:底|末)?(?:前|以前)?|今年|全年|明年|今后|同时|其中|并且?|且|使|力争|争取|确保|努力|"
    r"推动|推进|保持|预计|(?:全面|基本)(?=建成|完成|实现|形成|达到|覆盖|消除|普及|具备|满足|恢复|达标)|带动|以及|全市|全省|全区|全县|我市|本市|我省|本省|的|要|将|"
    r"[、和及与,]|\s)+")
NOISE_TAIL = re.compile(rf"(?:{_ADVERBS}|至少也要|也要|的|\s|比(?:19|20)\d\d年)+$")

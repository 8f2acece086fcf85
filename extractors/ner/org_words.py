"""Words that tell a name from a clause or a kind, shared by the organisation rules
(``org_rules``) and the firm rules (``firm_rules``)."""
from __future__ import annotations

import re

# A body with a verb of doing in it is a clause, not a name (加快建设区域性中心).
CLAUSE = re.compile(r"加快|建设|设立|成立|落户|入驻|争取|落地|挂牌|运行(?!管理)|组建|通过|连接|共同(?!体)|扩容|布局|实现|促进|提升|"
                    r"打造|每年|举办|有序|均衡|强化|进一步|"
                    r"一体化|功能|发挥|推进|支持|鼓励|积极|依托|争创|创建|培育|引进|形成|完善|开展|融入|对接|参与|会见|会谈|"
                    r"访问|出席|举行|召开|表示|同意|批准|印发|跻身|首批|全省|全市|党和|和$|与$|及$|^全国|获|工作|成功|能力|"
                    r"更多|新增|走出|一级|地域|两级|三级|用好|入选|评为|列入|纳入|荣获|入围|创成|如期|深化|申创")

HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")

# What stands before 办 where it ends a verb of hosting or handling (举办, 协办, 交办, 全程网办), not an
# office's name (市政府办).
BEFORE_BAN_IN_A_VERB = frozenset("举申创承主开督协合兴筹包代查操照交网")

# The departments of a party committee (市委宣传部, 省委网信办, 自治区党委政法委), named with it
# (org_rules.HOST_BODY, resolution.party_committee_name).
PARTY_DEPARTMENTS = ("宣传部|组织部|统战部|统一战线工作部|社会工作部|政法委|网信办|编办|外办|财经办|农办|改革办|深改办|"
                     "金融办|军民融合办|国安办|台办|巡视办|教育工委|直属机关工委|老干部局|机要局|政策研究室|政研室|"
                     "党史研究室|党校|办公厅|办公室")

# Kinds of firms rather than firms (上市公司, 城市医疗集团, 平台公司, 强村公司 …).
GENERIC_FIRM = re.compile(r"上市|跨国|医疗|教育|平台|城投|强村|共富|国有|国企|子|合资|私募|基金|乡村|重点|企业|挂牌|龙头|"
                          r"中小|民营|外资|骨干|紧密型|办学|学校|现代|头部|销售|融资租赁|物业|快递|新型|大型|知名|独角兽|"
                          r"优质|省属|市属|县属|区属|本地|当地|相关|有关|其他|该|各|多|新组建|公办|市县|市级|省级|"
                          r"供应链|运营|管理|启动|提级|建优|建强|深化|所属|旗下|下属|社办|独立|市值|好|"
                          r"[一二三四五六七八九十百千万两\d]")

# A name made only of business words (文旅集团, 产投集团, 市人才发展集团) names a
# kind of local firm; which one is the document's to say, not ours.
BUSINESS_WORDS = re.compile(
    r"[市省州县区]?(?:文旅|文化|旅游|人才|发展|能源|新能源|产投|产业|投资|城发|城建|城投|城控|城产|大数据|数据|数字|交投|交旅|"
    r"水务|水投|水业|公交|物流|传媒|融媒体|康养|担保|融资|农投|农发|农业|农林|国控|建投|创投|科创|投控|控股|会展|供销|粮食|"
    r"矿业|招商|租赁|咨询|保理|商业|生态|环境|体育|储能|安居|建工|文投|旅投|职教|幼教|设计|港口|港航|港务|机场|经开|工业|"
    r"科技|创新|金融|金控|资本|国资|资产|运营|管理|交通|航空|空港|陆港|临空|开发|建设|实业|贸易|商贸|医药|卫生|健康|环保|"
    r"电力|燃气|热力|供水|市政|园林|住房|置业|地产|保障|服务|综合|市场|营销|品牌|场景|策划|集团|有限|股份|城市|生命线|"
    r"跨界|融合|联合|公共|交易|信息|技术|新材料|材料|化工|环保科技)+")

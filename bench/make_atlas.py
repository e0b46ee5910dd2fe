#!/usr/bin/env python3
"""Deterministic synthetic atlas generator for ChainCity benchmarks.

    python3 bench/make_atlas.py --size S|M|L [--seed N] --out FILE

Writes one atlas JSON file in the library's format (docs/atlas-format.md, data/atlas.schema.json), record by record
(never the whole text in memory). Standard library only. The same size and seed always give the same bytes.

Everything is synthetic: the sources are made-up articles (no files exist for them), so quotes are plausible
sentences, not verbatim substrings of anything. Every reference resolves (sources, cities, policies), every id is
unique, every record carries provenance, every quote is at most 80 code points.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import sys
import time
import unicodedata

SIZES = {
    #      sources cities  policies  parks  items  indicators events apps
    "S": dict(sources=1000, cities=300, policies=10_000, parks=3_000, items=10_000, indicators=20_000, events=2_000,
              applications=1_000),
    "M": dict(sources=2500, cities=3000, policies=100_000, parks=10_000, items=30_000, indicators=60_000,
              events=10_000, applications=5_000),
    "L": dict(sources=5000, cities=3000, policies=1_000_000, parks=30_000, items=100_000, indicators=200_000,
              events=30_000, applications=10_000),
}
ITEMS_PER_SCHEME = (3, 17)  # about 10 on average
SCHEME_POLICY_SAMPLE = 20_000  # schemes link to policies drawn from a sample of this many

# ---------------------------------------------------------------------------------------------------------------
# Text material
# ---------------------------------------------------------------------------------------------------------------

# A small Simplified -> Traditional map covering the characters the generator uses (others stay as they are).
_HANT_PAIRS = (
    "区區 块塊 链鏈 发發 产產 业業 关關 于於 进進 动動 实實 见見 项項 计計 划劃 导導 规規 条條 报報 书書 术術 应應 "
    "经經 济濟 数數 据據 创創 园園 台臺 个個 为為 务務 国國 质質 体體 兴興 费費 币幣 银銀 网網 络絡 联聯 会會 议議 "
    "签簽 约約 仪儀 开開 设設 试試 点點 领領 场場 资資 奖獎 励勵 补補 贴貼 万萬 亿億 达達 过過 余餘 时時 间間 东東 "
    "长長 门門 龙龍 凤鳳 广廣 宝寶 汉漢 兰蘭 辽遼 闽閩 苏蘇 马馬 齐齊 阳陽 宁寧 丰豐 滨濱 桥橋 庄莊 泽澤 楼樓 湾灣 "
    "镇鎮 义義 莱萊 盘盤 寿壽 县縣 云雲 庆慶 连連 尔爾 乐樂 这這 们們 说說 对對 将將 从從 与與 层層 级級 极極 环環 "
    "节節 税稅 优優 办辦 证證 电電 医醫 疗療 权權 构構 带帶 头頭 选選 单單 华華 汇匯 载載 传傳 统統 输輸 织織 员員 "
    "厅廳 委 处處 局 闻聞 讯訊 财財 钱錢 买買 卖賣 价價 职職 训訓 师師 韩韓 邮郵 贵貴 赣贛 娄婁 厦廈 郑鄭 无無 "
    "锡錫 沈瀋 岛島 圳 杭 届屆 举舉 称稱 亚亞 欧歐 际際 认認 获獲 批 准 备備 众眾 链鏈 启啟 运運 营營 户戶 "
    "监監 管 积積 稳穩 标標 准準 术術 协協 检檢 测測 库庫 鉴鑒 证 县 强強 链 农農 溯 药藥 税 态態 势勢 "
    "记記 录錄 转轉 让讓 买 卖 团團 队隊 围圍 绕繞 头 设 营 满滿 维維 护護 储儲 综綜 试 范範 围 参參 与 "
    "缘緣 杂雜 贸貿 易 轮輪 荐薦 预預 测 据 储 馆館 圆圓 红紅 绿綠 蓝藍 云 邻鄰 乡鄉 镇 区 城 县 "
    "岭嶺 冈岡 陆陸 汤湯 沟溝 荣榮 盛 丽麗 虹 杨楊 刘劉 张張 陈陳 赵趙 孙孫 吴吳 郑 许許 邓鄧 叶葉 "
    "书 记 谈談 话話 讲講 强 调調 坚堅 决決 确確 览覽 飞飛 机機 车車 铁鐵 轨軌 业 储 续續 紧緊 "
    "务 热熱 门 众 员 认 识識 视視 观觀 难難 题題 问問 惩懲 罚罰 违違 规 风風 险險 防 范 严嚴 "
    "宽寬 么麼 后後 还還 里裏 总總 额額 则則 样樣 独獨 角 兽獸 储 备 软軟 硬 件 产 值 营 收 "
)
HANT = {}
for _pair in _HANT_PAIRS.split():
    if len(_pair) == 2:
        HANT[ord(_pair[0])] = _pair[1]


def hant(text: str) -> str:
    return text.translate(HANT)


def plain(pinyin: str) -> str:
    """Tone marks off: Dōngzhōu -> Dongzhou."""
    return "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))


# (simplified, traditional, toned pinyin); plain pinyin is unique within each list. The second syllables all start
# with a consonant, so no apostrophe is needed and no two pairs spell the same id.
FIRST = [
    ("东", "東", "dōng"), ("南", "南", "nán"), ("西", "西", "xī"), ("北", "北", "běi"), ("安", "安", "ān"),
    ("宁", "寧", "níng"), ("临", "臨", "lín"), ("长", "長", "cháng"), ("新", "新", "xīn"), ("平", "平", "píng"),
    ("云", "雲", "yún"), ("金", "金", "jīn"), ("江", "江", "jiāng"), ("河", "河", "hé"), ("湖", "湖", "hú"),
    ("山", "山", "shān"), ("海", "海", "hǎi"), ("青", "青", "qīng"), ("白", "白", "bái"), ("黄", "黃", "huáng"),
    ("龙", "龍", "lóng"), ("凤", "鳳", "fèng"), ("广", "廣", "guǎng"), ("兴", "興", "xīng"), ("德", "德", "dé"),
    ("永", "永", "yǒng"), ("泰", "泰", "tài"), ("华", "華", "huá"), ("开", "開", "kāi"), ("武", "武", "wǔ"),
    ("文", "文", "wén"), ("嘉", "嘉", "jiā"), ("宝", "寶", "bǎo"), ("建", "建", "jiàn"), ("天", "天", "tiān"),
    ("汉", "漢", "hàn"), ("洛", "洛", "luò"), ("松", "松", "sōng"), ("玉", "玉", "yù"), ("石", "石", "shí"),
    ("福", "福", "fú"), ("瑞", "瑞", "ruì"), ("漳", "漳", "zhāng"), ("吉", "吉", "jí"), ("高", "高", "gāo"),
    ("大", "大", "dà"), ("商", "商", "shāng"), ("荆", "荊", "jīng"), ("楚", "楚", "chǔ"), ("延", "延", "yán"),
    ("渭", "渭", "wèi"), ("兰", "蘭", "lán"), ("辽", "遼", "liáo"), ("闽", "閩", "mǐn"), ("黔", "黔", "qián"),
    ("桂", "桂", "guì"), ("苏", "蘇", "sū"), ("浙", "浙", "zhè"), ("岳", "岳", "yuè"), ("梅", "梅", "méi"),
    ("通", "通", "tōng"), ("鹿", "鹿", "lù"), ("马", "馬", "mǎ"), ("齐", "齊", "qí"), ("辰", "辰", "chén"),
]
SECOND = [
    ("州", "州", "zhōu"), ("阳", "陽", "yáng"), ("川", "川", "chuān"), ("江", "江", "jiāng"), ("城", "城", "chéng"),
    ("山", "山", "shān"), ("陵", "陵", "líng"), ("海", "海", "hǎi"), ("宁", "寧", "níng"), ("康", "康", "kāng"),
    ("德", "德", "dé"), ("兴", "興", "xīng"), ("泰", "泰", "tài"), ("林", "林", "lín"), ("原", "原", "yuán"),
    ("泉", "泉", "quán"), ("化", "化", "huà"), ("丰", "豐", "fēng"), ("门", "門", "mén"), ("关", "關", "guān"),
    ("口", "口", "kǒu"), ("潭", "潭", "tán"), ("溪", "溪", "xī"), ("浦", "浦", "pǔ"), ("水", "水", "shuǐ"),
    ("港", "港", "gǎng"), ("都", "都", "dū"), ("集", "集", "jí"), ("滨", "濱", "bīn"), ("桥", "橋", "qiáo"),
    ("亭", "亭", "tíng"), ("庄", "莊", "zhuāng"), ("店", "店", "diàn"), ("谷", "谷", "gǔ"), ("沙", "沙", "shā"),
    ("湖", "湖", "hú"), ("泽", "澤", "zé"), ("塘", "塘", "táng"), ("楼", "樓", "lóu"), ("池", "池", "chí"),
    ("湾", "灣", "wān"), ("镇", "鎮", "zhèn"), ("南", "南", "nán"), ("北", "北", "běi"), ("东", "東", "dōng"),
    ("仙", "仙", "xiān"), ("盛", "盛", "shèng"), ("隆", "隆", "lóng"), ("通", "通", "tōng"), ("府", "府", "fǔ"),
    ("义", "義", "yì"), ("梧", "梧", "wú"), ("春", "春", "chūn"), ("蒙", "蒙", "méng"), ("莱", "萊", "lái"),
    ("定", "定", "dìng"), ("盘", "盤", "pán"), ("寿", "壽", "shòu"), ("昭", "昭", "zhāo"), ("岩", "岩", "yán"),
    ("丘", "丘", "qiū"),
]

# Real cities first (they take the head of the Zipf curve): id, hans, hant, pinyin, English, province, level, tier.
REAL_CITIES = [
    ("beijing", "北京", "北京", "Běijīng", "Beijing", "北京", "municipality", "first"),
    ("shanghai", "上海", "上海", "Shànghǎi", "Shanghai", "上海", "municipality", "first"),
    ("shenzhen", "深圳", "深圳", "Shēnzhèn", "Shenzhen", "广东", "sub_provincial", "first"),
    ("hangzhou", "杭州", "杭州", "Hángzhōu", "Hangzhou", "浙江", "sub_provincial", "new_first"),
    ("guangzhou", "广州", "廣州", "Guǎngzhōu", "Guangzhou", "广东", "sub_provincial", "first"),
    ("guiyang", "贵阳", "貴陽", "Guìyáng", "Guiyang", "贵州", "prefecture", None),
    ("chengdu", "成都", "成都", "Chéngdū", "Chengdu", "四川", "sub_provincial", "new_first"),
    ("chongqing", "重庆", "重慶", "Chóngqìng", "Chongqing", "重庆", "municipality", "new_first"),
    ("nanjing", "南京", "南京", "Nánjīng", "Nanjing", "江苏", "sub_provincial", "new_first"),
    ("wuhan", "武汉", "武漢", "Wǔhàn", "Wuhan", "湖北", "sub_provincial", "new_first"),
    ("xian", "西安", "西安", "Xī'ān", "Xi'an", "陕西", "sub_provincial", "new_first"),
    ("suzhou", "苏州", "蘇州", "Sūzhōu", "Suzhou", "江苏", "prefecture", "new_first"),
    ("tianjin", "天津", "天津", "Tiānjīn", "Tianjin", "天津", "municipality", "new_first"),
    ("qingdao", "青岛", "青島", "Qīngdǎo", "Qingdao", "山东", "sub_provincial", "new_first"),
    ("changsha", "长沙", "長沙", "Chángshā", "Changsha", "湖南", "prefecture", "new_first"),
    ("xiamen", "厦门", "廈門", "Xiàmén", "Xiamen", "福建", "sub_provincial", "second"),
    ("hefei", "合肥", "合肥", "Héféi", "Hefei", "安徽", "prefecture", "new_first"),
    ("zhengzhou", "郑州", "鄭州", "Zhèngzhōu", "Zhengzhou", "河南", "prefecture", "new_first"),
    ("jinan", "济南", "濟南", "Jǐnán", "Jinan", "山东", "sub_provincial", "second"),
    ("ganzhou", "赣州", "贛州", "Gànzhōu", "Ganzhou", "江西", "prefecture", "third"),
    ("loudi", "娄底", "婁底", "Lóudǐ", "Loudi", "湖南", "prefecture", "fourth"),
    ("xiongan", "雄安", "雄安", "Xióng'ān", "Xiong'an", "河北", "new_area", None),
    ("wuxi", "无锡", "無錫", "Wúxī", "Wuxi", "江苏", "prefecture", "second"),
    ("kunming", "昆明", "昆明", "Kūnmíng", "Kunming", "云南", "prefecture", "second"),
    ("nanchang", "南昌", "南昌", "Nánchāng", "Nanchang", "江西", "prefecture", "second"),
    ("fuzhou", "福州", "福州", "Fúzhōu", "Fuzhou", "福建", "prefecture", "second"),
    ("ningbo", "宁波", "寧波", "Níngbō", "Ningbo", "浙江", "sub_provincial", "new_first"),
    ("dalian", "大连", "大連", "Dàlián", "Dalian", "辽宁", "sub_provincial", "second"),
    ("shenyang", "沈阳", "瀋陽", "Shěnyáng", "Shenyang", "辽宁", "sub_provincial", "second"),
    ("haerbin", "哈尔滨", "哈爾濱", "Hā'ěrbīn", "Harbin", "黑龙江", "sub_provincial", "second"),
    ("foshan", "佛山", "佛山", "Fóshān", "Foshan", "广东", "prefecture", "new_first"),
    ("dongguan", "东莞", "東莞", "Dōngguǎn", "Dongguan", "广东", "prefecture", "new_first"),
    ("haikou", "海口", "海口", "Hǎikǒu", "Haikou", "海南", "prefecture", "third"),
    ("yining", "伊宁", "伊寧", "Yīníng", "Yining", "新疆", "county_level", None),
]
REAL_ALIASES = {"shenzhen": ["鹏城"], "hangzhou": ["宋城"], "guangzhou": ["羊城"], "chengdu": ["蓉城"],
                "chongqing": ["山城"], "nanjing": ["金陵"], "suzhou": ["姑苏"], "xiamen": ["鹭岛"]}

# Province-level units for synthetic cities, with a weight (bigger provinces have more cities), and full names.
PROVINCES = [
    ("河北", 6), ("山西", 4), ("内蒙古", 3), ("辽宁", 4), ("吉林", 3), ("黑龙江", 4), ("江苏", 8), ("浙江", 8),
    ("安徽", 5), ("福建", 5), ("江西", 4), ("山东", 8), ("河南", 7), ("湖北", 5), ("湖南", 5), ("广东", 9),
    ("广西", 4), ("海南", 2), ("四川", 7), ("贵州", 4), ("云南", 4), ("西藏", 1), ("陕西", 4), ("甘肃", 3),
    ("青海", 1), ("宁夏", 1), ("新疆", 2),
]
PROVINCE_FULL = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
                 "新疆": "新疆维吾尔自治区", "北京": "北京市", "上海": "上海市", "天津": "天津市", "重庆": "重庆市"}


def province_full(p: str) -> str:
    return PROVINCE_FULL.get(p, p + "省")


REGIONS = ["北上广浙", "长三角", "粤港澳大湾区", "京津冀", "成渝地区双城经济圈", "中西部地区", "东部沿海城市",
           "一线城市", "新一线城市"]
OUTLETS = ["互链脉搏", "金色财经", "巴比特", "36氪", "链新", "区块链爆点", "新华网", "人民网", "证券时报", "第一财经",
           "21世纪经济报道", "每日经济新闻", "澎湃新闻", "经济日报", "科技日报", "中国证券报", "链闻", "火星财经",
           "陀螺财经", "零壹财经", "财新网", "中国城市规划网", "上海证券报", "南方日报"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉宇晨浩然思远子涵欣怡雨轩博文"
FIRMS = ["蚂蚁集团", "腾讯", "百度", "京东科技", "趣链科技", "众安科技", "布比网络", "万向区块链", "复杂美", "微众银行",
         "华为云", "浪潮集团", "迅雷链", "数秦科技", "纸贵科技", "旺链科技", "云象网络", "火币中国", "OKLink", "井通科技",
         "溯源链", "中国联通", "中国移动", "中国电信", "平安科技", "度小满", "网易", "360", "小米", "阿里云",
         "联想", "国家电网", "中钞信用卡产业发展有限公司", "中国银联", "招商银行", "工商银行", "建设银行"]
NATIONAL_ISSUERS = ["国务院", "工业和信息化部", "国家发展改革委", "中国人民银行", "国家互联网信息办公室", "科技部",
                    "商务部", "中央网信办", "国家市场监督管理总局", "中国银保监会", "国家税务总局", "最高人民法院"]
MUNICIPAL_BODIES = ["人民政府", "人民政府办公厅", "科技局", "工业和信息化局", "发展和改革委员会", "大数据发展管理局",
                    "地方金融监督管理局", "商务局", "经济和信息化局", "委办公厅"]
PROVINCIAL_BODIES = ["人民政府", "人民政府办公厅", "工业和信息化厅", "发展和改革委员会", "科学技术厅",
                     "地方金融监督管理局", "大数据管理局"]
DISTRICT_BODIES = ["管委会", "人民政府", "经济发展局", "科技和信息化局"]

VERBS = ["推进", "加快", "促进", "支持", "推动", "鼓励", "深化", "加快推进", "大力推进"]
TOPICS_DEDICATED = ["区块链产业发展", "区块链技术应用", "区块链与实体经济融合发展", "区块链创新发展",
                    "区块链产业高质量发展", "区块链技术创新和产业发展", "“区块链+”应用", "区块链产业集聚发展",
                    "区块链在政务服务领域的应用", "区块链技术赋能实体经济"]
TOPICS_MIXED = ["数字经济发展", "新一代信息技术产业发展", "金融科技发展", "人工智能和区块链等新技术发展",
                "大数据、区块链和人工智能产业发展", "新型基础设施建设", "数字政府建设", "智慧城市建设",
                "战略性新兴产业发展", "软件和信息服务业发展"]
KIND_SUFFIXES = {
    "guiding_opinion": ["实施意见", "指导意见", "意见", "若干意见"],
    "measures": ["若干措施", "若干政策", "若干政策措施(试行)", "扶持办法", "专项政策", "暂行办法"],
    "regulation": ["条例", "管理规定", "管理办法"],
    "notice": ["通知", "公告"],
    "action_plan": ["行动计划", "三年行动计划", "工作方案", "实施方案", "行动方案"],
    "plan": ["发展规划", "“十四五”发展规划", "专项规划", "产业规划"],
}
KIND_WEIGHTS = [("measures", 26), ("guiding_opinion", 18), ("action_plan", 16), ("notice", 10), ("other", 8),
                ("plan", 6), ("work_report", 5), ("regulation", 4), ("whitepaper", 4), ("speech", 3)]
AREAS = ["government", "finance", "tax", "e_invoice", "real_estate", "healthcare", "transport", "tourism", "retail",
         "traceability", "supply_chain_finance", "copyright", "energy", "agriculture", "talent", "industry", "credit",
         "judicial", "other"]
AREA_WEIGHTS = [14, 14, 3, 4, 4, 4, 3, 2, 2, 7, 8, 3, 3, 4, 6, 12, 5, 3, 2]
TARGET_METRICS = ["引进培育区块链龙头企业", "打造区块链产业基地", "建设区块链应用示范项目", "集聚区块链企业",
                  "区块链产业规模", "培育区块链骨干企业", "建设区块链创新平台", "引进区块链专业人才"]

PARK_KINDS = [("park", 30), ("base", 12), ("incubator", 10), ("innovation_centre", 14), ("cluster", 6),
              ("platform", 8), ("lab", 8), ("data_centre", 6), ("zone", 6)]
PARK_NAMES = {
    "park": ["{c}区块链产业园", "{c}区块链产业园区", "{c}{d}区块链创新产业园", "{c}数字经济产业园", "{c}链谷"],
    "base": ["{c}区块链产业基地", "{c}区块链创新应用基地", "中国({c})区块链创新应用基地", "{c}区块链技术应用示范基地"],
    "incubator": ["{c}区块链孵化器", "{c}区块链创业孵化中心", "{c}{d}区块链众创空间", "{c}区块链加速器"],
    "innovation_centre": ["{c}区块链创新中心", "{c}区块链国际创新中心", "{c}区块链技术创新中心", "{c}区块链创新研究院"],
    "cluster": ["{c}区块链产业集聚区", "{c}区块链产业发展集聚区", "{c}{d}数字产业集群"],
    "platform": ["{c}区块链产业创新平台", "{c}区块链公共服务平台", "{c}区块链开放创新平台"],
    "lab": ["{c}区块链重点实验室", "{c}区块链技术联合实验室", "{c}区块链研究院", "{c}大学区块链研究中心"],
    "data_centre": ["{c}大数据中心", "{c}云计算数据中心", "{c}区块链算力中心"],
    "zone": ["{c}区块链发展先行示范区", "{c}区块链综合试验区", "{c}数字经济创新发展试验区"],
}
HOSTS = ["智力产业园区", "软件园", "高新技术产业开发区", "科技城", "创新大厦", "金融港", "数字经济小镇", "国际创新城"]

CATEGORIES = ["listing", "rnd_platform", "breakthrough", "product", "talent", "housing", "startup_loan", "angel_fund",
              "rent", "tax", "office", "project", "relocation", "financing", "fund", "scheme_cap", "other"]
CATEGORY_WEIGHTS = [8, 9, 5, 7, 12, 5, 3, 3, 9, 5, 4, 8, 4, 6, 3, 2, 7]
CATEGORY_TEXT = {
    "listing": "在{t}上市的区块链企业奖励", "rnd_platform": "获批{t}区块链研发平台的一次性扶持奖励",
    "breakthrough": "区块链核心技术取得重大突破的一次性奖励", "product": "区块链应用产品投入使用的补助",
    "talent": "引进{t}区块链领军人才奖励", "housing": "区块链人才住房补贴", "startup_loan": "区块链创业担保贷款",
    "angel_fund": "天使投资基金投资区块链初创企业", "rent": "区块链企业办公用房租金补贴", "tax": "区块链企业税收优惠",
    "office": "免费提供办公场地", "project": "区块链应用示范项目补助", "relocation": "区块链企业整体迁入落户奖励",
    "financing": "区块链企业获得股权融资的奖励", "fund": "设立区块链产业投资基金", "scheme_cap": "单个企业年度扶持总额上限",
    "other": "其他区块链扶持措施",
}
TIER_TEXT = {"national": "国家级", "provincial": "省级", "municipal": "市级", "district": "区级", "joint": "国家地方联合",
             "main_board": "主板", "sme_board": "中小板", "growth_board": "创业板", "overseas": "境外",
             "other": "其他"}

METRICS = [
    # metric, unit, weight, subject, and for counts: measure word, range at the top city, multiplier (万 = 10000)
    ("policy_count", "count", 10, "涉及区块链的政策信息", "条", (20, 400), 1),
    ("dedicated_policy_count", "count", 5, "区块链专项政策", "项", (5, 60), 1),
    ("park_count", "count", 6, "区块链产业园区", "个", (2, 40), 1),
    ("enterprise_count", "count", 12, "区块链企业", "家", (50, 3000), 1),
    ("registered_company_rank", "rank", 3, "区块链企业注册数量排名", None, None, 1),
    ("patent_rank", "rank", 3, "区块链专利数量排名", None, None, 1),
    ("talent_demand_rank", "rank", 3, "区块链人才需求排名", None, None, 1),
    ("salary_rank", "rank", 2, "区块链岗位平均薪资排名", None, None, 1),
    ("filing_count", "count", 4, "通过网信办备案的区块链信息服务", "项", (10, 600), 1),
    ("filing_share", "percent", 2, "区块链备案数量占全国比例", None, None, 1),
    ("enterprise_share", "percent", 2, "区块链企业数量占全国比例", None, None, 1),
    ("revenue", "CNY", 4, "区块链产业营收", None, None, 1),
    ("fund_size", "CNY", 3, "区块链产业基金规模", None, None, 1),
    ("university_count", "count", 2, "开设区块链课程的高校", "所", (5, 90), 1),
    ("academician_count", "count", 1, "两院院士", "位", (5, 120), 1),
    ("student_count", "count", 1, "在校大学生", "万人", (5, 120), 10000),
    ("research_city_rank", "rank", 2, "区块链科研城市排名", None, None, 1),
    ("gdp_rank", "rank", 2, "GDP排名", None, None, 1),
    ("hashrate_share", "percent", 1, "比特币算力占全网比例", None, None, 1),
    ("sales_growth", "percent", 1, "区块链企业销售额同比增长", None, None, 1),
    ("unicorn_count", "count", 1, "区块链独角兽企业", "家", (1, 20), 1),
    ("project_count", "count", 6, "签约区块链项目", "个", (10, 200), 1),
    ("other", None, 6, "区块链相关指标", "个", (10, 1000), 1),
]
EVENT_KINDS = [("conference", 22), ("summit", 14), ("launch", 10), ("unveiling", 12), ("signing", 12), ("founding", 8),
               ("meeting", 8), ("speech", 6), ("milestone", 5), ("other", 3)]
EVENT_TITLES = {
    "conference": ["{y}{c}区块链产业发展大会", "{y}{c}区块链技术应用大会", "{y}全球区块链创新大会({c})"],
    "summit": ["{y}{c}区块链高峰论坛", "{c}数字经济与区块链峰会", "{y}中国区块链城市峰会"],
    "launch": ["{c}链上线发布", "{c}区块链政务服务平台发布", "{c}区块链电子发票上线"],
    "unveiling": ["{c}区块链产业园揭牌", "{c}区块链创新中心揭牌仪式", "{c}区块链研究院揭牌"],
    "signing": ["{c}区块链项目集中签约仪式", "{c}市政府与{f}签署区块链战略合作协议"],
    "founding": ["{c}区块链产业联盟成立", "{c}区块链协会成立", "{c}区块链产业投资基金设立"],
    "meeting": ["{c}区块链产业发展工作会议", "{c}市政府常务会议研究区块链发展", "{c}区块链专题座谈会"],
    "speech": ["{c}市委书记在区块链大会上讲话", "{c}市长谈区块链产业发展"],
    "milestone": ["{c}区块链企业数量突破百家", "{c}首张区块链电子发票开出"],
    "other": ["{c}区块链技术培训班", "{c}区块链应用创新大赛"],
}
APP_KINDS = [("city_chain", 6), ("bsn_node", 8), ("e_invoice", 12), ("real_estate_certificate", 8),
             ("traceability", 14), ("government_service", 16), ("finance", 14), ("healthcare", 6), ("copyright", 6),
             ("credit", 6), ("other", 4)]
APP_NAMES = {
    "city_chain": ["{c}链", "{c}城市链", "{c}城市级区块链综合服务平台"],
    "bsn_node": ["BSN{p}节点", "BSN{c}城市节点"],
    "e_invoice": ["{c}区块链电子发票", "{c}区块链电子票据平台"],
    "real_estate_certificate": ["{c}不动产区块链电子凭证", "{c}不动产登记区块链平台"],
    "traceability": ["{c}农产品区块链溯源平台", "{c}食品安全区块链追溯系统", "{c}药品区块链溯源平台"],
    "government_service": ["{c}区块链政务服务平台", "{c}政务数据共享区块链平台", "{c}区块链电子证照系统"],
    "finance": ["{c}区块链供应链金融平台", "{c}区块链贸易金融平台", "{c}金融风险监测区块链平台"],
    "healthcare": ["{c}医疗区块链平台", "{c}区块链电子处方平台"],
    "copyright": ["{c}区块链版权保护平台", "{c}数字版权区块链登记平台"],
    "credit": ["{c}信用链", "{c}区块链公共信用平台"],
    "other": ["{c}区块链公益平台", "{c}区块链司法存证平台"],
}
GENERIC_QUOTES = ["推动区块链技术与实体经济深度融合", "从政策层支持区块链发展", "打造区块链产业集聚区",
                  "加快区块链技术创新和产业应用", "区块链上升为国家战略", "政策能量慢慢传导到了二三线城市",
                  "抢占区块链产业发展制高点", "打造区块链人才聚集区和技术创新高地", "争夺区块链之都",
                  "区块链企业纷纷落地", "建设具有全国影响力的区块链创新高地"]

YEARS = list(range(2014, 2025))
YEAR_WEIGHTS = [1, 2, 4, 7, 12, 14, 16, 15, 12, 10, 8]


# ---------------------------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------------------------

def cumulative(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


class Gen:
    def __init__(self, size: str, seed: int):
        self.size = size
        self.seed = seed
        self.n = SIZES[size]
        # A str seed is hashed with SHA-512 by random.Random: the same on every run and machine.
        self.r = random.Random(f"chaincity-bench:{size}:{seed}")
        self.counts = {}

    # ---- small helpers ----
    def pick(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def wpick(self, pairs):
        """Pick from [(value, weight), ...]; the cumulative weights are cached (with the list, so its id stays)."""
        hit = self._cw.get(id(pairs))
        if hit is None:
            hit = self._cw[id(pairs)] = (pairs, cumulative([w for _, w in pairs]))
        return self.r.choices(pairs, cum_weights=hit[1])[0][0]

    _cw: dict = {}

    def year(self, lo=2014, hi=2024):
        while True:
            y = self.r.choices(YEARS, cum_weights=self._year_cw)[0]
            if lo <= y <= hi:
                return y

    _year_cw = cumulative(YEAR_WEIGHTS)

    def ymd(self, lo=2014, hi=2024):
        y = self.year(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        return y, m, d

    def date(self, lo=2014, hi=2024, objects=0.05):
        """A partial date: year, year-month or full date; sometimes an object with its basis."""
        y, m, d = self.ymd(lo, hi)
        u = self.r.random()
        if u < 0.45:
            s, cn = f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日"
        elif u < 0.80:
            s, cn = f"{y}-{m:02d}", f"{y}年{m}月"
        else:
            s, cn = f"{y}", f"{y}年"
        if self.r.random() < objects:
            if len(s) == 10:
                return {"value": s, "basis": "inferred_year",
                        "note": f"text says {m}月{d}日 only; the year comes from the article's context"}, cn
            later = self.r.randint(1, 11)
            return {"value": s, "basis": "derived", "note": f"{later} months after an earlier stated date"}, cn
        return s, cn

    # ---- quantities ----
    @staticmethod
    def _wan_text(wan: int) -> str:
        if wan >= 10000 and wan % 1000 == 0:
            yi = wan / 10000
            return (f"{yi:.1f}".rstrip("0").rstrip(".")) + "亿元"
        return f"{wan}万元"

    def money(self, choices_wan, qualifier=None):
        wan = self.pick(choices_wan)
        q = qualifier or self.pick(("exact", "exact", "up_to", "up_to", "up_to", "about", "within", "as_many_as"))
        body = self._wan_text(wan)
        text = {"exact": body, "up_to": "最高" + body, "about": "约" + body, "within": body + "以内",
                "as_many_as": "高达" + body, "more_than": "超过" + body, "nearly": "近" + body,
                "at_least": "不少于" + body, "only": "仅" + body}[q]
        return {"value": str(wan * 10000), "unit": "CNY", "qualifier": q, "text": text}

    def count(self, n: int, measure="家", mult=1):
        q = self.pick(("exact", "exact", "exact", "more_than", "about", "nearly", "at_least", "between"))
        if q == "between":
            hi = n + self.r.randint(1, max(1, n // 2))
            return {"value": str(n * mult), "upper": str(hi * mult), "unit": "count", "qualifier": "between",
                    "text": f"{n}-{hi}{measure}"}
        text = {"exact": f"{n}{measure}", "more_than": f"{n}余{measure}", "about": f"约{n}{measure}",
                "nearly": f"近{n}{measure}", "at_least": f"不少于{n}{measure}"}[q]
        return {"value": str(n * mult), "unit": "count", "qualifier": q, "text": text}

    def percent(self, hi=60):
        hundredths = self.r.randint(1, hi * 100)
        v = f"{hundredths // 100}.{hundredths % 100:02d}".rstrip("0").rstrip(".")
        q = self.pick(("exact", "exact", "about", "more_than", "nearly"))
        pre = {"exact": "", "about": "约", "more_than": "超过", "nearly": "近"}[q]
        return {"value": v, "unit": "percent", "qualifier": q, "text": f"{pre}{v}%"}

    def rank(self, n):
        return {"value": str(n), "unit": "rank", "qualifier": "exact", "text": f"第{n}"}

    # ---- provenance ----
    def src(self):
        """A source id: articles mostly (some much more cited than others), a flash-news insert now and then."""
        if self.inserts and self.r.random() < 0.02:
            return self.pick(self.inserts)
        i = int(len(self.articles) * (self.r.random() ** 1.6))
        return self.articles[i]

    def prov(self, quotes):
        out = []
        for q in quotes:
            s = self.src()
            if s in self.traditional:
                q = hant(q)
            out.append({"source": s, "quote": q[:80]})
        return out

    def city_weight_index(self):
        return self.city_pick[int(self.r.random() * len(self.city_pick))]

    # ---- collections ----
    def sources(self):
        n = self.n["sources"]
        self.articles, self.inserts, self.traditional = [], [], set()
        recs = []
        n_inserts = n // 10
        n_articles = n - n_inserts
        for i in range(n_articles):
            fid = f"{i:05d}_{self.r.getrandbits(64):016x}.txt"
            trad = self.r.random() < 0.2
            pub, _ = self.date(2016, 2024, objects=0.3)
            c = self.pick(REAL_CITIES)[1]
            title = None
            if self.r.random() < 0.8:
                title = self.pick((f"{c}发布区块链产业扶持政策，最高奖励{self.pick((200, 500, 1000))}万元",
                                   "区块链之都争夺战 破局点在哪里?", f"{c}、杭州、成都争相“上链”",
                                   f"{c}区块链产业发展观察", "城市区块链政策盘点", f"{c}打造区块链创新高地"))
                if trad:
                    title = hant(title)
            rec = {"id": fid, "kind": "article", "file": fid, "title": title,
                   "outlet": self.pick(OUTLETS) if self.r.random() < 0.85 else None,
                   "author": (self.pick(SURNAMES) + self.pick(GIVEN) + (self.pick(GIVEN) if self.r.random() < .5
                                                                          else "")) if self.r.random() < .4 else None,
                   "published": pub, "script": "traditional" if trad else "simplified"}
            if self.r.random() < 0.1:
                rec["note"] = "synthetic benchmark source; no file exists"
            recs.append({k: v for k, v in rec.items() if v is not None})
            self.articles.append(fid)
            if trad:
                self.traditional.add(fid)
        for k in range(n_inserts):
            host = self.articles[self.r.randrange(n_articles)]
            sid = f"{host}#insert-{k + 1}"
            pub, _ = self.date(2016, 2024, objects=0)
            rec = {"id": sid, "kind": "insert", "file": host, "published": pub,
                   "script": "traditional" if host in self.traditional else "simplified"}
            recs.append(rec)
            self.inserts.append(sid)
            if host in self.traditional:
                self.traditional.add(sid)
        yield from recs

    def make_cities(self):
        n = self.n["cities"]
        cities = []
        seen_ids, seen_names = set(), set()
        for cid, hs, ht, py, en, prov, level, tier in REAL_CITIES[:n]:
            cities.append(dict(id=cid, hans=hs, hant=ht, pinyin=py, en=en, province=prov, level=level, tier=tier,
                               aliases=REAL_ALIASES.get(cid, [])))
            seen_ids.add(cid)
            seen_names.add(hs)
        combos = [(a, b) for a in FIRST for b in SECOND if plain(a[2]) != plain(b[2])]
        self.r.shuffle(combos)
        prov_cw = cumulative([w for _, w in PROVINCES])
        for a, b in combos:
            if len(cities) >= n:
                break
            py = (a[2] + b[2])
            py = py[0].upper() + py[1:]
            cid = plain(py).lower()
            hs = a[0] + b[0]
            if cid in seen_ids or hs in seen_names:
                continue
            seen_ids.add(cid)
            seen_names.add(hs)
            u = self.r.random()
            level = ("prefecture" if u < 0.72 else "county_level" if u < 0.95 else "sub_provincial" if u < 0.99
                     else "new_area")
            tier = None
            if self.r.random() < 0.15:
                tier = self.pick(("second", "third", "fourth", "third_fourth", "non_first"))
            cities.append(dict(id=cid, hans=hs, hant=a[1] + b[1], pinyin=py, en=plain(py), level=level, tier=tier,
                               province=self.r.choices(PROVINCES, cum_weights=prov_cw)[0][0], aliases=[]))
        if len(cities) < n:
            sys.exit(f"make_atlas: only {len(cities)} distinct city names available, {n} asked for")
        # Districts: all of the biggest cities, a quarter of the others.
        for i, c in enumerate(cities):
            ds = []
            if i < 100 or self.r.random() < 0.25:
                k = self.r.randint(2, 8) if i < 100 else self.r.randint(1, 3)
                names = set()
                for _ in range(k * 3):
                    if len(ds) >= k:
                        break
                    u = self.r.random()
                    if u < 0.08:
                        hs, ht, py = c["hans"] + "高新区", c["hant"] + "高新區", c["pinyin"] + " Gāoxīn Qū"
                    else:
                        a, b = self.pick(FIRST), self.pick(SECOND)
                        stem_py = (a[2] + b[2])
                        stem_py = stem_py[0].upper() + stem_py[1:]
                        suf = ("区", "區", "Qū") if u < 0.75 else ("县", "縣", "Xiàn") if u < 0.9 else ("新区", "新區",
                                                                                                     "Xīnqū")
                        hs, ht, py = a[0] + b[0] + suf[0], a[1] + b[1] + suf[1], stem_py + " " + suf[2]
                    if hs in names:
                        continue
                    names.add(hs)
                    ds.append({"name_hans": hs, "name_hant": ht, "pinyin": py})
            c["districts"] = ds
        self.cities = cities
        # Zipf-like weights: city i gets 1/(i+1)^1.1 of the attention. A lookup table of 2^18 slots makes a draw
        # one random() call.
        w = [1.0 / (i + 1) ** 1.1 for i in range(n)]
        total = sum(w)
        slots = 1 << 18
        table = []
        j = 0
        cw = cumulative(w)
        for s in range(slots):
            target = (s + 0.5) / slots * total
            while cw[j] < target:
                j += 1
            table.append(j)
        self.city_pick = table
        self.city_ix = {c["id"]: i for i, c in enumerate(cities)}

    def city_records(self):
        for c in self.cities:
            suffix = "" if c["level"] == "municipality" else ("市" if c["level"] != "new_area" else "新区")
            q = [self.pick((f"{c['hans']}{suffix}是最早推动区块链发展的城市之一",
                            f"{c['hans']}{suffix}在区块链上的发展最早", f"{c['hans']}加快布局区块链产业",
                            f"{c['hans']}{suffix}出台区块链专项扶持政策", f"{c['province']}城市{c['hans']}"))]
            if self.r.random() < 0.3:
                q.append(self.pick(GENERIC_QUOTES))
            rec = {"id": c["id"], "name_hans": c["hans"], "name_hant": c["hant"], "pinyin": c["pinyin"],
                   "name_en": c["en"], "province": c["province"], "admin_level": c["level"]}
            if c["tier"]:
                rec["tier"] = c["tier"]
            if c["districts"]:
                rec["districts"] = c["districts"]
            if c["aliases"]:
                rec["aliases"] = c["aliases"]
            rec["provenance"] = self.prov(q)
            yield rec

    def place_name(self, c):
        if c["level"] == "municipality":
            return c["hans"] + "市"
        return c["hans"] + ("新区" if c["level"] == "new_area" else "市")

    def policies(self):
        n = self.n["policies"]
        self.scheme_policies = []  # (policy id, city index, issuer, level, issued, title, district)
        seen = 0
        kinds_cw = cumulative([w for _, w in KIND_WEIGHTS])
        area_cw = cumulative(AREA_WEIGHTS)
        r = self.r
        for i in range(n):
            ci = self.city_weight_index()
            c = self.cities[ci]
            kind = r.choices(KIND_WEIGHTS, cum_weights=kinds_cw)[0][0]
            u = r.random()
            level = "national" if u < 0.03 else "provincial" if u < 0.15 else "district" if u < 0.38 else "municipal"
            if level == "district" and not c["districts"]:
                level = "municipal"
            district = None
            place = self.place_name(c)
            cities = [c["id"]]
            if level == "national":
                issuer = self.pick(NATIONAL_ISSUERS)
                scope = {"level": "nation"}
                place = ""
                cities = [] if r.random() < 0.7 else [self.cities[self.city_weight_index()]["id"]
                                                       for _ in range(r.randint(1, 3))]
                cities = list(dict.fromkeys(cities))
            elif level == "provincial":
                pf = province_full(c["province"])
                issuer = pf + self.pick(PROVINCIAL_BODIES)
                scope = {"level": "province", "province": c["province"]}
                place = pf
                if r.random() < 0.5:
                    cities = []
            elif level == "district":
                d = self.pick(c["districts"])
                district = d["name_hans"]
                issuer = (district if district.startswith(c["hans"]) else place + district) + self.pick(DISTRICT_BODIES)
                scope = {"level": "district", "city": c["id"], "district": district}
                place = district
            else:
                issuer = place + self.pick(MUNICIPAL_BODIES)
                scope = {"level": "city", "city": c["id"]}
            dedicated = r.random() < 0.6
            topic = self.pick(TOPICS_DEDICATED if dedicated else TOPICS_MIXED)
            issued, issued_cn = self.date(2014, 2024, objects=0.04)
            y = issued["value"][:4] if isinstance(issued, dict) else issued[:4]
            title = None
            description = None
            if kind in KIND_SUFFIXES:
                suf = self.pick(KIND_SUFFIXES[kind])
                pat = r.random()
                if kind == "notice":
                    title = f"关于开展{topic.replace('发展', '')}试点工作的{suf}"
                elif kind == "measures" and pat < 0.15:
                    title = f"{place}区块链十条"
                    dedicated = True
                elif pat < 0.55:
                    title = f"{place if r.random() < 0.5 else ''}关于{self.pick(VERBS)}{topic}的{suf}"
                else:
                    title = f"{place}{self.pick(VERBS)}{topic}{suf}"
                if kind == "action_plan" and r.random() < 0.4:
                    y0 = int(y)
                    title += f"({y0}—{y0 + 2}年)"
            elif kind == "work_report":
                title = f"{y}年{place or '国务院'}政府工作报告"
                dedicated = False
            elif kind == "whitepaper":
                title = f"{place or '中国'}区块链技术和应用发展白皮书({y})"
                dedicated = True
            elif kind == "speech":
                description = f"{issuer}负责人在{y}年区块链产业大会上表示要{self.pick(VERBS)}{topic}"
            else:
                if r.random() < 0.5:
                    title = f"{place}{topic}工作要点"
                else:
                    description = f"{issuer}提出{self.pick(VERBS)}{topic}"
            if title is None and description is None:
                description = f"{issuer}提出{self.pick(VERBS)}{topic}"
            if title and r.random() < 0.05:
                description = f"{issuer}于{issued_cn}发布"
            u = r.random()
            stance = ("regulation" if kind == "regulation" and u < 0.7 else "support" if u < 0.8 else
                      "mixed" if u < 0.86 else "regulation" if u < 0.9 else "unknown")
            rec = {"id": f"syn-pol-{i:07d}"}
            if title:
                rec["title"] = title
            if description:
                rec["description"] = description
            rec["kind"] = kind
            if r.random() < 0.95:
                rec["issuer"] = issuer
            rec["issuer_level"] = level
            rec["scope"] = scope
            if cities:
                rec["cities"] = cities
            if r.random() < 0.93:
                rec["issued"] = issued
            rec["stance"] = stance
            if r.random() < 0.9:
                rec["dedicated"] = dedicated
            na = self.pick((0, 0, 1, 1, 2, 2, 3, 4))
            if na:
                rec["areas"] = list(dict.fromkeys(r.choices(AREAS, cum_weights=area_cw, k=na)))
            shown = title or description
            q1 = f"{issued_cn}，{issuer}发布《{title}》" if title else f"{issued_cn}，{description}"
            quotes = [q1]
            if r.random() < 0.5:
                quotes.append(self.pick(GENERIC_QUOTES))
            if kind in ("action_plan", "plan") and r.random() < 0.3:
                targets = []
                for _ in range(r.randint(1, 2)):
                    m = self.pick(TARGET_METRICS)
                    val = self.count(self.pick((2, 3, 5, 10, 20, 50, 100)), "个")
                    dl = str(min(2030, int(y) + r.randint(1, 5)))
                    targets.append({"metric": m, "value": val, "deadline": dl,
                                    "provenance": self.prov([f"到{dl}年，{m}{val['text']}"])})
                rec["targets"] = targets
            if r.random() < 0.005:
                rec["first"] = {"scope": "nation", "claim": f"全国首个{shown[:20]}"}
            rec["provenance"] = self.prov(quotes)
            if kind in ("measures", "guiding_opinion", "action_plan") and level != "national" and title:
                # A uniform sample (reservoir) of the policies schemes can belong to, so memory stays small.
                seen += 1
                cand = (rec["id"], ci, issuer, level, rec.get("issued"), title, district)
                if len(self.scheme_policies) < SCHEME_POLICY_SAMPLE:
                    self.scheme_policies.append(cand)
                else:
                    j = int(r.random() * seen)
                    if j < SCHEME_POLICY_SAMPLE:
                        self.scheme_policies[j] = cand
            yield rec

    def parks(self):
        r = self.r
        for i in range(self.n["parks"]):
            ci = self.city_weight_index()
            c = self.cities[ci]
            kind = self.wpick(PARK_KINDS)
            d = self.pick(c["districts"])["name_hans"] if c["districts"] and r.random() < 0.5 else None
            name = self.pick(PARK_NAMES[kind]).format(c=c["hans"], d=d or "")
            rec = {"id": f"syn-park-{i:06d}", "name": name, "kind": kind, "city": c["id"]}
            if d:
                rec["district"] = d
            if r.random() < 0.1:
                rec["host"] = c["hans"] + self.pick(HOSTS)
            opened, opened_cn = self.date(2015, 2024)
            if r.random() < 0.6:
                rec["opened"] = opened
            rec["governance"] = self.pick(("government_led", "government_led", "government_guided", "market",
                                           "unknown", "unknown", "unknown"))
            rec["status"] = self.pick(("operating", "operating", "operating", "planned", "unknown"))
            if r.random() < 0.2:
                rec["operator"] = c["hans"] + self.pick(("市城市建设投资集团有限公司", "高新技术产业投资有限公司",
                                                         "数字产业发展有限公司", "区块链科技有限公司"))
            if r.random() < 0.25:
                rec["tenants"] = list(dict.fromkeys(self.pick(FIRMS) for _ in range(r.randint(1, 5))))
            if r.random() < 0.3:
                rec["enterprise_count"] = self.count(self.pick((10, 20, 30, 50, 80, 100, 120, 200, 300)))
                if r.random() < 0.7:
                    rec["enterprise_count_as_of"] = self.date(2016, 2024)[0]
            if r.random() < 0.1:
                rec["revenue"] = self.money((5000, 10000, 30000, 100000, 500000, 1346000))
                rec["revenue_period"] = str(self.year(2016, 2024))
            if r.random() < 0.01:
                rec["first"] = {"scope": "province", "area": c["province"], "claim": f"全省第一个{name[-8:]}"}
            q = [f"{opened_cn}，{name}正式揭牌" if "opened" in rec else f"{c['hans']}建成了{name}"]
            if r.random() < 0.4:
                q.append(f"已聚集区块链企业{rec['enterprise_count']['text']}" if "enterprise_count" in rec
                         else self.pick(GENERIC_QUOTES))
            rec["provenance"] = self.prov(q)
            yield rec

    def item(self, sid, k):
        r = self.r
        cat = r.choices(CATEGORIES, cum_weights=self._cat_cw)[0]
        tier = None
        form, freq, per = "grant", "one_time", "company"
        amount = None
        if cat == "listing":
            tier = self.pick(("main_board", "sme_board", "growth_board", "overseas"))
            amount = self.money((100, 200, 300, 500, 1000), "exact")
        elif cat == "rnd_platform":
            tier = self.pick(("national", "provincial", "municipal", "joint"))
            amount = self.money({"national": (500, 300), "joint": (200,), "provincial": (100, 200),
                                 "municipal": (50, 100)}[tier], "exact")
        elif cat == "breakthrough":
            amount = self.money((100, 200, 500), "up_to")
        elif cat == "product":
            form = "subsidy"
            amount = self.money((30, 50, 100, 200))
            per = "project"
        elif cat == "talent":
            tier = self.pick(("national", "provincial", "municipal", "district", None))
            amount = self.money((20, 50, 100, 200, 300))
            per = "person"
        elif cat == "housing":
            form, freq, per = self.pick(("subsidy", "in_kind")), "recurring", "person"
            amount = self.money((5, 10, 20, 50)) if form == "subsidy" and r.random() < 0.7 else None
        elif cat == "startup_loan":
            form = "loan"
            amount = self.money((50, 100, 300))
        elif cat == "angel_fund":
            form, freq = self.pick(("fund", "equity")), "unknown"
            amount = self.money((500, 1000, 5000, 10000)) if r.random() < 0.6 else None
        elif cat == "rent":
            form, freq = "subsidy", "recurring"
            amount = self.percent(100) if r.random() < 0.5 else None
        elif cat == "tax":
            form, freq = "tax_relief", "recurring"
            amount = self.percent(100) if r.random() < 0.3 else None
        elif cat == "office":
            form, freq = "in_kind", "unknown"
            amount = None
        elif cat == "project":
            form, per = "subsidy", "project"
            amount = self.money((50, 100, 200, 500, 1000), "up_to")
        elif cat == "relocation":
            amount = self.money((100, 200, 500, 1000))
        elif cat == "financing":
            form = self.pick(("grant", "subsidy"))
            amount = self.money((50, 100, 200, 300))
        elif cat == "fund":
            form, freq, per = "fund", "one_time", "unknown"
            amount = self.money((10000, 50000, 100000, 300000, 1000000), self.pick(("exact", "about")))
        elif cat == "scheme_cap":
            form, freq = "unknown", "recurring"
            amount = self.money((500, 1000, 2000, 5000), "up_to")
        else:
            form, freq, per = "unknown", "unknown", "unknown"
            amount = self.money((10, 50, 100)) if r.random() < 0.5 else None
        if r.random() < 0.1:
            amount = None
        desc = CATEGORY_TEXT[cat].format(t=TIER_TEXT.get(tier, "") if tier else "")
        rec = {"id": f"{sid}-{k:02d}-{cat.replace('_', '-')}", "category": cat, "description": desc}
        if tier:
            rec["tier"] = tier
        if amount:
            rec["amount"] = amount
        rec["form"] = form
        rec["frequency"] = freq if r.random() < 0.85 else "unknown"
        rec["per"] = per
        q = desc + (f"，{amount['text']}" if amount and amount.get("text") else "")
        rec["provenance"] = self.prov([q])
        return rec

    def schemes(self):
        r = self.r
        self._cat_cw = cumulative(CATEGORY_WEIGHTS)
        remaining = self.n["items"]
        items_total = 0
        i = 0
        pols = self.scheme_policies
        while remaining > 0:
            k = min(remaining, r.randint(*ITEMS_PER_SCHEME))
            remaining -= k
            sid = f"syn-scheme-{i:05d}"
            if pols and r.random() < 0.75:
                pid, ci, issuer, level, issued, title, district = self.pick(pols)
                c = self.cities[ci]
                rec = {"id": sid, "name": title, "city": c["id"]}
                if district:
                    rec["district"] = district
                rec["issuer"] = issuer
                rec["issuer_level"] = level
                rec["policy"] = pid
                if issued:
                    rec["issued"] = issued
                issued_cn = (issued if isinstance(issued, str) else issued["value"])[:4] + "年" if issued else ""
            else:
                c = self.cities[self.city_weight_index()]
                name = f"{c['hans']}{self.pick(('区块链产业扶持政策', '区块链企业入驻优惠', '区块链人才引进办法'))}"
                rec = {"id": sid, "name": name, "city": c["id"]}
                if r.random() < 0.5:
                    rec["issuer_level"] = "municipal"
                issued_cn = ""
                title = name
            if r.random() < 0.2:
                rec["cap"] = self.money((500, 1000, 2000, 5000), "up_to")
            rec["items"] = [self.item(sid, j) for j in range(k)]
            items_total += k
            rec["provenance"] = self.prov([f"{issued_cn}发布《{title}》" if issued_cn else f"《{title}》",
                                           "将对区块链创新企业的鼓励金额提升到了千万级别"][:1 + (r.random() < 0.3)])
            i += 1
            yield rec
        self.counts["incentive items"] = items_total

    def indicators(self):
        r = self.r
        mw = [(m[0], m[2]) for m in METRICS]
        info = {m[0]: m for m in METRICS}
        for i in range(self.n["indicators"]):
            metric = self.wpick(mw)
            _, unit, _, subject, measure, span, mult = info[metric]
            u = r.random()
            ci = self.city_weight_index()
            c = self.cities[ci]
            if u < 0.70:
                scope = {"level": "city", "city": c["id"]}
                where = c["hans"]
            elif u < 0.78 and c["districts"]:
                d = self.pick(c["districts"])["name_hans"]
                scope = {"level": "district", "city": c["id"], "district": d}
                where = d
            elif u < 0.90:
                scope = {"level": "province", "province": c["province"]}
                where = c["province"]
            elif u < 0.97:
                scope = {"level": "nation"}
                where = "全国"
            else:
                where = self.pick(REGIONS)
                scope = {"level": "region", "name": where}
            # Bigger cities (lower index) get bigger counts and better ranks.
            scale = 1.0 / (ci + 1) ** 0.7 if scope["level"] in ("city", "district") else 1.0
            if unit is None:
                unit = self.pick(("count", "CNY", "percent", "rank", "tonne"))
            if unit == "count":
                val = self.count(max(1, int(r.randint(*span) * scale)), measure, mult)
            elif unit == "rank":
                val = self.rank(max(1, min(100, int(ci * 0.05 + r.randint(1, 10)))))
            elif unit == "percent":
                val = self.percent(50)
            elif unit == "tonne":
                t = r.randint(1, 5000)
                val = {"value": str(t), "unit": "tonne", "qualifier": "about", "text": f"约{t}吨"}
            else:
                val = self.money((1000, 5000, 10000, 50000, 100000, 1252000))
            rec = {"id": f"syn-ind-{i:07d}", "scope": scope, "metric": metric}
            if r.random() < 0.8:
                rec["subject"] = subject
            rec["value"] = val
            as_of, as_of_cn = self.date(2016, 2024)
            if r.random() < 0.85:
                rec["as_of"] = as_of
            if unit == "count" and r.random() < 0.2:
                y0 = self.year(2014, 2022)
                rec["window"] = {"from": str(y0), "to": f"{r.randint(y0 + 1, 2024)}-{r.randint(1, 12):02d}"}
            rec["provenance"] = self.prov([f"截至{as_of_cn}，{where}{subject}{val.get('text') or ''}"])
            yield rec

    def events(self):
        r = self.r
        for i in range(self.n["events"]):
            ci = self.city_weight_index()
            c = self.cities[ci]
            kind = self.wpick(EVENT_KINDS)
            dt, dt_cn = self.date(2015, 2024, objects=0.1)
            y = (dt["value"] if isinstance(dt, dict) else dt)[:4]
            title = self.pick(EVENT_TITLES[kind]).format(c=c["hans"], y=y, f=self.pick(FIRMS))
            rec = {"id": f"syn-event-{i:06d}", "title": title, "kind": kind}
            if r.random() < 0.9:
                rec["date"] = dt
            rec["city"] = c["id"]
            if c["districts"] and r.random() < 0.3:
                rec["district"] = self.pick(c["districts"])["name_hans"]
            if kind in ("conference", "summit", "signing", "founding") and r.random() < 0.7:
                orgs = [self.place_name(c) + "人民政府"]
                if r.random() < 0.5:
                    orgs.append(province_full(c["province"]) + "工业和信息化厅")
                if r.random() < 0.3:
                    orgs.append(self.pick(FIRMS))
                rec["organisers"] = orgs
            if r.random() < 0.4:
                rec["description"] = f"{title}在{c['hans']}举行，{self.pick(GENERIC_QUOTES)}"
            if r.random() < 0.01:
                rec["first"] = {"scope": "province", "area": c["province"], "claim": f"全省首个{title[-10:]}"}
            q = [f"{dt_cn}，{title}" + ("在" + c["hans"] + "举行" if kind in ("conference", "summit", "meeting")
                                        else "")]
            if r.random() < 0.4:
                q.append(self.pick(GENERIC_QUOTES))
            rec["provenance"] = self.prov(q)
            yield rec

    def applications(self):
        r = self.r
        for i in range(self.n["applications"]):
            ci = self.city_weight_index()
            c = self.cities[ci]
            kind = self.wpick(APP_KINDS)
            name = self.pick(APP_NAMES[kind]).format(c=c["hans"], p=c["province"])
            rec = {"id": f"syn-app-{i:06d}", "name": name, "kind": kind}
            if r.random() < 0.95:
                rec["city"] = c["id"]
            if kind == "bsn_node" or r.random() < 0.05:
                rec["region"] = c["province"]
            dt, dt_cn = self.date(2016, 2024, objects=0.1)
            if r.random() < 0.8:
                rec["launched"] = dt
            if r.random() < 0.4:
                rec["operator"] = self.pick(FIRMS)
            if r.random() < 0.5:
                rec["description"] = f"{c['hans']}上线的{name}"
            if r.random() < 0.02:
                rec["first"] = {"scope": "nation", "claim": f"全国第一个{name[len(c['hans']):] or name}"}
            rec["provenance"] = self.prov([f"{dt_cn}，{name}正式上线"])
            yield rec


def write_atlas(gen: Gen, path: str):
    tmp = path + ".tmp"
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
    counts = {}
    with open(tmp, "w", encoding="utf-8", buffering=1 << 20) as f:
        f.write('{"schema_version":1,"name":')
        f.write(dumps(f"ChainCity synthetic benchmark atlas (size {gen.size}, seed {gen.seed})"))

        def collection(key, records):
            f.write(f',\n"{key}":[')
            n = 0
            write = f.write
            for rec in records:
                write("\n" if n == 0 else ",\n")
                write(dumps(rec))
                n += 1
            f.write("\n]" if n else "]")
            counts[key] = n

        collection("sources", gen.sources())
        gen.make_cities()
        collection("cities", gen.city_records())
        collection("policies", gen.policies())
        collection("parks", gen.parks())
        collection("schemes", gen.schemes())
        collection("indicators", gen.indicators())
        collection("events", gen.events())
        collection("applications", gen.applications())
        f.write("\n}\n")
    os.replace(tmp, path)
    counts["incentive items"] = gen.counts.get("incentive items", 0)
    return counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", required=True, choices=sorted(SIZES), help="S, M or L")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1); same size+seed = same bytes")
    ap.add_argument("--out", required=True, help="the atlas file to write")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    counts = write_atlas(Gen(args.size, args.seed), args.out)
    dt = time.monotonic() - t0
    size = os.path.getsize(args.out)
    print(f"{args.out}: {size} bytes ({size / 1e6:.1f} MB), size {args.size}, seed {args.seed}, {dt:.1f} s")
    for k, v in counts.items():
        print(f"  {k:16} {v:>9}")


if __name__ == "__main__":
    main()

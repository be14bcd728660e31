"""Demo register sample data: invented entities, their models, algorithm specs and product names,
the texts each algorithm type is described by, and the helpers that make well-formed USCCs,
resident ID numbers and filing numbers for them.

Realistic and fictional (domain.md Part A item 18): the 7-digit entity segments of
``ENTITY_NUMBERS`` appear in no published CAC list, every code passes its check, region codes are
real GB/T 2260 codes, a model's 备案号 names its filer's province (the developer's, for a
third-party model) and a 登记 number the deployer's. Plain data for demo.py to write; it must not
touch a register, read files or import anything but the domain.
"""

from __future__ import annotations

from datetime import date

from filing_desk.domain.codes import filing_check_digit, org_code_check_char, uscc_check_char
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    IdType,
    LicenceType,
    Modality,
    ModelOrigin,
    ModelTrack,
    ProductForm,
    Role,
)
from filing_desk.domain.idcards import resident_id_check_char


def uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


def _uscc(head8: str, org8: str) -> str:
    """A USCC from its first 8 characters and the 8 of its organisation code (GB 11714 checked)."""
    return uscc(head8 + org8 + org_code_check_char(org8))


def resident_id(first17: str) -> str:
    """A 居民身份证 number with its GB 11643-1999 check character."""
    return first17 + resident_id_check_char(first17)


def filing_number(
    region: str, entity_no: str, algo_type: AlgorithmType, year: int, serial: int
) -> str:
    first20 = f"{region}{entity_no}{algo_type.value}{year % 100:02d}{serial:03d}"
    return first20 + filing_check_digit(first20)


_ID = IdType.RESIDENT_ID
_ENTITIES = (
    dict(
        name="北京云启智能科技有限公司",
        uscc=_uscc("91110108", "MA04RK7N"),
        region_code="110108",
        address="北京市海淀区西北旺东路10号院东区21号楼3层301",
        website="https://www.yunqi-ai.example.com",
        legal_rep_name="王建国",
        legal_rep_id_type=_ID,
        legal_rep_id_number=resident_id("11010519780614203"),
        officer_name="李静",
        officer_id_type=_ID,
        officer_id_number=resident_id("11010819850923162"),
        officer_phone="13911026483",
        officer_email="lijing@yunqi-ai.example.com",
        contact_name="赵敏",
        contact_title="法务总监",
        contact_phone="13621187054",
        contact_email="legal@yunqi-ai.example.com",
    ),
    dict(
        name="杭州星河网络有限公司",
        uscc=_uscc("91330110", "MA2J8C5T"),
        region_code="330110",
        address="浙江省杭州市余杭区五常街道文一西路998号5幢7层",
        website="https://www.xinghe-net.example.com",
        legal_rep_name="陈晓东",
        legal_rep_id_type=_ID,
        legal_rep_id_number=resident_id("33010619760308411"),
        officer_name="周婷",
        officer_id_type=_ID,
        officer_id_number=resident_id("33010219890517382"),
        officer_phone="13758120937",
        officer_email="zhouting@xinghe-net.example.com",
        contact_name="吴磊",
        contact_title="合规经理",
        contact_phone="13857164209",
        contact_email="compliance@xinghe-net.example.com",
    ),
    dict(
        name="深圳前海数智服务有限公司",
        uscc=_uscc("91440300", "MA5G3W1P"),
        region_code="440305",
        address="广东省深圳市南山区粤海街道高新南七道12号9层",
        website="https://www.shuzhi-service.example.com",
        legal_rep_name="黄海",
        legal_rep_id_type=_ID,
        legal_rep_id_number=resident_id("44030419800211271"),
        officer_name="林晓",
        officer_id_type=_ID,
        officer_id_number=resident_id("44030319900726304"),
        officer_phone="13682517044",
        officer_email="linxiao@shuzhi-service.example.com",
        contact_name="林嘉慧",
        contact_title="法务顾问",
        contact_phone="13923805716",
        contact_email="legal@shuzhi-service.example.com",
    ),
)
# each holds a business licence (营业执照) numbered by its USCC, at its registered address
_FOUNDED = (date(2019, 4, 16), date(2017, 9, 5), date(2020, 11, 23))
_MONTHLY_USERS = (3_200_000, 12_500_000, 860_000)
ENTITIES = tuple(
    {
        **entity,
        "licence_type": LicenceType.BUSINESS_LICENCE,
        "licence_number": entity["uscc"],
        "licence_address": entity["address"],
        "licence_valid_from": founded,
        "monthly_active_users": users,
    }
    for entity, founded, users in zip(_ENTITIES, _FOUNDED, _MONTHLY_USERS, strict=True)
)

# 7-digit entity segments (positions 7-13 of a filing number) that no published CAC list uses
ENTITY_NUMBERS = ("6402817", "3158096", "7930452")

# (entity index, model fields): 云启's own model, filed in Beijing, is fine-tuned by 星河 (filed in
# Zhejiang), named with 云启's 备案号 by 星河 and called unmodified by 数智 under its own 登记.
_YUNQI = "北京云启智能科技有限公司"
_YUNQI_MODEL = "云启知行大模型"
_YUNQI_NUMBER = "Beijing-YunQiZhiXing-202409120015"
MODELS: tuple[tuple[int, dict[str, object]], ...] = (
    (0, dict(name=_YUNQI_MODEL, version="2.1", origin=ModelOrigin.OWN, track=ModelTrack.FILING,
             track_number=_YUNQI_NUMBER, track_date=date(2024, 9, 12))),
    (1, dict(name="星河绘影图像大模型", version="1.3", origin=ModelOrigin.FINE_TUNED,
             base_model=_YUNQI_MODEL, track=ModelTrack.FILING,
             track_number="Zhejiang-XingHeHuiYing-202503200021", track_date=date(2025, 3, 20))),
    (1, dict(name=_YUNQI_MODEL, version="2.1", origin=ModelOrigin.THIRD_PARTY, developer=_YUNQI,
             track=ModelTrack.FILING, track_number=_YUNQI_NUMBER, track_date=date(2024, 9, 12))),
    (2, dict(name=_YUNQI_MODEL, version="2.1", origin=ModelOrigin.THIRD_PARTY, developer=_YUNQI,
             track=ModelTrack.REGISTRATION,
             track_number="Guangdong-ShuZhiKeFuZhuShou-20250618S0009",
             track_date=date(2025, 6, 18))),
    (2, dict(name="数智数字人大模型", version="1.0", origin=ModelOrigin.OWN,
             track=ModelTrack.FILING, track_number="Guangdong-ShuZhiShuZiRen-202411080032",
             track_date=date(2024, 11, 8))),
)  # fmt: skip

# algorithm name → the model (of its own entity) it relies on
ALGORITHM_MODELS = {
    "云启智能写作生成算法": _YUNQI_MODEL,
    "云启大模型技术服务算法": _YUNQI_MODEL,
    "星河图像生成合成算法": "星河绘影图像大模型",
    "星河问答检索算法": _YUNQI_MODEL,
    "数智客服对话生成算法": _YUNQI_MODEL,
    "数智数字人合成算法": "数智数字人大模型",
}

# (name, type, role, target state, forms of its products); ids follow this order (1, 2, …)
_AT, _S, _F = AlgorithmType, AlgorithmState, ProductForm
_PRO, _SUP = Role.PROVIDER, Role.SUPPORTER
ALGORITHMS: tuple[tuple[str, AlgorithmType, Role, AlgorithmState, tuple[ProductForm, ...]], ...] = (
    ("云启个性化推荐算法", _AT.PUSH, _PRO, _S.FILED, (_F.APP, _F.WEBSITE)),
    ("云启热榜排序算法", _AT.RANKING, _PRO, _S.CHANGE_PENDING, (_F.APP,)),
    ("云启站内搜索算法", _AT.RETRIEVAL, _PRO, _S.SUBMITTED, (_F.MINI_PROGRAM,)),
    ("云启内容安全过滤算法", _AT.FILTERING, _PRO, _S.PREPARED, (_F.OFFICIAL_ACCOUNT,)),
    ("云启智能写作生成算法", _AT.GENERATION, _PRO, _S.DRAFT, (_F.APP, _F.DESKTOP)),
    ("云启大模型技术服务算法", _AT.GENERATION, _SUP, _S.CHANGE_SUBMITTED, ()),
    ("云启配送调度决策算法", _AT.SCHEDULING, _PRO, _S.RETURNED, (_F.APP,)),
    ("星河短视频推荐算法", _AT.PUSH, _PRO, _S.CANCEL_PENDING, (_F.APP, _F.H5)),
    ("星河商品排序算法", _AT.RANKING, _PRO, _S.CANCEL_SUBMITTED, (_F.WEBSITE,)),
    ("星河图像生成合成算法", _AT.GENERATION, _PRO, _S.CANCELLED, (_F.MINI_PROGRAM,)),
    ("星河问答检索算法", _AT.RETRIEVAL, _PRO, _S.REVOKED, (_F.PLUGIN,)),
    ("星河评论过滤算法", _AT.FILTERING, _PRO, _S.CANCELLED_BY_CAC, (_F.QUICK_APP,)),
    ("星河语音合成算法", _AT.GENERATION, _SUP, _S.ABANDONED, ()),
    ("星河骑手调度算法", _AT.SCHEDULING, _PRO, _S.FILED, (_F.API,)),
    ("数智客服对话生成算法", _AT.GENERATION, _PRO, _S.FILED, (_F.OFFICIAL_ACCOUNT, _F.OTHER)),
    ("数智资讯推送算法", _AT.PUSH, _PRO, _S.DRAFT, (_F.APP,)),
    ("数智职位匹配调度算法", _AT.SCHEDULING, _PRO, _S.PREPARED, (_F.WEBSITE,)),
    ("数智数字人合成算法", _AT.GENERATION, _SUP, _S.FILED, ()),
    ("数智文档检索算法", _AT.RETRIEVAL, _PRO, _S.SUBMITTED, (_F.DESKTOP,)),
    ("数智图片审核过滤算法", _AT.FILTERING, _PRO, _S.DRAFT, (_F.MINI_PROGRAM,)),
)

PRODUCT_NAMES = {
    ProductForm.APP: "APP",
    ProductForm.WEBSITE: "官网",
    ProductForm.MINI_PROGRAM: "小程序",
    ProductForm.OFFICIAL_ACCOUNT: "公众号",
    ProductForm.DESKTOP: "桌面版",
    ProductForm.PLUGIN: "浏览器插件",
    ProductForm.API: "开放平台API",
    ProductForm.QUICK_APP: "快应用",
    ProductForm.H5: "H5活动页",
    ProductForm.OTHER: "智能音箱技能",
}
# where users find each form of product: {brand} is the entity's, {site} its website's host
PRODUCT_ADDRESSES = {
    ProductForm.APP: "各大应用商店搜索“{brand}”",
    ProductForm.WEBSITE: "https://{site}",
    ProductForm.MINI_PROGRAM: "微信搜索“{brand}”小程序",
    ProductForm.OFFICIAL_ACCOUNT: "微信搜索公众号“{brand}”",
    ProductForm.DESKTOP: "https://{site}/download",
    ProductForm.PLUGIN: "浏览器扩展商店搜索“{brand}助手”",
    ProductForm.API: "https://{site}/open",
    ProductForm.QUICK_APP: "快应用中心搜索“{brand}”",
    ProductForm.H5: "https://{site}/m",
    ProductForm.OTHER: "智能音箱技能商店搜索“{brand}”",
}


def product_address(form: ProductForm, brand: str, website: str) -> str:
    site = website.removeprefix("https://")
    return PRODUCT_ADDRESSES[form].format(brand=brand, site=site)


# How each type of algorithm is described (the per-algorithm name, use and products come from
# ALGORITHMS); the keys are Algorithm fields.
_T, _I, _A, _V = Modality.TEXT, Modality.IMAGE, Modality.AUDIO, Modality.VIDEO
TYPE_TEXTS: dict[AlgorithmType, dict[str, object]] = {
    AlgorithmType.GENERATION: dict(
        application_field="内容生成",
        principle="基于自注意力机制的深度神经网络大模型，经预训练、指令微调与人类反馈强化学习，"
        "根据用户输入的提示逐步生成文本、图像或语音内容。",
        mechanism="接收用户请求并进行输入安全检测；模型推理生成内容；输出安全检测；"
        "添加显式标识与隐式元数据标识后返回结果。",
        data_description="训练数据来源于公开网页、正版图书与授权数据，经清洗与去标识化处理；"
        "微调数据为人工标注的指令样本。",
        model_description="基于已完成生成式人工智能服务备案的大模型，按季度更新版本。",
        strategy="输入输出双向内容安全检测，敏感词库每周更新，高风险请求转人工复核。",
        risks="存在生成违法不良信息、虚假信息及被恶意利用的风险；采取安全对齐训练、"
        "内容过滤、生成内容标识与投诉举报处理等措施。",
        input_modalities=(_T, _I),
        output_modalities=(_T, _I, _A),
        output_formats="txt、json、png、mp3",
        labelling_method="生成内容添加“AI生成”显式标识，并在文件元数据中写入隐式标识。",
    ),
    AlgorithmType.PUSH: dict(
        application_field="信息资讯",
        principle="采用召回、排序、重排三阶段架构，以深度学习模型预估用户对内容的兴趣，"
        "结合多样性与内容安全规则生成推荐列表。",
        mechanism="收集用户授权的浏览、点赞、关注等行为数据，生成兴趣标签；召回候选内容；"
        "模型打分排序；经内容安全审核后输出推荐结果。",
        data_description="近六个月用户授权的脱敏行为日志及站内内容标签，每日增量更新。",
        model_description="自研双塔召回模型与多目标排序模型，按日增量训练。",
        strategy="设置内容安全过滤、同质内容打散、未成年人模式，用户可关闭个性化推荐。",
        risks="存在信息茧房、标签歧视等风险；采取多样性约束、标签管理与人工审核等措施。",
        input_modalities=(_T, _I),
        output_modalities=(_T, _I, _V),
        output_formats="json",
    ),
    AlgorithmType.RANKING: dict(
        application_field="信息资讯",
        principle="综合内容热度、时效性、质量评分与用户反馈计算排序分值，"
        "按分值生成榜单或商品列表。",
        mechanism="实时统计点击、评论、转发等指标；计算综合分值；剔除违规内容；"
        "人工审核后展示排序结果。",
        data_description="平台内容与商品的公开互动数据及质量评分，按小时更新。",
        model_description="自研加权排序模型与学习排序模型，参数按周调整。",
        strategy="设置榜单人工审核、防刷量识别与热点干预记录留存机制。",
        risks="存在流量造假、操纵榜单等风险；采取异常流量识别与人工复核等措施。",
        input_modalities=(_T,),
        output_modalities=(_T, _I),
        output_formats="json",
    ),
    AlgorithmType.RETRIEVAL: dict(
        application_field="信息检索",
        principle="对用户查询进行分词与语义理解，在倒排索引与向量索引中检索候选结果，"
        "按相关度排序返回。",
        mechanism="解析查询词；召回候选文档；计算相关度并排序；过滤违法不良信息后返回结果。",
        data_description="平台内公开发布的文章、问答与文档，建立索引后实时更新。",
        model_description="自研语义检索模型与相关度排序模型，按月更新。",
        strategy="检索结果经内容安全过滤，敏感查询返回权威信息，用户可反馈结果问题。",
        risks="存在检索结果不准确、呈现不良信息等风险；采取结果过滤与人工复核等措施。",
        input_modalities=(_T,),
        output_modalities=(_T,),
        output_formats="json",
    ),
    AlgorithmType.FILTERING: dict(
        application_field="内容安全",
        principle="以文本与图像分类模型识别违法和不良信息，结合关键词规则判定处置方式。",
        mechanism="对用户发布的内容进行机器识别；按风险等级拦截、限流或转人工审核；"
        "记录处置结果并受理申诉。",
        data_description="经人工标注的违规样本与正常样本，按周补充新增样本。",
        model_description="自研文本分类模型与图像识别模型，按周迭代。",
        strategy="机器识别与人工审核相结合，误判内容可申诉恢复，审核记录依法留存。",
        risks="存在误判、漏判等风险；采取人工复核、申诉处理与模型持续优化等措施。",
        input_modalities=(_T, _I),
        output_modalities=(_T,),
        output_formats="json",
    ),
    AlgorithmType.SCHEDULING: dict(
        application_field="即时配送",
        principle="根据订单位置、服务人员位置与运力状况求解调度优化问题，生成派单与路线规划方案。",
        mechanism="接收订单信息；预估送达时间；计算派单方案与路线；实时监测执行情况并动态调整。",
        data_description="订单位置、服务人员授权的实时位置及历史履约记录，实时更新。",
        model_description="自研送达时间预估模型与调度优化模型，按周更新。",
        strategy="设置劳动强度上限、恶劣天气放宽时限与派单规则公示，保障劳动者权益。",
        risks="存在劳动者权益受损、派单不公等风险；采取时限放宽、申诉处理与规则公示等措施。",
        input_modalities=(_T,),
        output_modalities=(_T,),
        output_formats="json",
    ),
}
SUPPORTER_METHOD = (
    "以API和SDK方式向已签约的企业客户提供技术服务，客户须完成实名认证并承诺遵守内容安全要求。"
)
# fields one algorithm has of its own, over its type's
ALGORITHM_TEXTS: dict[str, dict[str, object]] = {
    "星河商品排序算法": dict(application_field="网络购物"),
    "数智职位匹配调度算法": dict(application_field="人力资源服务"),
}

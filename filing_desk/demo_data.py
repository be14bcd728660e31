"""Demo register sample data: invented entities, algorithm specs and product names, and the
helpers that make well-formed USCCs and filing numbers for them.

Plain data for demo.py to write; it must not touch a register, read files or import anything but
the domain.
"""

from __future__ import annotations

from filing_desk.domain.codes import filing_check_digit, uscc_check_char
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProductForm, Role


def uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


def filing_number(
    region: str, entity_no: str, algo_type: AlgorithmType, year: int, serial: int
) -> str:
    first20 = f"{region}{entity_no}{algo_type.value}{year % 100:02d}{serial:03d}"
    return first20 + filing_check_digit(first20)


ENTITIES = (
    dict(
        name="北京云启智能科技有限公司",
        uscc=uscc("91110108MA01ABCD1"),
        region_code="110108",
        address="北京市海淀区中关村大街1号",
        legal_rep_name="王建国",
        officer_name="李静",
        officer_phone="13800138000",
        officer_email="lijing@yunqi.example.cn",
        contact_name="赵敏",
        contact_title="法务总监",
        contact_phone="010-62345678",
        contact_email="legal@yunqi.example.cn",
        website="https://yunqi.example.cn",
    ),
    dict(
        name="杭州星河网络有限公司",
        uscc=uscc("91330110MA2ABCDE3"),
        region_code="330110",
        address="浙江省杭州市余杭区文一西路969号",
        legal_rep_name="陈晓东",
        officer_name="周婷",
        officer_phone="13900139000",
        officer_email="zhouting@xinghe.example.cn",
        contact_name="吴磊",
        contact_title="合规经理",
        contact_phone="0571-88886666",
        contact_email="compliance@xinghe.example.cn",
    ),
    dict(
        name="深圳前海数智服务有限公司",
        uscc=uscc("91440300MA5FABCD7"),
        region_code="440305",
        address="广东省深圳市南山区科技园南区",
        legal_rep_name="黄海",
        officer_name="林晓",
        officer_phone="13700137000",
        officer_email="linxiao@qianhai.example.cn",
        contact_name="Grace Lin",
        contact_title="In-house counsel",
        contact_email="grace.lin@qianhai.example.cn",
    ),
)

# (name, type, role, target state, forms of its products)
ALGORITHMS: tuple[tuple[str, AlgorithmType, Role, AlgorithmState, tuple[ProductForm, ...]], ...] = (
    (
        "云启个性化推荐算法",
        AlgorithmType.PUSH,
        Role.PROVIDER,
        AlgorithmState.FILED,
        (ProductForm.APP, ProductForm.WEBSITE),
    ),
    (
        "云启热榜排序算法",
        AlgorithmType.RANKING,
        Role.PROVIDER,
        AlgorithmState.CHANGE_PENDING,
        (ProductForm.APP,),
    ),
    (
        "云启站内搜索算法",
        AlgorithmType.RETRIEVAL,
        Role.PROVIDER,
        AlgorithmState.SUBMITTED,
        (ProductForm.MINI_PROGRAM,),
    ),
    (
        "云启内容安全过滤算法",
        AlgorithmType.FILTERING,
        Role.PROVIDER,
        AlgorithmState.PREPARED,
        (ProductForm.OFFICIAL_ACCOUNT,),
    ),
    (
        "云启智能写作生成算法",
        AlgorithmType.GENERATION,
        Role.PROVIDER,
        AlgorithmState.DRAFT,
        (ProductForm.APP, ProductForm.DESKTOP),
    ),
    (
        "云启大模型技术服务算法",
        AlgorithmType.GENERATION,
        Role.SUPPORTER,
        AlgorithmState.CHANGE_SUBMITTED,
        (),
    ),
    (
        "云启配送调度决策算法",
        AlgorithmType.SCHEDULING,
        Role.PROVIDER,
        AlgorithmState.RETURNED,
        (ProductForm.APP,),
    ),
    (
        "星河短视频推荐算法",
        AlgorithmType.PUSH,
        Role.PROVIDER,
        AlgorithmState.CANCEL_PENDING,
        (ProductForm.APP, ProductForm.H5),
    ),
    (
        "星河商品排序算法",
        AlgorithmType.RANKING,
        Role.PROVIDER,
        AlgorithmState.CANCEL_SUBMITTED,
        (ProductForm.WEBSITE,),
    ),
    (
        "星河图像生成合成算法",
        AlgorithmType.GENERATION,
        Role.PROVIDER,
        AlgorithmState.CANCELLED,
        (ProductForm.MINI_PROGRAM,),
    ),
    (
        "星河问答检索算法",
        AlgorithmType.RETRIEVAL,
        Role.PROVIDER,
        AlgorithmState.REVOKED,
        (ProductForm.PLUGIN,),
    ),
    (
        "星河评论过滤算法",
        AlgorithmType.FILTERING,
        Role.PROVIDER,
        AlgorithmState.CANCELLED_BY_CAC,
        (ProductForm.QUICK_APP,),
    ),
    ("星河语音合成算法", AlgorithmType.GENERATION, Role.SUPPORTER, AlgorithmState.ABANDONED, ()),
    (
        "星河骑手调度算法",
        AlgorithmType.SCHEDULING,
        Role.PROVIDER,
        AlgorithmState.FILED,
        (ProductForm.API,),
    ),
    (
        "数智客服对话生成算法",
        AlgorithmType.GENERATION,
        Role.PROVIDER,
        AlgorithmState.FILED,
        (ProductForm.OFFICIAL_ACCOUNT, ProductForm.OTHER),
    ),
    (
        "数智资讯推送算法",
        AlgorithmType.PUSH,
        Role.PROVIDER,
        AlgorithmState.DRAFT,
        (ProductForm.APP,),
    ),
    (
        "数智职位匹配调度算法",
        AlgorithmType.SCHEDULING,
        Role.PROVIDER,
        AlgorithmState.PREPARED,
        (ProductForm.WEBSITE,),
    ),
    ("数智数字人合成算法", AlgorithmType.GENERATION, Role.SUPPORTER, AlgorithmState.FILED, ()),
    (
        "数智文档检索算法",
        AlgorithmType.RETRIEVAL,
        Role.PROVIDER,
        AlgorithmState.SUBMITTED,
        (ProductForm.DESKTOP,),
    ),
    (
        "数智图片审核过滤算法",
        AlgorithmType.FILTERING,
        Role.PROVIDER,
        AlgorithmState.DRAFT,
        (ProductForm.MINI_PROGRAM,),
    ),
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

ENTITY_NUMBERS = ("8234839", "5072064", "2959887")

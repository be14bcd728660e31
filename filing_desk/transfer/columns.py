"""Spreadsheet headers ↔ record fields: the one table of column names, Chinese and English.

No Qt, no database. A mapping is a plain ``dict[int, str]`` (column index → field key such as
``"algorithm.filing_number"``); ``auto_map`` proposes one, the import dialog edits it and passes it
back to ``tabular.parse_rows``. The exporters write these same headers, so an exported sheet maps
back onto the same fields without editing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from filing_desk.domain.enums import AlgorithmType, ProductForm
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Product
from filing_desk.transfer.batch import at_column, warning

# Keys that are not a field of Entity or Algorithm.
PRODUCTS = "products"
MODELS = "models"
REMARK = "remark"


@dataclass(frozen=True)
class Column:
    key: str  # "entity.name", "algorithm.main_use", or PRODUCTS / MODELS / REMARK
    zh: str
    en: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


def _c(key: str, zh: str, en: str, *aliases: str) -> Column:
    return Column(key, zh, en, aliases)


COLUMNS: tuple[Column, ...] = (
    _c("entity.name", "主体名称", "Entity", "Entity name", "备案主体", "公司名称", "企业名称"),
    _c(
        "entity.uscc",
        "统一社会信用代码",
        "USCC",
        "社会信用代码",
        "信用代码",
        "Credit code",
        "Unified social credit code",
    ),
    _c("algorithm.name", "算法名称", "Algorithm name", "算法", "Algorithm"),
    _c("algorithm.algo_type", "算法类别", "Type", "算法类型", "类别", "类型", "Algorithm type"),
    _c("algorithm.role", "角色", "Role", "算法角色", "主体角色"),
    _c(PRODUCTS, "应用产品", "Products", "产品", "应用产品名称", "Product"),
    _c("algorithm.main_use", "主要用途", "Main use", "用途"),
    _c("algorithm.filing_number", "备案编号", "Filing number", "备案号", "算法备案编号"),
    _c("algorithm.launch_date", "上线时间", "Launch date", "上线日期", "Go-live date"),
    _c("algorithm.state", "状态", "Status", "备案状态", "State", "Filing status"),
    _c(REMARK, "备注", "Remarks", "Remark", "说明"),
    _c("algorithm.application_field", "应用领域", "Field", "Application field"),
    _c("algorithm.scenarios", "使用场景", "Scenarios", "应用场景", "Scenario"),
    _c(
        "entity.officer_name",
        "算法安全责任人",
        "Algorithm security officer",
        "安全责任人",
        "Security officer",
    ),
    _c("entity.officer_phone", "算法安全责任人电话", "Officer phone"),
    _c("entity.officer_email", "算法安全责任人邮箱", "Officer email"),
    _c("entity.officer_id_type", "算法安全责任人证件类型", "Officer ID type"),
    _c("entity.officer_id_number", "算法安全责任人证件号码", "Officer ID number"),
    _c("entity.entity_type", "主体类型", "Entity type", "单位类型"),
    _c("entity.region_code", "行政区划代码", "Region code", "地区代码"),
    _c("entity.address", "主体地址", "Address", "住所", "注册地址"),
    _c("entity.website", "主体网站", "Website", "网址"),
    _c("entity.legal_rep_name", "法定代表人", "Legal representative", "法人"),
    _c("entity.legal_rep_id_type", "法定代表人证件类型", "Legal representative ID type"),
    _c("entity.legal_rep_id_number", "法定代表人证件号码", "Legal representative ID number"),
    _c("entity.contact_name", "联系人", "Contact", "Contact name"),
    _c("entity.contact_title", "联系人职务", "Contact title"),
    _c("entity.contact_phone", "联系人电话", "Contact phone"),
    _c("entity.contact_email", "联系人邮箱", "Contact email"),
    _c("entity.state", "主体状态", "Entity state"),
    _c("entity.notes", "主体备注", "Entity notes"),
    _c("algorithm.triage", "是否需要备案", "Triage", "备案判断"),
    _c("algorithm.triage_reason", "判断理由", "Triage reason"),
    _c("algorithm.public_opinion", "舆论属性", "Public-opinion attributes"),
    _c("algorithm.mobilisation", "社会动员能力", "Mobilisation capability"),
    _c("algorithm.summary", "算法简介", "Summary"),
    _c("algorithm.principle", "算法基本原理", "Principle", "基本原理"),
    _c("algorithm.mechanism", "算法运行机制", "Mechanism", "运行机制"),
    _c("algorithm.purpose", "算法目的意图", "Purpose", "目的意图"),
    _c("algorithm.disclosure_text", "拟公示内容", "Disclosure text"),
    _c("algorithm.input_modalities", "输入模态", "Input modalities"),
    _c("algorithm.output_modalities", "输出模态", "Output modalities"),
    _c("algorithm.output_formats", "输出格式", "Output formats"),
    _c("algorithm.data_description", "算法数据", "Data"),
    _c("algorithm.model_description", "算法模型", "Model description"),
    _c(MODELS, "模型名称", "Models", "模型", "使用的模型", "Model"),
    _c("algorithm.strategy", "算法策略", "Strategy", "干预策略"),
    _c("algorithm.risks", "算法风险与防范机制", "Risks", "风险与防范机制"),
    _c("algorithm.service_method", "技术服务方式", "Service method"),
    _c("algorithm.labelling_method", "结果标识", "Labelling method", "标识方法"),
    _c("algorithm.termination_date", "终止服务时间", "Termination date", "终止日期"),
    _c("algorithm.filed_date", "备案时间", "Filed date", "备案日期"),
    _c("algorithm.notes", "算法备注", "Notes", "Algorithm notes"),
)

BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
REQUIRED: tuple[str, ...] = ("entity.name", "algorithm.name", "algorithm.algo_type")


def normalise_header(text: object) -> str:
    """Fold a header for matching: full-width → half-width (NFKC), no whitespace, no case."""
    folded = unicodedata.normalize("NFKC", "" if text is None else str(text))
    folded = re.sub(r"\s+", "", folded).casefold()
    return folded.strip("*:：")


def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for column in COLUMNS:
        for name in (column.key, column.zh, column.en, *column.aliases):
            table.setdefault(normalise_header(name), column.key)
    return table


_LOOKUP = _lookup()


def auto_map(headers: Sequence[object]) -> dict[int, str]:
    """Propose a mapping for these headers; each field is taken by its first matching column."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = _LOOKUP.get(normalise_header(header))
        if key and key not in taken:
            mapping[index] = key
            taken.add(key)
    return mapping


def missing_required(mapping: Mapping[int, str]) -> tuple[str, ...]:
    """The required field keys no column is mapped to (the dialog shows these)."""
    mapped = set(mapping.values())
    return tuple(k for k in REQUIRED if k not in mapped)


def header(key: str, lang: str = "zh") -> str:
    """The header the exporters write for a field key."""
    column = BY_KEY.get(key)
    return column.label(lang) if column else key


def unknown_keys(mapping: Mapping[int, str]) -> tuple[str, ...]:
    """Keys in an edited mapping that name no known field (the dialog should not produce any)."""
    return tuple(sorted({k for k in mapping.values() if k not in BY_KEY}))


LEGACY_RETRIEVAL_FILTERING = "检索过滤类"


def read_filing_number(
    text: str, algo_type: AlgorithmType | None, key: str, column: str
) -> tuple[str, list[Issue]]:
    """Normalise a printed filing number to 21 digits and check it (domain.md Part A item 9).

    Returns ``("", issues)`` when the number is unusable. A 22-digit misprint stays an error (never
    silently fixed); when dropping one of a pair of repeated digits yields a number that passes
    every check, the error says so and carries it in ``params["suggestions"]``.
    """
    from filing_desk.domain import codes  # owned by the domain; imported when used

    raw = text.strip()
    if not raw:
        return "", []
    issues = at_column(codes.check_filing_number(raw, algo_type, field=key), key, column)
    number = codes.normalise_filing_number(raw) or ""
    if not number:
        issues = _with_misprint_hint(raw, algo_type, issues)
    return number, issues


def _with_misprint_hint(
    raw: str, algo_type: AlgorithmType | None, issues: list[Issue]
) -> list[Issue]:
    from filing_desk.domain import codes

    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", raw))
    if len(digits) != 22:
        return issues
    candidates = sorted(
        {digits[:i] + digits[i + 1 :] for i in range(21) if digits[i] == digits[i + 1]}
    )
    good = [c for c in candidates if not codes.check_filing_number(c, algo_type)]
    if not good:
        return issues
    hint = " or ".join(codes.format_filing_number(c) for c in good)
    out, done = [], False
    for issue in issues:
        if issue.is_error and not done:
            text = (
                f"{(issue.text or issue.code).rstrip('.')}; dropping one repeated digit gives "
                f"{hint}, which passes every check (confirm before using it)"
            )
            issue = replace(issue, text=text, params={**issue.params, "suggestions": good})
            done = True
        out.append(issue)
    return out


def resolve_legacy_type(number: str, key: str, column: str) -> tuple[AlgorithmType, Issue]:
    """检索过滤类 (lists before 2024-04) is 04 or 05: take the number's type code, else 04.

    Always returns a warning so the user confirms the choice.
    """
    code = number[13:15] if len(number) == 21 else ""
    if code == AlgorithmType.FILTERING.value:
        chosen, why = AlgorithmType.FILTERING, "from the filing number's type code 05"
    elif code == AlgorithmType.RETRIEVAL.value:
        chosen, why = AlgorithmType.RETRIEVAL, "from the filing number's type code 04"
    else:
        chosen, why = AlgorithmType.RETRIEVAL, "by default; change it to 内容过滤类 if it filters"
    text = f"legacy type {LEGACY_RETRIEVAL_FILTERING} taken as {chosen.zh} ({chosen.value}) {why}"
    return chosen, warning("import.legacy_type", key, text, column, chosen=chosen.value)


def read_uscc(text: str, key: str, column: str) -> tuple[str, list[Issue]]:
    """Upper-case and strip a unified social credit code, then check it (GB 32100-2015)."""
    from filing_desk.domain import codes

    code = unicodedata.normalize("NFKC", text).strip().upper()
    if not code:
        return "", []
    return code, at_column(codes.check_uscc(code, field=key), key, column)


# --- 应用产品: "名称（形态）、名称（形态1、形态2）；…", "--" for technical supporters

_NO_PRODUCTS = frozenset({"", "--", "-", "—", "——", "－－", "无", "/"})
_SEPARATORS = "、；;,， \t\r\n"
_GROUP = re.compile(r"[（(]([^（）()]*)[）)]")


def _fold_form(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


_FORM_WORDS: dict[str, ProductForm] = {
    **{_fold_form(f.value): f for f in ProductForm},
    **{_fold_form(f.zh): f for f in ProductForm},
    **{_fold_form(f.en): f for f in ProductForm},
    **{
        word: form
        for form, words in (
            (ProductForm.APP, ("app", "客户端", "移动应用", "应用程序")),
            (ProductForm.WEBSITE, ("网页", "web", "网页端", "pc网站", "网站端")),
            (ProductForm.MINI_PROGRAM, ("微信小程序", "支付宝小程序", "百度小程序", "抖音小程序")),
            (ProductForm.OFFICIAL_ACCOUNT, ("公众号", "微信公众号", "服务号", "订阅号")),
            (ProductForm.DESKTOP, ("桌面端", "pc端", "pc客户端", "电脑客户端", "桌面应用")),
            (ProductForm.API, ("接口", "api接口")),
            (ProductForm.OTHER, ("其它",)),
        )
        for word in words
    },
}


def product_form(text: str) -> ProductForm | None:
    """A product form word (APP, 网站, 小程序, 公众号/公众账号, 其他 …) → ProductForm, or None."""
    return _FORM_WORDS.get(_fold_form(text))


def _forms_in(group: str) -> list[str]:
    return [p for p in re.split(r"[、,，/;；]", group) if p.strip()]


def parse_products(text: str, key: str, column: str) -> tuple[tuple[Product, ...], list[Issue]]:
    """Parse a 应用产品 cell into products; a name listed with several forms gives one each.

    The form is the last bracket group before a separator (so ``星小辰（H5）(网站)`` is the
    website ``星小辰（H5）``). Unknown forms become OTHER with a warning; a trailing 等 is a
    warning that the list may not name every product.
    """
    cell = unicodedata.normalize("NFC", text).strip()
    issues: list[Issue] = []
    if cell in _NO_PRODUCTS:
        return (), issues
    if cell.endswith("等"):
        cell = cell[:-1].rstrip()
        issues.append(
            warning(
                "products.etc", key, "the list ends with 等: some products are not named", column
            )
        )
    products: list[Product] = []
    start = 0
    for match in _GROUP.finditer(cell):
        if not _ends_product(cell, match):
            continue
        name = cell[start : match.start()].strip(_SEPARATORS)
        start = match.end()
        products += _products_for(name, _forms_in(match.group(1)), key, column, issues)
    rest = cell[start:].strip(_SEPARATORS)
    if rest:
        issues.append(
            warning("products.no_form", key, f"product “{rest}” has no form; taken as 其他", column)
        )
        products.append(Product(name=rest, form=ProductForm.OTHER))
    return tuple(products), issues


def _ends_product(cell: str, match: re.Match[str]) -> bool:
    after = cell[match.end() : match.end() + 1]
    if after == "" or after in _SEPARATORS:
        return True
    forms = _forms_in(match.group(1))
    return bool(forms) and after not in "（(" and all(product_form(f) for f in forms)


def _products_for(
    name: str, forms: list[str], key: str, column: str, issues: list[Issue]
) -> list[Product]:
    if not name:
        issues.append(warning("products.no_name", key, "a product has no name", column))
        return []
    out = []
    for word in forms or ["其他"]:
        form = product_form(word)
        if form is None:
            issues.append(
                warning(
                    "products.form",
                    key,
                    f"unknown product form “{word}” for “{name}”; recorded as 其他",
                    column,
                )
            )
            form = ProductForm.OTHER
        out.append(Product(name=name, form=form))
    return out


def format_products(products: Iterable[Product]) -> str:
    """The inverse of ``parse_products``: ``名称（形态）、名称（形态）``; empty → ``--``."""
    text = "、".join(f"{p.name}（{p.form.zh}）" for p in products)
    return text or "--"

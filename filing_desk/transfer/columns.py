"""Spreadsheet headers ↔ record fields: the register sheet's columns, built from the declarations.

No Qt, no database. Each entity and algorithm field is a column headed by its declared label
(Chinese or English) and recognised on import by its key, either label or a declared alias; the
layout puts the CAC lists' columns first. A mapping is a plain ``dict[int, str]`` (column index →
field key such as ``"algorithm.filing_number"``); ``auto_map`` proposes one, the import dialog
edits it and passes it back to ``tabular.parse_rows``. The exporters write these same headers, so
an exported sheet maps back onto the same fields without editing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from filing_desk.domain.enums import AlgorithmType, ProductForm
from filing_desk.domain.fields.declare import Declared, declared
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Algorithm, Entity, Product
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


_SPECIAL = {
    PRODUCTS: Column(PRODUCTS, "应用产品", "Products", ("产品", "应用产品名称", "Product")),
    MODELS: Column(MODELS, "模型名称", "Models", ("模型", "使用的模型", "Model")),
    REMARK: Column(REMARK, "备注", "Remarks", ("Remark", "说明")),
}
LEAD: tuple[str, ...] = (
    # the CAC lists' columns (序号 aside), in their order
    "entity.name",
    "entity.uscc",
    "algorithm.name",
    "algorithm.algo_type",
    "algorithm.role",
    PRODUCTS,
    "algorithm.main_use",
    "algorithm.filing_number",
    "algorithm.launch_date",
    "algorithm.state",
    REMARK,
    # then what a reader of the register looks for next
    "algorithm.application_field",
    "algorithm.scenarios",
    "entity.officer_name",
    "entity.officer_phone",
    "entity.officer_email",
    "entity.officer_id_type",
    "entity.officer_id_number",
)
"""The first columns; every other entity field, then every other algorithm field, follows in
declaration order, with MODELS after ``MODELS_AFTER``."""
MODELS_AFTER = "algorithm.model_description"


def _column(field: Declared) -> Column:
    label, heading = field.decl.label, field.decl.column or field.decl.label
    words = tuple(w for w in label if w not in heading)  # the label is recognised too
    return Column(field.key, heading.zh, heading.en, (*words, *field.decl.aliases))


def _columns() -> tuple[Column, ...]:
    fields = {d.key: d for record in (Entity, Algorithm) for d in declared(record)}
    keys = [*LEAD, *(key for key in fields if key not in LEAD)]
    keys.insert(keys.index(MODELS_AFTER) + 1, MODELS)
    return tuple(_SPECIAL[k] if k in _SPECIAL else _column(fields[k]) for k in keys)


COLUMNS: tuple[Column, ...] = _columns()
BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
REQUIRED: tuple[str, ...] = tuple(
    d.key for record in (Entity, Algorithm) for d in declared(record) if d.decl.required
)


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

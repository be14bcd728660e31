"""Read ``forms/*.toml`` into FormSpecs, strictly: every problem in every file, then one error.

No Qt. Checks unknown keys at every level, both label languages, field types, enum names, and
resolves every ``key`` path against the record dataclasses (``domain.records.field_names``), so a
bad spec fails at load time (and in the tests), never while a user is filling a form. A field
whose key names a declared field (``domain.fields``) takes its label, help, type and choices from
the declaration; the spec gives them only where its page needs other words (both languages).
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from filing_desk.domain import citations
from filing_desk.domain.fields.declare import Declared
from filing_desk.domain.records import declared_key
from filing_desk.forms.checklist_spec import form_checklist, section_items
from filing_desk.forms.errors import SpecError, SpecErrors, UnknownForm
from filing_desk.forms.fieldtypes import FIELD_REF, TYPES
from filing_desk.forms.keys import (
    Target,
    check_conditions,
    check_key,
    check_type_fits,
    declaration,
    placeholders,
    spec_choices,
    spec_type,
)
from filing_desk.forms.spec import (
    APPLIES_TO,
    LAYOUTS,
    REPEATS,
    SECTION_KINDS,
    Cite,
    FieldSpec,
    FormSpec,
    Section,
    Text,
)

TOP_KEYS = frozenset(
    {"id", "title", "applies_to", "needs_signature", "needs_seal", "draft_watermark", "section"}
    | {"cite", "marking", "checklist"}
)
SECTION_KEYS = frozenset(
    {"title", "field", "kind", "repeat", "layout", "text", "when", "min_items", "cite", "items"}
)
FIELD_KEYS = frozenset(
    {
        "key",
        "label",
        "help",
        "type",
        "required",
        "min_length",
        "max_length",
        "pattern",
        "choices",
        "cite",
        "when",
        "lines",
        "blank",
    }
)
LANGS = ("zh", "en")
INDEX = re.compile(r"\[(\d+)\]")


def forms_dir() -> Path:
    """The folder of spec files: ``forms/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "forms"
    return Path(__file__).resolve().parents[2] / "forms"


class _Problems:
    """Collects SpecErrors for one file."""

    def __init__(self, path: Path) -> None:
        self.file = _display(path)
        self.errors: list[SpecError] = []

    def add(self, where: str, reason: str) -> None:
        self.errors.append(SpecError(self.file, where, reason))


def _display(path: Path) -> str:
    root = forms_dir().parent
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def load_file(path: Path) -> FormSpec:
    """Load and check one spec file; raises SpecErrors listing every problem in it."""
    spec, errors = _load(Path(path))
    if errors or spec is None:
        raise SpecErrors(errors)
    return spec


def load_all(directory: Path | None = None) -> dict[str, FormSpec]:
    """Load every ``*.toml`` in the folder (default ``forms_dir()``), keyed by form id."""
    folder = Path(directory) if directory is not None else forms_dir()
    specs: dict[str, FormSpec] = {}
    errors: list[SpecError] = []
    for path in sorted(folder.glob("*.toml")):
        spec, problems = _load(path)
        errors.extend(problems)
        if spec is not None:
            specs[spec.id] = spec
    if errors:
        raise SpecErrors(errors)
    return specs


@cache
def _default_specs() -> dict[str, FormSpec]:
    return load_all()


def get(form_id: str) -> FormSpec:
    """The spec of one form from the default folder (loaded once, then cached)."""
    specs = _default_specs()
    if form_id not in specs:
        raise UnknownForm(form_id, specs)
    return specs[form_id]


def label_for(key: str, lang: str = "zh") -> str:
    """The label the specs give a dotted key (``product[3].name`` → the product name label #3);
    for a declared field no spec places, its declaration's; else the key itself."""
    index = INDEX.search(key)
    base = INDEX.sub("", key)
    found = declared_key(base)
    label = _labels().get(base) or (found.decl.label if found is not None else None)
    if label is None:
        return key
    text = label.get(lang)
    return f"{text} #{index.group(1)}" if index else text


FIELD_REF.use_labels(label_for)  # fieldtypes cannot import this module: see FieldRefType


@cache
def _labels() -> dict[str, Text]:
    labels: dict[str, Text] = {}
    for spec in _default_specs().values():
        for _section, spec_field in spec.fields():
            if spec_field.key and spec_field.type != "fieldref":
                labels.setdefault(spec_field.key, spec_field.label)
    return labels


def _load(path: Path) -> tuple[FormSpec | None, list[SpecError]]:
    problems = _Problems(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.add("", f"cannot read spec: {exc}")
        return None, problems.errors
    spec = _form(data, path.stem, problems)
    return (None if problems.errors else spec), problems.errors


def _unknown(raw: dict[str, object], allowed: Iterable[str], where: str, p: _Problems) -> None:
    for key in sorted(set(raw) - set(allowed)):
        p.add(where, f"unknown key {key!r}")


def _text(raw: object, where: str, name: str, p: _Problems) -> Text:
    if not isinstance(raw, dict):
        p.add(where, f"{name!r} must be a table {{zh = ..., en = ...}}")
        return Text("", "")
    _unknown(raw, LANGS, f"{where} {name}".strip(), p)
    for lang in LANGS:
        value = raw.get(lang)
        if not isinstance(value, str) or not value.strip():
            p.add(where, f"{name!r} is missing the {lang!r} text")
    return Text(str(raw.get("zh", "")), str(raw.get("en", "")))


def _bool(raw: dict[str, object], key: str, where: str, p: _Problems, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        p.add(where, f"{key!r} must be true or false")
        return default
    return value


def _int(raw: dict[str, object], key: str, where: str, p: _Problems) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        p.add(where, f"{key!r} must be a whole number ≥ 0")
        return None
    return value


def _form(data: dict[str, object], stem: str, p: _Problems) -> FormSpec:
    _unknown(data, TOP_KEYS, "", p)
    form_id = data.get("id")
    if not isinstance(form_id, str) or not form_id:
        p.add("", "missing 'id'")
    elif form_id != stem:
        p.add("", f"id {form_id!r} does not match the file name {stem!r}")
    applies_to = data.get("applies_to")
    if applies_to not in APPLIES_TO:
        p.add("", f"'applies_to' must be one of {', '.join(APPLIES_TO)}, not {applies_to!r}")
    raw_sections = data.get("section")
    if not isinstance(raw_sections, list) or not raw_sections:
        p.add("", "a form needs at least one [[section]]")
        raw_sections = []
    sections = tuple(_section(raw, i, p) for i, raw in enumerate(raw_sections, start=1))
    _check_duplicates(sections, p)
    return FormSpec(
        id=str(form_id or stem),
        title=_text(data.get("title"), "", "title", p),
        applies_to=str(applies_to),
        sections=sections,
        needs_signature=_bool(data, "needs_signature", "", p, False),
        needs_seal=_bool(data, "needs_seal", "", p, False),
        draft_watermark=_bool(data, "draft_watermark", "", p, True),
        source=p.file,
        cite=_cite(data, "", p),
        marking=_text(data["marking"], "", "marking", p) if "marking" in data else None,
        checklist=form_checklist(data.get("checklist"), applies_to, sections, p.add),
    )


def _section(raw: object, index: int, p: _Problems) -> Section:
    where = f"section {index}"
    if not isinstance(raw, dict):
        p.add(where, "must be a table")
        return Section(title=Text("", ""))
    _unknown(raw, SECTION_KEYS, where, p)
    kind, repeat, layout = raw.get("kind", "fields"), raw.get("repeat"), raw.get("layout", "rows")
    if kind not in SECTION_KINDS:
        p.add(where, f"'kind' must be one of {', '.join(SECTION_KINDS)}, not {kind!r}")
    if repeat is not None and repeat not in REPEATS:
        p.add(where, f"'repeat' must be one of {', '.join(REPEATS)}, not {repeat!r}")
        repeat = None
    if layout not in LAYOUTS or (layout == "grid" and repeat is None):
        p.add(where, f"'layout' must be 'rows', or 'grid' in a repeated section, not {layout!r}")
    min_items = _int(raw, "min_items", where, p) or 0
    if min_items and repeat is None:
        p.add(where, "'min_items' needs 'repeat'")
    prefix = REPEATS[repeat][0] if repeat else None
    raw_fields = raw.get("field", [])
    if not isinstance(raw_fields, list):
        p.add(where, "'field' must be an array of tables [[section.field]]")
        raw_fields = []
    fields = tuple(
        _field(f, index, j, str(kind), prefix, p) for j, f in enumerate(raw_fields, start=1)
    )
    text = _section_text(raw, where, p)
    items = section_items(raw, str(kind), bool(fields) or text is not None, where, p.add)
    return Section(
        title=_text(raw.get("title"), where, "title", p),
        fields=fields,
        kind=str(kind),
        repeat=repeat,
        layout=str(layout),
        text=text,
        when=check_conditions(raw.get("when"), where, p.add),
        min_items=min_items,
        cite=_cite(raw, where, p),
        items=items,
    )


def _section_text(raw: dict[str, object], where: str, p: _Problems) -> Text | None:
    if "text" not in raw:
        return None
    text = _text(raw["text"], where, "text", p)
    for key in sorted(set(placeholders(text.zh)) | set(placeholders(text.en))):
        reason = check_key(key, None)[1]
        if reason:
            p.add(where, f"text placeholder {{{key}}}: {reason}")
    return text


def _field(raw: object, s: int, j: int, kind: str, prefix: str | None, p: _Problems) -> FieldSpec:
    if not isinstance(raw, dict):
        p.add(f"section {s} field {j}", "must be a table")
        return FieldSpec("", Text("", ""), Text("", ""), "text")
    key = raw.get("key", "")
    where = f"section {s} field {key!r}" if key else f"section {s} field {j}"
    _unknown(raw, FIELD_KEYS, where, p)
    if not isinstance(key, str):
        p.add(where, "'key' must be a string")
        key = ""
    target, reason = check_key(key, prefix) if key else (None, None)
    found = declaration(target)
    type_name = spec_type(raw, key, found)
    if type_name not in TYPES:
        p.add(where, f"unknown type {type_name!r} (known: {', '.join(TYPES)})")
    required = _bool(raw, "required", where, p, False)
    choices = spec_choices(raw, found, type_name)
    if key:
        _check_field_key(raw, (target, reason), type_name, choices, where, p)
    elif kind != "outline":
        p.add(where, "'key' is required (only outline sections have blanks without a key)")
    elif required:
        p.add(where, "a blank without a key cannot be required")
    return FieldSpec(
        key=key,
        label=_wording(raw, "label", found, where, p),
        help=_wording(raw, "help", found, where, p),
        type=type_name,
        required=required,
        min_length=_int(raw, "min_length", where, p),
        max_length=_int(raw, "max_length", where, p),
        pattern=_pattern(raw, where, p),
        choices=choices,
        cite=_cite(raw, where, p),
        when=check_conditions(raw.get("when"), where, p.add),
        lines=_int(raw, "lines", where, p) or 0,
        blank=_text(raw["blank"], where, "blank", p) if "blank" in raw else None,
    )


def _wording(
    raw: dict[str, object], name: str, found: Declared | None, where: str, p: _Problems
) -> Text:
    """The spec's ``label`` or ``help``; the declared field's words when the spec has none."""
    if name in raw or found is None:
        return _text(raw.get(name), where, name, p)
    words = found.decl.label if name == "label" else found.decl.help
    return Text(words.zh, words.en)


def _check_field_key(
    raw: dict[str, object],
    resolved: tuple[Target | None, str | None],
    type_name: str,
    choices: str | None,
    where: str,
    p: _Problems,
) -> None:
    target, reason = resolved
    if reason:
        p.add(where, reason)
    elif target is not None and type_name in TYPES:
        for problem in check_type_fits(target, type_name, raw.get("choices", choices)):
            p.add(where, problem)
    low, high = raw.get("min_length"), raw.get("max_length")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        p.add(where, "'min_length' is greater than 'max_length'")


def _pattern(raw: dict[str, object], where: str, p: _Problems) -> str | None:
    pattern = raw.get("pattern")
    if pattern is None:
        return None
    try:
        re.compile(str(pattern))
    except re.error as exc:
        p.add(where, f"'pattern' is not a valid regular expression: {exc}")
        return None
    return str(pattern)


def _cite(raw: dict[str, object], where: str, p: _Problems) -> Cite:
    """``cite``: one citation id or a list of them, each known to ``domain.citations``."""
    cite = raw.get("cite", [])
    ids = [cite] if isinstance(cite, str) else cite
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        p.add(where, "'cite' must be a citation id or a list of them")
        return Cite()
    for unknown in (i for i in ids if not citations.is_known(i)):
        p.add(where, f"unknown citation {unknown!r} (see filing_desk/domain/citations.py)")
    return Cite(tuple(ids))


def _check_duplicates(sections: tuple[Section, ...], p: _Problems) -> None:
    first: dict[str, int] = {}
    for s, section in enumerate(sections, start=1):
        for spec_field in section.fields:
            if not spec_field.key:
                continue
            if spec_field.key in first:
                where = f"section {s} field {spec_field.key!r}"
                p.add(where, f"duplicate field key (already in section {first[spec_field.key]})")
            else:
                first[spec_field.key] = s

"""Which fields of a generative-AI service the service wizard asks on its spec-built pages.

The wizard's pages (a) "the service" and (d) "corpus, compute and deployment" are built by
``SpecPage`` from ``Section``s: each field is the online-filing form's (``forms/
genai-online-filing.toml``) where that spec places the key, so its label, help, ``required``,
limits, citation and ``when`` are the form's; a key the spec does not place (or every key, while
the spec is absent) is built from the field's declaration on ``GenAIService`` (label, help,
type, choices), as the form loader itself does. Which keys a 登记 skips is said here: the online
form's corpus questions are about training a model, which a service that only calls a filed
model did not do (domain.md Part B §3.2) — the spec's ``when`` can only test stored choice
fields, and the track is derived, not stored.

No Qt, no I/O, no rule: specs and declarations in, sections out.
"""

from __future__ import annotations

import dataclasses

from filing_desk.domain.enums import ModelTrack
from filing_desk.domain.fields.declare import Kind, declared, declared_field
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.forms import loader
from filing_desk.forms.errors import UnknownForm
from filing_desk.forms.keys import declared_choices, declared_type
from filing_desk.forms.spec import FieldSpec, FormSpec, Section, Text

FORM_ID = "genai-online-filing"
PREFIX = "service."
MODELS_REPEAT, MODEL_PREFIX = "service_models", "service_model."  # the spec's models table
NUMBER_PATTERN = "[0-9]+"  # a count typed in a line: the wizard turns it into an int

SERVICE_KEYS = (
    "name",
    "functions",
    "input_modalities",
    "output_modalities",
    "forms",
    "domain",
    "domain_note",
    "province",
    "go_live_date",
)
RESOURCE_KEYS = ("corpus_sources", "corpus_scale", "compute", "concurrency", "third_party_cloud")
FILING_ONLY = frozenset({"corpus_sources", "corpus_scale"})
"""Asked on the 备案 track only (see the module docstring)."""

REQUIRED = frozenset({"name"})  # without the spec: what a service cannot be saved without

SERVICE_TITLE = Text("服务基本信息", "The service")
RESOURCE_TITLE = Text("语料、算力与部署", "Corpus, compute and deployment")


def online_form() -> FormSpec | None:
    """The online-filing form's spec, or None while it is not in ``forms/``."""
    try:
        return loader.get(FORM_ID)
    except (UnknownForm, KeyError):
        return None


def _spec_fields(spec: FormSpec | None) -> dict[str, FieldSpec]:
    """The spec's fields of the service itself, by attribute name (first placement wins)."""
    found: dict[str, FieldSpec] = {}
    if spec is None:
        return found
    for section, field in spec.fields():
        if section.repeat is None and field.key.startswith(PREFIX):
            found.setdefault(field.key[len(PREFIX) :], field)
    return found


def declared_spec(name: str) -> FieldSpec:
    """A field spec from the ``GenAIService`` declaration of ``name``."""
    found = declared_field(GenAIService, name)
    if found is None:
        raise KeyError(name)
    type_name = declared_type(found)
    return FieldSpec(
        key=PREFIX + name,
        label=Text(*found.decl.label),
        help=Text(*found.decl.help),
        type=type_name,
        required=name in REQUIRED,
        choices=declared_choices(found, type_name),
    )


def _for_wizard(field: FieldSpec) -> FieldSpec:
    """A count is typed as digits in a line (the editors have no number box)."""
    if field.type == "number":
        return dataclasses.replace(field, type="text", pattern=NUMBER_PATTERN)
    return field


def _section(title: Text, names: tuple[str, ...], spec: FormSpec | None) -> Section:
    placed = _spec_fields(spec)
    fields = tuple(_for_wizard(placed.get(n) or declared_spec(n)) for n in names)
    return Section(title=title, fields=fields)


def service_section(spec: FormSpec | None = None) -> Section:
    """Page (a): name, functions, modalities, forms, domain, province, go-live."""
    return _section(SERVICE_TITLE, SERVICE_KEYS, spec)


def resource_section(spec: FormSpec | None = None) -> Section:
    """Page (d): corpus, compute, concurrency, cloud."""
    return _section(RESOURCE_TITLE, RESOURCE_KEYS, spec)


def model_labels(spec: FormSpec | None = None) -> dict[str, Text]:
    """The models page's labels by ``ServiceModel`` attribute: the spec's models table where it
    words a column, else the declaration's."""
    labels = {d.name: Text(*d.decl.label) for d in declared(ServiceModel)}
    for section, field in spec.fields() if spec is not None else ():
        if section.repeat == MODELS_REPEAT and field.key.startswith(MODEL_PREFIX):
            labels[field.key[len(MODEL_PREFIX) :]] = field.label
    return labels


def asked_on(track: ModelTrack | None, key: str) -> bool:
    """Whether the wizard asks ``key`` (``service.corpus_scale``) for a service on ``track``."""
    name = key.removeprefix(PREFIX)
    return track is not ModelTrack.REGISTRATION or name not in FILING_ONLY


def answers_to_fields(answers: dict[str, object]) -> dict[str, object]:
    """The pages' answers as ``GenAIService`` fields: a count's digits become an int; an
    unchosen choice keeps the record's value (a choice cannot be un-chosen)."""
    out: dict[str, object] = {}
    for key, value in answers.items():
        name = key.removeprefix(PREFIX)
        found = declared_field(GenAIService, name)
        if found is not None and found.shape.kind is Kind.NUMBER:
            text = str(value or "").strip()
            value = int(text) if text.isdigit() else None
        elif value is None and found is not None and found.shape.kind is Kind.CHOICE:
            continue
        out[name] = value
    return out

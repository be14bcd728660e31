"""The service wizard's typed answers as a draft kept through auto-lock (``ui.drafts``), and back.

A draft is a flat mapping of strings (``store.drafts``): the spec pages' fields as their editors
read (``service.name``…, the same texts ``SpecPage.texts`` gives and ``SpecPage.load`` takes) and,
under keys starting with ``_``, the page the user was on, the models (a JSON list), the track
override and its reason, and the ticked products and algorithms. Restoring replays the pages up
to the one the user left, as the procedure wizard does.

No register and no rule here: the wizard validates and saves as it always does.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import TYPE_CHECKING, Any

from filing_desk.domain.enums import ModelOrigin, ModelTrack
from filing_desk.domain.genai_services import ServiceModel

if TYPE_CHECKING:
    from filing_desk.ui.wizard.service_wizard import ServiceWizard

PAGE_KEY, MODELS_KEY = "_page", "_models"
OVERRIDE_KEY, REASON_KEY = "_override", "_reason"
PRODUCTS_KEY, ALGORITHMS_KEY = "_products", "_algorithms"


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value.value) if isinstance(value, Enum) else str(value)


def _ids(ids: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in ids)


def _read_ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip().isdigit())


def draft_texts(wizard: ServiceWizard) -> dict[str, str]:
    """Everything the wizard holds now, as strings."""
    texts = {k: v for page in wizard.spec_pages for k, v in page.texts().items()}
    models = [
        {f.name: _text(getattr(m, f.name)) for f in dataclasses.fields(ServiceModel)}
        for m in wizard.models_page.models
    ]
    track, links = wizard.track_page.values(), wizard.links_page.values()
    texts.update(
        {
            PAGE_KEY: str(max(wizard.currentId(), 0)),
            MODELS_KEY: json.dumps(models, ensure_ascii=False),
            OVERRIDE_KEY: _text(track["track_override"]),
            REASON_KEY: wizard.track_page.reason.toPlainText(),
            PRODUCTS_KEY: _ids(links["product_ids"]),  # type: ignore[arg-type]
            ALGORITHMS_KEY: _ids(links["algorithm_ids"]),  # type: ignore[arg-type]
        }
    )
    return texts


def _model(values: dict[str, str]) -> ServiceModel:
    known = {f.name for f in dataclasses.fields(ServiceModel)}
    fields: dict[str, Any] = {k: str(v) for k, v in values.items() if k in known}
    model_id = fields.pop("model_id", "")
    origin = fields.pop("origin", "")
    return ServiceModel(
        model_id=int(model_id) if model_id.isdigit() else None,
        origin=ModelOrigin(origin) if origin in {o.value for o in ModelOrigin} else ModelOrigin.OWN,
        **fields,
    )


def load_draft(wizard: ServiceWizard, payload: dict[str, str]) -> None:
    """Put a draft's answers back and go to the page the user was on."""
    models = json.loads(payload.get(MODELS_KEY, "[]") or "[]")
    wizard.models_page.load([_model(m) for m in models if isinstance(m, dict)])
    override = payload.get(OVERRIDE_KEY, "")
    tracks = {t.value: t for t in ModelTrack}
    wizard.track_page.load(
        dataclasses.replace(
            wizard.original,
            track_override=tracks.get(override),
            override_reason=payload.get(REASON_KEY, ""),
        )
    )
    wizard.links_page.load(
        dataclasses.replace(
            wizard.original,
            product_ids=_read_ids(payload.get(PRODUCTS_KEY, "")),
            algorithm_ids=_read_ids(payload.get(ALGORITHMS_KEY, "")),
        )
    )
    fields: dict[str, object] = {k: v for k, v in payload.items() if not k.startswith("_")}
    for page in wizard.spec_pages:
        page.load(fields, texts=True)
    _go_to(wizard, int(payload.get(PAGE_KEY, "0") or 0))


def _go_to(wizard: ServiceWizard, target: int) -> None:
    """Replay the pages up to ``target``, the spec pages' checks lifted meanwhile."""
    wizard.restart()
    for page in wizard.spec_pages:
        page.enforce = False
    for _ in wizard.pageIds():  # bounded: a page that will not let go ends the replay
        if wizard.currentId() == target or wizard.nextId() == -1 or target not in wizard.pageIds():
            break
        wizard.next()
    for page in wizard.spec_pages:
        page.enforce = True
        page.refresh()

"""The sentences of the generative-AI service rules (``domain.genai_tracks``, ``genai_states``,
``genai_alerts``), in the ``messages`` context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
The state machine's sentences name no state or step (their params are stored codes): the UI
offers only the allowed steps, and the CLI prints the rule's own English text, which names them.
"""

from __future__ import annotations

from filing_desk.ui.genai_annex_messages import ANNEX_SENTENCES
from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

GENAI_SENTENCES: dict[str, str] = {
    "genai_track.no_models": QT_TRANSLATE_NOOP(
        "messages",
        "Link the models the service runs or calls: filing or registration is derived from them.",
    ),
    "genai_track.unfiled_upstream": QT_TRANSLATE_NOOP(
        "messages",
        "The third-party model {model} has no filing number: a service may only call filed "
        "models, and a registration cannot rest on an unfiled one.",
    ),
    "genai_track.override_reason": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for departing from the derived filing or registration."
    ),
    "genai_track.override_weaker": QT_TRANSLATE_NOOP(
        "messages",
        "The service runs its own or a fine-tuned model ({models}), which calls for filing "
        "(备案); check the choice.",
    ),
    "genai_state.step_refused": QT_TRANSLATE_NOOP(
        "messages", "This step cannot be taken from the service's current state."
    ),
    "genai_state.not_on_track": QT_TRANSLATE_NOOP(
        "messages", "Provincial and national review are stages of filing (备案) only."
    ),
    "genai_state.no_track": QT_TRANSLATE_NOOP(
        "messages", "The service needs neither filing nor registration: it has no steps to take."
    ),
    "genai_state.number_missing": QT_TRANSLATE_NOOP(
        "messages", "Enter the filing number or registration number the CAC granted."
    ),
    "genai_state.reasons_missing": QT_TRANSLATE_NOOP(
        "messages", "Record the CAC's reasons for returning the application."
    ),
    "genai_alert.live_without_number": QT_TRANSLATE_NOOP(
        "messages",
        "{service} has been offered to the public since {since} without a filing or "
        "registration number.",
    ),
    "genai_alert.display_duty": QT_TRANSLATE_NOOP(
        "messages", "{product} does not show {shown} although {service} is live."
    ),
    "genai_alert.display_where": QT_TRANSLATE_NOOP(
        "messages", "{product}: record where the model name and number are shown."
    ),
    "genai_alert.display_screenshot": QT_TRANSLATE_NOOP(
        "messages", "{product}: attach a screenshot of the model name and number as shown."
    ),
    # the store's refusals (store.genai_services, store.genai_steps)
    "service.not_found": QT_TRANSLATE_NOOP("messages", "The service no longer exists."),
    "service_change.not_found": QT_TRANSLATE_NOOP(
        "messages", "The recorded change of the service no longer exists."
    ),
    "service.other_entity": QT_TRANSLATE_NOOP(
        "messages", "A linked product, algorithm or model belongs to another entity."
    ),
    "service.entity_fixed": QT_TRANSLATE_NOOP(
        "messages", "A service stays with its entity: create it under the other entity."
    ),
    "service.step_only": QT_TRANSLATE_NOOP(
        "messages",
        "The state, number and return reasons change only through a step of the filing or "
        "registration.",
    ),
    "service.step_unknown": QT_TRANSLATE_NOOP("messages", "There is no such step."),
    "service.rerun": QT_TRANSLATE_NOOP(
        "messages", "Answer yes, no or ask: whether the change needs a new filing or registration."
    ),
    "service.display_product": QT_TRANSLATE_NOOP(
        "messages", "The product is not one the service powers: link it to the service first."
    ),
    # services imported from a sheet or CSV (transfer.service_io, transfer.service_columns)
    "import.service_reference": QT_TRANSLATE_NOOP(
        "messages",
        "A services row names an entity, product, algorithm or service that is not there; "
        "nothing was imported.",
    ),
    **ANNEX_SENTENCES,  # genai_annex.*: annexes 1-5, their counts and freshness (engineer A)
}

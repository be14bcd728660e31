"""``print --service ID --form genai-online-filing -o FILE``: a generative-AI service's online-
filing form (生成式人工智能（大语言模型）上线备案表), through ``commands.print_targets``
(after ``commands.printing`` in ``commands.parser.MODULES``); ``workflows.genai_printing``
renders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from filing_desk.commands.print_targets import PrintTarget, add_print_target

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers

SERVICE_FORM = "genai-online-filing"  # workflows.genai_printing.FORM_ID


def _render(register: Any, object_id: int, lang: str) -> bytes:
    from filing_desk.workflows.genai_printing import print_service_form  # lazy

    return print_service_form(register, object_id, lang)


TARGET = PrintTarget(
    option="--service",
    dest="service",
    form=SERVICE_FORM,
    help=f"a generative-AI service ({SERVICE_FORM})",
    render=_render,
)


def add_parsers(sub: Subparsers) -> None:
    add_print_target(sub, TARGET)

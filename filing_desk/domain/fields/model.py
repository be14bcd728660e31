"""A model the firm deploys, each of its fields declared once (see ``fields.declare``).

No Qt, no I/O, no behaviour. A filed algorithm's linked models are filed by name and version:
changing either opens a modification of every filed algorithm that uses the model.
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import ModelOrigin, ModelTrack
from filing_desk.domain.fields.declare import Check, declare


@dataclass(frozen=True)
class Model:
    """A model the firm deploys, with its generative-AI track (备案 / 登记 / none)."""

    id: int | None = None
    entity_id: int | None = None
    name: str = declare(
        "",
        label=("模型名称", "Model"),
        help=("模型名称。", "Model name."),
        required=True,
        filed=True,
    )
    version: str = declare(
        "", label=("版本", "Version"), help=("模型版本。", "Model version."), filed=True
    )
    origin: ModelOrigin = declare(
        ModelOrigin.OWN,
        label=("模型来源", "Origin"),
        help=("自研、微调或第三方。", "Own, fine-tuned or third-party."),
    )
    base_model: str = declare(
        "",
        label=("基础模型", "Base model"),
        help=("微调所基于的模型（如有）。", "The model it was fine-tuned from, if any."),
    )
    developer: str = declare(  # who built it (for third-party models)
        "",
        label=("开发者", "Developer"),
        help=("第三方模型的提供方。", "Who built a third-party model."),
    )
    track: ModelTrack = declare(
        ModelTrack.NOT_REQUIRED,
        label=("备案/登记", "Model filing track"),
        help=(
            "生成式人工智能服务备案、登记或无需。",
            "Generative-AI model filing, registration or none.",
        ),
        aliases=("Track",),
    )
    track_number: str = declare(  # Province-Name-YYYYMMDD[NNNN] or …SNNNN
        "",
        label=("备案号/上线编号", "Track number"),
        help=("如 Beijing-XiaoShi-202401010001。", "E.g. Beijing-XiaoShi-202401010001."),
        check=Check.MODEL_NUMBER,
    )
    track_date: date | None = declare(
        None,
        label=("备案/登记日期", "Track date"),
        help=("大模型备案或登记之日。", "The day of the model filing or registration."),
    )
    notes: str = declare(
        "",
        label=("备注", "Notes"),
        help=("本单位内部备注，不报送。", "Internal notes; never submitted."),
    )

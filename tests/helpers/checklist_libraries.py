"""A small checklist library in two versions, written as TOML and loaded by the real loader, for
the assessment tests: numeric items with a minimum and a maximum, an audio-only item, an
entity-only item, a heading; version 2 keeps one item, rewords one, changes one threshold, adds
one, drops one and rewords only an evidence hint (which is no change)."""

from __future__ import annotations

from pathlib import Path

from filing_desk.domain.checklists import Library
from filing_desk.forms import checklist_loader

HEAD = """
[library]
id = "sample"
version = {version}
title = {{ zh = "示例清单", en = "Sample checklist" }}
basis = ["algo-provisions:7"]
effective = 2025-09-01
subjects = ["entity", "algorithm"]

[[item]]
id = "policy"
heading = true
text = {{ zh = "制度", en = "Policies" }}

[[item]]
id = "policy.keywords"
parent = "policy"
text = {{ zh = "拦截关键词库不少于一万条。", en = "A keyword library of at least 10,000 entries." }}
threshold = {{ min = 10000, unit = "entries" }}
recurrence = "weekly"

[[item]]
id = "policy.audio"
parent = "policy"
applies = {{ modality = ["audio"] }}
text = {{ zh = "音频内容添加提示音。", en = "Audio output carries an audible cue." }}
evidence = {{ zh = "{hint}", en = "{hint}" }}
recurrence = "yearly"

[[item]]
id = "officer"
applies = {{ subject = ["entity"] }}
text = {{ zh = "设立算法安全负责人。", en = "{officer}" }}
recurrence = "quarterly"
"""
V1_TAIL = """
[[item]]
id = "policy.refusal"
parent = "policy"
text = { zh = "拒答率不高于百分之五。", en = "Refusals on normal questions at most 5 %." }
threshold = { max = 5, unit = "percent" }
recurrence = "monthly"

[[item]]
id = "retired"
text = { zh = "旧要求。", en = "An old requirement." }
"""
V2_TAIL = """
[[item]]
id = "policy.refusal"
parent = "policy"
text = { zh = "拒答率不高于百分之五。", en = "Refusals on normal questions at most 5 %." }
threshold = { max = 3, unit = "percent" }
recurrence = "monthly"

[[item]]
id = "policy.new"
parent = "policy"
text = { zh = "新增要求。", en = "A new requirement." }
"""


def sample_library(folder: Path, version: int = 1) -> Library:
    """Version 1 or 2 of the sample library, written to ``folder`` and loaded."""
    folder.mkdir(parents=True, exist_ok=True)
    head = HEAD.format(
        version=version,
        hint="演示记录" if version == 1 else "抽检记录",
        officer="Appoint an algorithm-security officer."
        if version == 1
        else "Appoint a person responsible for algorithm security.",
    )
    path = folder / "sample.toml"
    path.write_text(head + (V1_TAIL if version == 1 else V2_TAIL), encoding="utf-8")
    return checklist_loader.load_library(path)

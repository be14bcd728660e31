"""`filing-desk print` on a demo register: every form, its required values, embedded fonts."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.forms import loader, printing, readiness
from filing_desk.forms.fieldtypes import format_value
from filing_desk.forms.spec import items_of, value_of
from filing_desk.store.register import open_register
from filing_desk.workflows.genai_printing import service_context
from tests.helpers.pdfcheck import all_text, compact, reader, unembedded_fonts
from tests.helpers.registers import STRONG_PASSPHRASE

FORM_IDS = sorted(loader.load_all())


def _target(form_id: str) -> list[str]:
    if form_id in ("entity-filing", "register-summary", "recovery-sheet", "entity-responsibility"):
        return ["--entity", "1"]
    if form_id == "assessment-report":
        return ["--assessment", "1"]  # the demo's gbt-45654 assessment of algorithm 5
    if form_id == "genai-online-filing":
        return ["--service", "1"]  # the demo's first generative-AI service
    if form_id == "security-assessment-report":
        return ["--security-assessment", "1"]  # the demo's complete one, of algorithm 1
    if form_id == "labelling-materials":
        return ["--algorithm", "5"]  # the demo's 生成合成类 draft, with its labelling assessment
    if form_id == "modification":
        return ["--algorithm", "2"]  # the demo's change-pending algorithm
    if form_id == "cancellation":
        return ["--algorithm", "8"]  # the demo's cancellation-pending algorithm
    return ["--algorithm", "1"]


def _required_values(form_id: str, context) -> list[str]:
    spec = loader.get(form_id)
    values = []
    for section in spec.sections:
        items = items_of(context, section.repeat) if section.repeat else [None]
        for item in items:
            for field in section.fields:
                if field.required and field.key:
                    value = value_of(context, field.key, item)
                    text = format_value(field.type, value, "zh")
                    if text:
                        values.append(text)
    return values


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_form_prints_with_its_required_values(
    cli_demo: Path, tmp_path: Path, monkeypatch, form_id: str
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    out = tmp_path / f"{form_id}.pdf"
    args = ["print", "--form", form_id, "-o", str(out), *_target(form_id)]
    assert main(["--register", str(cli_demo), *args]) == 0
    pdf = out.read_bytes()
    text = compact(all_text(pdf))
    with open_register(cli_demo) as reg:
        args = _target(form_id)
        key = {"--entity": "entity_id", "--assessment": "assessment_id"}.get(
            args[0], "algorithm_id"
        )
        if args[0] == "--service":
            context = service_context(reg, int(args[1]))
        else:
            context = printing.context_for(reg, form_id, **{key: int(args[1])})
    required = _required_values(form_id, context)
    assert required, f"{form_id} declares required fields"
    for value in required:
        assert compact(value)[:40] in text, f"{value!r} missing from {form_id}"
    assert unembedded_fonts(pdf) == []
    assert f"共{len(reader(pdf).pages)}页" in text


def test_recovery_sheet_holds_the_key_that_opens_the_register(
    cli_demo: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    out = tmp_path / "rec.pdf"
    assert (
        main(
            [
                "--register",
                str(cli_demo),
                "print",
                "--entity",
                "1",
                "--form",
                "recovery-sheet",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    with open_register(cli_demo) as reg:
        key = reg.recovery_key()
    assert key in all_text(out.read_bytes())
    monkeypatch.delenv("FILING_DESK_PASSPHRASE")
    with open_register(cli_demo, recovery=key) as reg:
        assert reg.algorithms()


def test_packet_is_the_procedure_set_and_draft_until_ready(
    cli_demo: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    args = ["print", "--algorithm", "2", "--packet", str(tmp_path / "pk")]
    assert main(["--register", str(cli_demo), *args]) == 0
    names = sorted(p.name for p in (tmp_path / "pk").iterdir())
    assert names == ["01-modification.pdf", "02-algorithm-filing.pdf", "03-public-disclosure.pdf"]
    text = all_text((tmp_path / "pk" / "01-modification.pdf").read_bytes())
    assert "DRAFT" in text  # the demo's modification is still being edited
    with open_register(cli_demo) as reg:
        ctx = printing.context_for(reg, "algorithm-filing", algorithm_id=1)
        assert readiness.check(loader.get("algorithm-filing"), ctx) is not None


def test_print_errors_are_one_line(cli_demo: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    register = ["--register", str(cli_demo)]
    unknown = ["print", "--algorithm", "1", "--form", "nope", "-o", "x.pdf"]
    assert main([*register, *unknown]) == 1
    assert main([*register, "print", "--form", "modification", "-o", "x.pdf"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("filing-desk: unknown form 'nope'")
    assert "--algorithm" in err[1]

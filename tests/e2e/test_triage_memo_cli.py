"""Acceptance (issue 15 item 9): on a demo register, the algorithm-filing PDF read back with pypdf
holds none of 备案判断 / 判断理由; ``print --form triage-memo`` does, marked confidential on every
page; and no packet the register prints holds the memo."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from tests.helpers.pdfcheck import all_text, compact, page_texts
from tests.helpers.registers import STRONG_PASSPHRASE

MARK = compact("内部 · 法律意见 · 保密 / Internal · legal advice · confidential")


def _print(register: Path, *args: str) -> int:
    return main(["--register", str(register), "print", "--algorithm", "1", *args])


@pytest.fixture
def unlocked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)


@pytest.mark.usefixtures("unlocked")
def test_filing_form_has_no_triage_and_the_memo_has_it(cli_demo: Path, tmp_path: Path) -> None:
    filing, memo = tmp_path / "filing.pdf", tmp_path / "memo.pdf"
    assert _print(cli_demo, "--form", "algorithm-filing", "-o", str(filing)) == 0
    assert _print(cli_demo, "--form", "triage-memo", "-o", str(memo)) == 0
    filing_text = all_text(filing.read_bytes())
    for word in ("备案判断", "判断理由"):
        assert word not in filing_text
    assert MARK not in filing_text
    memo_text = all_text(memo.read_bytes())
    for word in ("备案判断", "判断理由", "具有舆论属性", "具有社会动员能力"):
        assert word in memo_text
    assert all(MARK in compact(page) for page in page_texts(memo.read_bytes()))


@pytest.mark.usefixtures("unlocked")
def test_no_packet_holds_the_memo(cli_demo: Path, tmp_path: Path) -> None:
    for algorithm in ("1", "2", "8"):  # filing, change pending, cancellation pending
        out = tmp_path / f"packet-{algorithm}"
        args = ["--register", str(cli_demo), "print", "--algorithm", algorithm, "--packet"]
        assert main([*args, str(out)]) == 0
        files = sorted(out.iterdir())
        assert files
        assert not [f for f in files if "triage" in f.name]
        for pdf in files:
            text = all_text(pdf.read_bytes())
            assert "判断理由" not in text and MARK not in text, pdf.name

"""``filing-desk number`` on real numbers: every filing number of the four CAC annexes, the GenAI
numbers of domain.md Part B §3.2, standard input, and no register opened."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.transfer.cac_list import read_cac_list

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "cac-lists"
MISPRINT = "网信算备1101082242366066220017号"
UNLISTED_REGIONS = {"330113", "330114", "441901", "442001", "406301"}


def _run(capsys, *texts: str) -> tuple[int, list[list[str]]]:
    code = main(["number", *texts])
    return code, [line.split("\t") for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("annex", sorted(p.name for p in LISTS.glob("*.docx")))
def test_every_filing_number_of_an_annex_is_an_algorithm_filing(annex: str, capsys) -> None:
    numbers = [row.filing_number for row in read_cac_list(LISTS / annex).rows]
    assert len(numbers) >= 30
    code, lines = _run(capsys, *numbers)
    assert [line[0] for line in lines] == [n.strip() for n in numbers]
    assert {line[1] for line in lines} == {"algorithm-filing"}
    errors = [line[0] for line in lines if line[2].startswith("error")]
    assert errors == ([MISPRINT] if annex == "algorithm-list-2022-08.docx" else [])
    # warnings only for the region prefixes python-stdnum's table lacks (domain.md Part B §5.2)
    warned = {line[0][4:10] for line in lines if line[2].startswith("warning")}
    assert warned <= UNLISTED_REGIONS
    assert all(
        line[2] == "ok" for line in lines if line[0] != MISPRINT and line[0][4:10] not in warned
    )
    assert code == (1 if errors else 0)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Beijing-YunQue-20230821", "genai-filing"),
        ("ZheJiang-TongYiQianWen-20230901", "genai-filing"),
        ("Guangdong-TencentHunyuan-20230901", "genai-filing"),
        ("Beijing-DeepseekChat-202404280016", "genai-filing"),
        ("ZheJiang-WenShengYi-202510100042", "genai-filing"),
        ("Jiangsu-CarrotAI-202407030002", "genai-filing"),
        ("Tianjin-DiDiAILvXingXiaoZhuShou-20251011S0007", "genai-registration"),
        ("Shanghai-YiMiaoQianWen-20251031S0120", "genai-registration"),
    ],
)
def test_genai_numbers_from_the_cac_lists(text: str, kind: str, capsys) -> None:
    assert _run(capsys, text) == (0, [[text, kind, "ok"]])


def test_codes_and_ids_valid_and_invalid(capsys) -> None:
    code, lines = _run(
        capsys, "91110000600037341L", "91110000600037341A", "11010519491231002X", "乱码"
    )
    assert code == 1
    assert [(line[1], line[2].split(":")[0]) for line in lines] == [
        ("uscc", "ok"),
        ("uscc", "error"),
        ("resident-id", "ok"),
        ("unknown", "error"),
    ]


def test_standard_input_one_number_a_line(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("91110000600037341L\n\n110108823483901230031\n"))
    assert _run(capsys) == (
        0,
        [["91110000600037341L", "uscc", "ok"], ["110108823483901230031", "algorithm-filing", "ok"]],
    )


def test_it_opens_no_register(capsys, monkeypatch, tmp_path: Path) -> None:
    """No register, key or passphrase: a missing register file stays missing."""
    missing = tmp_path / "none.fdesk"
    assert main(["--register", str(missing), "number", "91110000600037341L"]) == 0
    assert not missing.exists()
    assert capsys.readouterr().out == "91110000600037341L\tuscc\tok\n"

"""Hostile and random input: validators, the form-spec loader, the importers and the CLI arguments
never fail with an unhandled exception; they answer with issues or one clear error, and nothing is
written to the register when they refuse.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import json
import random
import string
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from filing_desk.cli import build_parser, main
from filing_desk.domain import codes
from filing_desk.domain.enums import AlgorithmType, ModelTrack, Role
from filing_desk.domain.errors import DomainError
from filing_desk.domain.issues import Issue
from filing_desk.forms import loader
from filing_desk.forms.errors import SpecErrors
from filing_desk.store.register import Register
from filing_desk.transfer import json_io, register_io, tabular
from filing_desk.transfer.columns import COLUMNS
from filing_desk.transfer.errors import TransferError
from tests.helpers.registers import make_register

TRIED: Counter[str] = Counter()
FAST = settings(max_examples=300, deadline=None)
FILES = settings(
    max_examples=120,
    deadline=None,
    database=None,  # the fixtures (an xlsx with its timestamp) differ between sessions
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text that looks like what users paste: digits, letters, Chinese, punctuation, controls.
messy_text = st.one_of(
    st.text(),
    st.text(alphabet=string.digits + "ABCDEFGHJKLMNPQRTUWXY -（）()网信算备号", max_size=40),
    st.from_regex(r"\A[0-9A-Z]{17,19}\Z"),
    st.from_regex(r"\A网信算备[0-9]{18,24}号\Z"),
)


def _issues(result: object) -> None:
    assert isinstance(result, list)
    assert all(isinstance(i, Issue) and i.code and i.field for i in result)


# --- validators ------------------------------------------------------------------------------


@FAST
@given(text=messy_text, algo_type=st.none() | st.sampled_from(AlgorithmType))
def test_code_validators_answer_every_text_with_issues(text: str, algo_type) -> None:
    TRIED["validators"] += 1
    _issues(codes.check_uscc(text))
    _issues(codes.check_filing_number(text, algo_type=algo_type))
    for track in ModelTrack:
        _issues(codes.check_model_number(text, track))
    _issues(codes.check_phone(text))
    _issues(codes.check_email(text))
    normalised = codes.normalise_filing_number(text)
    assert normalised is None or (len(normalised) == 21 and normalised.isdigit())


# --- the form-spec loader --------------------------------------------------------------------

SPEC_FILES = sorted(loader.forms_dir().glob("*.toml"))
TOML_TOKENS = [
    "[[section]]",
    "[[section.field]]",
    "key = ",
    "type = ",
    "required = ",
    'choices = "Nope"',
    "title = ",
    "label = { zh = 1 }",
    'when = "algorithm.role == "',
    "min_length = -1",
    "max_length = 1e9",
    "= = =",
    '"""',
    "'",
    "[",
    "]",
    "{",
    "}",
    "\x00",
    "\ufeff",
    "中文",
]


@st.composite
def mutated_spec(draw) -> tuple[str, str]:
    """A real spec file's text with random lines removed, duplicated, replaced or cut."""
    source = draw(st.sampled_from(SPEC_FILES))
    lines = source.read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["drop", "dup", "token", "text", "cut", "swap"]))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if not lines:
            break
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "token":
            lines[i] = draw(st.sampled_from(TOML_TOKENS)) + draw(st.text(max_size=8))
        elif op == "text":
            lines[i] = draw(st.text(max_size=40))
        elif op == "cut":
            lines = lines[:i]
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return source.name, "\n".join(lines)


@FILES
@given(spec=st.one_of(mutated_spec(), st.tuples(st.just("random.toml"), st.text())))
def test_a_broken_spec_loads_or_names_its_file(spec: tuple[str, str]) -> None:
    TRIED["spec files"] += 1
    name, text = spec
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            specs = loader.load_all(Path(folder))
        except SpecErrors as exc:
            assert exc.errors, "SpecErrors without a problem"
            assert all(name in e.file for e in exc.errors), str(exc)
            assert name in str(exc)
        else:
            assert list(specs) == [path.stem]


# --- the importers ---------------------------------------------------------------------------


@pytest.fixture
def register(tmp_path: Path):
    reg = make_register(tmp_path / "reg" / "hostile.fdesk")
    entity = reg.create_entity(name="导入测试有限公司")
    reg.create_algorithm(entity.id, name="导入测试推荐算法", algo_type="02", role=Role.PROVIDER)
    yield reg
    reg.close()


def _state(reg: Register) -> tuple[int, int, int, int]:
    chain = reg.verify_audit()
    assert chain.ok
    return (len(reg.entities()), len(reg.algorithms()), len(reg.procedures()), chain.checked)


def _import_or_refuse(reg: Register, path: Path) -> str:
    """Import like the CLI does; returns 'imported' or the refusal's message."""
    before = _state(reg)
    try:
        prepared = register_io.prepare(path)
        register_io.apply(reg, prepared)
    except (TransferError, DomainError) as exc:
        assert str(exc).strip(), f"{type(exc).__name__} without a message"
        assert _state(reg) == before, "a refused import wrote to the register"
        return str(exc)
    return "imported"


HEADERS = [c.zh for c in COLUMNS[:12]] + [c.en for c in COLUMNS[:6]]
csv_cell = st.one_of(
    st.sampled_from(HEADERS),
    st.text(alphabet=string.printable + "，、；中文网信算备号", max_size=30),
    st.sampled_from(["=1+1", "@SUM(A1)", "02", "provider", "2026-02-30", "是", "否", '"', ""]),
    st.from_regex(r"\A网信算备[0-9]{21}号\Z"),
)


@st.composite
def csv_bytes(draw) -> bytes:
    rows = draw(st.lists(st.lists(csv_cell, max_size=14), max_size=6))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    text = "\n".join(sep.join(row) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = draw(st.binary(max_size=64)) + data
    return data


@FILES
@given(data=st.one_of(csv_bytes(), st.binary(max_size=400)))
def test_a_hostile_csv_is_imported_or_refused_without_writing(
    register: Register, tmp_path: Path, data: bytes
) -> None:
    TRIED["csv files"] += 1
    path = tmp_path / "hostile.csv"
    path.write_bytes(data)
    _import_or_refuse(register, path)
    with contextlib.suppress(TransferError, DomainError):
        tabular.read_table(path)


@functools.cache
def real_xlsx() -> bytes:
    """A real export of the factories' records, made once, to corrupt in many ways."""
    from filing_desk.transfer import export
    from tests.helpers import factories

    snapshot = register_io.RegisterSnapshot(
        entities=(factories.entity(),),
        algorithms=(factories.push_algorithm(), factories.generation_algorithm()),
        products=factories.products(),
        models=factories.models(),
        procedures=(),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "register.xlsx"
        export.export_xlsx(snapshot, path)
        return path.read_bytes()


MEMBERS = ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "../evil.xml"]
# A recipe (small, so hypothesis shows it) for corrupting the real export, or for a made-up zip.
zip_recipe = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 2**32), st.integers(1, 40)),
    st.tuples(st.just("cut"), st.floats(0, 1)),
    st.tuples(
        st.just("members"),
        st.lists(st.tuples(st.sampled_from(MEMBERS), st.binary(max_size=200)), max_size=4),
    ),
    st.tuples(st.just("random"), st.binary(max_size=600)),
)


def hostile_zip(recipe: tuple) -> bytes:
    real = real_xlsx()
    kind = recipe[0]
    if kind == "random":
        return recipe[1]
    if kind == "flip":
        data = bytearray(real)
        rng = random.Random(recipe[1])
        for _ in range(recipe[2]):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == "cut":
        return real[: int(len(real) * recipe[1])]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in dict(recipe[1]).items():
            archive.writestr(name, content)
    return buffer.getvalue()


@FILES
@given(recipe=zip_recipe)
@example(recipe=("flip", 939618, 2))  # zipfile: NotImplementedError "zip file version 11.0"
@example(recipe=("flip", 0, 2))  # openpyxl refuses the XML: the file must still be closed
def test_a_hostile_xlsx_is_imported_or_refused_without_writing(
    register: Register, tmp_path: Path, recipe: tuple
) -> None:
    TRIED["xlsx files"] += 1
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(hostile_zip(recipe))
    leaked: list[str] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda u: leaked.append(f"{u.exc_type.__name__}: {u.exc_value}")
    try:
        _import_or_refuse(register, path)
        gc.collect()  # a file left open by a failed read is reported here, for this input
    finally:
        sys.unraisablehook = previous
    assert leaked == [], "a refused import left a file open"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@st.composite
def hostile_json(draw) -> str:
    from tests.helpers import factories

    doc = json.loads(
        json_io.dump(
            register_io.RegisterSnapshot(
                entities=(factories.entity(),),
                algorithms=(factories.push_algorithm(),),
                products=factories.products(),
                models=factories.models(),
                procedures=(factories.modification_procedure(algorithm_id=11),),
            )
        )
    )
    kind = draw(st.sampled_from(["mutate", "random", "text"]))
    if kind == "text":
        return draw(st.text(max_size=200))
    if kind == "random":
        return json.dumps(draw(json_values))
    for _ in range(draw(st.integers(1, 5))):
        section = draw(
            st.sampled_from(["entities", "models", "algorithms", "products", "procedures"])
        )
        records = doc[section]
        if not isinstance(records, list) or not records or draw(st.integers(0, 9)) == 0:
            doc[section] = draw(json_values)
            continue
        record = records[draw(st.integers(0, len(records) - 1))]
        if not isinstance(record, dict):
            continue
        # a record a former mutation left empty ({}) has no key to pick: a new key then
        keys = st.sampled_from(sorted(record)) if record else st.nothing()
        key = draw(keys | st.text(max_size=6))
        record[key] = draw(json_values)
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["format", "version"]))] = draw(json_values)
    return json.dumps(doc, ensure_ascii=False, allow_nan=True)


@FILES
@given(text=hostile_json())
def test_a_hostile_json_is_loaded_or_refused_without_writing(
    register: Register, tmp_path: Path, text: str
) -> None:
    TRIED["json documents"] += 1
    try:
        json_io.load(text)
    except (TransferError, DomainError) as exc:
        assert str(exc).strip()
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _import_or_refuse(register, path)


# --- the CLI arguments -----------------------------------------------------------------------

SUBCOMMANDS = sorted(
    name
    for name in build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    if name not in ("demo", "self-test")  # slow, and covered elsewhere
)
FLAGS = [
    "--json", "--procedure", "--from", "--algorithm", "--entity", "--procedure-id", "--form",
    "--lang", "-o", "--output", "--packet", "--format", "--dry-run", "--update", "--register",
    "--demo", "--help", "--version", "--", "-x",
]  # fmt: skip
VALUES = [
    "filing", "modification", "review", "2026-02-30", "2026-11-23", "0", "-1", "1", "2",
    "99999999999999999999", "abc", "zh", "en", "xlsx", "csv", "json", "algorithm-filing",
    "recovery-sheet", "entity-filing", "nope", "", " ", "中文", "../../etc/passwd", "\x00",
]  # fmt: skip


@pytest.fixture
def cli_world(tmp_path: Path):
    """A register (keyring mode) and some odd files for the random command lines to point at."""
    reg = make_register(tmp_path / "cli.fdesk")
    entity = reg.create_entity(name="命令行测试有限公司")
    reg.create_algorithm(entity.id, name="命令行测试算法", algo_type="02", role=Role.PROVIDER)
    reg.close()
    (tmp_path / "notes.txt").write_text("not a register", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "list.csv").write_text("算法名称,主体名称\n甲,乙\n", encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("cli.fdesk", "notes.txt", "folder", "list.csv", "nope")]
    paths += [str(tmp_path / "out" / n) for n in ("x.pdf", "x.xlsx", "b.fdesk", "r.fdesk")]
    return tmp_path / "cli.fdesk", paths


def _cli_state(path: Path) -> tuple[int, int, int, int]:
    from filing_desk.store.register import open_register

    with open_register(path) as reg:
        return _state(reg)


@FILES
@given(data=st.data())
def test_random_command_lines_end_in_an_exit_code_never_a_traceback(cli_world, data) -> None:
    register, paths = cli_world
    token = st.sampled_from(FLAGS) | st.sampled_from(VALUES) | st.sampled_from(paths)
    head = data.draw(st.sampled_from([[], ["--register", str(register)], ["--register"]]))
    if head == ["--register"]:
        head = ["--register", data.draw(st.sampled_from(paths))]
    argv = [*head, data.draw(st.sampled_from(SUBCOMMANDS)), *data.draw(st.lists(token, max_size=6))]
    TRIED["command lines"] += 1
    before = _cli_state(register)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage error (2), --help/--version (0)
            code = exc.code
            assert code in (0, 2), (argv, code)
    assert isinstance(code, int), (argv, code)
    assert "Traceback" not in err.getvalue(), (argv, err.getvalue())
    if code != 0:
        assert err.getvalue().strip(), f"{argv!r} failed ({code}) without saying why"
        assert _cli_state(register) == before, f"{argv!r} failed but wrote to the register"


def test_inputs_tried(figures) -> None:
    """Runs last in this module: the totals for the report."""
    for kind, count in sorted(TRIED.items()):
        figures(f"inputs_tried[{kind}]", count)
    figures("inputs_tried_total", sum(TRIED.values()))

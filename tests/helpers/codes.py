"""Every code the domain, store, forms, transfer (and workflows) packages can raise or report,
found by reading their source (``ast``) and walking their exception classes; for
tests/test_messages.py.

A code is found where it is made, whatever helper makes it:
- the ``code`` class attribute of every exception class in a ``filing_desk.*.errors`` module and
  of every subclass of those, wherever it is defined;
- a string given as the ``code`` argument (by position or by keyword) of any callable of those
  packages that has a ``code`` parameter or field: ``Issue(...)``, ``ChainCheck(...)``,
  ``Strength(...)``, and helpers such as ``batch.error(code, key, …)`` or ``_invalid(code, …)``;
  a ``code=`` keyword given to an exception class;
- a string assigned to ``code`` or ``….code``, a ``code`` parameter's default, and the strings a
  function returns when its result is assigned to ``code`` (directly or from a module-level table,
  as ``domain.passphrase`` does).

Each finding is a ``Site`` with the parameters that are known to reach the sentence there (the
keys of a ``params`` dict, the extra keywords of a helper or an exception, what a helper adds
itself), or ``None`` where they cannot be known from the source. Reads files; imports the four
packages (to walk the exception classes); changes nothing.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import filing_desk

ROOT = Path(filing_desk.__file__).resolve().parent
# The layers below the UI; the UI and the command line only show what these make.
PACKAGES = tuple(
    p for p in ("domain", "store", "forms", "transfer", "workflows") if (ROOT / p).is_dir()
)
CODE_SHAPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
_NOT_PARAMS = {"self", "cls", "message", "code", "args", "kwargs"}


@dataclass(frozen=True)
class Site:
    code: str
    where: str  # "store/procedures.py:139"
    callee: str = ""  # the class or function the code was given to ("" for an assignment)
    params: frozenset[str] | None = None  # what the sentence may name there; None: not known


@dataclass
class _Callee:
    """A callable of the four packages that takes a ``code``."""

    module: str
    names: list[str]  # parameters or dataclass fields in positional order (no self)
    var_kw: bool = False  # ``**params``: extra keywords become the params
    own: set[str] = field(default_factory=set)  # params the callable adds itself
    body: ast.AST | None = None


def modules() -> Iterator[tuple[str, ast.Module]]:
    """``("store/procedures.py", tree)`` for every module of the four packages."""
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def exception_classes() -> dict[str, type[BaseException]]:
    """Every exception class of an ``errors`` module of the four packages, with its subclasses."""
    for package in PACKAGES:
        pkg = importlib.import_module(f"filing_desk.{package}")
        for info in pkgutil.walk_packages(pkg.__path__, f"{pkg.__name__}."):
            importlib.import_module(info.name)
    found: dict[str, type[BaseException]] = {}
    todo = [
        cls
        for package in PACKAGES
        if (ROOT / package / "errors.py").exists()
        for cls in vars(importlib.import_module(f"filing_desk.{package}.errors")).values()
        if isinstance(cls, type)
        and issubclass(cls, Exception)
        and cls.__module__.endswith("errors")
    ]
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("filing_desk.") and cls.__name__ not in found:
            found[cls.__name__] = cls
            todo.extend(cls.__subclasses__())
    return found


def _callee_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_dataclass(node: ast.ClassDef) -> bool:
    return any(
        _callee_name(d.func if isinstance(d, ast.Call) else d) == "dataclass"
        for d in node.decorator_list
    )


def _dict_keys(node: ast.AST) -> set[str]:
    """The constant keys of every dict display under ``node``."""
    return {
        key.value
        for d in ast.walk(node)
        if isinstance(d, ast.Dict)
        for key in d.keys
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
    }


def _callees(trees: list[tuple[str, ast.Module]]) -> dict[str, list[_Callee]]:
    """Functions (and methods) with a ``code`` parameter and dataclasses with a ``code`` field."""
    found: dict[str, list[_Callee]] = {}
    for rel, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                args = node.args
                names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
                names = [n for n in names if n not in ("self", "cls")]
                if "code" in names:
                    callee = _Callee(rel, names, args.kwarg is not None, _dict_keys(node), node)
                    found.setdefault(node.name, []).append(callee)
            elif isinstance(node, ast.ClassDef) and _is_dataclass(node):
                names = [
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
                if "code" in names:
                    found.setdefault(node.name, []).append(_Callee(rel, names))
    _add_passed_params(found)
    return found


def _add_passed_params(callees: dict[str, list[_Callee]]) -> None:
    """A helper that hands its ``code`` on to another adds what that one adds (to a fixpoint)."""
    changed = True
    while changed:
        changed = False
        for callee in (c for group in callees.values() for c in group if c.body is not None):
            for call in (n for n in ast.walk(callee.body) if isinstance(n, ast.Call)):
                for inner in callees.get(_callee_name(call.func), []):
                    if not inner.own <= callee.own:
                        callee.own |= inner.own
                        changed = True


def _argument(call: ast.Call, names: list[str], name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    position = names.index(name) if name in names else len(call.args)
    if position < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[position]
    return None


def _site_params(call: ast.Call, callee: _Callee) -> frozenset[str] | None:
    """The params a call hands on: a ``params`` dict's keys, extra keywords, the callee's own."""
    params = set(callee.own)
    given = _argument(call, callee.names, "params")
    if given is not None:
        if not isinstance(given, ast.Dict) or None in given.keys:
            return None
        params |= _dict_keys(given)
    for keyword in call.keywords:
        if keyword.arg is None:
            return None  # ``**spread``: not known from the source
        if callee.var_kw and keyword.arg not in callee.names:
            params.add(keyword.arg)
    return frozenset(params)


def _exception_site(call: ast.Call, cls: type[BaseException], where: str) -> Site:
    from filing_desk.domain.errors import DomainError

    code = _text(_argument(call, [], "code")) or vars(cls).get("code") or getattr(cls, "code", "")
    if not issubclass(cls, DomainError):  # error_text shows these without formatting
        return Site(code, where, cls.__name__, frozenset())
    if any(k.arg is None for k in call.keywords):
        return Site(code, where, cls.__name__, None)
    named = {
        p.name
        for p in inspect.signature(cls.__init__).parameters.values()
        if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    } - _NOT_PARAMS
    given = {k.arg for k in call.keywords if k.arg and k.arg != "code"}
    return Site(code, where, cls.__name__, frozenset(given | named))


def _returned(tree: ast.Module, function: str) -> set[str]:
    """Strings a module-level function returns, directly or from a module-level dict."""
    tables = {
        t.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            for ret in (r for r in ast.walk(node) if isinstance(r, ast.Return)):
                if _text(ret.value) is not None:
                    found.add(ret.value.value)  # type: ignore[union-attr]
                if isinstance(ret.value, ast.Subscript) and isinstance(ret.value.value, ast.Name):
                    table = tables.get(ret.value.value.id)
                    found |= {v for v in map(_text, table.values if table else []) if v}
    return found


def _assigned(tree: ast.Module, rel: str, exceptions: Iterable[str]) -> Iterator[Site]:
    """``code = "…"``, ``x.code = "…"``, ``code = f(…)`` and ``code: str = "…"`` defaults (an
    exception class's own ``code`` is left to the walk of the classes)."""
    class_level = {
        id(statement)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name in exceptions
        for statement in node.body
    }
    for node in (n for n in ast.walk(tree) if id(n) not in class_level):
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        if any(_callee_name(t) == "code" for t in targets) and value is not None:
            where = f"{rel}:{node.lineno}"
            if _text(value):
                yield Site(_text(value) or "", where)
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
                yield from (Site(c, where) for c in _returned(tree, value.func.id))
        if isinstance(node, ast.FunctionDef):
            args = node.args
            positional = args.posonlyargs + args.args
            defaults = list(
                zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True)
            )
            defaults += [
                (a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d
            ]
            yield from (
                Site(_text(d) or "", f"{rel}:{node.lineno}")
                for a, d in defaults
                if a.arg == "code" and _text(d)
            )


def record_kinds(trees: list[tuple[str, ast.Module]]) -> set[str]:
    """``entity``, ``algorithm``…: store tables that hold a record of ``domain.records``."""
    records = {
        node.name.lower()
        for rel, tree in trees
        if rel.startswith("domain/records")  # records.py, or a records/ package
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }
    tables = {
        _text(node.value)
        for _, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(_callee_name(t) == "__tablename__" for t in node.targets)
    }
    return records & {t for t in tables if t}


class _Reader:
    """One pass over the four packages' source."""

    def __init__(self) -> None:
        self.trees = list(modules())
        self.callees = _callees(self.trees)
        self.exceptions = exception_classes()
        self.kinds = record_kinds(self.trees)
        self.calls = [
            (rel, call)
            for rel, tree in self.trees
            for call in ast.walk(tree)
            if isinstance(call, ast.Call)
        ]

    def sites(self) -> Iterator[Site]:
        for cls in self.exceptions.values():
            code = vars(cls).get("code")
            if isinstance(code, str) and self._raisable(cls):
                params = None if _is_domain_error(cls) else frozenset[str]()
                yield Site(code, f"{cls.__module__}.{cls.__qualname__}", cls.__name__, params)
        for rel, tree in self.trees:
            yield from _assigned(tree, rel, self.exceptions)
            enclosing = {
                node: fn
                for fn in ast.walk(tree)
                if isinstance(fn, ast.FunctionDef)
                for node in ast.walk(fn)
            }
            for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
                yield from self._call_sites(rel, call, enclosing.get(call))

    def _call_sites(self, rel: str, call: ast.Call, fn: ast.FunctionDef | None) -> Iterator[Site]:
        name, where = _callee_name(call.func), f"{rel}:{call.lineno}"
        if name in self.exceptions:
            yield _exception_site(call, self.exceptions[name], where)
            return
        group = self.callees.get(name, [])
        local = [c for c in group if c.module == rel]
        for callee in local or group[:1]:
            given = _argument(call, callee.names, "code")
            params = _site_params(call, callee)
            for code in self._expand(given, fn):
                yield Site(code, where, name, params)
        if not group:
            yield from (Site(c, where, name) for c in self._expand(_argument(call, [], "code"), fn))

    def _expand(self, node: ast.expr | None, fn: ast.FunctionDef | None) -> set[str]:
        """A constant code, or every code an f-string such as ``f"{kind}.not_found"`` makes."""
        if _text(node):
            return {_text(node) or ""}
        if not isinstance(node, ast.JoinedStr):
            return set()
        codes = {""}
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                values = self._values_of(part.value, fn)
                codes = {c + v for c in codes for v in values}
            else:
                codes = {c + (_text(part) or "") for c in codes}  # type: ignore[arg-type]
        return codes

    def _values_of(self, node: ast.expr, fn: ast.FunctionDef | None) -> set[str]:
        """What a name in an f-string code can hold: the constants its function's callers pass;
        a record kind where a caller passes something else (``row_type.__tablename__``)."""
        if fn is None or not isinstance(node, ast.Name):
            return set(self.kinds)
        args = fn.args
        names = [a.arg for a in args.posonlyargs + args.args if a.arg not in ("self", "cls")]
        if node.id not in names:
            return set(self.kinds)
        values: set[str] = set()
        for _, call in self.calls:
            if _callee_name(call.func) == fn.name:
                given = _argument(call, names, node.id)
                values |= {_text(given) or ""} if _text(given) else set(self.kinds)
        return values

    def _raisable(self, cls: type[BaseException]) -> bool:
        """A leaf class, or a base made somewhere in ``filing_desk`` with its own code."""
        if not cls.__subclasses__():
            return True
        return any(
            _callee_name(call.func) == cls.__name__ and _argument(call, [], "code") is None
            for call in _all_calls()
        )


@functools.cache
def _all_calls() -> list[ast.Call]:
    """Every call in ``filing_desk``, the UI and the command line included."""
    return [
        node
        for path in sorted(ROOT.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
    ]


def sites() -> list[Site]:
    """Every place a code is made in the four packages (exception class attributes included)."""
    return [s for s in _Reader().sites() if s.code]


def _is_domain_error(cls: type[BaseException]) -> bool:
    from filing_desk.domain.errors import DomainError

    return issubclass(cls, DomainError)


def codes() -> dict[str, list[Site]]:
    """Each code with the sites that make it."""
    by_code: dict[str, list[Site]] = {}
    for site in sites():
        by_code.setdefault(site.code, []).append(site)
    return by_code

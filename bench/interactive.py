"""In-process latencies on the open register: the filter box, full-text search, the PDF packet.

- Filter: one keystroke in the register view's search box, through the real ``RegisterView``
  (its model filters and sorts itself) holding every row. The 200 ms debounce is bypassed: each
  keystroke sets the text, then ``RegisterView.apply_pending_filter()`` runs the debounce timer's
  slot at once; the time covers both, i.e. all the work the UI thread does for that keystroke.
- Search: ``Register.search(term)`` for Chinese 2- and 3-character terms and English words.
- PDF: ``printing.render_packet`` for every form of one algorithm's filing packet, warm.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any

# Typed one character at a time, then erased one at a time (Chinese as an IME commits it).
TYPED = ("星河推荐", "recommendation", "杭州 dispatch", "网信算备", "内容审核 rank")
SEARCH_TERMS = (
    "智能",
    "推荐",
    "调度",
    "北京",
    "审核",
    "个性化",
    "推荐算",
    "科技有",
    "内容审",
    "数智科",
    "recommendation",
    "dispatch",
    "ranking",
    "service",
    "moderation",
)


def p95(samples: Iterable[float]) -> float:
    """The 95th percentile (inclusive method), in the samples' unit."""
    values = sorted(samples)
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def keystrokes(words: Iterable[str] = TYPED) -> list[str]:
    """The box's text after each keystroke: typing each word, then erasing it."""
    texts: list[str] = []
    for word in words:
        typed = [word[:n] for n in range(1, len(word) + 1)]
        texts += typed + typed[-2::-1] + [""]
    return texts


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def filter_latencies(register: Any) -> list[float]:
    """Milliseconds per keystroke in the register view's search box (see the module docstring)."""
    from PySide6.QtWidgets import QApplication

    from filing_desk.ui.register_view import RegisterView

    app = QApplication.instance() or QApplication([])
    view = RegisterView()
    view.resize(1280, 600)
    view.set_rows(register.register_rows())
    view.show()
    app.processEvents()
    samples = []
    for text in keystrokes():

        def keystroke(text: str = text) -> None:
            view.search.setText(text)
            view.apply_pending_filter()

        samples.append(_timed(keystroke))
        app.processEvents()  # paint between keystrokes, as a user's pause would (not timed)
    view.close()
    view.deleteLater()
    app.processEvents()
    return samples


def search_latencies(register: Any, rounds: int = 5) -> list[float]:
    """Milliseconds per ``Register.search`` call, every term ``rounds`` times."""
    register.search(SEARCH_TERMS[0])  # the first statement compiles; not a user-visible cost
    return [
        _timed(lambda t=term: register.search(t)) for _ in range(rounds) for term in SEARCH_TERMS
    ]


def filing_packet_context(register: Any) -> Any:
    """The form context of one algorithm's filing procedure (a provider's, for the full set)."""
    from filing_desk.domain.enums import ProcedureKind, Role
    from filing_desk.forms import printing

    rows = register.register_rows()
    algo = next((r for r in rows if r.role is Role.PROVIDER), rows[0])
    filing = next(
        p for p in register.procedures(algo.algorithm_id) if p.kind is ProcedureKind.FILING
    )
    return printing.context_for(register, algorithm_id=algo.algorithm_id, procedure_id=filing.id)


def pdf_packet(register: Any, rounds: int = 3) -> tuple[list[float], list[tuple[str, int]]]:
    """Milliseconds per whole packet (after one warm-up) and each PDF's (name, bytes)."""
    from filing_desk.forms import printing

    context = filing_packet_context(register)
    documents = printing.render_packet(context, "zh")  # warm: fonts, specs, ReportLab imports
    times = [_timed(lambda: printing.render_packet(context, "zh")) for _ in range(rounds)]
    return times, [(name, len(data)) for name, data in documents]

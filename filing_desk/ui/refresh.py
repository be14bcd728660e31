"""What a write changed (``Change``), and bringing the workspace's views up to date with only
that (``Refresher``).

Every write path of the workspace (a field edit and its undo, a wizard, a CAC answer, an entity
step, a new algorithm) reports a ``Change``: the algorithms whose rows to read again, those
removed, the entities written, and whether deadlines, states or counts may have moved. The
Refresher then:

- register table: reads only those rows (``Register.register_rows(ids=…)``) and hands them to
  the model's ``update_rows``/``remove_rows``: only those rows signal; order, filter and the
  selection stay;
- detail pane: reloads its algorithm when the change touches it;
- dashboard, entities, calendar, audit log: marked stale when what they show could have
  changed; the one on screen recomputes at once, a hidden one when it is next shown
  (``shown``). Whether the dashboard could change is read off the rows themselves: the fields it
  shows (name, entity, state, triage, open procedure, due date, filing number) before and after.

A change it cannot narrow (``everything``: an import, new working days, settings) is the old
full reload, ``Workspace.refresh_data``. No SQL and no rules here: the register reads, the views
show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filing_desk.domain.records import RegisterRow

STALE_VIEWS = ("dashboard", "entities", "calendar", "audit")


@dataclass(frozen=True)
class Change:
    """What one write changed; empty sets mean "none of those"."""

    algorithms: frozenset[int] = frozenset()  # rows to read again (changed or added)
    removed: frozenset[int] = frozenset()  # algorithms gone from the register
    entities: frozenset[int] = frozenset()  # entities written (name, state, products)
    deadlines: bool = False  # procedures, states or counts may have moved (the dashboard)
    fields_only: bool = False  # only the algorithms' own fields (not products, attachments)
    everything: bool = False  # cannot be narrowed: reload every row and view

    @classmethod
    def of(
        cls,
        algorithms: Iterable[int] = (),
        *,
        entities: Iterable[int] = (),
        removed: Iterable[int] = (),
        deadlines: bool = False,
        fields_only: bool = False,
    ) -> Change:
        return cls(
            frozenset(int(a) for a in algorithms if a),
            frozenset(int(a) for a in removed if a),
            frozenset(int(e) for e in entities if e),
            deadlines,
            fields_only,
        )


EVERYTHING = Change(everything=True)


def board_key(row: RegisterRow | None) -> tuple[Any, ...] | None:
    """The fields of a row the dashboard shows or sorts by: if they are equal before and after a
    write, the dashboard cannot have changed through that row."""
    if row is None:
        return None
    return (
        row.name,
        row.entity_name,
        row.state,
        row.triage,
        row.open_procedure,
        row.due_date,
        row.due_provisional,
        row.overdue,
        row.filing_number,
        row.security,
    )


def record_change(register: Any, kind: str, record_id: int, shown_algorithm: int) -> Change:
    """The change a field edit of one record (``RecordEditor.record_changed``) makes.

    A product's name is in the rows of every algorithm it is linked to, and a filed field of a
    product opens modifications of those algorithms; a link is edited in the detail pane, on
    the algorithm shown there.
    """
    if kind == "algorithm":
        return Change.of([record_id], fields_only=True)  # the dashboard: read off the rows
    if kind == "entity":
        return Change.of(entities=[record_id], deadlines=True)
    if kind == "product":
        linked = register.linked_products(product_id=record_id)
        algorithms = {int(p.algorithm_id or 0) for p in linked}
        entities = {int(p.entity_id or 0) for p in linked[:1]}
        return Change.of(algorithms, entities=entities, deadlines=True)
    if kind == "link":
        return Change.of([shown_algorithm], deadlines=True)
    return EVERYTHING


class Refresher:
    """Applies ``Change``s to one workspace's views; keeps which hidden views are stale."""

    def __init__(self, workspace: Any) -> None:  # the Workspace (which imports this module)
        self._ws = workspace
        self.stale: set[str] = set()

    def apply(self, change: Change, *, detail_done: bool = False) -> None:
        """Bring the views up to date with ``change`` (``detail_done``: the detail pane has
        already reloaded itself after the write it reports)."""
        ws = self._ws
        if change.everything:
            ws.refresh_data()
            return
        ids, gone, deadlines = self._rows(change)
        ws.register_view.emit_counts()
        shown = ws.detail.algorithm_id()
        if shown in gone:
            ws.detail.show_algorithm(0)
        elif shown in ids and not detail_done:
            if change.fields_only:
                ws.detail.refresh_record()
            else:
                ws.detail.refresh()
        self.mark("audit")  # every write is audited
        if deadlines:
            self.mark("dashboard")
        if change.entities:
            self.mark("entities")

    def _rows(self, change: Change) -> tuple[set[int], set[int], bool]:
        """Read the rows the change touched and put them in the table; returns the ids read,
        those gone, and whether the dashboard could have changed through them."""
        ws = self._ws
        register, model = ws.register, ws.register_view.model
        ids = set(change.algorithms)
        old = {a: r for a in ids if (r := model.row_by_id(a)) is not None}  # the rows before
        if change.entities:  # an entity's name and products are in its algorithms' rows
            ws.register_view.set_entities(register.entities())
            for row in model.rows():
                if row.entity_id in change.entities:
                    old[row.algorithm_id] = row
                    ids.add(row.algorithm_id)
        fresh = register.register_rows(ids=ids) if ids else []
        gone = set(change.removed) | (ids - {r.algorithm_id for r in fresh})
        if fresh:
            model.update_rows(fresh)
        if gone:
            model.remove_rows(gone)
        moved = (board_key(old.get(r.algorithm_id)) != board_key(r) for r in fresh)
        deadlines = change.deadlines or bool(gone) or len(fresh) != len(old) or any(moved)
        return ids, gone, deadlines

    def mark(self, *views: str) -> None:
        """These views are stale: the one on screen recomputes now, the others when shown."""
        self.stale.update(views)
        for name in views:
            if self._on_screen(name):
                self.shown(name)

    def shown(self, name: str) -> None:
        """The view ``name`` has come on screen: recompute it if it is stale."""
        if name in self.stale:
            self.stale.discard(name)
            getattr(self._ws, name).refresh()

    def _on_screen(self, name: str) -> bool:
        view = getattr(self._ws, name)
        return bool(self._ws.stack.currentWidget() is view and self._ws.isVisible())

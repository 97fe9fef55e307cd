"""The keyed table of the money screens: a refill with new rows at either end inserts them (no reset), keeps
the selection, always ends equal to a rebuild, and measures about a screenful of rows, not all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from commons_desktop.widgets.keyed_rows import KEY_ROLE, KeyedRow, KeyedRowsModel, KeyedTable

HEADERS = ("When", "What", "Amount")


def rows(keys: list[str], tag: str = "") -> list[KeyedRow]:
    return [KeyedRow(k, (f"day {k}", f"entry {k}{tag}", f"{len(k)}.00 EUR")) for k in keys]


def shown(model: KeyedRowsModel) -> list[KeyedRow]:
    """What the model gives a view, read through Qt's model interface."""
    out = []
    for r in range(model.rowCount()):
        key = model.index(r, 0).data(KEY_ROLE)
        out.append(KeyedRow(key, tuple(model.index(r, c).data() for c in range(model.columnCount()))))
    return out


class Changes:
    def __init__(self, model: KeyedRowsModel) -> None:
        self.resets = self.inserted = self.removed = self.changed = 0
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(lambda _p, first, last: self._count("inserted", last - first + 1))
        model.rowsRemoved.connect(lambda _p, first, last: self._count("removed", last - first + 1))
        model.dataChanged.connect(
            lambda first, last, _roles: self._count("changed", last.row() - first.row() + 1)
        )

    def _reset(self) -> None:
        self.resets += 1

    def _count(self, what: str, n: int) -> None:
        setattr(self, what, getattr(self, what) + n)


def test_row_counts_headers_and_the_order_given(qtmodeltester) -> None:
    model = KeyedRowsModel(HEADERS)
    assert (model.rowCount(), model.columnCount()) == (0, 3)
    model.set_rows(rows(["c", "a", "b"]))
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert [model.key_at(r) for r in range(3)] == ["c", "a", "b"]  # never sorted: the service's order
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"
    assert model.index(1, 1).data() == "entry a"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    qtmodeltester.check(model, force_py=True)


def test_a_new_entry_on_top_of_a_capped_history_is_one_insert_and_one_removal(qapp) -> None:
    model = KeyedRowsModel(HEADERS)
    model.set_rows(rows([str(n) for n in range(500, 0, -1)]))  # the newest 500, newest first
    changes = Changes(model)
    model.set_rows(rows([str(n) for n in range(501, 1, -1)]))  # one more came; the oldest falls off
    assert (changes.resets, changes.inserted, changes.removed, changes.changed) == (0, 1, 1, 0)
    assert shown(model) == rows([str(n) for n in range(501, 1, -1)])


def test_a_changed_cell_is_repainted_not_reset(qapp) -> None:
    model = KeyedRowsModel(HEADERS)
    model.set_rows(rows(["a", "b", "c"]))
    changes = Changes(model)
    model.set_rows([*rows(["a"]), *rows(["b"], tag=" (confirmed)"), *rows(["c"])])
    assert (changes.resets, changes.inserted, changes.removed, changes.changed) == (0, 0, 0, 1)
    assert model.index(1, 1).data() == "entry b (confirmed)"
    model.set_rows(rows(["a", "b", "c"]))  # the same rows again: nothing moves
    model.set_rows(rows(["a", "b", "c"]))
    assert changes.changed == 2


def test_a_reordering_resets(qapp) -> None:
    model = KeyedRowsModel(HEADERS)
    model.set_rows(rows(["a", "b", "c"]))
    changes = Changes(model)
    model.set_rows(rows(["c", "b", "a"]))
    assert changes.resets == 1
    assert shown(model) == rows(["c", "b", "a"])


keys = st.lists(st.sampled_from([f"k{n}" for n in range(12)]), max_size=10)


@settings(max_examples=300, deadline=None)
@given(before=keys, after=keys, tag=st.sampled_from(["", "!"]))
def test_a_refill_always_ends_equal_to_a_rebuild(qapp, before: list[str], after: list[str], tag: str) -> None:
    """Whatever the old and new rows (repeated keys included), the model then holds exactly the new rows, and
    Qt's persistent indexes of the rows kept still point at the same keys."""
    model = KeyedRowsModel(HEADERS)
    model.set_rows(rows(before))
    pinned = {(r, model.key_at(r)): QPersistentModelIndex(model.index(r, 0)) for r in range(model.rowCount())}
    changes = Changes(model)
    model.set_rows(rows(after, tag))
    assert shown(model) == rows(after, tag)
    if changes.resets == 0:
        for (_row, key), index in pinned.items():
            assert not index.isValid() or model.key_at(index.row()) == key
    if before and before == after and len(set(after)) == len(after):
        assert changes.resets == 0
        assert changes.inserted == changes.removed == 0


def test_the_table_keeps_the_selected_row_as_rows_arrive(qtbot) -> None:
    table = KeyedTable(HEADERS)
    qtbot.addWidget(table)
    table.set_rows(rows(["b", "a"]))
    table.select_key("a")
    selections: list[str | None] = []
    table.sig_selection_changed.connect(lambda: selections.append(table.selected_key()))
    table.set_rows(rows(["d", "c", "b", "a"]))
    assert table.selected_key() == "a"
    assert (table.row_count(), table.text(0, 1)) == (4, "entry d")
    table.set_rows(rows(["a", "d"]))  # reordered: a reset, and the choice found again by its key
    assert table.selected_key() == "a"
    table.set_rows(rows(["d"]))
    assert table.selected_key() is None


class CountingModel(KeyedRowsModel):
    def __init__(self) -> None:
        super().__init__(HEADERS)
        self.rows_read: set[int] = set()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        self.rows_read.add(index.row())
        return super().data(index, role)


def test_the_table_reads_the_rows_on_screen_not_all_of_them(qtbot) -> None:
    """Filling and showing 5,000 rows reads about a screenful (a table widget measured every row)."""
    table = KeyedTable(HEADERS)
    counting = CountingModel()
    table.rows_model = counting
    table.setModel(counting)
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    table.set_rows(rows([f"{n:05}" for n in range(5000)]))
    table.repaint()
    QApplication.processEvents()
    assert table.row_count() == 5000
    assert 0 < len(counting.rows_read) < 100


def test_columns_fit_a_longer_row_that_arrives_later(qtbot) -> None:
    """A row inserted after the first fill widens its column (the header measures again), so its text is not
    wrapped or cut."""
    table = KeyedTable(HEADERS)
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    table.set_rows([KeyedRow("a", ("1 Dec", "Tea", "1.00 EUR"))])
    QApplication.processEvents()
    narrow = table.columnWidth(1)
    table.set_rows(
        [KeyedRow("a", ("1 Dec", "Tea", "1.00 EUR")), KeyedRow("b", ("2 Dec", "W" * 40, "2.00 EUR"))]
    )
    QApplication.processEvents()
    assert table.columnWidth(1) > narrow + 100

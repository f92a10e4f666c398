"""The public API: __all__ is sorted, complete and importable."""

from __future__ import annotations

import vnpartydoc


def test_all_is_sorted_and_importable() -> None:
    """Every name in __all__ exists; the list is sorted (constants, classes, functions)."""
    names = vnpartydoc.__all__

    def order(name: str) -> tuple[int, str]:
        kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
        return kind, name

    assert names == sorted(names, key=order)
    for name in names:
        assert hasattr(vnpartydoc, name), name


def test_all_lists_every_public_name() -> None:
    """Every public attribute that is not a submodule is listed in __all__."""
    import types

    public = {
        n
        for n in dir(vnpartydoc)
        if not n.startswith("_") and not isinstance(getattr(vnpartydoc, n), types.ModuleType)
    }
    assert public - {"annotations"} == set(vnpartydoc.__all__) - {"__version__"}

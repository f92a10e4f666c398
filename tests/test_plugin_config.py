"""Options of the ``vnpartydoc`` MkDocs plugin, validated by MkDocs without building."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest
from vnpartydoc_mkdocs.plugin import VnPartyDocPlugin


def load(tmp_path: Path, **options: object) -> tuple[VnPartyDocPlugin, list[str], list[str]]:
    (tmp_path / "documents").mkdir(exist_ok=True)
    plugin = VnPartyDocPlugin()
    settings: dict[str, object] = {"source_dirs": ["documents"], **options}
    errors, warnings = plugin.load_config(settings, str(tmp_path / "mkdocs.yml"))
    return plugin, [f"{k}: {e}" for k, e in errors], [f"{k}: {w}" for k, w in warnings]


def test_entry_point_loads_the_plugin() -> None:
    """MkDocs finds the plugin under the name 'vnpartydoc'."""
    (point,) = [p for p in entry_points(group="mkdocs.plugins") if p.name == "vnpartydoc"]
    assert point.load() is VnPartyDocPlugin


def test_config_defaults(tmp_path: Path) -> None:
    """Every option has its documented default; paths are made relative to mkdocs.yml."""
    plugin, errors, warnings = load(tmp_path)
    assert (errors, warnings) == ([], [])
    config = plugin.config
    assert config.enabled is True
    assert config.source_dirs == [str(tmp_path / "documents")]
    assert config.url_prefix == "van-ban"
    assert config.language == "vi"
    assert config.indexes == ["organisation", "congress", "type", "year", "person"]
    assert config.page_size == 50
    assert config.on_invalid == "warn"
    assert config.check_corpus is True
    assert config.custom_templates is None
    assert config.diagrams is None
    assert config.search_fold is True


def test_config_accepts_every_option(tmp_path: Path) -> None:
    """All options set at once are read back as given."""
    (tmp_path / "overrides").mkdir()
    plugin, errors, _ = load(
        tmp_path,
        url_prefix="tai-lieu/van-ban",
        language="en",
        indexes=["type", "year"],
        page_size=20,
        on_invalid="fail",
        check_corpus=False,
        custom_templates="overrides",
        diagrams="svg",
        search_fold=False,
        enabled=False,
    )
    assert errors == []
    config = plugin.config
    assert (config.url_prefix, config.language, config.indexes) == (
        "tai-lieu/van-ban",
        "en",
        ["type", "year"],
    )
    assert (config.page_size, config.on_invalid, config.diagrams) == (20, "fail", "svg")
    assert config.custom_templates == str(tmp_path / "overrides")
    assert (config.check_corpus, config.search_fold, config.enabled) == (False, False, False)


BAD_OPTIONS = [
    ("source_dirs", ["missing"], "source_dirs"),
    ("source_dirs", "documents", "source_dirs"),
    ("language", "fr", "language"),
    ("indexes", ["author"], "indexes"),
    ("on_invalid", "ignore", "on_invalid"),
    ("diagrams", "png", "diagrams"),
    ("custom_templates", "no-such-folder", "custom_templates"),
    ("page_size", "many", "page_size"),
    ("unknown_option", 1, None),
]


@pytest.mark.parametrize(
    ("name", "value", "key"), BAD_OPTIONS, ids=[f"{n}={v!r}" for n, v, _ in BAD_OPTIONS]
)
def test_config_rejects_bad_values(tmp_path: Path, name: str, value: object, key: str) -> None:
    """A bad value is a configuration error naming the option; an unknown one a warning."""
    _, errors, warnings = load(tmp_path, **{name: value})
    if key is None:
        assert errors == []
        assert warnings == [f"{name}: Unrecognised configuration name: {name}"]
    else:
        assert len(errors) == 1
        assert errors[0].startswith(f"{key}: ")

"""Options of the ``vnpartydoc`` MkDocs plugin, validated by MkDocs without building."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.config import load_config
from vnpartydoc_mkdocs.extensions import THEME_DIR
from vnpartydoc_mkdocs.plugin import VnPartyDocPlugin

from vnpartydoc.mdext import VnPartyDocExtension
from vnpartydoc.render import RENDER_OPTIONS, RenderError, RenderOptions

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


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
    assert config.indexes == ["organisation", "congress", "type", "year", "person", "indicator"]
    assert config.page_size == 50
    assert config.on_invalid == "warn"
    assert config.check_corpus is True
    assert config.templates_dir is None
    assert config.diagrams == "svg"
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
        templates_dir="overrides",
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
    assert config.templates_dir == str(tmp_path / "overrides")
    assert (config.check_corpus, config.search_fold, config.enabled) == (False, False, False)


BAD_OPTIONS = [
    ("source_dirs", ["missing"], "source_dirs"),
    ("source_dirs", "documents", "source_dirs"),
    ("language", "fr", "language"),
    ("indexes", ["author"], "indexes"),
    ("on_invalid", "ignore", "on_invalid"),
    ("diagrams", "png", "diagrams"),
    ("templates_dir", "no-such-folder", "templates_dir"),
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


def test_config_names_defaults_and_choices_are_the_core_options(tmp_path: Path) -> None:
    """The render options' defaults and allowed values are those of RENDER_OPTIONS."""
    plugin, _, _ = load(tmp_path)
    for name in ("language", "url_prefix", "indexes", "page_size"):
        default = RENDER_OPTIONS[name].default
        assert plugin.config[name] == (list(default) if isinstance(default, tuple) else default)
    for name, value in [("language", "en"), ("diagrams", "mermaid"), ("indexes", ["year"])]:
        plugin, errors, _ = load(tmp_path, **{name: value})
        assert errors == []
    assert RENDER_OPTIONS["diagrams"].choices == ("svg", "mermaid")


BAD_RENDER_VALUES = [
    ("language", "fr"),
    ("diagrams", "png"),
    ("indexes", ["type", "author"]),
    ("indexes", "type"),
    ("page_size", 0),
    ("page_size", True),
    ("url_prefix", "/van-ban/"),
]


@pytest.mark.parametrize(
    ("name", "value"), BAD_RENDER_VALUES, ids=[f"{n}={v!r}" for n, v in BAD_RENDER_VALUES]
)
def test_config_rejects_bad_render_values_with_the_core_message(
    tmp_path: Path, name: str, value: object
) -> None:
    """A bad render option is the core's render_option error, word for word."""
    _, errors, _ = load(tmp_path, **{name: value})
    with pytest.raises(RenderError) as info:
        RenderOptions.from_settings({name: value})
    issue = info.value.issues[0]
    assert issue.code == "render_option"
    assert errors == [f"{name}: render_option: {issue.message}"]


def test_config_custom_templates_is_the_old_name_of_templates_dir(tmp_path: Path) -> None:
    """custom_templates still works, with a warning naming templates_dir."""
    (tmp_path / "overrides").mkdir()
    plugin, errors, warnings = load(tmp_path, custom_templates="overrides")
    assert errors == []
    assert plugin.config.templates_dir == str(tmp_path / "overrides")
    assert len(warnings) == 1
    assert warnings[0].startswith("custom_templates: ")
    assert "Use 'templates_dir' instead." in warnings[0]


def configured(tmp_path: Path, extra: str) -> MkDocsConfig:
    """A project's config after the plugins' on_config, without building."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "documents").mkdir(exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Văn bản\nplugins:\n  - search\n  - vnpartydoc:\n"
        "      source_dirs: [documents]\n" + extra,
        encoding="utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))
    result = config.plugins.on_config(config)
    assert result is config
    return config


def test_on_config_completes_markdown_extensions(tmp_path: Path) -> None:
    """attr_list, tables, the extension and a mermaid fence are added; user fences are kept."""
    config = configured(
        tmp_path,
        "      diagrams: mermaid\n"
        "theme: material\nmarkdown_extensions:\n  - markdown.extensions.attr_list\n"
        "  - pymdownx.superfences:\n      custom_fences:\n"
        "        - name: math\n          class: arithmatex\n"
        "          format: !!python/name:pymdownx.superfences.fence_code_format\n",
    )
    extensions = config.markdown_extensions
    assert extensions.count("attr_list") + extensions.count("markdown.extensions.attr_list") == 1
    assert {"tables", "pymdownx.superfences"} <= set(extensions)
    (mdext,) = [e for e in extensions if isinstance(e, VnPartyDocExtension)]
    assert mdext is config.plugins["vnpartydoc"]._mdext  # type: ignore[attr-defined]
    assert "vnpartydoc" not in extensions
    fences = config.mdx_configs["pymdownx.superfences"]["custom_fences"]
    assert [f["name"] for f in fences] == ["math", "mermaid"]
    html = fences[1]["format"](
        "gantt", "mermaid", "mermaid", {}, None, classes=[], id_value="", attrs={}
    )
    assert html == '<pre data-search-exclude class="mermaid"><code>gantt</code></pre>'


def test_on_config_replaces_the_extension_listed_by_name(tmp_path: Path) -> None:
    """A 'vnpartydoc' listed by name gives way to the plugin's instance and its documents."""
    config = configured(
        tmp_path, "markdown_extensions:\n  - vnpartydoc:\n      paths: [documents]\n"
    )
    names = [e if isinstance(e, str) else type(e).__name__ for e in config.markdown_extensions]
    assert names.count("VnPartyDocExtension") == 1
    assert "vnpartydoc" not in names
    assert "vnpartydoc" not in config.mdx_configs


def test_on_config_adds_no_mermaid_fence_for_svg(tmp_path: Path) -> None:
    """Diagrams are SVG unless asked for, under any theme, so no fence is configured."""
    config = configured(tmp_path, "theme: material\n")
    assert "pymdownx.superfences" not in config.markdown_extensions


def test_theme_folder_goes_after_custom_dir(tmp_path: Path) -> None:
    """The user's custom_dir wins over the plugin's main.html, which wins over the theme's."""
    (tmp_path / "overrides").mkdir()
    config = configured(tmp_path, "theme:\n  name: material\n  custom_dir: overrides\n")
    assert config.theme.dirs[:2] == [str(tmp_path / "overrides"), str(THEME_DIR)]
    assert config.theme.dirs[2].endswith("material/templates")


def test_on_serve_watches_documents_and_templates(tmp_path: Path) -> None:
    """Live reload watches source_dirs and templates_dir, wherever they are."""
    (tmp_path / "overrides").mkdir()
    plugin, errors, _ = load(tmp_path, templates_dir="overrides")
    assert errors == []

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    server = Server()
    assert plugin.on_serve(server, config=None, builder=None) is server  # type: ignore[arg-type]
    assert server.watched == [str(tmp_path / "documents"), str(tmp_path / "overrides")]

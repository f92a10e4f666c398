"""User templates override one block; they run in a sandbox; their errors are located."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vnpartydoc.corpus import Corpus
from vnpartydoc.models import Directive, Resolution
from vnpartydoc.render import RenderError, RenderOptions, render_part, render_record, render_site
from vnpartydoc.render.templating import PACKAGE_TEMPLATES

if TYPE_CHECKING:
    from pathlib import Path

RESOLUTION = Resolution(
    type="nghi-quyet",
    id="nq",
    title="Nghị quyết Đại hội <XI>",
    targets=[{"indicator": "Tỷ lệ đô thị hóa", "value": "43", "unit": "%", "deadline": 2025}],
    tasks=["Xây dựng Đảng"],
    signature={"post": "Bí thư", "name": "Nguyễn Văn A"},
)
DIRECTIVE = Directive(type="chi-thi", id="ct", title="Chỉ thị", signature={"post": "Bí thư"})
CORPUS = Corpus.of([RESOLUTION, DIRECTIVE])


def _render(tmp_path: Path, name: str, text: str, record: object = RESOLUTION) -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    page = render_record(record, CORPUS, RenderOptions(templates_dir=tmp_path))  # type: ignore[arg-type]
    return page.markdown


def test_override_one_block_keeps_the_rest(tmp_path: Path) -> None:
    """A user resolution.md.j2 replaces the targets block only."""
    text = _render(
        tmp_path,
        "resolution.md.j2",
        '{% extends "base/resolution.md.j2" %}\n'
        "{% block targets %}\n## Chỉ tiêu\n\n{% for t in targets %}- {{ t.indicator }}: "
        "{{ t.value }}{{ t.unit }} ({{ t.when }})\n{% endfor %}{% endblock %}\n",
    )
    assert "## Chỉ tiêu\n\n- Tỷ lệ đô thị hóa: 43% (2025)\n" in text
    assert "| TT |" not in text
    assert "## Nhiệm vụ trọng tâm {#nhiem-vu-trong-tam}\n\n1. Xây dựng Đảng\n" in text
    assert "# Nghị quyết Đại hội &lt;XI&gt;\n" in text


def test_override_document_applies_to_every_kind(tmp_path: Path) -> None:
    """A user document.md.j2 changes the signature of resolutions and directives alike."""
    (tmp_path / "document.md.j2").write_text(
        '{% extends "base/document.md.j2" %}{% block signature %}KÝ: {{ record.signature.post }}'
        "{% endblock %}",
        encoding="utf-8",
    )
    pages = {
        p.record_id: p.markdown for p in render_site(CORPUS, RenderOptions(templates_dir=tmp_path))
    }
    assert "KÝ: Bí thư" in pages["nq"]
    assert "KÝ: Bí thư" in pages["ct"]
    assert "## Các chỉ tiêu chủ yếu" in pages["nq"]


def test_override_per_type_template(tmp_path: Path) -> None:
    """A template named after the record type (chi-thi.md.j2) applies to that type only."""
    (tmp_path / "chi-thi.md.j2").write_text(
        '{% extends "base/document.md.j2" %}{% block meta %}CHỈ THỊ{% endblock %}', encoding="utf-8"
    )
    pages = {
        p.record_id: p.markdown for p in render_site(CORPUS, RenderOptions(templates_dir=tmp_path))
    }
    assert "CHỈ THỊ" in pages["ct"]
    assert "CHỈ THỊ" not in pages["nq"]


def test_override_applies_to_embedded_parts(tmp_path: Path) -> None:
    """render_part uses the overridden block."""
    (tmp_path / "resolution.md.j2").write_text(
        '{% extends "base/resolution.md.j2" %}{% block tasks %}NHIỆM VỤ{% endblock %}',
        encoding="utf-8",
    )
    assert (
        render_part(RESOLUTION, "tasks", CORPUS, RenderOptions(templates_dir=tmp_path))
        == "NHIỆM VỤ\n"
    )


def test_override_output_is_escaped(tmp_path: Path) -> None:
    """Values printed by a user template are escaped, even when joined to trusted Markdown."""
    text = _render(
        tmp_path,
        "resolution.md.j2",
        '{% extends "base/resolution.md.j2" %}{% block tasks %}[{{ record.title }}]'
        "{{ h.md('x') ~ record.title }} {{ record.title|e }}{% endblock %}",
    )
    assert "[Nghị quyết Đại hội &lt;XI&gt;]" in text
    assert "xNghị quyết Đại hội &lt;XI&gt;" in text


@pytest.mark.parametrize(
    "body",
    [
        "{{ record.__class__.__mro__ }}",
        "{{ ''.__class__.__subclasses__() }}",
        "{{ record.tasks.append('x') }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_user_templates_run_in_a_sandbox(tmp_path: Path, body: str) -> None:
    """User templates cannot reach Python internals or change the data."""
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "resolution.md.j2", '{% extends "base/resolution.md.j2" %}'
                f"{{% block tasks %}}{body}{{% endblock %}}")  # fmt: skip
    assert info.value.issues[0].code == "template_error"
    assert RESOLUTION.tasks == ["Xây dựng Đảng"]


def test_template_error_names_file_and_line(tmp_path: Path) -> None:
    """A typo in a user template is reported with the file and line."""
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "resolution.md.j2",
                '{% extends "base/resolution.md.j2" %}\n{% block tasks %}\n\n{{ no_such_name }}'
                "{% endblock %}")  # fmt: skip
    issue = info.value.issues[0]
    assert issue.code == "template_error"
    assert issue.path == tmp_path / "resolution.md.j2"
    assert issue.line == 4
    assert "no_such_name" in issue.message


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
        ("{{ record.tasks[99] }}", "UndefinedError"),
        ("{{ {}['khóa'] }}", "UndefinedError"),
        ("{{ 'x' + 1 }}", "TypeError"),
    ],
)
def test_any_failure_in_a_user_template_is_a_template_error(
    tmp_path: Path, body: str, error: str
) -> None:
    """Whatever a user template raises becomes template_error with its file and line."""
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "resolution.md.j2", '{% extends "base/resolution.md.j2" %}\n'
                f"{{% block tasks %}}{body}{{% endblock %}}")  # fmt: skip
    issue = info.value.issues[0]
    assert (issue.code, issue.path, issue.line) == (
        "template_error",
        tmp_path / "resolution.md.j2",
        2,
    )
    assert issue.message.startswith(error)


def test_template_syntax_error_is_located(tmp_path: Path) -> None:
    """A syntax error in a user template is reported with the file and line."""
    with pytest.raises(RenderError) as info:
        _render(
            tmp_path, "resolution.md.j2", '{% extends "base/resolution.md.j2" %}\n{% block x %}'
        )
    issue = info.value.issues[0]
    assert (issue.code, issue.path, issue.line) == (
        "template_error",
        tmp_path / "resolution.md.j2",
        2,
    )


def test_template_extending_itself_is_an_error(tmp_path: Path) -> None:
    """A user template that extends its own name (not base/…) fails clearly."""
    with pytest.raises(RenderError) as info:
        _render(tmp_path, "resolution.md.j2", '{% extends "resolution.md.j2" %}')
    assert info.value.issues[0].code == "template_error"


def test_packaged_templates_are_inside_the_package() -> None:
    """The templates ship inside the vnpartydoc package (so the wheel includes them)."""
    names = sorted(p.name for p in PACKAGE_TEMPLATES.glob("*.md.j2"))
    assert names == [
        "article.md.j2", "congress.md.j2", "document.md.j2", "home.md.j2", "index.md.j2",
        "organisation.md.j2", "page.md.j2", "person.md.j2", "resolution.md.j2",
    ]  # fmt: skip
    assert PACKAGE_TEMPLATES.parent.name == "vnpartydoc"


def _doc_examples() -> list[str]:
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "templates.md").read_text("utf-8")
    return [part.split("```", 1)[0] for part in text.split("```jinja\n")[1:]]


def test_documented_examples_work(tmp_path: Path) -> None:
    """The override examples in docs/templates.md render as the page says."""
    targets, signature = _doc_examples()
    text = _render(tmp_path, "resolution.md.j2", targets)
    assert (
        "## Các chỉ tiêu chủ yếu {#cac-chi-tieu-chu-yeu}\n\n- **Tỷ lệ đô thị hóa**: 43 % (2025)\n"
        in text
    )
    assert "| TT |" not in text
    dated = Directive(type="chi-thi", id="ct2", title="Chỉ thị", issued_on="2025-04-14",
                      signature={"post": "Tổng Bí thư", "name": "Tô Lâm"})  # fmt: skip
    text = _render(tmp_path, "document.md.j2", signature, dated)
    assert "- **Người ký:** Tô Lâm\n\n*ngày 14 tháng 4 năm 2025*\n" in text


def test_macros_and_super_are_markdown_not_text(tmp_path: Path) -> None:
    """Template output (macros, super()) stays Markdown; the values inside it are escaped."""
    text = _render(
        tmp_path,
        "resolution.md.j2",
        '{% extends "base/resolution.md.j2" %}'
        "{% macro item(x) %}- **{{ x }}**{% endmacro %}"
        "{% block tasks %}{{ item(record.title) }}\n\n{{ super() }}{% endblock %}",
    )
    assert (
        "- **Nghị quyết Đại hội &lt;XI&gt;**\n\n## Nhiệm vụ trọng tâm {#nhiem-vu-trong-tam}" in text
    )

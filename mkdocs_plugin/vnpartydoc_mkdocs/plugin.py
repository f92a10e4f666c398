"""The ``vnpartydoc`` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as opt
from mkdocs.plugins import BasePlugin


class VnPartyDocConfig(base.Config):
    """Options of the ``vnpartydoc`` plugin, written in ``mkdocs.yml``."""

    enabled = opt.Type(bool, default=True)
    """Turn the plugin off without removing it."""


class VnPartyDocPlugin(BasePlugin[VnPartyDocConfig]):
    """Render Party documents as pages."""

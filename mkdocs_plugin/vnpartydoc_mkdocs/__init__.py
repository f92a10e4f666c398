"""MkDocs plugin for vnpartydoc: Party documents as structured, navigable pages.

Registered under the ``mkdocs.plugins`` entry point as ``vnpartydoc``; see
:class:`vnpartydoc_mkdocs.plugin.VnPartyDocPlugin` and its options in
:class:`vnpartydoc_mkdocs.config.VnPartyDocConfig`.
"""

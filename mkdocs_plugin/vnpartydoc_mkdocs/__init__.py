"""MkDocs plugin for vnpartydoc: Party documents as structured pages."""

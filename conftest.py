"""Import the package before pytest collects docstring examples from ``src/``.

With ``--import-mode=importlib`` pytest loads a module file it is asked to collect as a fresh
copy unless that module is already imported; a second ``vnpartydoc.types`` would hold classes
that the models do not accept. Importing the package here makes pytest reuse the real modules.
"""

from __future__ import annotations

import vnpartydoc  # noqa: F401

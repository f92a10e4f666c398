"""Run the command line: ``python -m vnpartydoc``."""

from vnpartydoc.cli import main

raise SystemExit(main())

"""Entry point for ``python -m quizapp``."""

from __future__ import annotations

import sys

from quizapp.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the PyInstaller bundle: what the ``quizapp`` console script runs."""

import sys

from quizapp.cli import main

sys.exit(main())

"""Documents, styles, icons and translations shipped with quizapp.

This folder is installed as the package ``quizapp.resources`` (see ``pyproject.toml``); the
app reads it through ``importlib.resources`` (``quizapp/core/resources.py``), so a wheel or a
bundle works as well as a checkout.
"""

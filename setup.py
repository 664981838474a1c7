"""Packages for setuptools: quizapp's own, plus the shipped resources and built-in banks,
which live in top-level folders of the repository (pyproject.toml maps them)."""

from setuptools import find_namespace_packages, find_packages, setup

# Every folder under resources/ is a (data-only) package of its own to setuptools.
RESOURCE_FOLDERS = [f"quizapp.resources.{name}" for name in find_namespace_packages("resources")]

setup(packages=[*find_packages(include=["quizapp", "quizapp.*"]),
                "quizapp.resources", *RESOURCE_FOLDERS, "quizapp.questions"])

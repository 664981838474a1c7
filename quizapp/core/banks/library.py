"""Finding and loading the banks on disk (built-in and imported); broken ones are reported."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from quizapp.core.banks.model import Bank
from quizapp.core.banks.files import bank_files
from quizapp.core.banks.io import load_bank
from quizapp.core.errors import BankError


@dataclass(frozen=True)
class LoadedBank:
    """A bank and the file it came from."""

    bank: Bank
    path: Path

    @property
    def id(self) -> str:
        return self.bank.meta.id


@dataclass(frozen=True)
class BankProblem:
    """A bank file that was skipped, and the typed error that says why."""

    path: Path
    error: BankError


def load_banks(folders: Iterable[Path]) -> tuple[dict[str, LoadedBank], list[BankProblem]]:
    """Load every bank in ``folders``; skip (and report) the ones that fail.

    A bank id already loaded from an earlier file is reported as a problem for the later
    file: built-in banks come first, so an import cannot shadow them silently.
    """
    return load_bank_files(bank_files(folders), {})


def load_bank_files(paths: Iterable[Path], taken: Mapping[str, Path]
                    ) -> tuple[dict[str, LoadedBank], list[BankProblem]]:
    """Load the bank files ``paths`` (see :func:`load_banks`); ids in ``taken`` (already
    known from other files) count as used."""
    banks: dict[str, LoadedBank] = {}
    problems: list[BankProblem] = []
    for path in paths:
        try:
            bank = load_bank(path)
        except BankError as exc:
            problems.append(BankProblem(path, exc))
            continue
        if bank.meta.id in banks or bank.meta.id in taken:
            first = banks[bank.meta.id].path if bank.meta.id in banks else taken[bank.meta.id]
            problems.append(BankProblem(path, BankError(
                f"bank id '{bank.meta.id}' is already used by {first}; skipped",
                file=str(path), field="bank.id")))
            continue
        banks[bank.meta.id] = LoadedBank(bank, path)
    return banks, problems

"""The facade the GUI and CLI use: open a data folder, study, quiz, weak topics, stats, backup."""

from __future__ import annotations

import os
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.banks.model import Bank, Item
from quizapp.core.study.cards import CardSchedule, CardState, Rating, ReviewKind, review_kind
from quizapp.core.clock import Clock, SystemClock
from quizapp.core.banks.io import load_bank
from quizapp.core.study.due import DueCounts, due_counts
from quizapp.core.errors import BankError, StorageError
from quizapp.core.banks.files import bank_files, file_stamp
from quizapp.core.banks.library import BankProblem, LoadedBank, load_bank_files
from quizapp.core.stats.mastery import (
    RECENT_QUIZ_ANSWERS,
    WEAK_TOPICS_SHOWN,
    TopicMastery,
    rank_weak,
    topic_masteries,
)
from quizapp.core.datafolder.paths import backups_dir, data_dir, db_path, user_banks_dir
from quizapp.core.resources import builtin_banks_dir
from quizapp.core.quiz.engine import QuizConfig, QuizResult, QuizSession
from quizapp.core.study.scheduling import IntervalPreview, Scheduler, SchedulerConfig
from quizapp.core.study.scope import StudyScope
from quizapp.core.storage import BUSY_TIMEOUT_MS, Store
from quizapp.core.storage.records import BankRecord, SyncReport, from_ms, to_ms
from quizapp.core.storage.reviews import Answer
from quizapp.core.study.day import StudyDay
from quizapp.core.study.queue import QueueScope, StudyQueue

if TYPE_CHECKING:  # used only in signatures; imported where needed (start-up time)
    from quizapp.core.stats.model import Stats

# Longer answer times count as this much (the learner walked away), as in Anki.
MAX_ANSWER_MS = 60_000
_LEARNING_STATES = (CardState.LEARNING, CardState.RELEARNING)


@dataclass(frozen=True)
class StudyCard:
    """A flashcard to show: its content, topic title and current schedule."""

    pk: int
    bank: str
    item: Item
    topic_title: str
    schedule: CardSchedule

    @property
    def key(self) -> str:
        """Stable identity across banks (seeds the interval fuzz)."""
        return f"{self.bank}/{self.item.id}"


@dataclass(frozen=True)
class AnswerResult:
    """What one answer did.

    Attributes:
        review_id: Its row in the review log (it is committed when this is returned).
        card: The card as it was shown (schedule before the answer).
        rating: The button pressed.
        kind: New / learning / review / relearning.
        after: The card's new schedule.
        became_leech: This answer made the card a leech.
    """

    review_id: int
    card: StudyCard
    rating: Rating
    kind: ReviewKind
    after: CardSchedule
    became_leech: bool


@dataclass(frozen=True)
class QuizRecord:
    """A stored quiz: its attempt id and the flashcards made due again (``bank/item``)."""

    attempt: int
    relearn: tuple[str, ...]


class Collection:
    """A learner's data folder, opened. Owned by one thread (a GUI worker, or the CLI).

    Create with :meth:`open`; close with :meth:`close` (or use it as a context manager).
    """

    def __init__(self, data: Path, store: Store, clock: Clock, config: SchedulerConfig,
                 tz: tzinfo | None) -> None:
        self.data = data
        self.store = store
        self.read_only = store.db.read_only
        self.clock = clock
        self.tz = tz
        self._banks: dict[str, LoadedBank] = {}
        # Banks whose file is unchanged since it was last synced: known to the store, parsed
        # only when their items are first needed (start-up shows home without them).
        self._pending: dict[str, Path] = {}
        self._order: list[str] = []
        self.problems: list[BankProblem] = []
        self.sync_reports: list[SyncReport] = []
        self.backup_error: StorageError | None = None
        self._items: dict[tuple[str, str], Item] = {}
        self._titles: dict[tuple[str, str], str] = {}
        self._undo: list[int] = []
        self._queue: StudyQueue | None = None
        self._show_first: int | None = None
        self.set_config(config)

    @classmethod
    def open(
        cls,
        data: str | os.PathLike[str] | None = None,
        *,
        clock: Clock | None = None,
        config: SchedulerConfig | None = None,
        tz: tzinfo | None = None,
        bank_dirs: Iterable[Path] | None = None,
        auto_backup: bool = True,
        lazy_banks: bool = False,
        read_only: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> Collection:
        """Open data folder ``data`` (``--data-dir``/``$QUIZAPP_DATA_DIR``/user data dir).

        Creates or migrates the database, takes the day's automatic backup (a failure is
        kept in ``backup_error``, not raised), and syncs every bank in ``bank_dirs``
        (default: the built-in banks and the folder's imported banks); banks that fail to
        load are skipped and listed in ``problems``. With ``lazy_banks`` a bank file that
        has not changed since it was last synced is not parsed until its items are needed
        (the GUI's start-up path); its counts, topics and schedules come from the store.
        With ``read_only`` (after :class:`DatabaseReadOnlyError`) nothing is written: no
        backup, banks are not synced (the store shows what it holds), and every write
        raises ``DatabaseReadOnlyError``. ``busy_timeout_ms``: how long a write waits for
        another process holding the database.

        Raises:
            StorageError: (a subclass of) the database cannot be opened; it is untouched.
                See ``quizapp.core.datafolder.recovery`` for what to do about each.
        """
        folder = data_dir(data)
        store = Store.open(db_path(folder), read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        col = cls(folder, store, clock or SystemClock(), config or SchedulerConfig(), tz)
        try:
            if auto_backup and not read_only:
                col.auto_backup()
            dirs = [builtin_banks_dir(), user_banks_dir(folder)] if bank_dirs is None else bank_dirs
            col._discover(bank_files(dirs), lazy_banks)
        except BaseException:
            store.close()
            raise
        return col

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- configuration and banks ------------------------------------------------------

    def set_config(self, config: SchedulerConfig) -> None:
        """Use new scheduling settings from now on (limits, retention, steps…)."""
        self.config = config
        self.days = StudyDay(self.tz, config.rollover_hour)
        self.scheduler = Scheduler(config, self.days)
        self._queue = None

    def _discover(self, files: Sequence[Path], lazy: bool) -> None:
        to_load: list[Path] = []
        for path in files:
            key = self.store.banks.known_file(str(path), file_stamp(path)) if lazy else None
            if key is not None and key not in self._pending:
                self._pending[key] = path
                self._order.append(key)
            else:
                to_load.append(path)
        banks, self.problems = load_bank_files(to_load, self._pending)
        for loaded in banks.values():
            self._use_bank(loaded.bank, loaded.path)
        position = {p: n for n, p in enumerate(files)}
        paths = {**{k: lb.path for k, lb in self._banks.items()}, **self._pending}
        self._order.sort(key=lambda k: position.get(paths[k], len(files)))

    @property
    def banks(self) -> dict[str, LoadedBank]:
        """The loaded banks, in file order (parses any bank still pending)."""
        if self._pending:
            self.load_pending()
        return {k: self._banks[k] for k in self._order if k in self._banks}

    @property
    def bank_ids(self) -> list[str]:
        """Every bank available, loaded or not yet parsed, in file order."""
        return list(self._order)

    def bank_records(self) -> list[BankRecord]:
        """Title, language and item counts of every bank, from the store (no parsing)."""
        return self.store.banks.records(self._order)

    def load_pending(self) -> None:
        """Parse the banks skipped at start-up (a file that fails now is a problem)."""
        pending, self._pending = self._pending, {}
        for key, path in pending.items():
            try:
                bank = load_bank(path)
            except BankError as exc:
                self.problems.append(BankProblem(path, exc))
                self._order.remove(key)
                self._queue = None
                continue
            if bank.meta.id != key:
                self._order[self._order.index(key)] = bank.meta.id
            self._use_bank(bank, path)

    def add_bank(self, bank: Bank, path: Path | None = None) -> SyncReport:
        """Sync ``bank`` into the store (by item id) and make it available for study.

        Raises:
            StorageError: The store could not be written; the bank was not added.
        """
        report = self.store.banks.sync(bank, str(path or ""), file_stamp(path) if path else "")
        self._register(bank, path)
        self.sync_reports.append(report)
        return report

    def _use_bank(self, bank: Bank, path: Path) -> None:
        # Read-only, the store is left as it is: it shows the items it already holds.
        if self.read_only:
            self._register(bank, path)
        else:
            self.add_bank(bank, path)

    def _register(self, bank: Bank, path: Path | None) -> None:
        self._banks[bank.meta.id] = LoadedBank(bank, path or Path())
        if bank.meta.id not in self._order:
            self._order.append(bank.meta.id)
        for t in bank.topics:
            self._titles[(bank.meta.id, t.id)] = t.title
        for it in bank.items:
            self._items[(bank.meta.id, it.id)] = it
        self._queue = None

    # -- studying flashcards --------------------------------------------------------------

    def today(self) -> int:
        """The current study day."""
        return self.days.day_of(self.clock.now())

    def due_counts(self, bank: str | None = None, *,
                   scope: StudyScope | None = None) -> DueCounts:
        """New / learning / review cards left today, after the daily limits, in one bank or
        ``scope`` (default: every bank)."""
        wanted = _scope_of(bank, scope)
        banks, topics = self._scope_filter(wanted)
        counts = due_counts(self.store.db, self.today(), self.config.new_per_day,
                            self.config.reviews_per_day, banks, topics)
        queue = self._queue
        if queue is not None and queue.scope == QueueScope(self.today(), wanted.bank,
                                                           wanted.topics):
            # Siblings the study queue buried for the day are not due today.
            new, review = queue.buried
            counts = DueCounts(max(0, counts.new - new), counts.learning,
                               max(0, counts.review - review))
        return counts

    def next_card(self, bank: str | None = None, *,
                  scope: StudyScope | None = None) -> StudyCard | None:
        """The card to show now in one bank or ``scope`` (default: every bank), or ``None``
        when nothing is due (see :meth:`next_learning_due` for when to come back)."""
        if self._pending:
            self.load_pending()  # the card's wording is needed; a bank that fails drops out
        now = self.clock.now()
        queue = self._queue_for(self.days.day_of(now), _scope_of(bank, scope))
        pk = queue.next(to_ms(now) or 0)
        return None if pk is None else self._study_card(pk)

    def next_learning_due(self, bank: str | None = None, *,
                          scope: StudyScope | None = None) -> datetime | None:
        """When the next learning card of today in one bank or ``scope`` falls due
        (``None`` if none)."""
        queue = self._queue_for(self.today(), _scope_of(bank, scope))
        return from_ms(queue.next_learning_ms())

    def preview(self, card: StudyCard) -> dict[Rating, IntervalPreview]:
        """What each rating would do to ``card`` now (the buttons' labels)."""
        return self.scheduler.preview(card.schedule, self.clock.now(), card.key)

    def answer(self, card: StudyCard, rating: Rating, duration_ms: int) -> AnswerResult:
        """Answer ``card`` with ``rating``: reschedule it and persist the card, the log row and
        the aggregates in one transaction. Returns once it is committed.

        Raises:
            StorageError: Nothing was written.
            KeyError: ``card`` is not a flashcard of the store.
        """
        now = self.clock.now()
        current = self.store.cards.get(card.pk)
        if current is None:
            raise KeyError(card.key)
        before = current.schedule
        after = self.scheduler.review(before, rating, now, card.key)
        today = self.days.day_of(now)
        kind = review_kind(before)
        review_id = self.store.reviews.record(Answer(
            card.pk, before, after, rating, kind, max(0, min(duration_ms, MAX_ANSWER_MS)),
            today, self.days.hour_of(now)))
        self._undo.append(review_id)
        if self._queue is not None:
            due_today = after.state in _LEARNING_STATES and (after.due_day or 0) <= today
            self._queue.answered(card.pk, to_ms(after.due), due_today)
        return AnswerResult(review_id, replace(card, schedule=before), rating, kind, after,
                            after.leech and not before.leech)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> StudyCard | None:
        """Undo the latest answer of this session (repeatable, newest first): the card gets
        back its exact prior schedule, the log row and its aggregates go. Returns the card,
        which is shown next; ``None`` when there is nothing to undo."""
        if not self._undo:
            return None
        pk, _ = self.store.reviews.undo(self._undo[-1])
        self._undo.pop()  # only once the undo is committed
        self._queue = None
        self._show_first = pk
        return self._study_card(pk)

    # -- topics, quizzes, statistics --------------------------------------------------

    def topic_mastery(self) -> list[TopicMastery]:
        """Mastery of every topic of the loaded banks, in bank order."""
        return [m for _, m in self._masteries()]

    def weak_topics(self, limit: int = WEAK_TOPICS_SHOWN) -> list[TopicMastery]:
        """The weakest topics with the numbers behind the ranking (only studied ones)."""
        return rank_weak(self.topic_mastery(), limit)

    def build_quiz(self, config: QuizConfig, rng: random.Random | None = None) -> QuizSession:
        """A quiz per ``config``, weighted towards weak topics (call ``start`` to begin).

        ``QuizScope.WEAK`` with no weak topic yet falls back to every topic.

        Raises:
            QuizError: No question matches.
        """
        from quizapp.core.quiz.builder import build_quiz

        return build_quiz(config, self.banks, self.topic_mastery(), rng or random.Random())

    def record_quiz(self, result: QuizResult) -> QuizRecord:
        """Store a finished quiz with every answer, and make the flashcards linked to every
        question not answered right due for relearning now — in one transaction."""
        now = self.clock.now()
        linked = sorted({(r.question.bank, card) for r in result.records if not r.correct
                         for card in _studied_by(r.question.item)})
        with self.store.db.transaction():
            attempt = self.store.quizzes.record(result, self.days.day_of(result.finished))
            changes = []
            for bank_id, key in linked:
                rec = self.store.cards.find(bank_id, key)
                if rec is not None and not rec.retired:
                    changes.append((rec.pk, self.scheduler.relearn_now(rec.schedule, now)))
            self.store.cards.set_schedules(changes)
        # Undo restores schedules from before an answer; after the quiz changed them that
        # would no longer be the exact prior state, so the session's undo ends here.
        self._undo.clear()
        self._queue = None
        return QuizRecord(attempt, tuple(f"{b}/{k}" for b, k in linked))

    def stats(self) -> Stats:
        """Everything the statistics screen shows (aggregates only; fast at any history)."""
        from quizapp.core.stats.build import build_stats

        return build_stats(self.store, self.today(), self.topic_mastery())

    def backup(self) -> Path:
        """Take a manual backup now; return its path.

        Raises:
            StorageError: It could not be written.
        """
        from quizapp.core.datafolder import backup as backups

        return backups.create_backup(self.store.db, backups_dir(self.data), self.clock.now())

    def auto_backup(self) -> Path | None:
        """Take the day's automatic backup if there is none yet (keeps the last ten).

        A failure does not raise: it is kept in ``backup_error`` for the UI to mention.
        Returns the new backup, or ``None``.
        """
        from quizapp.core.datafolder import backup as backups

        try:
            path = backups.auto_backup(self.store.db, backups_dir(self.data), self.clock.now(),
                                       self.days)
        except StorageError as exc:
            self.backup_error = exc
            return None
        self.backup_error = None
        return path

    # -- internals ------------------------------------------------------------------------

    def _scope_filter(self, scope: StudyScope) -> tuple[Sequence[str], Sequence[int] | None]:
        """The banks and (unless every topic) topic row ids ``scope`` covers."""
        banks = tuple(self._order) if scope.bank is None else (scope.bank,)
        if not scope.topics:
            return banks, None
        return banks, self.store.banks.topic_pks(t for t in scope.topics if t[0] in banks)

    def _queue_for(self, today: int, scope: StudyScope) -> StudyQueue:
        key = QueueScope(today, scope.bank, scope.topics)
        if self._queue is not None and self._queue.scope == key:
            return self._queue
        banks, topics = self._scope_filter(scope)
        new_done, reviews_done = self.store.reviews.done_on(today)
        cards = self.store.cards
        weakness = {pk: 1.0 - m.mastery for pk, m in self._masteries()}
        learning = cards.learning_due(today, banks, topics)
        reviews = cards.reviews_due(today, banks, topics)
        new_limit = self.config.new_per_day - new_done
        # Buried siblings leave room for the next new cards: fetch some to spare.
        new = cards.new_cards(new_limit * 3, banks, topics)
        pks = [e.pk for e in learning] + [e.pk for e in reviews] + list(new)
        self._queue = StudyQueue(
            key, learning, reviews, new,
            weakness=weakness,
            review_budget=self.config.reviews_per_day - reviews_done,
            learn_ahead_ms=round(self.config.learn_ahead.total_seconds() * 1000),
            facts=self.store.banks.facts(pks),
            studied_facts=self.store.banks.facts_studied_on(today),
            new_limit=new_limit,
        )
        if self._show_first is not None:
            self._queue.show_first(self._show_first)
            self._show_first = None
        return self._queue

    def _masteries(self) -> list[tuple[int, TopicMastery]]:
        """(topic row id, mastery) of every active topic of the loaded banks."""
        today = self.today()
        s = self.scheduler
        with self.store.db.transaction(write=False):
            known = set(self._order)
            topics = [t for t in self.store.banks.topics() if t.bank in known]
            cards = {c.topic_pk: c for c in self.store.cards.topic_stats(today, s.factor,
                                                                         s.decay)}
            quizzes = self.store.quizzes.recent_by_topic(RECENT_QUIZ_ANSWERS)
        active = [t for t in topics if not t.retired]
        return list(zip((t.pk for t in active), topic_masteries(active, cards, quizzes)))

    def _study_card(self, pk: int) -> StudyCard:
        rec = self.store.cards.get(pk)
        if rec is None:
            raise KeyError(pk)
        if self._pending:
            self.load_pending()
        item = self._items[(rec.bank, rec.key)]
        title = self._titles.get((rec.bank, item.topic), item.topic)
        return StudyCard(pk, rec.bank, item, title, rec.schedule)


_EVERYTHING = StudyScope()


def _studied_by(item: Item) -> tuple[str, ...]:
    """The studied items a quiz question exercises: its linked cards, or itself when it is
    studied too (a cloze, an order item)."""
    return item.cards or ((item.id,) if item.kind.is_studied else ())


def _scope_of(bank: str | None, scope: StudyScope | None) -> StudyScope:
    """The scope a study call means: ``scope``, or the one bank (or every bank) named.

    Raises:
        ValueError: Both a bank and a scope were given.
    """
    if scope is None:
        return _EVERYTHING if bank is None else StudyScope(bank)
    if bank is not None:
        raise ValueError("give either a bank or a scope, not both")
    return scope

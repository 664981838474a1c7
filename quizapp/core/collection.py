"""The facade the GUI and CLI use: open a data folder, study, quiz, weak topics, stats, backup."""

from __future__ import annotations

import os
import random
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.banks.files import bank_files, bank_folders
from quizapp.core.banks.shelf import BankShelf, ShelfAccess
from quizapp.core.clock import Clock, default_clock
from quizapp.core.datafolder.paths import backups_dir, data_dir, db_path
from quizapp.core.errors import StorageError
from quizapp.core.material.service import MaterialAccess
from quizapp.core.quiz.engine import QuizConfig, QuizRecord, QuizResult, QuizSession
from quizapp.core.stats.mastery import WEAK_TOPICS_SHOWN, TopicMastery, rank_weak, read_masteries
from quizapp.core.storage import BUSY_TIMEOUT_MS, Store
from quizapp.core.storage.records import from_ms, to_ms
from quizapp.core.storage.reviews import Answer
from quizapp.core.study.balance import BALANCE_DAYS, LoadBalancer
from quizapp.core.study.cards import AnswerResult, CardState, Rating, StudyCard, review_kind
from quizapp.core.study.day import StudyDay
from quizapp.core.study.due import DueCounts
from quizapp.core.study.examaccess import ExamAccess
from quizapp.core.study.queue import QueueScope, StudyQueue
from quizapp.core.study.scheduling import IntervalPreview, Scheduler, SchedulerConfig
from quizapp.core.study.scope import StudyScope
from quizapp.core.study.today import build_queue, exam_cards

if TYPE_CHECKING:  # used only in signatures; imported where needed
    from quizapp.core.stats.model import Stats
    from quizapp.core.study.balance import EasyDays
    from quizapp.core.study.exam import Exam

# Longer answer times count as this much (the learner walked away), as in Anki.
MAX_ANSWER_MS = 60_000
_LEARNING_STATES = (CardState.LEARNING, CardState.RELEARNING)


class Collection(ShelfAccess, MaterialAccess, ExamAccess):
    """A learner's data folder, opened. Owned by one thread (a GUI worker, or the CLI).

    Create with :meth:`open`; close with :meth:`close` (or use it as a context manager).
    """

    def __init__(self, data: Path, store: Store, clock: Clock, config: SchedulerConfig,
                 tz: tzinfo | None) -> None:
        self.data = data
        self.store = store
        self.read_only = store.read_only
        self.clock = clock
        self.tz = tz
        self.shelf = BankShelf(store, self.read_only)
        self.backup_error: StorageError | None = None
        self._undo: list[int] = []
        self._queue: StudyQueue | None = None
        self._queue_version = -1
        self._show_first: int | None = None
        self._mastery_cache: tuple[object, list[tuple[int, TopicMastery]]] | None = None
        self.exam: Exam | None = None
        self.easy_days: EasyDays | None = None
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
        load are skipped and listed in ``problems``. A bank file that has not changed since
        it was last synced is never parsed: its counts, topics and schedules come from the
        store, its items from the store's snapshot when they are first needed. With
        ``lazy_banks`` new and changed files are not parsed either: they are listed in
        ``changed_files`` for the caller to parse (the GUI does it beside the worker, so
        the other banks can be studied meanwhile) and hand to :meth:`add_parsed`.
        With ``read_only`` (after :class:`DatabaseReadOnlyError`) nothing is written: no
        backup, banks are not synced (the store shows what it holds), and every write
        raises ``DatabaseReadOnlyError``. ``busy_timeout_ms``: how long a write waits for
        another process holding the database.

        Raises:
            StorageError: (a subclass of) the database cannot be opened; it is untouched.
                See ``quizapp.core.storage.recovery`` for what to do about each.
        """
        folder = data_dir(data)
        store = Store.open(db_path(folder), read_only=read_only, busy_timeout_ms=busy_timeout_ms)
        col = cls(folder, store, clock or default_clock(), config or SchedulerConfig(), tz)
        try:
            if auto_backup and not read_only:
                col.auto_backup()
            dirs = bank_folders(folder) if bank_dirs is None else bank_dirs
            col.shelf.discover(bank_files(dirs), parse_changed=not lazy_banks)
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
        self.scheduler = Scheduler(config, self.days,
                                   exam_day=None if self.exam is None else self.exam.day)
        self._queue = None

    # -- studying flashcards --------------------------------------------------------------

    def today(self) -> int:
        """The current study day."""
        return self.days.day_of(self.clock.now())

    def due_counts(self, bank: str | None = None, *,
                   scope: StudyScope | None = None) -> DueCounts:
        """New / learning / review cards left today, after the daily limits, in one bank or
        ``scope`` (default: every bank); with an exam ahead, the cards it brings forward
        today count among the reviews."""
        wanted, today = StudyScope.meant(bank, scope), self.today()
        if not wanted.is_extra and (self.exam is None or not self.exam.ahead(today)):
            return self._store_due(today, wanted)
        # What the queue holds: study more's cards, or the exam's brought forward too.
        key = QueueScope.of(today, wanted)
        if self._queue_is(key):
            return self._queue_for(today, wanted).counts()
        return self._build_queue(today, wanted, key).counts()  # another scope's: not kept

    def _store_due(self, today: int, wanted: StudyScope) -> DueCounts:
        """The cards due in ``wanted`` by the store (nothing brought forward), less the
        siblings today's queue buried."""
        banks, topics = self._scope_filter(wanted)
        counts = self.store.progress.due(today, self.config.new_per_day,
                                         self.config.reviews_per_day, banks, topics)
        queue = self._queue
        if queue is not None and queue.scope == QueueScope.of(today, wanted):
            # Siblings the study queue buried for the day are not due today.
            new, review = queue.buried
            counts = DueCounts(max(0, counts.new - new), counts.learning,
                               max(0, counts.review - review))
        return counts

    def next_card(self, bank: str | None = None, *,
                  scope: StudyScope | None = None) -> StudyCard | None:
        """The card to show now in one bank or ``scope`` (default: every bank), or ``None``
        when nothing is due (see :meth:`next_learning_due` for when to come back)."""
        self.shelf.load_pending()  # the card's wording is needed; a bank that fails drops out
        now = self.clock.now()
        queue = self._queue_for(self.days.day_of(now), StudyScope.meant(bank, scope))
        pk = queue.next(to_ms(now) or 0)
        return None if pk is None else self._study_card(pk)

    def next_learning_due(self, bank: str | None = None, *,
                          scope: StudyScope | None = None) -> datetime | None:
        """When the next learning card of today in one bank or ``scope`` falls due
        (``None`` if none)."""
        queue = self._queue_for(self.today(), StudyScope.meant(bank, scope))
        return from_ms(queue.next_learning_ms())

    def preview(self, card: StudyCard) -> dict[Rating, IntervalPreview]:
        """What each rating would do to ``card`` now (the buttons' labels)."""
        return self.scheduler.preview(card.schedule, self.clock.now(), card.key,
                                      self._fact(card.pk))

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
        fact = self._fact(card.pk)
        after = self.scheduler.review(before, rating, now, card.key, fact)
        today = self.days.day_of(now)
        kind = review_kind(before)
        review_id = self.store.reviews.record(Answer(
            card.pk, before, after, rating, kind, max(0, min(duration_ms, MAX_ANSWER_MS)),
            today, self.days.hour_of(now)))
        self._undo.append(review_id)
        if self.scheduler.balancer is not None:
            self.scheduler.balancer.move(
                fact, before.due_day if before.state is CardState.REVIEW else None,
                after.due_day if after.state is CardState.REVIEW else None)
        if self._queue is not None:
            due_today = after.state in _LEARNING_STATES and (after.due_day or 0) <= today
            self._queue.answered(card.pk, to_ms(after.due), due_today)
        return AnswerResult(review_id, replace(card, schedule=before), rating, kind, after,
                            after.leech and not before.leech)

    def add_new_today(self, count: int) -> int:
        """Study more: add ``count`` (1–``MAX_EXTRA_NEW``) new cards to today's limit; return
        today's extra in all. Kept until the study day ends, a restart included."""
        from quizapp.core.study.more import MAX_EXTRA_NEW

        if not 1 <= count <= MAX_EXTRA_NEW:
            raise ValueError(f"add 1 to {MAX_EXTRA_NEW} new cards, not {count}")
        self._queue = None
        return self.store.limits.add_new(self.today(), count)

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

        ``QuizScope.WEAK`` with no weak topic yet falls back to every topic. Suspended,
        buried and flagged items are left out (see ``quiz_material``).

        Raises:
            QuizError: No question matches.
        """
        from quizapp.core.quiz.builder import build_quiz
        from quizapp.core.quiz.confusions import quiz_material
        from quizapp.core.study.practice import fact_practices

        practice = fact_practices(self.store.cards.fact_memories(self.shelf.ids))
        return build_quiz(config, self.banks, self.topic_mastery(), rng or random.Random(),
                          quiz_material(self, config), practice)

    def record_quiz(self, result: QuizResult) -> QuizRecord:
        """Store a finished quiz with every answer, and make the flashcards linked to every
        question answered wrong, skipped or timed out due for relearning now — in one
        transaction. A question the quiz never put to the learner changes nothing."""
        now = self.clock.now()
        linked = sorted({(r.question.bank, card) for r in result.mistakes if r.asked
                         for card in r.question.item.studied_by})
        with self.store.transaction():
            attempt = self.store.quizzes.record(result, self.days.day_of(result.finished))
            self.material.after_quiz(result)
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

        stats = build_stats(self.store, self.today(), self.topic_mastery(),
                            new_per_day=self.config.new_per_day, banks=tuple(self.shelf.ids))
        return replace(stats, exam_recall=self.exam_recall())

    def backup(self) -> Path:
        """Take a manual backup now; return its path.

        Raises:
            StorageError: It could not be written.
        """
        return self.store.backup(backups_dir(self.data), self.clock.now())

    def auto_backup(self) -> Path | None:
        """Take the day's automatic backup if there is none yet (keeps the last ten).

        A failure does not raise: it is kept in ``backup_error`` for the UI to mention.
        Returns the new backup, or ``None``.
        """
        try:
            path = self.store.auto_backup(backups_dir(self.data), self.clock.now(), self.days)
        except StorageError as exc:
            self.backup_error = exc
            return None
        self.backup_error = None
        return path

    def forget_queue(self) -> None:
        """Build today's queue again on next use (items were suspended, buried or added)."""
        self._queue = None

    # -- internals ------------------------------------------------------------------------

    def _scope_filter(self, scope: StudyScope) -> tuple[Sequence[str], Sequence[int] | None]:
        """The banks and (unless every topic) topic row ids ``scope`` covers."""
        banks = tuple(self.shelf.ids) if scope.bank is None else (scope.bank,)
        if not scope.topics:
            return banks, None
        return banks, self.store.banks.topic_pks(t for t in scope.topics if t[0] in banks)

    def _queue_is(self, key: QueueScope) -> bool:
        return (self._queue is not None and self._queue.scope == key
                and self._queue_version == self.shelf.version)

    def _queue_for(self, today: int, scope: StudyScope) -> StudyQueue:
        key = QueueScope.of(today, scope)
        if self._queue is not None and self._queue_is(key):
            return self._queue
        self._queue_version = self.shelf.version
        if self.easy_days is not None:  # rebuilt with the queue: both follow the store
            self.scheduler.balancer = LoadBalancer(self.store.cards.review_load(
                today, today + BALANCE_DAYS, self.shelf.ids), self.easy_days)
        self._queue = self._build_queue(today, scope, key)
        if self._show_first is not None:
            self._queue.show_first(self._show_first)
            self._show_first = None
        return self._queue

    def _build_queue(self, today: int, scope: StudyScope, key: QueueScope) -> StudyQueue:
        banks, topics = self._scope_filter(scope)
        ahead: list[int] = []
        if self.exam is not None and self.exam.ahead(today):
            from quizapp.core.study.exam import bring_forward

            ahead = bring_forward(self.scheduler, exam_cards(self.store, banks, topics)[0],
                                  self.exam, today, self.store.reviews.ahead_done_on(today))
        weakness = {pk: 1.0 - m.mastery for pk, m in self._masteries()}
        return build_queue(self.store, self.config, key, banks, topics, weakness, ahead)

    def _fact(self, pk: int) -> str | None:
        """The fact flashcard ``pk`` asks about (siblings are balanced apart), named as the
        store names it for the balancer and the queue (``<bank row>/<fact>``), if its bank
        names one (schema 2)."""
        return self.store.banks.facts((pk,)).get(pk)

    def _masteries(self) -> list[tuple[int, TopicMastery]]:
        """(topic row id, mastery) of every active topic of the loaded banks.

        Kept until the store, the set of banks, the day, the exam or the scheduler's curve
        change: home's weak topics and the study queue opened next would otherwise read the
        same facts twice (35–65 ms with 10,000 cards)."""
        s, exam = self.scheduler, None if self.exam is None else self.exam.day
        # (Mastery reads the store only: a bank's items loading into memory changes nothing.)
        key = (self.store.change_mark(), tuple(self.shelf.ids), self.today(), exam, s.factor,
               s.decay)
        if self._mastery_cache is None or self._mastery_cache[0] != key:
            self._mastery_cache = (key, read_masteries(
                self.store, set(self.shelf.ids), self.today(), exam, s.factor, s.decay))
        return self._mastery_cache[1]

    def _study_card(self, pk: int) -> StudyCard:
        rec = self.store.cards.get(pk)
        if rec is None:
            raise KeyError(pk)
        item = self.shelf.item(rec.bank, rec.key)
        if item is None:
            raise KeyError(pk)
        return StudyCard(pk, rec.bank, item, self.shelf.topic_title(rec.bank, item.topic),
                         rec.schedule)

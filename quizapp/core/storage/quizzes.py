"""Quiz attempts with every answer (the chosen option too), history and per-topic accuracy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from quizapp.core.quiz.engine import EndReason, QuestionOutcome, QuizResult, TimeLimitMode
from quizapp.core.storage.db import Database
from quizapp.core.storage.records import QuizEvidence, from_ms, to_ms


@dataclass(frozen=True)
class QuizAttemptSummary:
    """One stored quiz attempt (for the score history)."""

    id: int
    started: datetime
    finished: datetime
    day: int
    questions: int
    correct: int
    reason: EndReason
    limit_mode: TimeLimitMode
    limit_seconds: int

    @property
    def score(self) -> float:
        return self.correct / self.questions if self.questions else 0.0


@dataclass(frozen=True)
class StoredQuizAnswer:
    """One stored answer of an attempt."""

    position: int
    bank: str
    item: str
    chosen: int | None
    chosen_text: str | None
    outcome: QuestionOutcome
    duration_ms: int


class QuizRepo:
    """Writes and reads quiz attempts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, result: QuizResult, day: int) -> int:
        """Store ``result`` with every answer; return the attempt id.

        Joins the caller's transaction when there is one (the facade also reschedules
        the linked flashcards in the same transaction).
        """
        r = result
        with self._db.transaction() as c:
            attempt = int(c.execute(
                "INSERT INTO quiz_attempts (started_ms, finished_ms, day, limit_mode, limit_s, "
                "questions, correct, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (to_ms(r.started), to_ms(r.finished), day, int(r.time_limit.mode),
                 r.time_limit.seconds, r.total, r.correct, int(r.reason))).lastrowid or 0)
            rows = []
            for pos, rec in enumerate(r.records):
                item = rec.question.item
                text = None
                if rec.chosen is not None and item.options:
                    text = item.options[rec.chosen]
                elif rec.order is not None:  # an order item: the steps as they were put
                    text = " → ".join(item.options[k] for k in rec.order)
                rows.append((attempt, pos, rec.chosen, text, int(rec.correct), int(rec.outcome),
                             round(rec.time_spent.total_seconds() * 1000),
                             rec.question.bank, item.id))
            c.executemany(
                "INSERT INTO quiz_answers (attempt, position, item, topic, chosen, chosen_text, "
                "correct, outcome, duration_ms) SELECT ?1, ?2, i.id, i.topic, ?3, ?4, ?5, ?6, ?7 "
                "FROM items i JOIN banks b ON b.id = i.bank WHERE b.key = ?8 AND i.key = ?9",
                rows)
        return attempt

    def history(self, limit: int = 100) -> list[QuizAttemptSummary]:
        """The latest ``limit`` attempts, oldest first."""
        rows = self._db.rows(
            "SELECT * FROM (SELECT id, started_ms, finished_ms, day, questions, correct, "
            "end_reason, limit_mode, limit_s FROM quiz_attempts ORDER BY id DESC LIMIT ?) "
            "ORDER BY id", (limit,))
        out = []
        for r in rows:
            started, finished = from_ms(r[1]), from_ms(r[2])
            assert started is not None and finished is not None
            out.append(QuizAttemptSummary(int(r[0]), started, finished, int(r[3]), int(r[4]),
                                          int(r[5]), EndReason(r[6]), TimeLimitMode(r[7]),
                                          int(r[8])))
        return out

    def answers(self, attempt: int) -> list[StoredQuizAnswer]:
        """Every answer of ``attempt`` in quiz order."""
        rows = self._db.rows(
            "SELECT a.position, b.key, i.key, a.chosen, a.chosen_text, a.outcome, a.duration_ms "
            "FROM quiz_answers a JOIN items i ON i.id = a.item JOIN banks b ON b.id = i.bank "
            "WHERE a.attempt = ? ORDER BY a.position", (attempt,))
        return [StoredQuizAnswer(int(r[0]), r[1], r[2], r[3], r[4], QuestionOutcome(r[5]),
                                 int(r[6])) for r in rows]

    def recent_answers(self, per_topic: int) -> list[QuizEvidence]:
        """Each topic's latest ``per_topic`` answers with the fact and kind of the item asked.

        A question that was never put to the learner (the quiz ended first) is no answer and
        is left out.
        """
        rows = self._db.rows(
            "SELECT a.topic, CASE WHEN i.fact = '' THEN i.key ELSE i.fact END, i.kind, "
            "a.correct FROM (SELECT topic, item, correct, row_number() OVER (PARTITION BY "
            "topic ORDER BY attempt DESC, position DESC) AS n FROM quiz_answers "
            "WHERE outcome != ?) a JOIN items i ON i.id = a.item WHERE a.n <= ?",
            (int(QuestionOutcome.UNANSWERED), per_topic))
        return [QuizEvidence(int(r[0]), str(r[1]), str(r[2]), bool(r[3])) for r in rows]

    def totals(self) -> tuple[int, int, int]:
        """Attempts, questions answered and questions right, all time."""
        row = self._db.one("SELECT count(*), coalesce(sum(questions), 0), "
                           "coalesce(sum(correct), 0) FROM quiz_attempts")
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])

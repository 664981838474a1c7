"""Once the app is up, the session's objects are set aside from the cycle collector."""

from __future__ import annotations

import gc

from quizapp.gui.startup.collector import set_aside_session_objects


def test_the_objects_alive_now_are_no_longer_scanned_and_later_ones_are() -> None:
    gc.unfreeze()
    session = [[n] for n in range(1000)]  # containers the collector tracks
    try:
        set_aside_session_objects()
        assert gc.get_freeze_count() >= len(session)
        later = [[n] for n in range(10)]
        tracked = {id(o) for o in gc.get_objects()}
        assert id(session[0]) not in tracked and id(later[0]) in tracked
    finally:
        gc.unfreeze()  # the rest of the suite runs with a collector as usual

"""Python's cycle collector, once the app is up: what lives for the whole session is set aside."""

from __future__ import annotations

import gc


def set_aside_session_objects() -> None:
    """Take every object alive now out of the cycle collector's scans (``gc.freeze``).

    Called on the worker once the collection is open, before the banks' items are read:
    by then the modules, the window and the collection exist, and they live until the app
    quits. Reading a 10,000-item bank makes ~40,000 objects, which set off ~190 collections;
    each full one would scan all of those session objects again. Worth ~30 ms to the first
    study card (README, start-up table). Objects set aside are never freed, which costs
    nothing here: they would have lived to the end anyway.
    """
    gc.freeze()

"""Start-up: everything done before Qt exists or before home's first paint, in one place.

Modelled on qutebrowser's ``earlyinit``. In order:

1. :mod:`.earlyinit` — before Qt is imported: is there a display; fork the child that reads
   home's numbers (:mod:`.homechild`, Linux only).
2. ``quizapp.gui.app`` builds the application, the services and the main window.
3. :mod:`.homenumbers` — home's first numbers, from the child or else read on the worker,
   behind one name; the collection opens once they are painted.
4. :mod:`.afterpaint` — one registry of work that waits for home's first paint (opening the
   collection, the menus' actions, loading the banks, the daily backup, hand-overs).
5. :mod:`.probe` — with ``QUIZAPP_STARTUP_PROBE`` set, one JSON line once home shows real
   numbers (the start-up benchmark and the launch test read it).

What each remaining trick is worth is measured with alternating launches and kept in the
README's start-up table; a trick worth under 10 ms is not kept.
"""

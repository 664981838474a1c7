"""One app per data folder: a second launch hands over to the first and raises its window.

The data folder is locked with a ``QLockFile`` (stale locks of crashed processes are
detected by PID). The first instance also listens on a ``QLocalServer`` named after the
folder; a later launch connects, asks it to come to the front (and to import the document
it was given, if any) and exits. QtNetwork is imported when the
window starts listening.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, Signal

LOCK_NAME = ".quizapp.lock"
_ACTIVATE = b"activate"
# Followed by the document's path as hex of its bytes: any file name fits on one line.
_OPEN = b"open "


def server_name(data: Path) -> str:
    """The local-socket name for data folder ``data`` (one per folder and user)."""
    import hashlib  # loads OpenSSL: only once a socket is needed

    digest = hashlib.sha1(str(data.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"quizapp-{digest}"


class SingleInstance(QObject):
    """Owns the data folder's lock and, once listening, its hand-over socket.

    Signals:
        activated(): Another launch asked this instance to show its window.
        open_requested(object): ... and to import this document (a ``Path``).
    """

    activated = Signal()
    open_requested = Signal(object)

    def __init__(self, data: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self._lock = QLockFile(str(data / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # never stale by age; a dead PID still is
        self._server: object | None = None

    @property
    def name(self) -> str:
        """The hand-over socket's name."""
        return server_name(self.data)

    def acquire(self) -> bool:
        """Take the data folder's lock; False when another live instance holds it."""
        return bool(self._lock.tryLock(100))

    def listen(self) -> bool:
        """Start accepting hand-overs (call once the window is up)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def release(self) -> None:
        """Stop listening and unlock the data folder."""
        if self._server is not None:
            self._server.close()  # type: ignore[attr-defined]
            self._server = None
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():  # type: ignore[attr-defined]
            sock = server.nextPendingConnection()  # type: ignore[attr-defined]
            sock.readyRead.connect(lambda s=sock: self._on_socket_ready_read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_socket_ready_read(self, sock: object) -> None:
        while sock.canReadLine():  # type: ignore[attr-defined]
            line = bytes(sock.readLine().data()).strip()  # type: ignore[attr-defined]
            document = None
            if line.startswith(_OPEN):
                try:
                    document = Path(os.fsdecode(bytes.fromhex(line[len(_OPEN):].decode())))
                except (UnicodeDecodeError, ValueError):
                    continue  # not a launch of this version: nothing to do
            elif line != _ACTIVATE:
                continue
            sock.write(b"ok\n")  # type: ignore[attr-defined]
            sock.flush()  # type: ignore[attr-defined]
            self.activated.emit()
            if document is not None:
                self.open_requested.emit(document)


def hand_over(data: Path, document: Path | None = None, timeout_ms: int = 3000) -> bool:
    """Ask the instance running on ``data`` to show itself (and import ``document``); True
    when it answered.

    It may have just started and not be listening yet, so connecting is retried until
    ``timeout_ms`` runs out.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(timeout_ms)
    name = server_name(data)
    while not deadline.hasExpired():
        sock = QLocalSocket()
        sock.connectToServer(name)
        if sock.waitForConnected(200):
            request = _ACTIVATE if document is None else (
                _OPEN + os.fsencode(document).hex().encode("ascii"))
            sock.write(request + b"\n")
            sock.flush()
            answered = sock.waitForReadyRead(max(1, deadline.remainingTime()))
            reply = bytes(sock.readAll().data()) if answered else b""
            sock.disconnectFromServer()
            return reply.startswith(b"ok")
        _pause(100)
    return False


def _pause(ms: int) -> None:
    from PySide6.QtCore import QThread

    QThread.msleep(ms)

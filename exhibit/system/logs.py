"""Logging set-up: a rotating file in the platform log folder, and no traceback on screen."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

from exhibit.system.dirs import log_dir

LOG_NAME = "exhibit.log"
log = logging.getLogger("exhibit")


def log_to_file(folder: Path | None = None) -> Path | None:
    """Add a rotating log file (1 MB x 5); returns its path, or None if it cannot be written."""
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("cannot write the log file in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    if logging.getLogger().level > logging.INFO or logging.getLogger().level == 0:
        logging.getLogger().setLevel(logging.INFO)
    return folder / LOG_NAME


def _log_uncaught(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    log.error("uncaught error; the show goes on", exc_info=(kind, value, trace))


def _log_thread(args: threading.ExceptHookArgs) -> None:
    log.error(
        "uncaught error in a background thread",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def keep_tracebacks_off_screen() -> None:
    """Uncaught exceptions (also in Qt slots and threads) go to the log, not the screen."""
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_thread

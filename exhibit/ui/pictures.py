"""Every picture an exhibit uses, decoded once by Qt at a small size: `exhibit check`'s proof
that what passed the header checks really draws."""

from __future__ import annotations

import os
from typing import Any

from exhibit.content.errors import Problem
from exhibit.content.reader import Ref

TRIAL_SIDE = 512  # decoded no larger than this: the whole file is read, little memory is used


def decode_problems(pictures: list[Ref]) -> list[Problem]:
    """A problem at each place a picture is used that Qt cannot decode."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, Qt, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication, QImageReader

    if QGuiApplication.instance() is None:  # SVG text needs fonts, fonts need the app
        QGuiApplication(["exhibit"])
    # Decoders say what went wrong through Qt's messages or straight to the terminal (libpng's
    # "libpng error: …"): the problem's one line says it instead.
    previous = qInstallMessageHandler(lambda kind, context, message: None)
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as quiet:
            os.dup2(quiet.fileno(), 2)
        return _decode_all(pictures, QImageReader, QSize, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        qInstallMessageHandler(previous)


def _decode_all(pictures: list[Ref], reader_type: Any, size_type: Any, keep: Any) -> list[Problem]:
    failed: dict[str, str] = {}
    problems = []
    for ref in pictures:
        if ref.target not in failed:
            reader = reader_type(ref.target)
            size = reader.size()
            if size.isValid() and max(size.width(), size.height()) > TRIAL_SIDE:
                reader.setScaledSize(
                    size.scaled(size_type(TRIAL_SIDE, TRIAL_SIDE), keep)
                )
            image = reader.read()
            failed[ref.target] = reader.errorString() if image.isNull() else ""
        if failed[ref.target]:
            name = os.path.basename(ref.target)
            message = f"{ref.what}: '{name}' cannot be decoded ({failed[ref.target]})"
            problems.append(Problem(ref.file, ref.node.line, ref.node.column, message))
    return problems

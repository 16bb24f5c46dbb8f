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
    # Decoders say what went wrong through Qt's messages or straight to the terminal (libpng's
    # "libpng error: …"): the problem's one line says it instead. SVG text needs fonts, and
    # fonts the application, which `quiet_decoders` makes.
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImageReader

    from exhibit.ui.mediatrial import quiet_decoders

    with quiet_decoders():
        return _decode_all(pictures, QImageReader, QSize, Qt.AspectRatioMode.KeepAspectRatio)


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

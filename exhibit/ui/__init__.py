"""UI layer: the only package that imports PySide6 (models, controller, windows, QML)."""

"""The viewer imports its pure-Python modules before PySide6, which inspects every later import.

PySide6, once loaded, reads the source file of each module imported after it (looking for its
`__feature__` switches): 12 ms of the viewer's start-up went there (bench/RESULTS.md).
"""

from __future__ import annotations

import subprocess
import sys

ORDER = """
import sys
{imports}
names = list(sys.modules)
first_qt = names.index("PySide6")
pure = ("exhibit.content", "exhibit.show", "exhibit.kiosk", "exhibit.system", "exhibit.cli")
alone = ("json", "dataclasses", "platformdirs")
late = [n for n in names[first_qt:] if n.startswith(pure) or n in alone]
print(" ".join(late))
"""


def imported_after_pyside(*imports: str) -> list[str]:
    code = ORDER.format(imports="\n".join(imports))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout.split()


def test_exhibit_run_imports_pure_modules_before_pyside() -> None:
    # What `exhibit run` imports: the command line, then the viewer.
    assert imported_after_pyside("import exhibit.cli", "import exhibit.ui.app") == []


def test_any_ui_module_brings_the_pure_modules_first() -> None:
    assert imported_after_pyside("import exhibit.ui.render", "import exhibit.ui.handout") == []


def test_the_check_can_fail() -> None:
    late = imported_after_pyside("import PySide6.QtCore", "import exhibit.kiosk.watch")
    assert "exhibit.kiosk.watch" in late and "exhibit.content.model" in late

"""UI layer: the only package that imports PySide6 (models, controller, windows, QML).

The pure-Python modules the viewer needs are imported here, before any module of this
package imports PySide6: once loaded, PySide6 reads the source file of every module imported
after it (looking for its `__feature__` switches), which cost the viewer's start-up 12 ms.
`tests/ui/test_import_order.py` checks that none is left to load after PySide6.
platformdirs too: every window looks for its exhibit in the platform cache folder, and the
package costs about 6 ms imported here, 13 ms after PySide6 (exhibit.system.dirs).
"""

import platformdirs  # noqa: F401  (exhibit.system.dirs imports it when first asked)

import exhibit.content.cache
import exhibit.content.escape
import exhibit.content.pdffile
import exhibit.kiosk.config
import exhibit.kiosk.sdnotify
import exhibit.kiosk.watch
import exhibit.show.rows
import exhibit.show.slideshow
import exhibit.show.strings
import exhibit.show.timeline_layout
import exhibit.system.assets
import exhibit.system.console
import exhibit.system.motion
import exhibit.system.qtlibs  # noqa: F401  (pure Python too)

"""The shipped DejaVu fonts for the interface when the PC has none (a minimal Linux install, a fresh chroot):
without them Qt draws every letter as an empty box."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

UI_FAMILY = "DejaVu Sans"


def ensure_interface_font(app: QApplication) -> bool:
    """Registers the shipped fonts and makes DejaVu Sans the interface font when the system offers no font;
    True when it had to."""
    # Without fonts fontconfig still lists its aliases ("Sans Serif"), but the default font resolves to no
    # family at all. (QRawFont on such a font crashes the process: not used to ask.)
    if QFontInfo(app.font()).family():
        return False
    from exports.pdf_common import fonts_dir

    for ttf in sorted(fonts_dir().glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(ttf)) < 0:
            log.warning("could not load the shipped font %s", ttf)
    app.setFont(QFont(UI_FAMILY))
    log.info("no system fonts: the interface uses the shipped %s", UI_FAMILY)
    return True

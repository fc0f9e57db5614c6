"""Outreach photos on screen: thumbnails read at reduced size, and the full-size viewer dialog."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

THUMB = QSize(160, 120)


def load_thumbnail(path: str) -> QPixmap:
    """A thumbnail read at reduced size (a 12-megapixel phone photo is never decoded whole), EXIF-rotated."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoDialog(QDialog):
    """A photo at full size (scaled down to fit the screen), with a button to open it in the system viewer."""

    def __init__(self, path: str, caption: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(caption or self.tr("Photo"))
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        pixmap = QPixmap.fromImage(reader.read())
        screen = self.screen().availableGeometry().size() * 0.85 if self.screen() else QSize(1200, 800)
        if not pixmap.isNull() and (pixmap.width() > screen.width() or pixmap.height() > screen.height()):
            pixmap = pixmap.scaled(
                screen, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image_label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        viewer = buttons.addButton(self.tr("Open in photo viewer"), QDialogButtonBox.ButtonRole.ActionRole)
        viewer.clicked.connect(lambda _=False: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if caption:
            layout.addWidget(QLabel(caption, self))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(pixmap.width() + 40, screen.width()), min(pixmap.height() + 100, screen.height()))

"""Joining by holding an invite's QR code up to the computer's camera: the "Scan with camera…" button (present
only when the computer has a camera) and the dialog that shows the camera's picture until it sees an invite.

The camera runs on a worker thread (`camera.CameraFeed`); each frame it looks at goes through the same QR
reading and the same invite check as "Open QR image…", so a code holding something else is explained in the
dialog, scanning goes on, and nothing reaches the sync service until a real invite is seen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commons_desktop.camera import Camera, CameraFeed, find_cameras
from commons_desktop.features.community.qr_join import InviteImageError, invite_in_codes
from commons_desktop.widgets.qr_image import qr_codes_in
from commons_desktop.widgets.screen_layout import named, styled_label

__all__ = ["CameraScanDialog", "ScanCameraButton"]

PICTURE_SIZE = QSize(480, 360)  # at first; it shrinks to no less than half that if the dialog is made smaller


class ScanCameraButton(QPushButton):
    """The "Scan with camera…" button; hidden unless `look_for_cameras` found one."""

    sig_invite_read = Signal(str)  # the invite text, checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scan with camera…"), parent)
        named(
            self,
            self.tr("Scan with camera"),
            self.tr("Join by holding the invite's QR code up to this computer's camera"),
        )
        self.find_cameras: Callable[[], tuple[Camera, ...]] = find_cameras
        self.cameras: tuple[Camera, ...] = ()
        self.dialog: CameraScanDialog | None = None
        self.setVisible(False)
        self.clicked.connect(self.scan)

    def look_for_cameras(self) -> None:
        """Show the button if this computer has a camera now (one small query per video device)."""
        self.cameras = self.find_cameras()
        self.setVisible(bool(self.cameras))

    def scan(self) -> None:
        if not self.cameras:
            return
        self._forget_dialog()
        dialog = self.dialog = CameraScanDialog(self.cameras, self.window())
        dialog.sig_invite_read.connect(self.sig_invite_read)
        dialog.open()

    def stop_scan(self) -> None:
        """Close the scan dialog if one is open (the profile is locking): the camera is released."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def _forget_dialog(self) -> None:
        # The last dialog stays until the next scan (what it said can still be read); then it goes.
        if self.dialog is not None:
            self.stop_scan()
            self.dialog.deleteLater()
            self.dialog = None


class CameraScanDialog(QDialog):
    """Shows the camera's picture and looks for an invite's QR code in it; closes when it finds one."""

    sig_invite_read = Signal(str)  # the invite text, checked; the dialog closes
    sig_not_an_invite = Signal(str)  # a QR code was seen that is no usable invite: why (scanning goes on)
    sig_camera_released = Signal()  # the camera in use was closed again

    def __init__(self, cameras: tuple[Camera, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan the invite's QR code"))
        self._cameras = cameras
        self.feed: CameraFeed | None = None
        self._found = False
        self.camera_choice = QComboBox()
        self.camera_choice.addItems([camera.name for camera in cameras])
        self.camera_choice.setVisible(len(cameras) > 1)
        named(self.camera_choice, self.tr("Camera"), self.tr("Which of this computer's cameras to use"))
        self.picture = QLabel(self.tr("Starting the camera…"))
        self.picture.setObjectName("cameraPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(PICTURE_SIZE / 2)
        self.picture.setWordWrap(True)
        # The picture fits the label, never the other way round (else each frame would grow the dialog).
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setAccessibleName(self.tr("Camera picture"))
        self.picture.setAccessibleDescription(self.tr("What the camera sees"))
        self.hint = styled_label(self.tr("Hold the invite's QR code up to the camera"), "subheading")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = styled_label("", "muted", wrap=True)
        self.status.setMinimumHeight(3 * self.status.fontMetrics().lineSpacing())  # a message moves nothing
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(self.cancel_button, self.tr("Cancel"), self.tr("Stop the camera without joining"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.camera_choice)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(PICTURE_SIZE.width() + 40, self.sizeHint().height() + PICTURE_SIZE.height() // 2)
        self.buttons.rejected.connect(self.reject)
        self.camera_choice.currentIndexChanged.connect(self._use_camera)

    # -- the camera's life follows the dialog's --

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.feed is None and not self._found:
            self._use_camera(self.camera_choice.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._stop_camera()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._stop_camera()
        super().done(result)

    def _use_camera(self, index: int) -> None:
        self._stop_camera()
        if not 0 <= index < len(self._cameras):
            return
        self.status.clear()
        self.hint.show()
        self.cancel_button.setText(self.tr("Cancel"))
        self.picture.setPixmap(QPixmap())
        self.picture.setText(self.tr("Starting the camera…"))
        feed = self.feed = CameraFeed(self._cameras[index], qr_codes_in)
        feed.sig_frame.connect(self._show_frame)
        feed.sig_seen.connect(self._seen)
        feed.sig_failed.connect(self._failed)
        feed.sig_stopped.connect(self.sig_camera_released)
        feed.start()

    def _stop_camera(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def _current(self) -> bool:
        """Whether the signal being handled comes from the camera in use (not one stopped a moment ago)."""
        return self.feed is not None and self.sender() is self.feed

    # -- what the camera sends --

    def _show_frame(self, image: QImage) -> None:
        if not self._current():
            return
        shown = QPixmap.fromImage(image).scaled(
            self.picture.contentsRect().size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(shown)

    def _seen(self, codes: object) -> None:
        if not self._current() or not isinstance(codes, tuple):
            return
        try:
            invite = invite_in_codes(codes)
        except InviteImageError as exc:
            self.status.setText(str(exc))
            self.sig_not_an_invite.emit(str(exc))
            return
        self._found = True
        self._stop_camera()
        self.sig_invite_read.emit(invite)
        self.accept()

    def _failed(self, reason: str) -> None:
        if not self._current():
            return
        self.feed = None  # it has stopped by itself
        self.picture.setPixmap(QPixmap())
        self.picture.setText(reason)  # where the picture would be: why there is none
        self.hint.hide()
        self.status.clear()
        self.cancel_button.setText(self.tr("Close"))

# SPDX-License-Identifier: Apache-2.0
"""Print through whatever printers the OS knows, via Qt: each PDF page is rasterised with QtPdf
and painted onto a QPrinter. Needs a Q(Gui)Application to exist; uses no widgets, so ``submit``
may run on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.core.printing import PrinterBackend, PrinterError, PrintFailure, PrintJob
from kiosk.printing import cups_tools

BACKEND = PrinterBackend.QT.value
MAX_DPI = 300  # rasterising a Letter page at 1200 dpi would take ~540 MB; 300 dpi prints text cleanly


class QtPrinter:
    """An OS printer by name ("" = the system default).

    Where the CUPS tools are present (Linux, macOS) the job id is learnt by comparing ``lpstat``
    before and after, so ``cancel_unprinted`` can withdraw jobs like the cups backend does; where
    they are absent (Windows) the job id is empty and ``cancel_unprinted`` does nothing.
    """

    def __init__(self, printer_name: str) -> None:
        self.printer_name = printer_name
        self.name = f"qt:{printer_name or 'default'}"

    def _printer_info(self) -> QPrinterInfo:
        info = QPrinterInfo.printerInfo(self.printer_name) if self.printer_name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            which = f"printer {self.printer_name!r}" if self.printer_name else "a default printer"
            raise PrinterError(PrintFailure.UNAVAILABLE, f"the system has no {which}")
        return info

    def submit(self, pdf: bytes, title: str) -> PrintJob:
        info = self._printer_info()
        queue = info.printerName()
        if cups_tools.accepting(queue) is False:
            raise PrinterError(PrintFailure.UNAVAILABLE, f"{queue} is not accepting jobs")
        before = cups_tools.jobs(queue, "all")
        _paint(pdf, info, title)
        after = cups_tools.jobs(queue, "all")
        new = sorted((after or set()) - (before or set()), key=cups_tools.job_number)
        # Another program printing at the same instant could add a job too; ours is the latest.
        job_id = new[-1] if before is not None and new else ""
        return PrintJob(backend=BACKEND, job_id=job_id, title=title)

    def cancel_unprinted(self, jobs: Iterable[PrintJob]) -> None:
        cups_tools.cancel_unprinted(j.job_id for j in jobs if j.backend == BACKEND)


def _load(pdf: bytes) -> QPdfDocument:
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # a complete in-memory buffer loads synchronously
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrinterError(PrintFailure.FAILED, f"the PDF could not be read ({document.error().name})")
    return document


def _paint(pdf: bytes, info: QPrinterInfo, title: str) -> None:
    document = _load(pdf)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Document")
    printer.setFullPage(True)  # the PDF brings its own margins
    first = document.pagePointSize(0)
    printer.setPageLayout(QPageLayout(
        QPageSize(first, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(PrintFailure.UNAVAILABLE, f"{info.printerName()} cannot be opened")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(document.pageCount()):
            if index and not printer.newPage():
                raise PrinterError(PrintFailure.FAILED, "the printer refused a new page")
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            painter.drawImage(_fit(points, printer), document.render(index, size))
    except BaseException:
        printer.abort()  # never send half a document
        painter.end()
        raise
    if not painter.end() or printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrinterError(PrintFailure.REJECTED, f"{info.printerName()} did not take the job")


def _fit(points: QSizeF, printer: QPrinter) -> QRectF:
    """The page's area on paper in device pixels, keeping its aspect ratio."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    return QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)

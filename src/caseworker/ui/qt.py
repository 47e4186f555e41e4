"""Every Qt name the GUI uses, imported in one place (as Anki does), so the rest of ui/ reads
`from caseworker.ui.qt import ...` and a Qt upgrade touches one file."""

from PySide6.QtCore import (  # noqa: F401
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence  # noqa: F401
from PySide6.QtWidgets import (  # noqa: F401
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

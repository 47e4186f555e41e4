"""The desktop program (PySide6). Widgets ask app/ for everything; none runs SQL."""

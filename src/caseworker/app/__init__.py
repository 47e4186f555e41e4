"""Use cases: the one API the GUI and the command line both call. Enforces roles; runs no Qt."""

"""Pure-Python models and rules of the case file; imports nothing else of ours."""

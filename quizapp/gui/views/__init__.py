"""One module per screen; each renders plain dataclasses and asks the backend for data."""

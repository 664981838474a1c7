"""The Qt-free core: parsing, generation, banks, scheduling, sessions, statistics, storage."""

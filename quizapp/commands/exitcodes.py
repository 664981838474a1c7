"""The exit codes every command shares (the CLI maps errors to them too)."""

# Bad usage or bad input: the message says which.
EXIT_USAGE_OR_INPUT = 2
# The progress database is in use by another process (sysexits' EX_TEMPFAIL): try again.
EXIT_BUSY = 75

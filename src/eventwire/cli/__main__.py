"""`python -m eventwire.cli` runs the command line."""

from eventwire.cli import main

main()

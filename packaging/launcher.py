"""Entry point of the frozen build: the same `exhibit` command line as the installed package."""

import sys

from exhibit.cli import main

if __name__ == "__main__":
    sys.exit(main())

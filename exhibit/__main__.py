"""Lets `python -m exhibit` run the command line."""

import sys

from exhibit.cli import main

sys.exit(main())

"""TEIA Self-Assessment: start the window, or run a command-line verb (cli.main)."""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m desktop` starts Sentra Desk like the `sentra` command."""

import sys

from desktop.cli import main

sys.exit(main())

"""``python -m demandwatch``: the same as the ``demandwatch`` command."""

import sys

from demandwatch.cli import main

sys.exit(main())

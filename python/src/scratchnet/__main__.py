"""``python -m scratchnet``: the command line (see ``scratchnet.cli``)."""

import sys

from scratchnet.cli import main

sys.exit(main())

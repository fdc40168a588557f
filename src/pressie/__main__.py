"""``python -m pressie``: the ``pressie`` command."""

import sys

from .cli import main

sys.exit(main())

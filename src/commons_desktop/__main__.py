"""`python -m commons_desktop` runs the same command as `commons`."""

import sys

from commons_desktop.cli import main

sys.exit(main())

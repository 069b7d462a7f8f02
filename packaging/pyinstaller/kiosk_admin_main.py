# SPDX-License-Identifier: Apache-2.0
"""Entry point of the bundled `kiosk-admin` executable."""
import sys

from kiosk.admin import main

sys.exit(main())

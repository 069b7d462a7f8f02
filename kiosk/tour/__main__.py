# SPDX-License-Identifier: Apache-2.0
"""`python -m kiosk.tour`: the same as `kiosk-admin tour`."""

import sys

from kiosk.tour import main

sys.exit(main())

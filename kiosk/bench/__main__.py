# SPDX-License-Identifier: Apache-2.0
"""`python -m kiosk.bench`: the same as `kiosk-admin bench`."""

import sys

from kiosk.bench import main

sys.exit(main())

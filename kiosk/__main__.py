# SPDX-License-Identifier: Apache-2.0
import sys

from kiosk.app import main

sys.exit(main())

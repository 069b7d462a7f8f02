# SPDX-License-Identifier: Apache-2.0
"""Entry point of the bundled `kiosk-admin` executable."""
import multiprocessing
import sys

from kiosk.admin import main

if __name__ == "__main__":
    multiprocessing.freeze_support()    # a large import reads its file in a second process (spawn)
    sys.exit(main())

# SPDX-License-Identifier: Apache-2.0
"""Entry point of the bundle's one program: `kiosk`, and `kiosk-admin`, a link to the same file
(so the bundle carries the kiosk's Python code once, not twice); the name it is run by decides.
Absolute imports: PyInstaller runs this as __main__."""
import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()    # a large import reads its file in a second process (spawn)
    if os.path.basename(sys.argv[0]).startswith("kiosk-admin"):
        from kiosk.admin import main    # headless: Qt is not loaded
    else:
        from kiosk.app import main
    sys.exit(main())

# SPDX-License-Identifier: Apache-2.0
"""Entry point of the bundled `kiosk` executable (absolute import: PyInstaller runs this as __main__)."""
import sys

from kiosk.app import main

sys.exit(main())

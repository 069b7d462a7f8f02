# SPDX-License-Identifier: Apache-2.0
"""Made-up demo parcels and records: the generator (reproducible from a seed) and the loader that
puts them into an empty database at first start or for `kiosk-admin records demo`."""

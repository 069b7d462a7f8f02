# SPDX-License-Identifier: Apache-2.0
"""The contact fields an account can hold: named by town packs (which are required) and by accounts.

A module of its own so that reading a town pack at start-up does not load the account model.
"""

CONTACT_FIELDS = ("first_name", "last_name", "street", "city", "state", "zip_code", "phone", "email")

# SPDX-License-Identifier: Apache-2.0
"""Visitor-facing logic with no Qt in it: sessions, town packs, policies, ports to the outside."""

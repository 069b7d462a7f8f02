# SPDX-License-Identifier: Apache-2.0
"""Posting a problem report to the town's Open311 GeoReport v2 endpoint (``POST requests.json``).

Only where the pack names an endpoint and the form a service code. The request id the server
hands back is kept as the entry's message id. GeoReport has no way to recognise a repeat, so
the crash window that may repeat an e-mail may repeat a report here too.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

from kiosk.core.submissions import Channel, SubmissionRecord
from kiosk.delivery.smtp import DeliveryError

ADDRESS_FIELDS = ("address", "location", "address_string", "where")


class Open311Deliverer:
    channel = Channel.OPEN311

    def __init__(self, endpoint: str, api_key: Callable[[], str | None] = lambda: None,
                 timeout_s: float = 20.0) -> None:
        self.url = endpoint.rstrip("/") + "/requests.json"
        self._api_key = api_key
        self.timeout_s = timeout_s

    def deliver(self, record: SubmissionRecord) -> str:
        data = urllib.parse.urlencode(request_fields(record, self._api_key())).encode("utf-8")
        req = urllib.request.Request(self.url, data=data, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as response:
                body = response.read(1_000_000)
        except urllib.error.HTTPError as exc:
            permanent = 400 <= exc.code < 500 and exc.code not in (408, 429)
            raise DeliveryError(f"the Open311 server answered {exc.code} {exc.reason}", permanent=permanent) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DeliveryError(f"the Open311 server cannot be reached ({reason})", unreachable=True) from None
        try:
            answer = json.loads(body)
            first = answer[0] if isinstance(answer, list) else answer
            request_id = first.get("service_request_id") or first.get("token")
        except (ValueError, AttributeError, IndexError, KeyError):
            request_id = None
        if not request_id:
            raise DeliveryError("the Open311 server's answer has no service_request_id or token")
        return str(request_id)

    def finish(self) -> None:
        """Nothing to close: one request per report."""


def request_fields(record: SubmissionRecord, api_key: str | None) -> dict[str, str]:
    sub = record.submission
    if not sub.open311_service_code:
        raise DeliveryError("the form has no Open311 service code", permanent=True)
    address = next((a.value for a in sub.answers if a.field_id in ADDRESS_FIELDS and a.value), "")
    lines = [f"{a.label}: {a.value}" for a in sub.answers if a.value and a.field_id not in ADDRESS_FIELDS]
    lines.append(f"Kiosk reference: {record.reference}")
    fields = {"service_code": sub.open311_service_code, "description": "\n".join(lines)[:4000]}
    if address:
        fields["address_string"] = address
    if sub.sender is not None:
        first, _, last = sub.sender.name.partition(" ")
        fields.update({k: v for k, v in (("first_name", first), ("last_name", last), ("email", sub.sender.email),
                                         ("phone", sub.sender.phone)) if v})
    if api_key:
        fields["api_key"] = api_key
    return fields

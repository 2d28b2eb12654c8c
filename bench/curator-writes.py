"""Writes as a curator while something else runs: creates a source every 100 ms until the file named by the
third argument exists, and prints each write's status and milliseconds, one line each.
  python3 bench/curator-writes.py BASE_URL TOKEN STOP_FILE > writes.txt"""
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid

base, token, stop = sys.argv[1], sys.argv[2], sys.argv[3]
while not os.path.exists(stop):
    body = json.dumps({"id": "bench-write-" + uuid.uuid4().hex[:12], "title": "Written during an import",
                       "publisher": "Benchmark Statistics Bureau", "published": {"on": "2025-01-01", "precision": "day"},
                       "language": "en", "comment": "a curator's write beside the import"}).encode()
    request = urllib.request.Request(base + "/api/v1/sources", data=body, method="POST",
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    print(status, round((time.monotonic() - started) * 1000, 1), flush=True)
    time.sleep(0.1)

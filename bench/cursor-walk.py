"""Walks fact lists page by page through their next cursors, as a client syncing a collection would, and prints
the milliseconds of every page after the first, one line each: each page is asked for once, so nothing is kept
for it yet and every answer is read from the database.
  python3 bench/cursor-walk.py BASE_URL PAGES > walk.txt"""
import http.client
import json
import sys
import time
import urllib.parse

base, pages = urllib.parse.urlsplit(sys.argv[1]), int(sys.argv[2])
# The default order (metric, period), which an index holds, and a descending value sort and a filtered one, which
# are sorted for every page.
lists = ["/api/v1/facts?size=20", "/api/v1/facts?size=20&sort=-value", "/api/v1/facts?size=20&topic=carbon-market&sort=-period"]
connection = http.client.HTTPConnection(base.hostname, base.port)
for first in lists:
    path, depth = first, 0
    for _ in range(pages):
        started = time.monotonic()
        connection.request("GET", path)
        answer = connection.getresponse()
        body = json.loads(answer.read())
        if answer.status != 200:
            sys.exit(f"{path}: {answer.status} {body}")
        if depth > 0:
            print(first, depth, round((time.monotonic() - started) * 1000, 2), flush=True)
        depth += len(body["items"])
        if body["nextCursor"] is None:
            break
        path = first + "&cursor=" + urllib.parse.quote(body["nextCursor"])

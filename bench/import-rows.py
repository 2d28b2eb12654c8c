"""Writes N rows of the fact CSV import format for the bench metrics, under one source of their own.
Each row is a different fact: metric and region cycle every 600 rows, and the day moves on every 600."""
import datetime
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
regions = ["CN", "CN-BJ", "CN-SH", "CN-GD", "CN-JS", "CN-ZJ"]
first = datetime.date(1900, 1, 1)
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("metric,source,value,value_text,unit,qualifier,region,time,period_start,period_end,period_precision,"
              "period_label,baseline,quote,locator,note\r\n")
    for i in range(rows):
        day = (first + datetime.timedelta(days=i // 600)).isoformat()
        out.write(f"bench.metric-{1 + i % 200},bench-import-source,{i % 100000}.{i % 100:02d},,t,exact,"
                  f"{regions[i % 6]},flow,{day},{day},day,,,\"Row {i} of the import benchmark, as published.\",row {i},\r\n")

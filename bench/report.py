"""Turns the raw outputs of bench/run.sh into docs/benchmarks.md: each measurement beside its baseline,
each ratio against its target."""
import datetime
import os
import platform
import re
import subprocess
import sys

out, report, arguments, sizes = sys.argv[1], sys.argv[2], sys.argv[3], [int(s) for s in sys.argv[4:]]


def read(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return f.read()


def number(pattern, text):
    return float(re.search(pattern, text).group(1))


def millis(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(name):
    text = read(name)
    rps = number(r"Requests/sec:\s+([\d.]+)", text)
    p50 = millis(*re.search(r"50%\s+([\d.]+)(us|ms|s)", text).groups())
    p99 = millis(*re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def verdict(ratio, target, higher_is_better=True):
    met = ratio >= target if higher_is_better else ratio <= target
    return f"{ratio:.2f} ({'met' if met else 'missed'}; target {'≥' if higher_is_better else '≤'} {target})"


cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
memory = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/ {print $2}'"], capture_output=True, text=True).stdout.strip()
pg = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-At", "-c", "show server_version"],
                    capture_output=True, text=True).stdout.strip()
lines = [
    "# Benchmarks",
    "",
    f"Run on {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} with "
    f"`bench/run.sh {arguments}`.".replace("  ", " ").replace(" `.", "`."),
    f"Machine: {os.cpu_count()} cores ({cpu}), {memory} GiB, {platform.system()} {platform.release()}; "
    f"Java {platform.python_version() and subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
    f"PostgreSQL {pg}.",
    "Load: wrk, 2 threads, 32 connections; pgbench 32 clients, 2 threads. The service runs with its "
    "production settings (the access log on) and a 384 MB heap (`-Xmx384m`, as in a 768 MB container), except rate "
    "limiting (off) and import limits (raised); every "
    "load is measured after an unrecorded warm-up of the same load, and every ratio compares two "
    "measurements of the same run.",
    "",
]

lines += ["## (a) Cached reads beside nginx serving the same bytes", "",
          "| facts | request | service req/s | p50 ms | p99 ms | nginx req/s | ratio (target ≥ 0.6) |",
          "|---:|---|---:|---:|---:|---:|---|"]
for size in sizes:
    for kind, label in [("list", "GET /api/v1/facts?topic=carbon-market&size=20"), ("one", "GET /api/v1/facts/{id}")]:
        s = wrk(f"a-{kind}-service-{size}.txt")
        n = wrk(f"a-{kind}-nginx-{size}.txt")
        lines.append(f"| {size:,} | `{label}` | {s[0]:,.0f} | {s[1]:.2f} | {s[2]:.2f} | {n[0]:,.0f} | {verdict(s[0] / n[0], 0.6)} |")
bare_hello = wrk("a-bare.txt")
lines += ["", f"For scale: the bare Quarkus REST application answers `GET /hello` (5 bytes) at {bare_hello[0]:,.0f} req/s, "
          f"p50 {bare_hello[1]:.2f} ms, in the same run: the most any JAX-RS endpoint of this Quarkus version serves here."]

lines += ["", "## (b) Uncached reads beside pgbench running the same SQL", "",
          "| facts | service: filtered sorted pages req/s | p50 ms | p99 ms | pgbench tps (page + count) | ratio (target ≥ 0.7) | search req/s | search p50 ms | search p99 ms | non-2xx (page / search) |",
          "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
p50s = {}
for size in sizes:
    page = wrk(f"b-page-service-{size}.txt")
    search = wrk(f"b-search-service-{size}.txt")
    tps = number(r"tps = ([\d.]+)", read(f"b-page-pgbench-{size}.txt"))
    p50s[size] = (page[1], search[1])
    lines.append(f"| {size:,} | {page[0]:,.0f} | {page[1]:.2f} | {page[2]:.2f} | {tps:,.0f} | {verdict(page[0] / tps, 0.7)} "
                 f"| {search[0]:,.0f} | {search[1]:.2f} | {search[2]:.2f} | {page[3]} / {search[3]} |")

lines += ["", "Deep pages by cursor: one client walks each list through its next cursors, each page asked for once, so "
          "that every answer comes from the database; without load.", "",
          "| facts | list | pages read | deepest item | p50 ms | p99 ms |", "|---:|---|---:|---:|---:|---:|"]
walks = {}
for size in sizes:
    walked = [line.split() for line in read(f"b-walk-{size}.txt").splitlines() if line.strip()]
    for path in dict.fromkeys(page[0] for page in walked):
        ms = sorted(float(page[2]) for page in walked if page[0] == path)
        walks[size, path] = ms[len(ms) // 2]
        lines.append(f"| {size:,} | `{path}` | {len(ms):,} | {max(int(page[1]) for page in walked if page[0] == path):,} "
                     f"| {ms[len(ms) // 2]:.2f} | {ms[min(len(ms) - 1, int(len(ms) * 0.99))]:.2f} |")

if len(sizes) > 1:
    small, large = sizes[0], sizes[-1]
    lines += ["", f"## (c) Growth from {small:,} to {large:,} facts", "",
              "| read | p50 at smallest ms | p50 at largest ms | ratio (target ≤ 1.5) |", "|---|---:|---:|---|",
              f"| filtered page | {p50s[small][0]:.2f} | {p50s[large][0]:.2f} | {verdict(p50s[large][0] / p50s[small][0], 1.5, False)} |",
              f"| search | {p50s[small][1]:.2f} | {p50s[large][1]:.2f} | {verdict(p50s[large][1] / p50s[small][1], 1.5, False)} |"]
    lines += [f"| deep page by cursor, one client: `{path}` | {walks[small, path]:.2f} | {walks[large, path]:.2f} | "
              f"{verdict(walks[large, path] / walks[small, path], 1.5, False)} |" for (size, path) in walks if size == small]

imported = read("d-import.txt")
rows = int(number(r"import: (\d+) rows", imported))
import_rps = rows / (number(r"in (\d+) ms", imported) / 1000)
peak_mb = number(r"peak resident memory (\d+) MB", imported)
writes = [line.split() for line in read("d-writes.txt").splitlines() if line.strip()]
write_ms = sorted(float(ms) for _, ms in writes)
write_p99 = write_ms[min(len(write_ms) - 1, int(len(write_ms) * 0.99))] if write_ms else float("nan")
failed = sum(1 for status, _ in writes if status != "201")
lines += ["", "## (d) Bulk import beside COPY", "",
          "| rows | POST /api/v1/imports rows/s | COPY into | COPY rows/s | ratio |", "|---:|---:|---|---:|---|"]
for file, target, bound in [("d-copy.txt", "a table of the CSV's columns, no index or trigger", 0.25),
                            ("d-copy-equivalent.txt", "a table equivalent to `fact`: its constraints, indexes and triggers", None)]:
    copy_rps = rows / (number(r"in (\d+) ms", read(file)) / 1000)
    ratio = import_rps / copy_rps
    lines.append(f"| {rows:,} | {import_rps:,.0f} | {target} | {copy_rps:,.0f} | "
                 f"{verdict(ratio, bound) if bound else f'{ratio:.2f} (for scale)'} |")
lines += ["", "| during the import | measured | target |", "|---|---:|---|",
          f"| peak resident memory of the service (VmHWM) | {peak_mb:.0f} MB | "
          f"{'met' if peak_mb <= 512 else 'missed'}; target ≤ 512 MB |",
          f"| a curator's write (create a source, every 100 ms): p99 of {len(write_ms)} | {write_p99:,.0f} ms | "
          f"{'met' if write_p99 <= 1000 and failed == 0 else 'missed'}; target ≤ 1,000 ms, all 201 ({failed} were not) |"]
lines += ["", f"Import: {imported.strip()}. COPY: {read('d-copy.txt').strip()}; {read('d-copy-equivalent.txt').strip()}."]

bare = read("bare.txt")
bare_ms = number(r"bare start: (\d+) ms", bare)
lines += ["", "## (e) Start and memory", "",
          "The service starts with its class-data-sharing archive (`app-cds.jsa`); its phases are those its log reports.", "",
          "| run | start to ready ms | ratio to bare (target ≤ 2) | resident memory | phases (from the service's log) |",
          "|---|---:|---|---|---|", f"| bare Quarkus REST application | {bare_ms:.0f} | 1.00 | {re.search(r'memory (.*)', bare).group(1)} at start | |"]
for size in sizes:
    start = read(f"start-{size}.txt")
    ms = number(r"datasets: (\d+) ms", start)
    phases = re.search(r"start phases: (.*?);", read(f"service-{size}.log"))
    lines.append(f"| service, fresh database, shipped datasets loaded ({size:,}-fact run) | {ms:.0f} | "
                 f"{verdict(ms / bare_ms, 2.0, False)} | {re.search(r'memory (.*)', start).group(1)} at start, "
                 f"{re.search(r'load: (.*)', read(f'rss-{size}.txt')).group(1)} after the load | "
                 f"{phases.group(1) if phases else 'not reported'} |")

lines += ["", "## (f) The latest snapshot beside COPY", "",
          "The first request for the latest snapshot writes every file once to measure it (four tables, CSV and JSON "
          "Lines); then facts.csv is downloaded, beside PostgreSQL's COPY of the same rows (the as-of view at the same "
          "instant, in the same order) to CSV.", "",
          "| facts | manifest ms | facts.csv MB | download ms | COPY ms | ratio COPY / download |", "|---:|---:|---:|---:|---:|---:|"]
for size in sizes:
    snapshot = read(f"f-snapshot-{size}.txt")
    manifest_ms, size_bytes, file_ms, copy_ms = (number(pattern, snapshot) for pattern in
                                                 (r"manifest (\d+) ms", r"facts.csv (\d+) bytes", r"bytes in (\d+) ms;", r"copy \d+ bytes in (\d+) ms"))
    lines.append(f"| {size:,} | {manifest_ms:,.0f} | {size_bytes / 1e6:,.1f} | {file_ms:,.0f} | {copy_ms:,.0f} | {copy_ms / file_ms:.2f} |")

with open(report, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

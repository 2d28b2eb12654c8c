#!/usr/bin/env bash
# Benchmarks of the packaged service against PostgreSQL, each beside a baseline measured in the same run:
# nginx serving the same bytes, pgbench running the same SQL, COPY loading the same rows, a bare Quarkus
# REST application starting. Writes docs/benchmarks.md (with --tiny, a quick smoke run for CI:
# target/bench/benchmarks.md).
#   bench/run.sh [--tiny]
# BENCH_IMPORT_ROWS sets the size of the import measurement (default 1 million rows).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=target/bench
mkdir -p "$out"
rm -f "$out"/*.txt

if [ "${1:-}" = "--tiny" ]; then
    sizes=(1000); duration=2s; warmup=1s; import_rows=1000; walk_pages=20; report=$out/benchmarks.md
else
    sizes=(1000 100000 1000000); duration=15s; warmup=20s; walk_pages=500; import_rows=${BENCH_IMPORT_ROWS:-1000000}; report=docs/benchmarks.md
fi
connections=32
port=8090
export PGOPTIONS=--client-min-messages=warning
psql() { command psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

for tool in wrk nginx pgbench; do
    command -v "$tool" > /dev/null || { echo "bench needs $tool (Debian packages wrk, nginx-light, postgresql-client)"; exit 1; }
done

echo "== building the service and the bare baseline"
./mvnw -B -q package -DskipTests
./mvnw -B -q -f bench/bare/pom.xml package

service_pid=
nginx_pid=
cleanup() {
    [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && nginx -p "$root/$out" -c "$root/bench/nginx.conf" -s stop 2> /dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# Starts a jar; sets ready_ms to the milliseconds from process start to the first 200 of $2. CDIAC-FF's 113,000
# figures stay out, so that each size is the synthetic facts beside the small shipped datasets. The heap is bounded
# as a container's would be (the Docker image's JVM takes half of a 768 MB container); the bare baseline gets the same.
# A jar packaged with a class-data-sharing archive starts with it, from its folder, as the README says.
start_jar() {
    local jar=$1 probe=$2 log=$3 database=${4:-}
    local dir cds=()
    dir=$(dirname "$jar")
    [ -f "$dir/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
    local started; started=$(now_ms)
    QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/${database:-postgres} \
    CARBONMARKET_RATE_LIMIT_ENABLED=false CARBONMARKET_DATASETS_CDIAC=false \
    CARBONMARKET_IMPORTS_MAX_ROWS=2000000 CARBONMARKET_IMPORTS_MAX_BYTES=1073741824 CARBONMARKET_IMPORTS_TIMEOUT=60M \
    QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE=1100M \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=$root/docs/dev-jwt/public.pem MP_JWT_VERIFY_ISSUER=carbon-market-data-api-dev \
        bash -c 'cd "$1" && shift && exec java -Xmx384m "$@" -jar quarkus-run.jar' start "$dir" "${cds[@]}" > "$log" 2>&1 &
    service_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port$probe"; do sleep 0.02; done
    ready_ms=$(($(now_ms) - started))
}

stop_jar() {
    kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=
}

rss_mb() { echo $(($(ps -o rss= -p "$service_pid") / 1024)); }

# Measures with wrk after an unrecorded warm-up of the same load, so that the JVM's compilers have done
# their work and the figure is the steady state (nginx needs none, but gets the same).
measure() {
    local output=$1; shift
    wrk -t2 -c$connections -d$warmup --timeout 60s "$@" > /dev/null
    wrk -t2 -c$connections -d$duration --timeout 60s --latency "$@" > "$output"
}

echo "== start: bare Quarkus REST application"
start_jar bench/bare/target/quarkus-app/quarkus-run.jar /hello "$out/bare.log"
echo "bare start: ${ready_ms} ms, resident memory $(rss_mb) MB" | tee "$out/bare.txt"
# The most any JAX-RS endpoint of this Quarkus version can serve here: 5 bytes from a bare resource.
measure "$out/a-bare.txt" "http://127.0.0.1:$port/hello"
stop_jar

for size in "${sizes[@]}"; do
    db=bench_$size
    echo "== $size facts: database $db"
    psql -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
    start_jar target/quarkus-app/quarkus-run.jar /q/health/ready "$out/service-$size.log" "$db"
    echo "start with the shipped datasets: ${ready_ms} ms, resident memory $(rss_mb) MB" | tee "$out/start-$size.txt"
    psql -d "$db" -v n="$size" -f bench/generate.sql
    psql -d "$db" -c "vacuum analyze"

    id=$(psql -d "$db" -At -c "select id from fact where source_id = 'bench-source-1' limit 1")
    list="/api/v1/facts?topic=carbon-market&size=20"
    one="/api/v1/facts/$id"

    echo "-- (a) cached reads, beside nginx serving the same bytes"
    rm -rf "$out/www"; mkdir -p "$out/www/api/v1/facts"
    curl -sf "http://127.0.0.1:$port$list" -o "$out/www/list.json"
    curl -sf "http://127.0.0.1:$port$one" -o "$out/www/one.json"
    nginx -p "$root/$out" -c "$root/bench/nginx.conf" > "$out/nginx.log" 2>&1 &
    nginx_pid=$!
    until curl -sf -o /dev/null http://127.0.0.1:8091/list.json; do sleep 0.05; done
    measure "$out/a-list-service-$size.txt" "http://127.0.0.1:$port$list"
    measure "$out/a-list-nginx-$size.txt" http://127.0.0.1:8091/list.json
    measure "$out/a-one-service-$size.txt" "http://127.0.0.1:$port$one"
    measure "$out/a-one-nginx-$size.txt" http://127.0.0.1:8091/one.json
    nginx -p "$root/$out" -c "$root/bench/nginx.conf" -s stop 2> /dev/null || true
    wait "$nginx_pid" 2>/dev/null || true; nginx_pid=

    echo "-- (b) uncached reads, beside pgbench running the same SQL"
    measure "$out/b-page-service-$size.txt" -s bench/uncached.lua "http://127.0.0.1:$port"
    pgbench -h 127.0.0.1 -U postgres -n -c $connections -j 2 -T "${duration%s}" -f bench/uncached.sql "$db" > "$out/b-page-pgbench-$size.txt" 2>&1
    measure "$out/b-search-service-$size.txt" -s bench/search.lua "http://127.0.0.1:$port"
    echo "-- (b) deep pages by cursor, one client walking"
    python3 bench/cursor-walk.py "http://127.0.0.1:$port" "$walk_pages" > "$out/b-walk-$size.txt"
    echo "-- (f) the latest snapshot: its manifest (every file written once to measure it), then facts.csv, beside COPY"
    started=$(now_ms)
    curl -sf -o "$out/f-manifest-$size.json" "http://127.0.0.1:$port/api/v1/snapshots/latest"
    manifest_ms=$(($(now_ms) - started))
    at=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["asOf"])' "$out/f-manifest-$size.json")
    started=$(now_ms)
    curl -sf -o "$out/f-facts.csv" "http://127.0.0.1:$port/api/v1/snapshots/$at/facts.csv"
    file_ms=$(($(now_ms) - started))
    # PostgreSQL writing the same rows and columns as CSV: the as-of view at the same instant, in the same order.
    started=$(now_ms)
    psql -d "$db" -c "set search_path = asof, public" -c "select set_config('carbonmarket.as_of', '$at', false)" \
        -c "\\copy (select id, metric_code, region, period_start, period_end, period_precision, period_label, period_inferred,
            period_basis, time_kind, value, value_text, unit, qualifier, rounded_to, baseline, scope, source_id, quote, locator,
            note, version, updated_at from fact where status = 'published' order by id) to '$out/f-copy.csv' with (format csv, header true)" > /dev/null
    copy_ms=$(($(now_ms) - started))
    echo "manifest $manifest_ms ms; facts.csv $(stat -c %s "$out/f-facts.csv") bytes in $file_ms ms; copy $(stat -c %s "$out/f-copy.csv") bytes in $copy_ms ms" \
        | tee "$out/f-snapshot-$size.txt"
    rm -f "$out/f-facts.csv" "$out/f-copy.csv"
    echo "resident memory after the load: $(rss_mb) MB" | tee "$out/rss-$size.txt"
    stop_jar
done

echo "== (d) bulk import of $import_rows rows, beside COPY of the same rows"
db=bench_import
psql -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
start_jar target/quarkus-app/quarkus-run.jar /q/health/ready "$out/service-import.log" "$db"
psql -d "$db" -v n=0 -f bench/generate.sql
psql -d "$db" -c "insert into source (id, title, publisher, published_precision, language, created_at, updated_at, version,
    changed_by, change_comment, status) values ('bench-import-source', 'Import benchmark', 'Benchmark Statistics Bureau',
    'unknown', 'en', now(), now(), 0, 'bench', 'synthetic', 'published')"
python3 bench/import-rows.py "$import_rows" "$out/import.csv"
token=$(docs/dev-jwt/token.sh bench)
# The import, with a curator's writes beside it (bench/curator-writes.py); the service's peak resident memory is
# the kernel's high-water mark of the process (VmHWM), which the import's body sets unless memory stays bounded.
rm -f "$out/import.done"
python3 bench/curator-writes.py "http://127.0.0.1:$port" "$token" "$out/import.done" > "$out/d-writes.txt" &
writes_pid=$!
import_started=$(now_ms)
curl -sf -o "$out/import-report.json" -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    --data-binary @"$out/import.csv" "http://127.0.0.1:$port/api/v1/imports?comment=benchmark"
import_ms=$(($(now_ms) - import_started))
touch "$out/import.done"
wait "$writes_pid"
peak_mb=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$service_pid/status")
echo "import: $import_rows rows in $import_ms ms; peak resident memory $peak_mb MB" | tee "$out/d-import.txt"
stop_jar
# COPY twice: the CSV into a table of its columns (PostgreSQL's bare loading speed), and the facts the import
# wrote into a table equivalent to fact, which pays for the same constraints, indexes and triggers.
psql -d "$db" -c "create table copy_target (metric text, source text, value numeric, value_text text, unit text,
    qualifier text, region text, time text, period_start date, period_end date, period_precision text, period_label text,
    baseline text, quote text, locator text, note text)"
copy_started=$(now_ms)
psql -d "$db" -c "\\copy copy_target from '$out/import.csv' with (format csv, header true)"
copy_ms=$(($(now_ms) - copy_started))
echo "copy: $import_rows rows in $copy_ms ms" | tee "$out/d-copy.txt"
columns=$(psql -d "$db" -At -c "select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
    where table_schema = 'public' and table_name = 'fact' and is_generated = 'NEVER'")
psql -d "$db" -c "\\copy (select $columns from fact where source_id = 'bench-import-source') to '$out/import-facts.csv' with (format csv)"
psql -d "$db" -c "create table fact_twin (like fact including all)" \
    -c "create table fact_twin_history (like fact_history including all)" \
    -c "alter table fact_twin add foreign key (metric_code) references metric (code), add foreign key (source_id) references source (id)" \
    -c "create trigger fact_twin_stamp before insert or update on fact_twin for each row execute function stamp_write()" \
    -c "create trigger fact_twin_history after insert on fact_twin referencing new table as new_rows
        for each statement execute function record_history('id')" \
    -c "create trigger fact_twin_data_write after insert or update or delete on fact_twin
        for each statement execute function note_data_write()"
copy_started=$(now_ms)
psql -d "$db" -c "\\copy fact_twin ($columns) from '$out/import-facts.csv' with (format csv)"
copy_ms=$(($(now_ms) - copy_started))
echo "copy into a table equivalent to fact: $import_rows rows in $copy_ms ms" | tee "$out/d-copy-equivalent.txt"

python3 bench/report.py "$out" "$report" "$*" "${sizes[@]}"
echo "== report: $report"

#!/usr/bin/env bash
# Measures bulk-import throughput: the CDIAC national file (18,769 rows) through POST /api/v1/imports
# with profile cdiac-fossil-co2, into a database of its own (bench_import), never the served one.
#   bench/import-cdiac.sh            (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8089}
db=bench_import
file=src/main/resources/datasets/cdiac/cdiac-fossil-fuel-co2-emissions-by-nation.csv
rows=$(($(wc -l < "$file") - 1))

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"

QUARKUS_HTTP_PORT=$port \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
CARBONMARKET_DATASETS_CDIAC=false \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=docs/dev-jwt/public.pem \
MP_JWT_VERIFY_ISSUER=carbon-market-data-api-dev \
    java -jar target/quarkus-app/quarkus-run.jar > target/bench-import.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -sf "localhost:$port/q/health/ready" > /dev/null; do sleep 0.5; done

token=$(docs/dev-jwt/token.sh bench)
run() {
    curl -sf -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary @"$file" "localhost:$port/api/v1/imports?profile=cdiac-fossil-co2&comment=benchmark"
}
echo "rows per import: $rows"
first=$(run)
echo "first import (creates 843 entries): ${first}s, $(echo "$rows / $first" | bc) rows/s"
for i in 1 2 3; do
    t=$(run)
    echo "repeat $i (all unchanged): ${t}s, $(echo "$rows / $t" | bc) rows/s"
done

#!/usr/bin/env bash
# Generates a Java and a TypeScript client from the OpenAPI document that the build wrote to target/openapi, and
# compiles both: a change of the document that breaks client users fails here. The generators and their options
# are in .ci/openapitools.json (OpenAPI Generator, pinned); the clients land in target/clients/.
# Needs the packaged build (./mvnw package -DskipTests) and the CI tools (npm ci --prefix .ci).
set -euo pipefail
cd "$(dirname "$0")/.."

document=target/openapi/openapi.json
if [ ! -f "$document" ]; then
    echo "clients: $document is missing; build first: ./mvnw package -DskipTests" >&2
    exit 1
fi
rm -rf target/clients

# The generator's version is pinned, so the CLI need not search Maven Central for versions; no telemetry.
export OPENAPI_GENERATOR_CLI_SEARCH_URL=DEFAULT SCARF_ANALYTICS=false
# The generator logs every file it writes, so its output goes to a log beside the client, shown when it fails.
export JAVA_OPTS="${JAVA_OPTS:-} -Dlog.level=warn"
generate() {
    local log="target/clients/$1.log"
    mkdir -p target/clients
    if ! (cd .ci && npx openapi-generator-cli generate --generator-key "$1") > "$log" 2>&1; then
        cat "$log" >&2
        echo "clients: the $1 generator failed" >&2
        exit 1
    fi
    echo "generated target/clients/$1 with $(grep -c ' WARN ' "$log" || true) warning(s) of the generator ($log)"
}

echo "== Java client (java, library native: the JDK's HttpClient), built with Maven"
generate java
./mvnw -q -B -f target/clients/java/pom.xml package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

echo "== TypeScript client (typescript-fetch), compiled with tsc as CommonJS and as ES modules"
generate typescript
(cd target/clients/typescript && ../../../.ci/node_modules/.bin/tsc -p tsconfig.json --strict \
    && ../../../.ci/node_modules/.bin/tsc -p tsconfig.esm.json --strict)

echo "clients: both compile (target/clients/java, target/clients/typescript)"

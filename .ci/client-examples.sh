#!/usr/bin/env bash
# Compiles the README's client examples (examples/) against the clients that .ci/clients.sh generated, and runs
# them against a running service: a change of the API or of the generator that breaks them fails here.
#   .ci/client-examples.sh BASE_URL
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1
out=target/client-examples

# The README shows each example whole; one that drifted from its file fails.
for example in examples/ClientExample.java examples/client-example.ts; do
    python3 -c 'import sys; sys.exit(0 if open(sys.argv[1]).read() in open("README.md").read() else 1)' "$example" \
        || { echo "client examples: README.md does not show $example as it is" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/java" "$out/typescript/node_modules"

echo "== Java: examples/ClientExample.java against target/clients/java"
./mvnw -q -B -f target/clients/java/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$out/java/classpath"
classpath="$(ls target/clients/java/target/carbon-market-data-api-client-*.jar | grep -v -- -tests.jar | head -n 1):$(cat "$out/java/classpath")"
javac -d "$out/java" -cp "$classpath" examples/ClientExample.java
java -cp "$out/java:$classpath" ClientExample "$base" | tee "$out/java.txt"
grep -q ' changes; resume after ' "$out/java.txt"

echo "== TypeScript: examples/client-example.ts against target/clients/typescript, on Node"
ln -s "$PWD/target/clients/typescript" "$out/typescript/node_modules/carbon-market-data-api-client"
cp examples/client-example.ts "$out/typescript/"
.ci/node_modules/.bin/tsc --strict --target es2022 --module nodenext --types node \
    --typeRoots .ci/node_modules/@types --outDir "$out/typescript/dist" "$out/typescript/client-example.ts"
node "$out/typescript/dist/client-example.js" "$base" | tee "$out/typescript.txt"
grep -q ' changes; resume after ' "$out/typescript.txt"

#!/usr/bin/env bash
# Prints a curator token for the service in dev mode (./mvnw quarkus:dev), valid for one hour.
#   docs/dev-jwt/token.sh [subject] [role]
# The key pair beside this script is for local development only: the dev profile trusts its public key,
# no other profile does, and no production configuration may point at it.
set -euo pipefail
subject=${1:-dev-curator}
role=${2:-curator}
key="$(dirname "$0")/private.pem"
now=$(date +%s)

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"carbon-market-data-api-dev","aud":"carbon-market-data-api","sub":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
    "$subject" "$role" "$now" $((now + 3600)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"

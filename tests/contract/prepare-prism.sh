#!/usr/bin/env bash
# Fetches Twilio's OpenAPI spec (from the npm package @twilio-alpha/mcp, which ships twilio-oai) and installs
# Stoplight Prism locally, both cached in CACHE_DIR. Prints two lines: SPEC=<path> and PRISM=<path>.
# Exit 3 when npm/node are missing (the contract test then skips, loudly); any other failure is an error.
set -euo pipefail

CACHE_DIR=${1:?usage: prepare-prism.sh CACHE_DIR}
SPEC_PACKAGE="@twilio-alpha/mcp@0.7.0" # pinned: a spec update once made Prism reject valid requests (twilio-oai #129)
mkdir -p "$CACHE_DIR"
cd "$CACHE_DIR"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "npm/node not found: cannot run the Prism contract test" >&2
    exit 3
fi

SPEC="$CACHE_DIR/spec/package/twilio-oai/spec/json/twilio_api_v2010.json"
if [ ! -s "$SPEC" ]; then
    rm -rf spec && mkdir -p spec
    (cd spec && npm pack --silent "$SPEC_PACKAGE" >pack.log 2>&1) || { cat spec/pack.log >&2; exit 1; }
    tarball=$(ls spec/*.tgz | head -n1)
    tar -xzf "$tarball" -C spec package/twilio-oai/spec/json/twilio_api_v2010.json
    rm -f "$tarball"
fi
[ -s "$SPEC" ] || { echo "spec not found in $SPEC_PACKAGE" >&2; exit 1; }

# Prism 5.12 needs Node >= 18.20; 5.7.0 runs on Node 16+ and behaves the same for these requests.
node_version=$(node -p 'process.versions.node')
PRISM_VERSION=5.12.0
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>18||(a===18&&b>=20)?0:1)'; then
    PRISM_VERSION=5.7.0
fi
PRISM_PREFIX="$CACHE_DIR/prism-$PRISM_VERSION"
PRISM="$PRISM_PREFIX/node_modules/.bin/prism"
if [ ! -x "$PRISM" ]; then
    echo "installing @stoplight/prism-cli@$PRISM_VERSION for node $node_version (first run only)" >&2
    rm -rf "$PRISM_PREFIX" && mkdir -p "$PRISM_PREFIX"
    npm install --silent --no-audit --no-fund --prefix "$PRISM_PREFIX" "@stoplight/prism-cli@$PRISM_VERSION" >&2
fi
[ -x "$PRISM" ] || { echo "prism not installed at $PRISM" >&2; exit 1; }

echo "SPEC=$SPEC"
echo "PRISM=$PRISM"

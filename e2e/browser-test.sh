#!/usr/bin/env bash
# Browser end-to-end tests: the built jars and the built dashboard (vite preview) on ports of their
# own, driven through Debian's Chromium by playwright-core (e2e/browser/*.test.mjs, node --test).
# Arguments: test files to run (default: all). Screenshots of the main pages go to e2e/.screenshots/ (SCREENSHOTS=docs/screenshots: the README's).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

# transfer.test.mjs zips a WireMock folder with the zip tool, as a user would.
missing=""
command -v chromium >/dev/null || missing="$missing chromium"
command -v zip >/dev/null || missing="$missing zip"
if [ -n "$missing" ]; then
  apt-get update -qq && apt-get install -y -qq $missing >/dev/null
fi
M=18020 E=18021 UI=13020
. e2e/stack.sh
export MOCKAPI_UI_URL=http://localhost:$UI MOCKAPI_ENGINE_URL=http://localhost:$E
node --test --test-concurrency=1 "${@:-e2e/browser/}"

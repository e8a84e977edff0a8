#!/usr/bin/env sh
# Installs the pinned Readability and jsdom packages for `annals eval extraction` (needs Node 18+ and npm).
# Not part of `mvn verify`: the Java build and CI never need it.
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund

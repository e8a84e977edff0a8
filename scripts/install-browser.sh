#!/usr/bin/env bash
# Installs the headless browser the web UI tests drive (Debian/Ubuntu packages chromium and chromium-driver),
# unless a chromium and a chromedriver are already on the PATH.
set -euo pipefail
if command -v chromedriver >/dev/null 2>&1 && { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }; then
  echo "install-browser: chromium and chromedriver are already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get here; install Chromium and its chromedriver yourself (or set CHROME_BIN and CHROMEDRIVER)" >&2
  exit 1
fi
sudo=""
if [[ "$(id -u)" != "0" ]]; then
  sudo="sudo"
fi
$sudo apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver

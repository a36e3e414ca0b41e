#!/usr/bin/env bash
# Installs what the Kafka-protocol test broker needs (libs/platform/bus/src/kafka/test-broker):
# librdkafka-dev (its mock cluster) and gcc; and chromium with a CJK font for the
# dashboard tests in headless Chromium. Idempotent: does nothing when all are there.
set -euo pipefail

PACKAGES=(librdkafka-dev gcc chromium fonts-wqy-zenhei)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1 || ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "ensure-system-packages: ${PACKAGES[*]} already installed, nothing to do"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "ensure-system-packages: missing ${missing[*]}; run as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "ensure-system-packages: installed ${missing[*]}"

#!/usr/bin/env bash
# Installs the system packages the tests need: a Java runtime and Maven for the real Kafka
# broker and mongo-java-server (tools/resolve-jars.mjs resolves their jars), and chromium
# with a CJK font for the dashboard tests in headless Chromium. Idempotent: does nothing
# when all are there. Java and Maven count as there when `java` and `mvn` run, however
# they were installed.
set -euo pipefail

PACKAGES=(chromium fonts-wqy-zenhei)
command -v java >/dev/null 2>&1 || PACKAGES+=(default-jre-headless)
command -v mvn >/dev/null 2>&1 || PACKAGES+=(maven)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "ensure-system-packages: ${PACKAGES[*]}, java and mvn already installed, nothing to do"
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

#!/bin/sh
# Creates, out of band, the Secrets the xuncha manifests expect and that no
# operator generates, each with fresh random values (openssl rand). Nothing here or
# anywhere in the repository holds a real value; secrets.example.env lists them.
#
#   deploy/k8s/scripts/create-secrets.sh            # namespace xuncha
#   NAMESPACE=other deploy/k8s/scripts/create-secrets.sh
#   deploy/k8s/scripts/create-secrets.sh --list     # names and keys only
#
# A Secret that exists is left alone (re-running never changes a password under a
# running service); delete it first to replace it, then restart what uses it and,
# for KurrentDB users, run the users Job again. Values go to kubectl through a file
# readable only by this user, removed on exit, never on a command line.
#
# Generated elsewhere, not here:
#   Kafka users' passwords          Strimzi's User Operator (Secret = user name)
#   Kafka cluster CA                Strimzi (xuncha-cluster-ca-cert)
#   KurrentDB certificates          cert-manager (kurrentdb-node-tls)
#   MongoDB connection strings      the MongoDB operator (xuncha-mongodb-admin-<service>)
set -eu

NAMESPACE="${NAMESPACE:-xuncha}"
SERVICES="planning-service inspection-service clue-service rectification-service query-service"
KURRENTDB_NODES="kurrentdb-0.kurrentdb.$NAMESPACE.svc.cluster.local:2113,kurrentdb-1.kurrentdb.$NAMESPACE.svc.cluster.local:2113,kurrentdb-2.kurrentdb.$NAMESPACE.svc.cluster.local:2113"
KURRENTDB_CA_FILE=/etc/xuncha/kurrentdb-ca/ca.crt

if [ "${1:-}" = "--list" ]; then
  for s in $SERVICES; do echo "xuncha-mongodb-$s-password: password"; done
  echo "xuncha-kurrentdb-admin: admin-password, ops-password"
  for s in $SERVICES; do echo "xuncha-kurrentdb-$s: username, password, KURRENTDB_URL"; done
  echo "xuncha-master-key: XUNCHA_MASTER_KEY"
  exit 0
fi

command -v kubectl >/dev/null || { echo "create-secrets: kubectl not found" >&2; exit 2; }
command -v openssl >/dev/null || { echo "create-secrets: openssl not found" >&2; exit 2; }

umask 077
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT INT TERM

# Letters and digits only: these go into connection strings unescaped.
password() { openssl rand -hex 24; }

# create NAME KEY=VALUE…: one Secret from an env file, unless it exists.
create() {
  name="$1"
  shift
  if kubectl -n "$NAMESPACE" get secret "$name" >/dev/null 2>&1; then
    echo "create-secrets: $name exists, left as it is"
    return
  fi
  : >"$WORK/env"
  for pair in "$@"; do printf '%s\n' "$pair" >>"$WORK/env"; done
  kubectl -n "$NAMESPACE" create secret generic "$name" --from-env-file="$WORK/env" >/dev/null
  kubectl -n "$NAMESPACE" label secret "$name" app.kubernetes.io/part-of=xuncha >/dev/null
  echo "create-secrets: $name created"
}

# MongoDB: one user per service (data/mongodb.yaml); the operator builds the URI.
for s in $SERVICES; do
  create "xuncha-mongodb-$s-password" "password=$(password)"
done

# KurrentDB: admin and ops (first start of a new database), then a user per service
# with its connection string; the users Job creates the users with these passwords.
create xuncha-kurrentdb-admin "admin-password=$(password)" "ops-password=$(password)"
for s in $SERVICES; do
  p="$(password)"
  create "xuncha-kurrentdb-$s" "username=$s" "password=$p" \
    "KURRENTDB_URL=kurrentdb://$s:$p@$KURRENTDB_NODES?tls=true&tlsCAFile=$KURRENTDB_CA_FILE&nodePreference=leader"
done

# Master key of the key store of clue personal data: base64 of 32 random bytes.
create xuncha-master-key "XUNCHA_MASTER_KEY=$(openssl rand -base64 32)"

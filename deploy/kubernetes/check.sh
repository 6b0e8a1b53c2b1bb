#!/usr/bin/env bash
# Checks deploy/kubernetes and its in-cluster-data variant offline (no cluster): `kubectl kustomize` renders both, and the rendered
# objects keep the rules of docs/operations.md#kubernetes (check.py). Installs Debian's
# kubernetes-client (kubectl) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v kubectl >/dev/null; then
  apt-get update -qq && apt-get install -y -qq kubernetes-client >/dev/null
fi
python=python3
if ! "$python" -c 'import yaml' 2>/dev/null; then
  apt-get install -y -qq python3-yaml >/dev/null
  python=/usr/bin/python3
fi

rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
kubectl kustomize deploy/kubernetes >"$rendered"
"$python" deploy/kubernetes/check.py "$rendered" external
kubectl kustomize deploy/kubernetes/in-cluster-data >"$rendered"
"$python" deploy/kubernetes/check.py "$rendered" in-cluster

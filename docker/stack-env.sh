#!/usr/bin/env bash
# Prints an .env for docker-compose.yml with a new random password for the Kafka super user and every role's
# user, instead of the demo's public defaults:  docker/stack-env.sh > .env
# Keep the file private (chmod 600): it holds every Kafka password of the stack.
set -euo pipefail
password() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
echo "# Kafka passwords of the stack, made by docker/stack-env.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ)."
for name in ADMIN SETUP STREAMS INTAKE SUBMITTER DASHBOARD NOTIFIER SCHEMA_REGISTRY; do
  echo "REPORTING_${name}_PASSWORD=$(password)"
done

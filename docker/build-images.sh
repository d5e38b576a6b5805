#!/usr/bin/env bash
# Builds the images the container tests and docker-compose.yml use, on this machine's Docker engine:
#   industrial-reporting/app:latest, from the Dockerfile, on BASE_IMAGE.
# BASE_IMAGE defaults to the official eclipse-temurin:17-jre when a registry is reachable, otherwise to a JRE
# image assembled from this machine's JDK (docker/jre-base-image.sh). The launcher is built first if missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ ! -f launcher/target/reporting.jar ]]; then
  echo "Building the launcher..." >&2
  mvn -B -q -DskipTests -pl launcher -am package
fi

base="${BASE_IMAGE:-}"
if [[ -z "$base" ]]; then
  if docker image inspect eclipse-temurin:17-jre >/dev/null 2>&1 || timeout 60 docker pull -q eclipse-temurin:17-jre >/dev/null 2>&1; then
    base=eclipse-temurin:17-jre
  else
    base=industrial-reporting/jre:17
    docker image inspect "$base" >/dev/null 2>&1 || docker/jre-base-image.sh "$base"
  fi
fi

echo "Building industrial-reporting/app:latest on $base" >&2
docker build -q --build-arg "BASE_IMAGE=$base" -t industrial-reporting/app:latest . >/dev/null
echo "Built industrial-reporting/app:latest" >&2

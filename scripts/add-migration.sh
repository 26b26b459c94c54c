#!/usr/bin/env bash
# Adds a migration to both provider sets of a module context, so SQLite and PostgreSQL never drift.
#   scripts/add-migration.sh <project-dir> <ContextBaseName> <MigrationName>
#   e.g. scripts/add-migration.sh src/Civitas.Platform PlatformDb Initial
#        scripts/add-migration.sh src/Modules/Civitas.Grants GrantsDb AddSmallGrants
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
project=$1; context=$2; name=$3
cd "$root"
dotnet tool restore >/dev/null
dotnet build src/Civitas.Web -v q --nologo >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "$project" --startup-project src/Civitas.Web \
    --context "${provider}${context}" --output-dir "Migrations/${provider}" --no-build --verbose >/tmp/ef-$provider.log 2>&1 \
    || { cat /tmp/ef-$provider.log; exit 1; }
  echo "added $name to $project/Migrations/$provider"
done

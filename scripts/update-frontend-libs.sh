#!/usr/bin/env bash
# Installs the pinned front-end libraries with npm and copies what the app serves into
# src/Civitas.Web/wwwroot/lib (committed: the app never loads anything from a CDN).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tools/frontend"
npm install --no-audit --no-fund --save-exact >/dev/null
lib="$root/src/Civitas.Web/wwwroot/lib"
rm -rf "$lib/htmx" "$lib/leaflet" "$lib/leaflet.markercluster"
mkdir -p "$lib/htmx" "$lib/leaflet" "$lib/leaflet.markercluster"
cp node_modules/htmx.org/dist/htmx.min.js "$lib/htmx/"
cp node_modules/htmx.org/LICENSE "$lib/htmx/LICENSE"
cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images "$lib/leaflet/"
cp node_modules/leaflet/LICENSE "$lib/leaflet/LICENSE"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js node_modules/leaflet.markercluster/dist/MarkerCluster.css node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$lib/leaflet.markercluster/"
cp node_modules/leaflet.markercluster/MIT-LICENCE.txt "$lib/leaflet.markercluster/LICENSE" 2>/dev/null || true
echo "copied into $lib"

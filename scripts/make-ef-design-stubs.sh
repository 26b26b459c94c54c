#!/usr/bin/env bash
# Builds the two empty placeholder packages that EF Core Design needs to restore here
# (Mono.TextTemplating, Microsoft.VisualStudio.SolutionPersistence are absent from the NuGet copy).
# The results are committed under stubs/feed; run this only to rebuild them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_stub() {
  local id=$1 version=$2
  mkdir -p "$work/$id/lib/net10.0"
  touch "$work/$id/lib/net10.0/_._"
  cat > "$work/$id/$id.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <PackageId>$id</PackageId>
    <Version>$version</Version>
    <IncludeBuildOutput>false</IncludeBuildOutput>
    <NoWarn>NU5128;NU5017</NoWarn>
    <Description>Empty placeholder so EF Core Design restores offline.</Description>
  </PropertyGroup>
  <ItemGroup>
    <None Include="lib/net10.0/_._" Pack="true" PackagePath="lib/net10.0/" />
  </ItemGroup>
</Project>
XML
  (cd "$work/$id" && dotnet pack -c Release -o "$root/stubs/feed" --nologo -v q >/dev/null)
}
mkdir -p "$root/stubs/feed"
make_stub Mono.TextTemplating 3.0.0
make_stub Microsoft.VisualStudio.SolutionPersistence 1.0.52
ls -1 "$root/stubs/feed"

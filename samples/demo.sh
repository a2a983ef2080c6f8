#!/usr/bin/env bash
# The FlowTest demo: packs FlowTest, FlowTest.Xunit and FlowTest.NUnit from this repository into a
# local feed, then builds samples/Shop (a library whose [Flow] methods are woven at build time, with
# xUnit and NUnit tests) and runs its tests: one `dotnet test`, one run directory, and the path of
# its summary.md at the end. Everything it writes stays under artifacts/ and .flowtest/ (git-ignored).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# A version no NuGet cache has seen, so the demo always runs the code of this checkout.
version="0.1.0-demo.$(date -u +%Y%m%d%H%M%S)"
feed="$repo/artifacts/demo-feed"
mkdir -p "$feed"

echo "== packing FlowTest $version into artifacts/demo-feed"
for project in FlowTest FlowTest.Xunit FlowTest.NUnit; do
  dotnet pack "src/$project/$project.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v:q -tl:off
done

echo "== dotnet test samples/Shop (weaving + xUnit + NUnit)"
# The demo's packages go to their own folder, so demo versions never pile up in the user's NuGet cache.
export NUGET_PACKAGES="$repo/artifacts/demo-packages"
dotnet test samples/Shop/Shop.sln -p:FlowTestVersion="$version" -nologo -tl:off

latest="$repo/.flowtest/latest.json"
run_dir=$(sed -n 's/.*"path": *"\([^"]*\)".*/\1/p' "$latest" | head -n 1)
if [ -z "$run_dir" ]; then
  run_dir=$(cd "$repo/.flowtest/latest" && pwd -P)
fi
echo
echo "FlowTest run: $run_dir"
echo "Summary:      $run_dir/summary.md"

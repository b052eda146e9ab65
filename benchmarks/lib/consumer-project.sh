# Sourced by build-bench.sh and frus-bench.sh: the project file of a throw-away consumer app over $repo.
#
#   consumer_csproj DIR GENERATOR PROPERTIES ITEMS
#
# GENERATOR true: the app references DocGen as sample/DocGen.Sample does (src/DocGen.Generator/FromSource, with
# DocGenSourceRoot pointing at $repo's src/, which may be an older checkout than this script's); false: the runtime
# library and DocGen.Core only, no generator (the floor). PROPERTIES and ITEMS are MSBuild XML put into the project's
# PropertyGroup and an ItemGroup of their own.

from_source_checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

consumer_csproj() {
  local dir=$1 generator=$2 properties=$3 items=$4 props='' targets='' references=''
  if [ "$generator" = true ]; then
    props="  <PropertyGroup><DocGenSourceRoot>$repo/src/</DocGenSourceRoot></PropertyGroup>
  <Import Project=\"$from_source_checkout/src/DocGen.Generator/FromSource/DocGen.FromSource.props\" />"
    targets="  <Import Project=\"$from_source_checkout/src/DocGen.Generator/FromSource/DocGen.FromSource.targets\" />"
  else
    references="    <ProjectReference Include=\"$repo/src/DocGen/DocGen.csproj\" />
    <ProjectReference Include=\"$repo/src/DocGen.Core/DocGen.Core.csproj\" />"
  fi
  mkdir -p "$dir"
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
$props
  <PropertyGroup>
$properties
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <Nullable>enable</Nullable>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
$references
  </ItemGroup>
  <ItemGroup>
$items
  </ItemGroup>
$targets
</Project>
XML
}

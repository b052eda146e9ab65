# Sourced by build-bench.sh and frus-bench.sh: the project file of a throw-away consumer app over $repo.
#
#   consumer_csproj DIR GENERATOR PROPERTIES ITEMS
#
# GENERATOR true: the app references DocGen as sample/DocGen.Sample does (runtime library, generator and core as
# analyzers, the two build files of src/DocGen.Generator/buildTransitive); false: the runtime library and DocGen.Core
# only, no generator (the floor). PROPERTIES and ITEMS are MSBuild XML put into the project's PropertyGroup and an
# ItemGroup of their own.

consumer_csproj() {
  local dir=$1 generator=$2 properties=$3 items=$4 props='' targets='' analyzers
  if [ "$generator" = true ]; then
    props="  <Import Project=\"$repo/src/DocGen.Generator/buildTransitive/DocGen.props\" />"
    targets="  <Import Project=\"$repo/src/DocGen.Generator/buildTransitive/DocGen.targets\" />"
    analyzers="    <ProjectReference Include=\"$repo/src/DocGen.Generator/DocGen.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />
    <ProjectReference Include=\"$repo/src/DocGen.Core/DocGen.Core.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
    # The generator loads DocGen.Csl beside it, where the checkout has it (not before main's CSL engine).
    if [ -f "$repo/src/DocGen.Csl/DocGen.Csl.csproj" ]; then
      analyzers="$analyzers
    <ProjectReference Include=\"$repo/src/DocGen.Csl/DocGen.Csl.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
    fi
  else
    analyzers="    <ProjectReference Include=\"$repo/src/DocGen.Core/DocGen.Core.csproj\" />"
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
    <ProjectReference Include="$repo/src/DocGen/DocGen.csproj" />
$analyzers
  </ItemGroup>
  <ItemGroup>
$items
  </ItemGroup>
$targets
</Project>
XML
}

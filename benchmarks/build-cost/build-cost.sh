#!/usr/bin/env bash
# Edit-rebuild cost of a spec: the incremental `dotnet build` time of a console that generates an SDK from the spec,
# minus the same console without the spec, all consoles measured side by side (alternating) in one run.
#
# usage: benchmarks/build-cost/build-cost.sh [--server] [--aot] [--runs N] [--before REV] [--include PATTERNS] [--library] [--own-assembly] SPEC
#   SPEC              the OpenAPI document (e.g. the full ElevenLabs spec; it stays where it is, nothing is copied)
#   --runs N          timed rebuilds per console (default 5); medians are reported
#   --before REV      also a console on the generator and runtime of commit REV, built in a temporary git worktree
#                     outside the repo (removed afterwards)
#   --include PATTERNS also a console with SdkgenInclude="PATTERNS" on the spec (this checkout's generator)
#   --library         also a console whose SDK (the whole spec) lives in a class library it references: the layout
#                     for a large spec, where an edit to the console leaves the library's compile up to date
#   --own-assembly    also a console whose spec item says Assembly="Bench.Sdk": the package's targets compile the
#                     whole spec into an assembly of its own, skipped while the spec is unchanged
#   --aot             every project sets IsAotCompatible=true, as a project checking trim and AOT safety does: the
#                     trim analyzers then run over every generated method body in each build
#   --server          compile through the Roslyn compiler server (a developer machine's default). Without it the
#                     environment decides; this machine sets UseSharedCompilation=false, so every build starts a cold csc.
#   KEEP=1            keeps the temp directory (consoles, logs, binlogs) and prints its path.
set -euo pipefail

server_args=() runs=5 before="" include="" library=0 own=0 aot=false spec=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --server) server_args=(-p:UseSharedCompilation=true) ;;
    --runs) runs=$2; shift ;;
    --before) before=$2; shift ;;
    --include) include=$2; shift ;;
    --library) library=1 ;;
    --own-assembly) own=1 ;;
    --aot) aot=true ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) spec=$(realpath "$1") ;;
  esac
  shift
done
[[ -n $spec ]] || { sed -n '2,21p' "${BASH_SOURCE[0]}" >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sdkgen-build-cost.XXXXXX")
# The compiler server outlives the build: stop the ones this run started (by their ids), never anyone else's.
servers_before=$(pgrep -f VBCSCompiler.dll || true)
cleanup() {
  local pid
  for pid in $(pgrep -f VBCSCompiler.dll || true); do
    grep -qx "$pid" <<<"$servers_before" || kill "$pid" 2>/dev/null || true
  done
  [[ -z $before ]] || git -C "$repo" worktree remove --force "$work/before-repo" 2>/dev/null || true
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work directory: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Outside the repo nothing imports the repo's Directory.Build.props; these stop MSBuild looking further up.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

# make_project NAME REPO OUTPUT_TYPE ITEMS [IMPORTS]: a project referencing REPO's generator and runtime as the samples
# do; IMPORTS go at its end (where the package's build/ targets would be imported).
make_project() {
  mkdir -p "$work/$1"
  cat >"$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <!-- What the Sdkgen package's build/ props do for consumers; outside the repo we import it ourselves. -->
  <Import Project="$2/generator/Sdkgen.Generator/build/Sdkgen.props" />
  <PropertyGroup>
    <OutputType>$3</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <IsAotCompatible>$aot</IsAotCompatible>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$2/generator/Sdkgen.Generator/Sdkgen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$2/runtime/Sdkgen.Runtime/Sdkgen.Runtime.csproj" />
    $4
  </ItemGroup>
  ${5:-}
</Project>
XML
}

spec_item() { echo "<AdditionalFiles Include=\"$spec\" SdkgenNamespace=\"Bench\" SdkgenClientName=\"BenchClient\" $1 />"; }

# make_console NAME REPO [SPEC_METADATA]: a console; with SPEC_METADATA (even empty) it generates from the spec.
make_console() {
  make_project "$1" "$2" Exe "$([[ $# -gt 2 ]] && spec_item "$3")"
  edit "$1" 0
  consoles+=("$1")
}

# make_library_console NAME: a console referencing a class library that generates the SDK from the whole spec.
make_library_console() {
  make_project sdk-library "$repo" Library "$(spec_item "")"
  make_project "$1" "$repo" Exe "<ProjectReference Include=\"$work/sdk-library/sdk-library.csproj\" />"
  edit "$1" 0
  consoles+=("$1")
}

# make_own_assembly_console NAME: a console whose spec item asks for an assembly of its own (the package's targets).
make_own_assembly_console() {
  make_project "$1" "$repo" Exe "<SdkgenSpec Include=\"$spec\" Namespace=\"Bench\" ClientName=\"BenchClient\" Assembly=\"Bench.Sdk\" />" \
    "<Import Project=\"$repo/generator/Sdkgen.Generator/build/Sdkgen.targets\" />"
  edit "$1" 0
  consoles+=("$1")
}

# edit NAME N: the one-line change before each rebuild.
edit() { printf 'System.Console.WriteLine("edit %s");\n' "$2" >"$work/$1/Program.cs"; }

# build NAME [ARGS...]: an incremental build; prints its wall time in milliseconds.
build() {
  local name=$1 start end
  shift
  start=$(date +%s%N)
  dotnet build "$work/$name/$name.csproj" --no-restore -nologo -v:q "${server_args[@]}" "$@" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }'; }

consoles=()
make_console without-spec "$repo"
if [[ -n $before ]]; then
  git -C "$repo" worktree add --detach "$work/before-repo" "$before" >/dev/null 2>&1
  make_console before "$work/before-repo" ""
fi
make_console after "$repo" ""
[[ -z $include ]] || make_console after-subset "$repo" "SdkgenInclude=\"$include\""
[[ $library == 0 ]] || make_library_console after-in-library
[[ $own == 0 ]] || make_own_assembly_console after-own-assembly

echo "spec: $spec ($(wc -c <"$spec") bytes); $runs runs; $(nproc) cores; SDK $(dotnet --version)"
echo "after: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-80)$(git -C "$repo" diff --quiet HEAD -- generator runtime || echo ' (+ uncommitted changes)')"
[[ -z $before ]] || echo "before: $(git -C "$work/before-repo" log -1 --format='%h %s' | cut -c1-80)"
[[ -z $include ]] || echo "subset: SdkgenInclude=\"$include\""
[[ $library == 0 ]] || echo "in library: the whole spec generated in a class library the console references; the edit is in the console"
[[ $own == 0 ]] || echo "own assembly: the whole spec with Assembly=\"Bench.Sdk\" on its SdkgenSpec item; the edit is in the console"
echo "compiler: $([[ ${#server_args[@]} -gt 0 ]] && echo "compiler server (warm after the warm-up)" || echo "UseSharedCompilation=${UseSharedCompilation:-default} from the environment")"
echo "IsAotCompatible=$aot on every project"
echo "load average at the start (1/5/15 min, shared machine): $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${consoles[@]}"; do
  dotnet restore "$work/$name/$name.csproj" -nologo -v:q >/dev/null
done
for name in "${consoles[@]}"; do
  echo "warm-up (full build, also builds the generator and runtime): $name $(build "$name") ms"
done

declare -A times
for ((i = 1; i <= runs; i++)); do
  # Alternating, so a burst of load from other processes hits every console alike.
  line="run $i:"
  for name in "${consoles[@]}"; do
    edit "$name" "$i"
    ms=$(build "$name")
    times[$name]+="$ms "
    line+=" $name $ms ms,"
  done
  echo "${line%,}"
done

declare -A medians
for name in "${consoles[@]}"; do
  # shellcheck disable=SC2086
  medians[$name]=$(printf '%s\n' ${times[$name]} | median)
done

# Once, after the timed runs: where the time goes inside the compiler. The detailed log slows the build a little, so
# these figures explain the split; the medians are the cost.
declare -A csc generator analyzers
report() {
  local name=$1 log="$work/$1.report.log"
  edit "$name" report
  # --no-dependencies: a new global property would otherwise rebuild the generator and runtime projects too.
  dotnet build "$work/$name/$name.csproj" --no-restore --no-dependencies -nologo -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true \
    "${server_args[@]}" -bl:"$work/$name.binlog" >"$log" 2>&1 || { tail -50 "$log" >&2; exit 1; }
  csc[$name]=$(awk '$2 == "ms" && $3 == "Csc" { print $1 }' "$log" | tail -1)
  generator[$name]=$(awk '$NF == "Sdkgen.Generator.SdkGenerator" { printf "%d\n", $1 * 1000 }' "$log" | tail -1)
  generator[$name]=${generator[$name]:-0}
  analyzers[$name]=$(awk '/Total analyzer execution time:/ { printf "%d\n", $5 * 1000 }' "$log" | tail -1)
  analyzers[$name]=${analyzers[$name]:-0}
}

# What each console generates (written once here; writing the files in every timed build would slow it).
declare -A files lines
size() {
  local name=$1 generated="$work/$1/obj/Debug/net10.0/generated/Sdkgen.Generator"
  edit "$name" emit
  build "$name" --no-dependencies -p:EmitCompilerGeneratedFiles=true >/dev/null
  if [[ -d $generated ]]; then
    files[$name]=$(find "$generated" -name '*.cs' | wc -l)
    lines[$name]=$(find "$generated" -name '*.cs' -print0 | xargs -0 cat | wc -l)
  else
    files[$name]=0 lines[$name]=0
  fi
}

for name in "${consoles[@]}"; do
  report "$name"
  size "$name"
done

base=without-spec
echo
echo "Medians of $runs incremental builds after a one-line edit; one -p:ReportAnalyzer=true build each for the split (ms):"
echo
echo "| Console | Rebuild | **Cost of the spec** | Csc task | Sdkgen generator | Rest of Csc (parse, bind, emit) | Analyzers | Generated files | Generated lines |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for name in "${consoles[@]}"; do
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${medians[$name]}" \
    "$((medians[$name] - medians[$base]))" "${csc[$name]}" "${generator[$name]}" \
    "$((csc[$name] - generator[$name]))" "${analyzers[$name]}" "${files[$name]}" "${lines[$name]}"
done
echo
echo "load average at the end (1/5/15 min, shared machine): $(cut -d' ' -f1-3 /proc/loadavg)"

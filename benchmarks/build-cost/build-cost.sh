#!/usr/bin/env bash
# Edit-rebuild cost of a spec: the incremental `dotnet build` time of a console that generates an SDK from the spec,
# minus the same console without the spec, measured side by side in one run.
#
# usage: benchmarks/build-cost/build-cost.sh [--server] [spec] [runs]     (defaults: the bundled spec, 5 runs)
#   --server  compile through the Roslyn compiler server (a developer machine's default). Without it the environment
#             decides; this machine sets UseSharedCompilation=false, so every build starts a fresh, cold csc.
#   KEEP=1    keeps the temp directory (consoles, logs, binlogs) and prints its path.
set -euo pipefail

server_args=()
if [[ "${1:-}" == --server ]]; then
  server_args=(-p:UseSharedCompilation=true)
  shift
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
spec=$(realpath "${1:-$repo/spec/elevenlabs-batch-calling.yaml}")
runs=${2:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/sdkgen-build-cost.XXXXXX")
# The compiler server outlives the build: stop the one this run started (by its id), never anyone else's.
servers_before=$(pgrep -f VBCSCompiler.dll || true)
cleanup() {
  local pid
  for pid in $(pgrep -f VBCSCompiler.dll || true); do
    grep -qx "$pid" <<<"$servers_before" || kill "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work directory: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Outside the repo nothing imports the repo's Directory.Build.props; these stop MSBuild looking further up.
echo '<Project />' >"$work/Directory.Build.props"
echo '<Project />' >"$work/Directory.Build.targets"

# make_console NAME [SPEC]: a console referencing the repo's generator and runtime as the samples do.
make_console() {
  local name=$1 spec_item=""
  if [[ $# -gt 1 ]]; then
    spec_item="<AdditionalFiles Include=\"$2\" SdkgenNamespace=\"Bench\" SdkgenClientName=\"BenchClient\" />"
  fi
  mkdir -p "$work/$name"
  cat >"$work/$name/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <!-- What the Sdkgen package's build/ props do for consumers; outside the repo we import it ourselves. -->
  <Import Project="$repo/generator/Sdkgen.Generator/build/Sdkgen.Generator.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/generator/Sdkgen.Generator/Sdkgen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/runtime/Sdkgen.Runtime/Sdkgen.Runtime.csproj" />
    $spec_item
  </ItemGroup>
</Project>
XML
  edit "$name" 0
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

make_console with-spec "$spec"
make_console without-spec

echo "spec: $spec ($(wc -c <"$spec") bytes); $runs runs; $(nproc) cores; SDK $(dotnet --version)"
echo "compiler: $([[ ${#server_args[@]} -gt 0 ]] && echo "compiler server (warm after the warm-up)" || echo "UseSharedCompilation=${UseSharedCompilation:-default} from the environment")"
dotnet restore "$work/with-spec/with-spec.csproj" -nologo -v:q >/dev/null
dotnet restore "$work/without-spec/without-spec.csproj" -nologo -v:q >/dev/null
echo "warm-up: with spec $(build with-spec) ms, without $(build without-spec) ms (full builds, also warm the build servers)"

with_times=() without_times=()
for ((i = 1; i <= runs; i++)); do
  # Alternating, so a burst of load from other processes hits both alike.
  edit with-spec "$i"
  with_times+=("$(build with-spec)")
  edit without-spec "$i"
  without_times+=("$(build without-spec)")
  echo "run $i: with spec ${with_times[-1]} ms, without ${without_times[-1]} ms"
done

with_median=$(printf '%s\n' "${with_times[@]}" | median)
without_median=$(printf '%s\n' "${without_times[@]}" | median)
echo
echo "| Incremental build after a one-line edit (median of $runs) | ms |"
echo "|---|---:|"
echo "| Console with the spec | $with_median |"
echo "| Same console without it | $without_median |"
echo "| **Cost of the spec** | $((with_median - without_median)) |"

# Once, after the timed runs: where the time goes inside the compiler. The detailed log slows the build a little, so
# these figures explain the split; the medians above are the cost.
report() {
  local name=$1 log="$work/$1.report.log"
  edit "$name" report
  dotnet build "$work/$name/$name.csproj" --no-restore -nologo -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true \
    "${server_args[@]}" -bl:"$work/$name.binlog" >"$log" 2>&1 || { tail -50 "$log" >&2; exit 1; }
  csc_ms=$(awk '$2 == "ms" && $3 == "Csc" { print $1 }' "$log" | tail -1)
  generators_ms=$(awk '/Total generator execution time:/ { printf "%d", $5 * 1000 }' "$log" | tail -1)
  sdkgen_ms=$(awk '$NF == "Sdkgen.Generator.SdkGenerator" { printf "%d", $1 * 1000 }' "$log" | tail -1)
  analyzers_ms=$(awk '/Total analyzer execution time:/ { printf "%d", $5 * 1000 }' "$log" | tail -1)
}
report with-spec
with_csc=$csc_ms with_generators=${generators_ms:-0} with_sdkgen=${sdkgen_ms:-0} with_analyzers=${analyzers_ms:-0}
report without-spec
without_csc=$csc_ms without_generators=${generators_ms:-0} without_analyzers=${analyzers_ms:-0}
echo
echo "One build each with -p:ReportAnalyzer=true (times in ms):"
echo
echo "| Inside the compiler (Csc task) | With spec | Without | Difference |"
echo "|---|---:|---:|---:|"
echo "| Csc task, wall | $with_csc | $without_csc | $((with_csc - without_csc)) |"
echo "| Sdkgen generator | $with_sdkgen | 0 | $with_sdkgen |"
echo "| All generators (incl. the SDK's own) | $with_generators | $without_generators | $((with_generators - without_generators)) |"
echo "| Analyzers (SDK defaults, they also read generated code) | $with_analyzers | $without_analyzers | $((with_analyzers - without_analyzers)) |"
echo "| Rest of Csc: parse, bind, emit (incl. the generated code) | $((with_csc - with_generators)) | $((without_csc - without_generators)) | $((with_csc - with_generators - without_csc + without_generators)) |"

# What the spec generates (written once here; writing the files in every timed build would slow it).
edit with-spec emit
build with-spec -p:EmitCompilerGeneratedFiles=true >/dev/null
generated="$work/with-spec/obj/Debug/net10.0/generated/Sdkgen.Generator"
files=$(find "$generated" -name '*.cs' | wc -l)
lines=$(find "$generated" -name '*.cs' -print0 | xargs -0 cat | wc -l)
bytes=$(find "$generated" -name '*.cs' -print0 | xargs -0 cat | wc -c)
echo
echo "Generated by Sdkgen: $files files, $lines lines, $bytes bytes"
echo "Load average at the end (1/5/15 min, shared machine): $(cut -d' ' -f1-3 /proc/loadavg)"

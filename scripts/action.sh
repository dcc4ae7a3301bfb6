#!/usr/bin/env bash
# The step of nianbao's GitHub Action (action.yml). It builds nianbao from
# the action's own checkout, lints the paths given with GitHub annotations
# on standard output, a job summary and a SARIF report, writes the step's
# outputs (errors, warnings, sarif-file) and exits with nianbao's exit code.
#
# It reads what the runner provides: GITHUB_ACTION_PATH (the action's
# checkout), RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY (read by
# nianbao itself), GITHUB_ACTION_REF (the version built) and the inputs as
# INPUT_PATHS, INPUT_CONFIG, INPUT_POLICIES, INPUT_FAIL_LEVEL,
# INPUT_SARIF_FILE and INPUT_LANG. Set them by hand to run it anywhere bash
# and Go are.
set -uo pipefail

: "${GITHUB_ACTION_PATH:?is not set}" "${RUNNER_TEMP:?is not set}"

# trimmed_lines TEXT: the non-blank lines of TEXT, trimmed. (Written for
# bash 3.2 too: no namerefs, no mapfile.)
trimmed_lines() {
  local line
  while IFS= read -r line || [[ -n $line ]]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    if [[ -n $line ]]; then printf '%s\n' "$line"; fi
  done <<<"$1"
}

bin="$RUNNER_TEMP/nianbao-action/nianbao$(go env GOEXE)"
version="${GITHUB_ACTION_REF:-}"
if ! GOWORK=off go build -C "$GITHUB_ACTION_PATH" -trimpath \
  -ldflags "-X main.buildVersion=${version}" -o "$bin" ./cmd/nianbao; then
  echo "::error title=nianbao::could not build nianbao from $GITHUB_ACTION_PATH"
  exit 2
fi

sarif="${INPUT_SARIF_FILE:-$RUNNER_TEMP/nianbao.sarif}"
mkdir -p "$(dirname "$sarif")" || exit 2
sarif="$(cd "$(dirname "$sarif")" && pwd)/$(basename "$sarif")"

args=(lint --format github --sarif-file "$sarif")
[[ -n ${INPUT_CONFIG:-} ]] && args+=(--config "$INPUT_CONFIG")
[[ -n ${INPUT_FAIL_LEVEL:-} ]] && args+=(--fail-level "$INPUT_FAIL_LEVEL")
[[ -n ${INPUT_LANG:-} ]] && args+=(--lang "$INPUT_LANG")
while IFS= read -r p; do
  args+=(--policy "$p")
done < <(trimmed_lines "${INPUT_POLICIES:-}")
paths=()
while IFS= read -r p; do
  paths+=("$p")
done < <(trimmed_lines "${INPUT_PATHS:-}")
((${#paths[@]})) || paths=(.)

annotations="$RUNNER_TEMP/nianbao-action/annotations"
"$bin" "${args[@]}" -- "${paths[@]}" | tee "$annotations"
code=${PIPESTATUS[0]}

# One annotation per diagnostic, one line each (line breaks are escaped).
errors=$(grep -c '^::error ' "$annotations" 2>/dev/null)
warnings=$(grep -c '^::warning ' "$annotations" 2>/dev/null)
if [[ -n ${GITHUB_OUTPUT:-} ]]; then
  {
    echo "errors=${errors:-0}"
    echo "warnings=${warnings:-0}"
    echo "sarif-file=$sarif"
  } >>"$GITHUB_OUTPUT"
fi
exit "$code"

#!/usr/bin/env bash
# bench-conftest.sh [N]: lint N copies of the seed reports (default 400)
# with `nianbao lint -q` and, on the documents `nianbao parse` prints for
# them, with conftest (the same built-in policies, the data.nianbao.main
# namespace, all files in one run), and print both times and their ratio.
#
# conftest is installed with `go install` when it is missing; when that
# fails, `opa eval` evaluates the same data.nianbao.main query (deny and
# warn) over the same documents instead, one run per file, as README's
# "With OPA or conftest" describes.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-400}
export PATH="$(go env GOPATH)/bin:$PATH"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/nianbao" ./cmd/nianbao

tool=conftest
if ! command -v conftest >/dev/null; then
  echo "installing conftest (go install github.com/open-policy-agent/conftest@latest)" >&2
  if ! go install github.com/open-policy-agent/conftest@latest >&2; then
    echo "conftest could not be installed: comparing with opa eval instead" >&2
    tool=opa
    if ! command -v opa >/dev/null; then
      opa_version=$(go list -m -f '{{.Version}}' github.com/open-policy-agent/opa)
      go install "github.com/open-policy-agent/opa@$opa_version" >&2
    fi
  fi
fi

# The built-in policies, as nianbao embeds them (policies/regions are
# examples, not built in; tests are left out).
mkdir -p "$tmp/policies"
cp policies/main.rego "$tmp/policies/"
cp -r policies/lib policies/rules "$tmp/policies/"
find "$tmp/policies" -name '*_test.rego' -delete

seeds=(testdata/seeds/*.txt)
mkdir -p "$tmp/reports" "$tmp/json"
for ((i = 0; i < n; i++)); do
  name=$(printf '%05d' "$i")
  cp "${seeds[i % ${#seeds[@]}]}" "$tmp/reports/$name.txt"
  "$tmp/nianbao" parse "$tmp/reports/$name.txt" > "$tmp/json/$name.json"
done

now() { date +%s%N; }

start=$(now)
"$tmp/nianbao" lint -q "$tmp/reports" > /dev/null || true
lint_ns=$(($(now) - start))

start=$(now)
if [[ $tool == conftest ]]; then
  conftest test --no-color --policy "$tmp/policies" --namespace nianbao.main "$tmp/json" > /dev/null || true
else
  for f in "$tmp/json"/*.json; do
    opa eval --data "$tmp/policies" --input "$f" --format raw \
      'data.nianbao.main.deny; data.nianbao.main.warn' > /dev/null || true
  done
fi
other_ns=$(($(now) - start))

version=$("$tool" --version 2>/dev/null | head -1 || true)
awk -v n="$n" -v lint="$lint_ns" -v other="$other_ns" -v tool="$tool" -v version="$version" 'BEGIN {
  printf "%d reports (copies of the %s seeds)\n", n, "5"
  printf "nianbao lint -q: %.2f s (%.2f ms a report)\n", lint / 1e9, lint / 1e6 / n
  printf "%s (%s): %.2f s (%.2f ms a report)\n", tool, version, other / 1e9, other / 1e6 / n
  printf "ratio: %s takes %.1f times as long as nianbao lint\n", tool, other / lint
}'

#!/usr/bin/env bash
# The CI step of DeployGuard, shared by the GitHub Action (action.yml) and the GitLab CI template
# (scripts/ci/deployguard.gitlab-ci.yml): scans the commits of a pull/merge request or a push (or
# the whole history), writes a SARIF report, prints the findings (previews only) and says how many
# there were. It does not fail on findings itself, so the report can be uploaded first; the caller
# fails the job afterwards (`findings` output, or DG_FAIL_ON_FINDINGS=true here).
#
# Environment (all optional):
#   DEPLOYGUARD          the command to run (default: deployguard), e.g. "node /path/bin/deployguard.js"
#   DG_REPO              repository path (default: .)
#   DG_RANGE             a revision range to scan, e.g. origin/main..HEAD (wins over DG_BASE)
#   DG_BASE              the commit the change starts from (a PR's base, the commit before a push);
#                        scans DG_BASE..HEAD; empty or all zeros (a new branch): the whole history
#   DG_CONFIG            a config file (--config)
#   DG_BASELINE          a baseline report (--baseline)
#   DG_SARIF             where to write the SARIF report (default: deployguard.sarif)
#   DG_OUTPUT_FILE       a file to append `findings=N` and `sarif=PATH` to (GitHub's $GITHUB_OUTPUT)
#   DG_FAIL_ON_FINDINGS  true: exit 1 when there are findings (default: false)
# Exit codes: 0 done (see `findings`), 1 findings with DG_FAIL_ON_FINDINGS=true, 2 the scan failed.
set -euo pipefail

read -r -a cli <<<"${DEPLOYGUARD:-deployguard}"
sarif="${DG_SARIF:-deployguard.sarif}"
range="${DG_RANGE:-}"
base="${DG_BASE:-}"
if [[ -z "$range" && -n "$base" && ! "$base" =~ ^0+$ ]]; then
  range="$base..HEAD"
fi

args=(scan --repo-path "${DG_REPO:-.}" --format sarif --output "$sarif" --no-progress)
[[ -n "$range" ]] && args+=(--log-opts "$range")
[[ -n "${DG_CONFIG:-}" ]] && args+=(--config "$DG_CONFIG")
[[ -n "${DG_BASELINE:-}" ]] && args+=(--baseline "$DG_BASELINE")

echo "deployguard: scanning ${range:-the whole history}"
set +e
"${cli[@]}" "${args[@]}"
code=$?
set -e
if [[ $code -ne 0 && $code -ne 1 ]]; then
  echo "deployguard: the scan failed (exit $code); with a range, check that the checkout has the" \
    "base commit (GitHub: actions/checkout with fetch-depth: 0; GitLab: GIT_DEPTH: 0)" >&2
  exit 2
fi

# One line per finding from the SARIF report (messages carry previews, never values).
findings=$(
  node -e '
    const log = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const results = log.runs[0].results;
    for (const r of results) {
      const loc = r.locations?.[0]?.physicalLocation;
      const where = loc ? `${loc.artifactLocation.uri}:${loc.region?.startLine ?? 1}` : "(commit metadata)";
      console.error(`  ${r.ruleId}  ${where}  ${r.message.text}`);
    }
    console.log(results.length);
  ' "$sarif"
)
echo "deployguard: $findings finding(s); SARIF report: $sarif"
if [[ -n "${DG_OUTPUT_FILE:-}" ]]; then
  printf 'findings=%s\nsarif=%s\n' "$findings" "$sarif" >>"$DG_OUTPUT_FILE"
fi
if [[ "${DG_FAIL_ON_FINDINGS:-false}" == true && "$findings" != 0 ]]; then
  echo "deployguard: failing: $findings secret(s) found; remove and rotate them (see the report)" >&2
  exit 1
fi

#!/usr/bin/env bash
# Start-up benchmark of the installed app: milliseconds from JVM start to the first frame, median of N runs,
# against a bare JavaFX window started by the same runtime with the same class path. Needs an X display
# (run under xvfb-run) and the installed package (/opt/stadtlage, or STADTLAGE_HOME).
set -euo pipefail
home=${STADTLAGE_HOME:-/opt/stadtlage}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure_app() {
  rm -f "$work/probe"
  JAVA_TOOL_OPTIONS="-Dstadtlage.startupProbe=$work/probe -Dstadtlage.datadir=$work/data" \
    "$home/bin/Stadtlage" --db "$work/db" >/dev/null 2>&1 || true
  read_probe app
}

read_probe() {
  [ -s "$work/probe" ] || { echo "no first frame measured for $1 (is DISPLAY set?)" >&2; exit 1; }
  cat "$work/probe"
}

measure_bare() {
  rm -f "$work/probe"
  "$home/lib/runtime/bin/java" -Xshare:auto -cp "$home/lib/app/stadtlage.jar" -Dstadtlage.startupProbe="$work/probe" \
    'de.stadtlage.app.BareWindowProbe$Main' >/dev/null 2>&1 || true
  read_probe bare
}

if [ -s "$home/lib/app/stadtlage.jsa" ]; then
  echo "app: with its class-data sharing archive ($home/lib/app/stadtlage.jsa)"
else
  echo "app: WITHOUT a class-data sharing archive (postinst did not write $home/lib/app/stadtlage.jsa)"
fi
measure_app >/dev/null   # first start creates and migrates the database; not counted
app=(); bare=()
for i in $(seq "$runs"); do
  bare+=("$(measure_bare)")
  app+=("$(measure_app)")
done
app_median=$(printf '%s\n' "${app[@]}" | median)
bare_median=$(printf '%s\n' "${bare[@]}" | median)
echo "bare JavaFX window: ${bare[*]} ms (median $bare_median)"
echo "Stadtlage:          ${app[*]} ms (median $app_median)"
awk -v a="$app_median" -v b="$bare_median" 'BEGIN {printf "ratio Stadtlage / bare window: %.2f (target <= 1.5)\n", a / b}'

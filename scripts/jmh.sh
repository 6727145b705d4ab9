#!/usr/bin/env bash
# Builds the JMH benchmarks of our own hot paths (the bench module, outside the default build) and
# runs them; arguments go to JMH.
#
#   scripts/jmh.sh                      # all benchmarks, average time per call in microseconds
#   scripts/jmh.sh Writer               # the benchmarks whose name matches a regular expression
#   scripts/jmh.sh -f 1 -wi 2 -i 3 Reader   # fewer iterations
#   scripts/jmh.sh -l                   # list them
#
# Inputs are the project's own files (examples/, core test resources and the analyzed example in
# bench/src/main/resources/fixtures); no language models are loaded.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
./mvnw -q -B -Pbench -pl bench -am -DskipTests package 1>&2
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" \
  -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  org.openjdk.jmh.Main "$@"

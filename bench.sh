#!/usr/bin/env bash
# The benchmark: the same set-up as the tests (Chromium, PostgreSQL, scorm-again), then the
# production build and fr.immunolearn.bench.Benchmarks, which prints a table and writes
# target/bench/report.json. Extra arguments go to Maven.
exec "$(dirname "$0")/test.sh" --bench "$@"

/**
 * The benchmark: what learners and trainers feel, measured and written to {@code
 * target/bench/report.json}. Run by {@code ./bench.sh}; figures, never assertions.
 */
package fr.immunolearn.bench;

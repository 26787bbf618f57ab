package fr.immunolearn.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One measured figure: every run's value, its median and spread, the target we hold ourselves to,
 * and, when it misses, why.
 *
 * @param lowerIsBetter whether the target is a ceiling (time, bytes) rather than a floor
 */
public record Figure(
        String id,
        String label,
        String unit,
        List<Double> values,
        Double target,
        boolean lowerIsBetter,
        String note) {

    public Figure {
        values = List.copyOf(values);
    }

    public static Figure of(
            String id, String label, String unit, List<Double> values, Double target, String note) {
        return new Figure(id, label, unit, values, target, true, note);
    }

    public double median() {
        return percentile(50);
    }

    public double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Nearest-rank percentile. */
    public double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Whether the median meets the target; null when there is no target. */
    public Boolean meetsTarget() {
        if (target == null || values.isEmpty()) {
            return null;
        }
        return lowerIsBetter ? median() <= target : median() >= target;
    }

    public Figure withNote(String newNote) {
        return new Figure(id, label, unit, values, target, lowerIsBetter, newNote);
    }
}

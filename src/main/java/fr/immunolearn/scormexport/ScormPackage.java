package fr.immunolearn.scormexport;

import java.util.List;

/**
 * A finished package: the zip's bytes, the options it was made with, and the checks run on it, so a
 * trainer's screen can show them before the file is handed to an LMS.
 *
 * @param fileName a file name that says what the package holds, such as {@code
 *     immunotherapie-fr-scorm12.zip}
 */
public record ScormPackage(
        String fileName, ExportOptions options, byte[] bytes, List<PackageCheck> checks) {

    public ScormPackage {
        bytes = bytes.clone();
        checks = List.copyOf(checks);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Whether every check passed. */
    public boolean sound() {
        return checks.stream().allMatch(PackageCheck::passed);
    }

    public List<PackageCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}

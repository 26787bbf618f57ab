package fr.immunolearn.scormexport;

/**
 * One check run on a package the exporter made, in words a trainer can read.
 *
 * @param id a stable short name of the check, such as {@code listed-files-present}, for screens
 *     that say it in the reader's language
 * @param name what was checked, such as "every file the manifest lists is in the package"
 * @param detail what was found: the measured value, or what is wrong
 */
public record PackageCheck(String id, String name, boolean passed, String detail) {

    static PackageCheck pass(String id, String name, String detail) {
        return new PackageCheck(id, name, true, detail);
    }

    static PackageCheck fail(String id, String name, String detail) {
        return new PackageCheck(id, name, false, detail);
    }

    @Override
    public String toString() {
        return (passed ? "ok   " : "FAIL ") + name + ": " + detail;
    }
}

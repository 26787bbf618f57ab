package fr.immunolearn.scormexport;

/**
 * One check run on a package the exporter made, in words a trainer can read.
 *
 * @param name what was checked, such as "every file the manifest lists is in the package"
 * @param detail what was found: the measured value, or what is wrong
 */
public record PackageCheck(String name, boolean passed, String detail) {

    static PackageCheck pass(String name, String detail) {
        return new PackageCheck(name, true, detail);
    }

    static PackageCheck fail(String name, String detail) {
        return new PackageCheck(name, false, detail);
    }

    @Override
    public String toString() {
        return (passed ? "ok   " : "FAIL ") + name + ": " + detail;
    }
}

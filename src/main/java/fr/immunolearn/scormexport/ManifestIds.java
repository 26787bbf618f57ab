package fr.immunolearn.scormexport;

/**
 * The identifiers of a manifest. Course ids may start with a digit, which an XML ID may not, so
 * each identifier starts with a word; the edition and language are part of the manifest's, so an
 * LMS holding the French and the English package keeps them apart.
 */
record ManifestIds(String manifest, String organization, String item, String resource) {

    static ManifestIds of(ExportedCourse exported) {
        String course = exported.course().id();
        String base = "immunolearn-" + course + "-" + exported.course().language();
        return new ManifestIds(
                base + "-" + exported.edition().key(),
                "org-" + course,
                "item-" + course,
                "sco-" + course);
    }
}

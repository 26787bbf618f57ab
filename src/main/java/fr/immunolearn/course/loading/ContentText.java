package fr.immunolearn.course.loading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads a content file as UTF-8 text. A file that is not says which byte is wrong and where, so an
 * author whose editor saved it in Latin-1 knows what to fix, rather than reading a decoder's "Input
 * length = 1".
 */
final class ContentText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ContentText() {}

    /** The file's text, or empty after reporting why it cannot be read. */
    static Optional<String> read(Path path, String file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.report(file, Location.START, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            problems.report(file, locate(bytes, offset), notUtf8(bytes, offset, result.length()));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    /**
     * Line and column of a byte, the column counted in characters as the YAML parser counts them.
     */
    private static Location locate(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Everything before the offset decoded, so this cannot fail.
        int column =
                new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length()
                        + 1;
        return new Location(line, column);
    }

    private static String notUtf8(byte[] bytes, int offset, int length) {
        Location at = locate(bytes, offset);
        StringBuilder message = new StringBuilder("not valid UTF-8: ");
        message.append(length == 1 ? "byte " : "bytes ");
        for (int i = offset; i < offset + length; i++) {
            message.append(i > offset ? " 0x" : "0x")
                    .append(HexFormat.of().withUpperCase().toHexDigits(bytes[i]));
        }
        message.append(" at offset ")
                .append(offset)
                .append(", line ")
                .append(at.line())
                .append(", column ")
                .append(at.column())
                .append("; save the file in UTF-8");
        if (looksLikeLatin1(bytes, offset)) {
            message.append(" (it looks like Latin-1 or Windows-1252)");
        }
        return message.toString();
    }

    /**
     * Only plain ASCII before the first bad byte, and the whole file is Windows-1252 (a superset of
     * Latin-1's letters): an editor that saved the file in an old encoding, rather than one stray
     * byte.
     */
    private static boolean looksLikeLatin1(byte[] bytes, int offset) {
        for (int i = 0; i < offset; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        try {
            WINDOWS_1252.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

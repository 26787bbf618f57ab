package fr.immunolearn.testing;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Passwords at BCrypt's limit of 72 bytes and just past it, none of them weak by the app's rules.
 */
public final class LongPasswords {

    /** 72 ASCII characters, 72 bytes: the longest password there is. */
    public static final String ASCII_72 =
            "Une phrase de passe assez longue pour remplir les 72 octets de BCrypt ok";

    /** 73 ASCII characters, one byte too many. */
    public static final String ASCII_73 = ASCII_72 + "!";

    private LongPasswords() {}

    /** {@code count} different emoji, 4 bytes each in UTF-8 (2 Java chars). */
    public static String emoji(int count) {
        return IntStream.range(0x1F600, 0x1F600 + count)
                .mapToObj(Character::toString)
                .collect(Collectors.joining());
    }
}

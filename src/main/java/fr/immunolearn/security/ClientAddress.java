package fr.immunolearn.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The client a sign-in attempt comes from, as the throttle counts it: an IPv4 address, or the /64
 * network of an IPv6 one (one subscriber usually holds a whole /64, so counting single IPv6
 * addresses would let anyone change address at every guess).
 */
record ClientAddress(String key) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** From {@code request.getRemoteAddr()}: an IP literal, never looked up in the DNS. */
    static ClientAddress of(String remoteAddress) {
        String address = remoteAddress == null ? "" : remoteAddress.strip();
        // Only literals are parsed, so that InetAddress never resolves a name.
        if (IPV4.matcher(address).matches() || address.contains(":")) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet6Address) {
                    byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                    Arrays.fill(network, 8, 16, (byte) 0);
                    return new ClientAddress(
                            InetAddress.getByAddress(network).getHostAddress() + "/64");
                }
                return new ClientAddress(parsed.getHostAddress());
            } catch (UnknownHostException notALiteral) {
                // Falls through: counted under its own text.
            }
        }
        String text = address.toLowerCase(Locale.ROOT);
        return new ClientAddress(text.length() > 64 ? text.substring(0, 64) : text);
    }
}

package fr.immunolearn.web;

import fr.immunolearn.scormexport.PlayerFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, whatever answers it (Vaadin, a static file, a download,
 * an error page, Actuator): a filter of its own rather than Spring Security's header writers, which
 * only reach the requests its filter chain handles.
 *
 * <p>Vaadin 24 Flow runs what the server sends through {@code new Function(…)} (every {@code
 * executeJs}), so its pages need {@code 'unsafe-eval'}; its bootstrap page's inline scripts are let
 * through by a nonce ({@link BootstrapNonce}) rather than {@code 'unsafe-inline'}, and its
 * components write inline styles, hence {@code style-src 'unsafe-inline'}. Checked in Chromium on
 * every kind of page (ContentSecurityPolicyIT). The SCORM preview gets a stricter policy of its
 * own: the player needs no eval, and its one inline script is allowed by its hash.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ResponseHeaders extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = ResponseHeaders.class.getName() + ".nonce";
    static final String PREVIEW_PATH = "/formateur/apercu-scorm/";
    static final String REFERRER_POLICY = "same-origin";
    static final String PERMISSIONS_POLICY =
            "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
                    + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /**
     * What every policy shares: nothing from other sites, no plugins, no framing by other sites.
     */
    private static final String COMMON =
            "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private final SecureRandom random = new SecureRandom();
    private final String previewPolicy = COMMON + "; script-src 'self' " + inlineScriptHashes();

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String policy;
        if (request.getRequestURI().startsWith(request.getContextPath() + PREVIEW_PATH)) {
            policy = previewPolicy;
        } else {
            policy =
                    COMMON
                            + "; script-src 'self' 'unsafe-eval' 'nonce-"
                            + nonce(request)
                            + "' 'report-sample'";
        }
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }

    /** One nonce per request, kept for the error page a failed request is forwarded to. */
    private String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The hashes of the inline scripts of the player's launch page, as the exporter writes it. */
    static String inlineScriptHashes() {
        String page = new String(PlayerFiles.read().get("index.html"), StandardCharsets.UTF_8);
        return Jsoup.parse(page).select("script:not([src])").stream()
                .map(script -> "'sha256-" + sha256(script.data()) + "'")
                .collect(Collectors.joining(" "));
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

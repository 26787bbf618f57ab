package fr.immunolearn.traffic;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds on what one client may hold, as {@code immunolearn.traffic.*} properties. The defaults
 * are the production values; tests shrink them to see the bounds act in seconds.
 *
 * @param bodiesPerAddress request bodies one address may have in transfer at once. A browser sends
 *     a form or a Vaadin message in one go (a few hundred bytes to a few KiB, usually in the same
 *     TCP segment as the headers), so even a class of 60 behind one address rarely has more than
 *     one or two in transfer at the same instant; 16 leaves room for that and keeps a slow-body
 *     attack from one address to 16 of Tomcat's 200 worker threads.
 * @param bodyDeadline the time a whole request body may take to arrive. Tomcat's own timeout is per
 *     read, so a client sending one byte every few seconds would never trip it; this one counts
 *     from the first read. 10 s is far more than any body of this app needs even on a poor mobile
 *     link (the largest are a few KiB).
 * @param bodyReadTimeout the longest wait for the next bytes of a body (Tomcat's {@code
 *     connectionUploadTimeout}); a thread is held at most {@code bodyDeadline + bodyReadTimeout}.
 * @param maxBody the largest request body accepted; the app has no upload, its largest bodies are
 *     Vaadin messages of a few KiB.
 * @param maxFormBody the largest form post Tomcat parses ({@code maxPostSize}): the sign-in form is
 *     under 1 KiB.
 * @param anonymousSessionsPerAddress live sessions not signed in that one address may hold. Each
 *     learner's browser holds one session for all its tabs, and a session stops counting as soon as
 *     its learner signs in, so a class of 60 (or three classes behind one school address) arriving
 *     on the sign-in page together needs well under 200, while a client making sessions in a loop
 *     is held to 200 (about 10 MiB of heap) instead of filling the heap.
 * @param anonymousSessionTimeout how long a session not signed in lives without a request. It is
 *     longer than Vaadin's heartbeat (5 minutes, {@code vaadin.heartbeatInterval}), so a sign-in or
 *     registration page left open keeps its session, while sessions that nobody's page keeps alive
 *     (a closed tab, a script) go after 6 minutes rather than the 30 of a signed-in session.
 */
@ConfigurationProperties("immunolearn.traffic")
public record TrafficLimits(
        @DefaultValue("16") int bodiesPerAddress,
        @DefaultValue("10s") Duration bodyDeadline,
        @DefaultValue("5s") Duration bodyReadTimeout,
        @DefaultValue("512KB") DataSize maxBody,
        @DefaultValue("16KB") DataSize maxFormBody,
        @DefaultValue("200") int anonymousSessionsPerAddress,
        @DefaultValue("6m") Duration anonymousSessionTimeout) {}

package fr.immunolearn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A few bytes sent to Vaadin's endpoint must not write kilobytes of log, nor a request nested
 * deeper than any real one exhaust the stack: each bad request is answered 4xx and leaves one line
 * at WARN, without a stack trace, and the app goes on serving pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BadRequestLogIT {

    @LocalServerPort int port;

    private VaadinClient vaadin;

    @BeforeEach
    void client() {
        vaadin = new VaadinClient(port);
    }

    @Test
    void aSevenByteMalformedUidlBodyIsRefusedWithOneWarningLine(CapturedOutput output)
            throws Exception {
        assertOneWarningPerBadRequest(output, "{\"csrf\"");
    }

    @Test
    void aUidlBodyNestedAHundredThousandLevelsDeepIsRefusedWithOneWarningLine(CapturedOutput output)
            throws Exception {
        assertOneWarningPerBadRequest(output, "[".repeat(100_000) + "]".repeat(100_000));
        assertOneWarningPerBadRequest(
                output, "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
    }

    @Test
    void aUidlBodyOfAnotherShapeIsRefusedWithOneWarningLine(CapturedOutput output)
            throws Exception {
        for (String body :
                List.of("", "[]", "{}", "\"csrf\"", "{\"csrfToken\":1}", "{\"a\":1} trailing")) {
            assertOneWarningPerBadRequest(output, body);
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefused(CapturedOutput output) throws Exception {
        assertOneWarningPerBadRequest(
                output, "{\"syncId\":0,\"x\":\"" + "a".repeat(1024 * 1024) + "\"}");
    }

    @Test
    void aWellFormedUidlMessageStillReachesVaadin() throws Exception {
        HttpResponse<String> response = vaadin.postEmptyMessage(vaadin.openSession());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"syncId\":1");
    }

    @Test
    void aWellFormedMessageWithABogusInvocationLeavesOneWarningLine(CapturedOutput output)
            throws Exception {
        VaadinClient.Session session = vaadin.openSession();
        int before = output.getOut().length();
        HttpResponse<String> response =
                vaadin.postUidl(
                        session,
                        "{\"csrfToken\":\""
                                + session.securityKey()
                                + "\",\"rpc\":[{\"type\":\"nope\",\"node\":99999}],\"syncId\":0,\"clientId\":0}");
        Thread.sleep(200);
        String written = output.getOut().substring(before);
        System.out.printf(
                "[figure] bogus invocation: status %d, %d bytes of log in %d lines%n",
                response.statusCode(), written.length(), written.lines().count());
        // Vaadin answers its own client (200 with a notification); the log gets one line, not a
        // trace.
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(written.lines())
                .singleElement()
                .asString()
                .contains(" WARN ")
                .contains("Unsupported event type");
        assertTheAppStillServesPages();
    }

    private void assertOneWarningPerBadRequest(CapturedOutput output, String body)
            throws Exception {
        VaadinClient.Session session = vaadin.openSession();
        int before = output.getOut().length();
        HttpResponse<String> response = vaadin.postUidl(session, body);
        Thread.sleep(200); // a log line written just after the response was sent
        String written = output.getOut().substring(before);
        List<String> lines = written.lines().toList();
        System.out.printf(
                "[figure] body of %d bytes: status %d, %d bytes of log in %d lines%n",
                body.getBytes(StandardCharsets.UTF_8).length,
                response.statusCode(),
                written.length(),
                lines.size());
        String what = "body " + (body.length() > 20 ? body.substring(0, 20) + "…" : body);
        assertThat(response.statusCode()).as(what).isBetween(400, 499);
        assertThat(lines).as(what).hasSize(1);
        assertThat(lines.get(0)).as(what).contains(" WARN ").doesNotContain("\tat ");
        assertThat(written.length()).as(what).isLessThan(400);
        assertTheAppStillServesPages();
    }

    private void assertTheAppStillServesPages() throws Exception {
        HttpResponse<String> page = vaadin.get("/connexion", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<body");
    }
}

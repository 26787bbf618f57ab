package fr.immunolearn.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which errors are the client's (one WARN line) and which are ours (Vaadin's handler, with the
 * trace).
 */
class ClientMessageErrorsTest {

    @Test
    void anErrorThrownByVaadinWhileReadingAMessageIsTheClients() {
        IllegalArgumentException error =
                new IllegalArgumentException("Unsupported event type: nope");
        error.setStackTrace(
                new StackTraceElement[] {
                    frame("elemental.json.impl.JreJsonObject"),
                    frame("java.util.ArrayList"),
                    frame("com.vaadin.flow.server.communication.ServerRpcHandler")
                });
        assertThat(ClientMessageErrors.thrownReadingAClientMessage(error)).isTrue();
    }

    @Test
    void anErrorThrownByOurCodeOrVaadinsComponentsIsOurs() {
        assertThat(
                        ClientMessageErrors.thrownReadingAClientMessage(
                                new IllegalStateException("a bug")))
                .isFalse();
        IllegalStateException inAComponent = new IllegalStateException("detached");
        inAComponent.setStackTrace(
                new StackTraceElement[] {
                    frame("java.util.Objects"),
                    frame("com.vaadin.flow.component.Component"),
                    frame("com.vaadin.flow.server.communication.ServerRpcHandler")
                });
        assertThat(ClientMessageErrors.thrownReadingAClientMessage(inAComponent)).isFalse();
    }

    private static StackTraceElement frame(String className) {
        return new StackTraceElement(className, "method", null, 1);
    }
}

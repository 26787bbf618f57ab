package fr.immunolearn.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Gives the inline scripts of Vaadin's bootstrap page the nonce of the response's
 * Content-Security-Policy ({@link ResponseHeaders}), so the policy needs no {@code 'unsafe-inline'}
 * for scripts. It must see the page last, once every other listener has added its scripts: see
 * {@link BootstrapNonceConfiguration}.
 */
public class BootstrapNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                response -> {
                    Object nonce =
                            response.getVaadinRequest()
                                    .getAttribute(ResponseHeaders.NONCE_ATTRIBUTE);
                    if (nonce instanceof String value) {
                        response.getDocument().select("script").attr("nonce", value);
                    }
                });
    }
}

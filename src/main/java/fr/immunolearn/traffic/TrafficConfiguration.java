package fr.immunolearn.traffic;

import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's part of the bounds: the body guard as a valve, the timeouts and sizes of the HTTP
 * connector, and expired sessions removed every 10 s rather than every minute. The worker threads
 * and the accept queue stay at Tomcat's defaults (200 and 100): with one address held to 16 threads
 * for bodies and every other request taking milliseconds, more threads would only add memory, and
 * fewer would leave less room for a class behind one address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrafficLimits.class)
class TrafficConfiguration {

    /**
     * How long Tomcat waits for a request's headers after the connection opens, and between two
     * requests of a kept-alive connection. A browser sends its request at once; the default (60 s)
     * only helps clients that hold connections open. With NIO, waiting for headers holds no thread,
     * so this bounds open connections rather than threads.
     */
    static final int CONNECTION_TIMEOUT_MILLIS = 10_000;

    /**
     * What Tomcat still reads of a body the app did not read, to keep the connection; past it, the
     * connection is closed. The body guard reads every body, so this is a second fence.
     */
    static final int MAX_SWALLOW_BYTES = 16 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trafficLimitsOnTomcat(
            TrafficLimits limits) {
        return factory -> {
            factory.addContextValves(new RequestBodyGuard(limits));
            factory.addConnectorCustomizers(
                    connector -> {
                        connector.setMaxPostSize((int) limits.maxFormBody().toBytes());
                        if (connector.getProtocolHandler()
                                instanceof AbstractHttp11Protocol<?> http) {
                            http.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
                            // Bodies get their own read timeout, shorter than the default 5
                            // minutes.
                            http.setDisableUploadTimeout(false);
                            http.setConnectionUploadTimeout(
                                    (int) limits.bodyReadTimeout().toMillis());
                            http.setMaxSwallowSize(MAX_SWALLOW_BYTES);
                        }
                    });
            factory.addContextCustomizers(
                    context -> {
                        Manager manager = context.getManager();
                        if (manager == null) {
                            manager = new StandardManager();
                            context.setManager(manager);
                        }
                        if (manager instanceof ManagerBase sessions) {
                            // Expiry is checked on each background run (every 10 s), not every
                            // sixth: an
                            // anonymous session's place is free again soon after its short
                            // lifetime.
                            sessions.setProcessExpiresFrequency(1);
                        }
                    });
        };
    }
}

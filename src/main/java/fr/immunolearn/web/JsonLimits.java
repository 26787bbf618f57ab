package fr.immunolearn.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How much JSON from a browser is read at all. Vaadin's own messages nest a handful of levels and
 * weigh a few kilobytes; the limits leave them wide room while refusing, before any parsing
 * recursion, the 100,000-level documents that exhaust a thread's stack.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    /**
     * Deeper than any message Vaadin's client sends (about five levels), far below a stack's reach.
     */
    static final int MAX_NESTING_DEPTH = 64;

    /** A UIDL message is a few kilobytes even when a learner pastes a long text into an answer. */
    static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxStringLength(MAX_DOCUMENT_BYTES)
                .maxNumberLength(100)
                .build();
    }

    /** The same limits for Spring's ObjectMapper, should a controller ever read a JSON body. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
        return builder ->
                builder.postConfigurer(
                        mapper -> mapper.getFactory().setStreamReadConstraints(constraints()));
    }
}

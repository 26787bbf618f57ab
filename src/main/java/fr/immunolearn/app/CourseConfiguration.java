package fr.immunolearn.app;

import fr.immunolearn.course.CourseEditions;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The course, loaded once at start-up and shared read-only: sessions hold ids into it, never
 * copies.
 */
@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    @Bean
    ContentSource contentSource(@Value("${immunolearn.content-dir:content}") Path folder) {
        return new ContentSource(folder);
    }

    @Bean
    CourseEditions courseEditions(ContentSource source) {
        return source.load();
    }
}

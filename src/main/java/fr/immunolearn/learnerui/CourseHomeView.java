package fr.immunolearn.learnerui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.immunolearn.course.Course;
import fr.immunolearn.course.CourseEditions;
import fr.immunolearn.course.Lesson;

/** The course home: the course's title and its lessons in order. */
@Route("")
public class CourseHomeView extends Main implements HasDynamicTitle {

    private final transient CourseEditions editions;

    public CourseHomeView(CourseEditions editions) {
        this.editions = editions;
        Course course = course();
        addClassName("course-home");
        add(new H1(course.title()));
        if (!course.description().isEmpty()) {
            add(new Paragraph(course.description()));
        }
        add(new H2(getTranslation("home.lessons")));
        OrderedList lessons = new OrderedList();
        lessons.addClassName("lesson-list");
        for (Lesson lesson : course.lessons()) {
            ListItem item = new ListItem(lesson.title());
            item.addClassName("lesson-title");
            lessons.add(item);
        }
        add(lessons);
    }

    private Course course() {
        return editions.edition(getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return course().title();
    }
}

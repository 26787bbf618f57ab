package fr.immunolearn.questionbank;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Reads a Moodle XML file back into questions with the JDK's DOM, as Moodle's importer walks it: a
 * {@code <question type="category">} sets the category of the questions after it. Any XML error,
 * even a warning, fails the read: Moodle imports what it could parse of a broken file without a
 * word.
 */
final class MoodleXmlReader {

    private MoodleXmlReader() {}

    static List<ReadQuestion> read(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setCoalescing(true);
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(
                new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) throws SAXParseException {
                        throw e;
                    }

                    @Override
                    public void error(SAXParseException e) throws SAXParseException {
                        throw e;
                    }

                    @Override
                    public void fatalError(SAXParseException e) throws SAXParseException {
                        throw e;
                    }
                });
        Document document = builder.parse(new ByteArrayInputStream(xml));
        Element quiz = document.getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            throw new IllegalStateException("the root is <" + quiz.getTagName() + ">, not <quiz>");
        }
        List<ReadQuestion> questions = new ArrayList<>();
        String category = null;
        for (Element question : children(quiz, "question")) {
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                category = text(one(question, "category"));
                continue;
            }
            questions.add(question(question, type, category));
        }
        return questions;
    }

    private static ReadQuestion question(Element question, String type, String category) {
        List<String> fields = new ArrayList<>();
        for (Node node = question.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                fields.add(element.getTagName());
            }
        }
        List<ReadQuestion.Answer> answers = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Element answer : children(question, "answer")) {
            if (type.equals("ordering")) {
                items.add(text(answer));
            } else {
                List<Element> feedback = children(answer, "feedback");
                answers.add(
                        new ReadQuestion.Answer(
                                text(answer),
                                answer.getAttribute("fraction"),
                                feedback.isEmpty() ? "" : text(feedback.get(0))));
            }
        }
        if (type.equals("ordering")) {
            // The right order is the answers' fraction: 1, 2, 3...
            List<Element> ordered = new ArrayList<>(children(question, "answer"));
            ordered.sort(
                    java.util.Comparator.comparingInt(
                            a -> Integer.parseInt(a.getAttribute("fraction"))));
            items = ordered.stream().map(MoodleXmlReader::text).toList();
        }
        List<ReadQuestion.Pair> pairs =
                children(question, "subquestion").stream()
                        .map(s -> new ReadQuestion.Pair(text(s), text(one(s, "answer"))))
                        .toList();
        List<String> combined =
                children(question, "correctfeedback").isEmpty()
                        ? null
                        : List.of(
                                text(one(question, "correctfeedback")),
                                text(one(question, "partiallycorrectfeedback")),
                                text(one(question, "incorrectfeedback")));
        return new ReadQuestion(
                category,
                type,
                text(one(question, "name")),
                value(question, "idnumber"),
                text(one(question, "questiontext")),
                text(one(question, "generalfeedback")),
                Double.valueOf(value(question, "defaultgrade")),
                children(question, "single").isEmpty()
                        ? null
                        : Boolean.valueOf(value(question, "single")),
                answers,
                pairs,
                items,
                children(question, "gradingtype").isEmpty() ? null : value(question, "gradingtype"),
                combined,
                fields);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static Element one(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new IllegalStateException(
                    "<" + parent.getTagName() + "> has " + found.size() + " <" + name + ">");
        }
        return found.get(0);
    }

    /** The {@code <text>} of a field, as Moodle reads it. */
    static String text(Element field) {
        return one(field, "text").getTextContent();
    }

    private static String value(Element parent, String name) {
        return one(parent, name).getTextContent();
    }
}

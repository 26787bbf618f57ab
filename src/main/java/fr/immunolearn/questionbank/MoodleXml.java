package fr.immunolearn.questionbank;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The bank as a Moodle XML file ({@code <quiz>}, one {@code <question type="category">} before the
 * questions of each category), with the fields Moodle's own exporter writes for each type.
 *
 * <p>Built as a DOM and serialised by the JDK, so every file is well formed and complete whatever
 * the text holds. Every {@code <text>} is written as CDATA, as Moodle's exporter does: Moodle reads
 * text fields through its own XML parser, which can lose the space after an entity such as {@code
 * &amp;}; the serialiser splits a CDATA section around any {@code ]]>} in the text itself.
 */
final class MoodleXml {

    private static final String HTML = "html";

    private MoodleXml() {}

    static byte[] write(List<QuestionMapping.Category> categories) {
        Document document = newDocument();
        Element quiz = document.createElement("quiz");
        document.appendChild(quiz);
        for (QuestionMapping.Category category : categories) {
            Element question = child(quiz, "question");
            question.setAttribute("type", "category");
            text(child(question, "category"), category.path());
            Element info = child(question, "info");
            info.setAttribute("format", HTML);
            text(info, category.infoHtml());
            category.questions().forEach(q -> question(quiz, q));
        }
        return serialise(document);
    }

    private static void question(Element quiz, BankQuestion question) {
        Element element = child(quiz, "question");
        element.setAttribute("type", type(question));
        BankQuestion.Header header = question.header();
        text(child(element, "name"), header.name());
        html(element, "questiontext", header.textHtml());
        html(element, "generalfeedback", header.generalFeedbackHtml());
        value(element, "defaultgrade", decimal(header.defaultGrade()));
        value(
                element,
                "penalty",
                question instanceof BankQuestion.TrueFalse ? "1.0000000" : "0.3333333");
        value(element, "hidden", "0");
        value(element, "idnumber", header.idnumber());
        if (question instanceof BankQuestion.Choices choices) {
            value(element, "single", Boolean.toString(choices.single()));
            value(element, "shuffleanswers", Boolean.toString(choices.shuffle()));
            value(element, "answernumbering", "abc");
            value(element, "showstandardinstruction", choices.single() ? "0" : "1");
            combined(element, choices.feedback());
            for (BankQuestion.Option option : choices.options()) {
                Element answer = answer(element, option.grade(), HTML, option.textHtml());
                feedback(answer, option.feedbackHtml());
            }
        } else if (question instanceof BankQuestion.TrueFalse trueFalse) {
            feedback(
                    answer(
                            element,
                            trueFalse.answer() ? Grade.FULL : Grade.NONE,
                            "moodle_auto_format",
                            "true"),
                    trueFalse.feedbackTrueHtml());
            feedback(
                    answer(
                            element,
                            trueFalse.answer() ? Grade.NONE : Grade.FULL,
                            "moodle_auto_format",
                            "false"),
                    trueFalse.feedbackFalseHtml());
        } else if (question instanceof BankQuestion.ShortAnswer shortAnswer) {
            value(element, "usecase", "0");
            for (BankQuestion.Accepted accepted : shortAnswer.answers()) {
                feedback(
                        answer(element, accepted.grade(), "moodle_auto_format", accepted.pattern()),
                        accepted.feedbackHtml());
            }
        } else if (question instanceof BankQuestion.Match match) {
            // Moodle shuffles the responses only; without it they would face their premises.
            value(element, "shuffleanswers", "true");
            combined(element, match.feedback());
            for (BankQuestion.Pair pair : match.pairs()) {
                Element subquestion = child(element, "subquestion");
                subquestion.setAttribute("format", HTML);
                text(subquestion, pair.premiseHtml());
                text(child(subquestion, "answer"), pair.response());
            }
        } else {
            BankQuestion.Ordering ordering = (BankQuestion.Ordering) question;
            value(element, "layouttype", "VERTICAL");
            value(element, "selecttype", "ALL");
            value(element, "selectcount", Integer.toString(ordering.items().size()));
            value(
                    element,
                    "gradingtype",
                    ordering.allOrNothing() ? "ALL_OR_NOTHING" : "ABSOLUTE_POSITION");
            value(element, "showgrading", "SHOW");
            value(element, "numberingstyle", "none");
            combined(element, ordering.feedback());
            value(element, "shownumcorrect", "1");
            // Moodle's ordering keeps the right order in the answers' fraction: 1 for the first
            // item.
            int position = 0;
            for (String item : ordering.items()) {
                Element answer = child(element, "answer");
                answer.setAttribute("fraction", Integer.toString(++position));
                answer.setAttribute("format", HTML);
                text(answer, Html.text(item));
            }
        }
    }

    private static String type(BankQuestion question) {
        if (question instanceof BankQuestion.Choices) {
            return "multichoice";
        }
        if (question instanceof BankQuestion.TrueFalse) {
            return "truefalse";
        }
        if (question instanceof BankQuestion.ShortAnswer) {
            return "shortanswer";
        }
        return question instanceof BankQuestion.Match ? "matching" : "ordering";
    }

    private static void combined(Element question, BankQuestion.Combined feedback) {
        html(question, "correctfeedback", feedback.correctHtml());
        html(question, "partiallycorrectfeedback", feedback.partiallyCorrectHtml());
        html(question, "incorrectfeedback", feedback.incorrectHtml());
    }

    private static Element answer(Element question, Grade grade, String format, String text) {
        Element answer = child(question, "answer");
        answer.setAttribute("fraction", grade.percent());
        answer.setAttribute("format", format);
        text(answer, text);
        return answer;
    }

    private static void feedback(Element answer, String html) {
        html(answer, "feedback", html);
    }

    private static void html(Element parent, String name, String html) {
        Element element = child(parent, name);
        element.setAttribute("format", HTML);
        text(element, html);
    }

    private static void value(Element parent, String name, String value) {
        child(parent, name).setTextContent(value);
    }

    private static void text(Element parent, String text) {
        Element element = child(parent, "text");
        if (!text.isEmpty()) {
            element.appendChild(parent.getOwnerDocument().createCDATASection(text));
        }
    }

    private static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).toPlainString();
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    private static byte[] serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // The JDK writes its declaration and the root on one line; written here, it has its
            // own.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.CDATA_SECTION_ELEMENTS, "text");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            .getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the Moodle XML file", e);
        }
    }
}

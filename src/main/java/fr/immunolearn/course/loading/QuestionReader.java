package fr.immunolearn.course.loading;

import fr.immunolearn.course.Choice;
import fr.immunolearn.course.CreditMode;
import fr.immunolearn.course.Feedback;
import fr.immunolearn.course.MatchPair;
import fr.immunolearn.course.OrderItem;
import fr.immunolearn.course.Question;
import fr.immunolearn.course.QuestionKind;
import fr.immunolearn.course.QuestionType;
import fr.immunolearn.course.loading.Fields.Located;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one question of a quiz file and checks that it can be answered and scored. */
final class QuestionReader {

    private static final Set<String> COMMON_KEYS =
            Set.of(
                    "id",
                    "type",
                    "prompt",
                    "concepts",
                    "passage",
                    "weight",
                    "explanation",
                    "ifCorrect",
                    "ifIncorrect");
    private static final Map<QuestionType, Set<String>> TYPE_KEYS =
            Map.of(
                    QuestionType.SINGLE_CHOICE, Set.of("choices"),
                    QuestionType.MULTIPLE_RESPONSE, Set.of("choices", "credit"),
                    QuestionType.TRUE_FALSE, Set.of("answer"),
                    QuestionType.FILL_IN, Set.of("accepted"),
                    QuestionType.MATCHING, Set.of("pairs", "credit"),
                    QuestionType.ORDERING, Set.of("items", "credit"));
    private static final Set<String> TYPE_WORDS =
            Arrays.stream(QuestionType.values()).map(QuestionType::key).collect(Collectors.toSet());
    private static final Set<String> CREDIT_WORDS =
            Arrays.stream(CreditMode.values()).map(CreditMode::key).collect(Collectors.toSet());

    private final String file;
    private final Problems problems;
    private final Typography typography;
    private final References references;

    QuestionReader(String file, Problems problems, Typography typography, References references) {
        this.file = file;
        this.problems = problems;
        this.typography = typography;
        this.references = references;
    }

    Optional<Question> read(YamlNode node) {
        QuestionType type = typeOf(node);
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        allowed.addAll(
                type == null
                        ? TYPE_KEYS.values().stream().flatMap(Set::stream).toList()
                        : TYPE_KEYS.get(type));
        String what = type == null ? "question" : "a " + type.key() + " question";
        Optional<Fields> read = Fields.of(node, allowed, what, file, problems, typography);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = read.get();
        String id = fields.id("id");
        Fields question =
                fields.describing(
                        (type == null ? "question" : type.key() + " question") + " \"" + id + "\"");
        String prompt = question.text("prompt");
        double weight = question.positiveNumber("weight", 1.0);
        List<Located<String>> concepts = question.references("concepts", true);
        concepts.forEach(c -> references.add("concept", c.value(), file, c.location()));
        String passage = question.reference("passage");
        references.add("passage", passage, file, question.at("passage"));
        Feedback feedback =
                new Feedback(
                        question.text("explanation"),
                        question.optionalText("ifCorrect"),
                        question.optionalText("ifIncorrect"));
        if (type == null) {
            return Optional.empty();
        }
        QuestionKind kind =
                switch (type) {
                    case SINGLE_CHOICE -> singleChoice(question, id);
                    case MULTIPLE_RESPONSE ->
                            new QuestionKind.MultipleResponse(
                                    choices(question, id), credit(question));
                    case TRUE_FALSE ->
                            new QuestionKind.TrueFalse(question.bool("answer", true, true));
                    case FILL_IN -> fillIn(question, id);
                    case MATCHING ->
                            new QuestionKind.Matching(pairs(question, id), credit(question));
                    case ORDERING ->
                            new QuestionKind.Ordering(items(question, id), credit(question));
                };
        return Optional.of(
                new Question(
                        id,
                        prompt,
                        weight,
                        concepts.stream().map(Located::value).toList(),
                        passage,
                        feedback,
                        kind));
    }

    private QuestionType typeOf(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping && mapping.entries().get("type") != null) {
            YamlNode value = mapping.entries().get("type").value();
            if (value instanceof YamlNode.Scalar scalar) {
                Optional<QuestionType> type = QuestionType.fromKey(scalar.text().strip());
                if (type.isPresent()) {
                    return type.get();
                }
            }
            problems.report(
                    file,
                    value.location(),
                    "question type is "
                            + value.description()
                            + "; expected one of: "
                            + String.join(", ", new java.util.TreeSet<>(TYPE_WORDS)));
            return null;
        }
        if (node instanceof YamlNode.Mapping) {
            problems.report(
                    file,
                    node.location(),
                    "question has no 'type' (one of: "
                            + String.join(", ", new java.util.TreeSet<>(TYPE_WORDS))
                            + ")");
        }
        return null;
    }

    private QuestionKind singleChoice(Fields question, String id) {
        List<Choice> choices = choices(question, id);
        List<String> correct = choices.stream().filter(Choice::correct).map(Choice::id).toList();
        if (correct.size() > 1) {
            question.report(
                    "choices",
                    "single-choice question \""
                            + id
                            + "\" has "
                            + correct.size()
                            + " correct choices ("
                            + String.join(", ", correct)
                            + "); exactly one must be correct");
        }
        return new QuestionKind.SingleChoice(choices);
    }

    private List<Choice> choices(Fields question, String id) {
        List<Choice> choices = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        List<YamlNode> nodes = question.list("choices", true);
        for (YamlNode node : nodes) {
            Fields.of(
                            node,
                            Set.of("id", "text", "correct", "feedback"),
                            "a choice",
                            file,
                            problems,
                            typography)
                    .ifPresent(
                            choice -> {
                                String choiceId = choice.id("id");
                                Fields named = choice.describing("choice \"" + choiceId + "\"");
                                Choice read =
                                        new Choice(
                                                choiceId,
                                                named.text("text"),
                                                named.bool("correct", false, false),
                                                named.optionalText("feedback"));
                                if (unique(choiceId, choice.at("id"), seen, "choice")) {
                                    choices.add(read);
                                }
                            });
        }
        if (!nodes.isEmpty() && nodes.size() < 2) {
            question.report("choices", "question \"" + id + "\" needs at least two choices");
        }
        if (!nodes.isEmpty() && choices.stream().noneMatch(Choice::correct)) {
            question.report(
                    "choices",
                    "question \""
                            + id
                            + "\" has no correct answer: mark a choice with 'correct: true'");
        }
        return choices;
    }

    private QuestionKind fillIn(Fields question, String id) {
        boolean given = question.has("accepted");
        List<String> accepted = question.texts("accepted", false);
        if (accepted.isEmpty()) {
            question.report(
                    given ? "accepted" : "id",
                    "question \""
                            + id
                            + "\" has no correct answer: list the answers it accepts under 'accepted'");
        }
        return new QuestionKind.FillIn(accepted);
    }

    private List<MatchPair> pairs(Fields question, String id) {
        List<MatchPair> pairs = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        Map<String, Location> responses = new HashMap<>();
        List<YamlNode> nodes = question.list("pairs", true);
        for (YamlNode node : nodes) {
            Fields.of(
                            node,
                            Set.of("id", "premise", "response"),
                            "a matching pair",
                            file,
                            problems,
                            typography)
                    .ifPresent(
                            pair -> {
                                String pairId = pair.id("id");
                                if (!pair.has("premise") || !pair.has("response")) {
                                    pair.report(
                                            "id",
                                            "matching pair \""
                                                    + pairId
                                                    + "\" has no partner: it needs both a 'premise'"
                                                    + " and a 'response'");
                                    return;
                                }
                                Fields named = pair.describing("matching pair \"" + pairId + "\"");
                                MatchPair read =
                                        new MatchPair(
                                                pairId,
                                                named.text("premise"),
                                                named.text("response"));
                                if (!read.response().isEmpty()) {
                                    Location earlier =
                                            responses.putIfAbsent(
                                                    read.response(), pair.at("response"));
                                    if (earlier != null) {
                                        pair.report(
                                                "response",
                                                "matching pair \""
                                                        + pairId
                                                        + "\" has the same response as the pair"
                                                        + " at line "
                                                        + earlier.line()
                                                        + ": each response must be distinct");
                                    }
                                }
                                if (unique(pairId, pair.at("id"), seen, "matching pair")) {
                                    pairs.add(read);
                                }
                            });
        }
        if (!nodes.isEmpty() && nodes.size() < 2) {
            question.report("pairs", "matching question \"" + id + "\" needs at least two pairs");
        }
        return pairs;
    }

    private List<OrderItem> items(Fields question, String id) {
        List<OrderItem> items = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        List<YamlNode> nodes = question.list("items", true);
        for (YamlNode node : nodes) {
            Fields.of(node, Set.of("id", "text"), "an ordering item", file, problems, typography)
                    .ifPresent(
                            item -> {
                                String itemId = item.id("id");
                                OrderItem read =
                                        new OrderItem(
                                                itemId,
                                                item.describing("ordering item \"" + itemId + "\"")
                                                        .text("text"));
                                if (unique(itemId, item.at("id"), seen, "ordering item")) {
                                    items.add(read);
                                }
                            });
        }
        if (nodes.size() < 2 && question.has("items")) {
            question.report(
                    "items",
                    "ordering question \""
                            + id
                            + "\" has "
                            + nodes.size()
                            + (nodes.size() == 1 ? " item" : " items")
                            + "; it needs at least two");
        }
        return items;
    }

    private CreditMode credit(Fields question) {
        String word = question.word("credit", CreditMode.ALL_OR_NOTHING.key(), CREDIT_WORDS);
        return CreditMode.fromKey(word).orElse(CreditMode.ALL_OR_NOTHING);
    }

    private boolean unique(String id, Location at, Map<String, Location> seen, String what) {
        if (id.isEmpty()) {
            return false;
        }
        Location earlier = seen.putIfAbsent(id, at);
        if (earlier != null) {
            problems.report(
                    file,
                    at,
                    "duplicate "
                            + what
                            + " id \""
                            + id
                            + "\" (first at line "
                            + earlier.line()
                            + ")");
            return false;
        }
        return true;
    }
}

package fr.immunolearn.course;

import java.util.List;

/** What a question of each type asks for, with its answer key. */
public sealed interface QuestionKind {

    QuestionType type();

    /** Exactly one of the choices is correct. */
    record SingleChoice(List<Choice> choices) implements QuestionKind {
        public SingleChoice {
            choices = List.copyOf(choices);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SINGLE_CHOICE;
        }
    }

    /**
     * One or more of the choices are correct; the learner must select them all and nothing else.
     */
    record MultipleResponse(List<Choice> choices, CreditMode credit) implements QuestionKind {
        public MultipleResponse {
            choices = List.copyOf(choices);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MULTIPLE_RESPONSE;
        }
    }

    /** The prompt is a statement; the learner says whether it is true. */
    record TrueFalse(boolean answer) implements QuestionKind {
        @Override
        public QuestionType type() {
            return QuestionType.TRUE_FALSE;
        }
    }

    /** The learner types a word or phrase; any accepted answer matches after normalisation. */
    record FillIn(List<String> acceptedAnswers) implements QuestionKind {
        public FillIn {
            acceptedAnswers = List.copyOf(acceptedAnswers);
        }

        @Override
        public QuestionType type() {
            return QuestionType.FILL_IN;
        }
    }

    /** Each premise goes with exactly one response; the learner pairs them. */
    record Matching(List<MatchPair> pairs, CreditMode credit) implements QuestionKind {
        public Matching {
            pairs = List.copyOf(pairs);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /** The items are listed in their correct order; the learner receives them shuffled. */
    record Ordering(List<OrderItem> items, CreditMode credit) implements QuestionKind {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }
}

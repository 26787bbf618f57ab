package fr.immunolearn.scormexport;

/** A learner played through a whole course on the player's own state encoder, in the browser. */
final class SuspendDataPlay {

    private SuspendDataPlay() {}

    /**
     * Plays a learner through every quiz in JavaScript with the player's Progress: each attempt
     * used, every answer the longest its type can encode, every knowledge check answered. typed is
     * the text of every typed answer; open leaves the last attempt of every quiz one answer short.
     * Returns the encoded state and what decoding it gives back.
     */
    static final String SCRIPT =
            """
            var typed = arguments[0], leaveOpen = arguments[1], limit = arguments[2];
            var data = window.ImmunoLearnCourse, P = ImmunoLearn.Progress;
            var p = new P(data, 'learner-0123456789-abcdefghij-0123456789');
            function longest(q, k) {
              switch (q.type) {
                case 'single-choice': return {choices: [q.choices[q.choices.length - 1].id]};
                case 'multiple-response': return {choices: q.choices.map(function (c) { return c.id; })};
                case 'true-false': return {value: k % 2 === 0};
                case 'fill-in': return {text: typed};
                case 'matching': var m = {}; q.pairs.forEach(function (x, i) { m[x.id] = q.pairs[(i + 1) % q.pairs.length].id; }); return {matches: m};
                default: return {sequence: q.items.map(function (i) { return i.id; }).reverse()};
              }
            }
            function play(qi) {
              var quiz = data.course.quizzes[qi];
              for (var attempt = 0; attempt < quiz.maxAttempts && p.mayStart(qi); attempt++) {
                p.start(qi);
                var questions = p.plan(qi).questions;
                var stop = leaveOpen && attempt === quiz.maxAttempts - 1 ? questions.length - 1 : questions.length;
                for (var k = 0; k < stop; k++) p.answer(qi, longest(questions[k], k));
              }
            }
            // Every knowledge check answered at its longest: every choice of a multiple one, the last of a single one.
            data.course.lessons.forEach(function (lesson, i) {
              p.markRead(i);
              ImmunoLearn.checks.ofLesson(lesson).forEach(function (c) {
                var ids = c.choices.map(function (x) { return x.id; });
                p.answerCheck(i, c, c.multiple ? ids : ids.slice(-1));
              });
              play(p.lessonQuiz(i));
            });
            if (!leaveOpen) play(p.finalIndex);
            p.goTo('results/' + data.course.quizzes[p.finalIndex].id);
            var full = p.encode(), encoded = p.encode(limit);
            var back = new P(data, p.seed);
            back.decode(encoded);
            function summary(x) {
              return x.state.quizzes.map(function (s) {
                return {tries: s.tries, best: s.best, last: s.last, open: s.open, answers: s.answers.length,
                        credits: s.answers.map(function (a) { return a.credit; })};
              });
            }
            return JSON.stringify({full: full.length, encoded: encoded, before: summary(p), after: summary(back),
              checksBefore: p.state.checks, checksAfter: back.state.checks,
              reviews: data.course.quizzes.map(function (q, i) { return back.hasReview(i); })});""";
}

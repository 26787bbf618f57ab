/*
 * How answers are marked and quizzes scored: the same rules as fr.immunolearn.quiz.ScoringRules and
 * AnswerText in the Java code. Both pass the shared scoring vectors (scoring-vectors.json); change
 * one only with the other and the vectors.
 *
 * Questions have the compact shape the exporter bakes into course.js; answers are
 * {choices: [ids]}, {value: boolean}, {text: string}, {matches: {premiseId: responseId}} or
 * {sequence: [ids]}.
 */
(function (ImmunoLearn) {
  "use strict";

  var MAX_TEXT_LENGTH = 200;

  // The very classes of AnswerText.java. Java's (?U)\s is Unicode White_Space, which differs from
  // JavaScript's \s (U+0085 in, U+FEFF out), so the class is spelled out.
  var APOSTROPHES = /[\u2019\u2018\u02BC`\u00B4]/g;
  var DASHES = /[\u2010\u2011\u2012\u2013\u2014]/g;
  var SPACES = /[\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
  // What Java's String.strip() still removes once every White_Space run is a single space.
  var EDGES = /^[ \u001C-\u001F]+|[ \u001C-\u001F]+$/g;
  var MARKS = /\p{M}+/gu;

  /** A typed answer as a teacher compares it: case, accents, spacing, apostrophe and dash styles do not count. */
  function normalise(typed) {
    var text = typed.toLowerCase().replace(/\u0153/g, "oe").replace(/\u00E6/g, "ae");
    text = text.normalize("NFD").replace(MARKS, "");
    text = text.replace(APOSTROPHES, "'").replace(DASHES, "-");
    return text.replace(SPACES, " ").replace(EDGES, "");
  }

  /** An answer that does not fit its question; reason is one of InvalidAnswerException.Reason. */
  function InvalidAnswer(reason, message) {
    this.invalid = reason;
    this.message = message;
  }

  function fail(reason, message) {
    throw new InvalidAnswer(reason, message);
  }

  function ids(list) {
    return list.map(function (entry) { return entry.id; });
  }

  function chosen(question, answer) {
    if (!answer || !Array.isArray(answer.choices)) fail("WRONG_SHAPE", "expected choices");
    if (answer.choices.length === 0) fail("EMPTY", "nothing chosen");
    var known = ids(question.choices);
    var set = [];
    answer.choices.forEach(function (id) {
      if (known.indexOf(id) < 0) fail("UNKNOWN_OPTION", "unknown choice: " + id);
      if (set.indexOf(id) < 0) set.push(id);
    });
    return set;
  }

  function credit(mode, right, total) {
    if (mode !== "partial") return right === total ? 1 : 0;
    return right / total;
  }

  var markers = {
    "single-choice": function (question, answer) {
      var set = chosen(question, answer);
      if (set.length > 1) fail("TOO_MANY", "choose only one answer");
      return question.choices.some(function (c) { return c.correct && set.indexOf(c.id) >= 0; }) ? 1 : 0;
    },
    "multiple-response": function (question, answer) {
      var set = chosen(question, answer);
      var correctTotal = 0, correctChosen = 0, wrongChosen = 0;
      question.choices.forEach(function (c) {
        var picked = set.indexOf(c.id) >= 0;
        if (c.correct) correctTotal++;
        if (c.correct && picked) correctChosen++;
        if (!c.correct && picked) wrongChosen++;
      });
      if (question.credit !== "partial") return correctChosen === correctTotal && wrongChosen === 0 ? 1 : 0;
      // Each wrong choice cancels a right one, so ticking every box never earns credit.
      return Math.max(0, (correctChosen - wrongChosen) / correctTotal);
    },
    "true-false": function (question, answer) {
      if (!answer || typeof answer.value !== "boolean") fail("WRONG_SHAPE", "expected true or false");
      return answer.value === question.answer ? 1 : 0;
    },
    "fill-in": function (question, answer) {
      if (!answer || typeof answer.text !== "string") fail("WRONG_SHAPE", "expected text");
      if (answer.text.length > MAX_TEXT_LENGTH) {
        fail("TOO_LONG", "an answer has at most " + MAX_TEXT_LENGTH + " characters");
      }
      var given = normalise(answer.text);
      if (given === "") fail("EMPTY", "nothing typed");
      return question.accepted.some(function (a) { return normalise(a) === given; }) ? 1 : 0;
    },
    "matching": function (question, answer) {
      if (!answer || !answer.matches || typeof answer.matches !== "object") fail("WRONG_SHAPE", "expected matches");
      var pairIds = ids(question.pairs);
      var premises = Object.keys(answer.matches);
      if (premises.length === 0) fail("EMPTY", "nothing matched");
      premises.forEach(function (premise) {
        if (pairIds.indexOf(premise) < 0 || pairIds.indexOf(answer.matches[premise]) < 0) {
          fail("UNKNOWN_OPTION", "unknown premise or response: " + premise);
        }
      });
      var right = pairIds.filter(function (id) { return answer.matches[id] === id; }).length;
      return credit(question.credit, right, pairIds.length);
    },
    "ordering": function (question, answer) {
      if (!answer || !Array.isArray(answer.sequence)) fail("WRONG_SHAPE", "expected an order");
      var expected = ids(question.items);
      var given = answer.sequence;
      var sameSet = given.length === expected.length
        && expected.every(function (id) { return given.indexOf(id) >= 0; })
        && given.every(function (id) { return expected.indexOf(id) >= 0; });
      if (!sameSet) fail("UNKNOWN_OPTION", "the order must hold each item exactly once");
      var right = expected.filter(function (id, i) { return given[i] === id; }).length;
      return credit(question.credit, right, expected.length);
    }
  };

  /**
   * The credit (0 to 1) an answer earns, and whether it is right (only full credit is).
   * Throws InvalidAnswer when the answer does not fit the question.
   */
  function mark(question, answer) {
    var marker = markers[question.type];
    if (!marker) throw new Error("unknown question type " + question.type);
    var earned = marker(question, answer);
    return { credit: earned, correct: earned === 1 };
  }

  /**
   * The weighted score of [{weight, credit}] against a pass mark: percent rounded half up to one
   * decimal, summed in the order given as the Java code does, so both round the same way.
   */
  function score(marks, passMark) {
    var earned = 0, possible = 0;
    marks.forEach(function (m) {
      earned += m.weight * m.credit;
      possible += m.weight;
    });
    var percent = possible === 0 ? 0 : Math.round(earned / possible * 1000) / 10;
    return { earned: earned, possible: possible, percent: percent, passed: percent >= passMark };
  }

  ImmunoLearn.scoring = {
    MAX_TEXT_LENGTH: MAX_TEXT_LENGTH,
    normalise: normalise,
    mark: mark,
    score: score,
    InvalidAnswer: InvalidAnswer
  };
})(window.ImmunoLearn = window.ImmunoLearn || {});

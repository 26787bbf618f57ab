/*
 * The seeded layout of an attempt: which questions a pool draw takes, their order and each
 * question's option order. A port of fr.immunolearn.quiz.SeededRandom and AttemptPlanner: the same
 * seed, quiz and attempt give the same layout in Java and here, so a learner who resumes sees what
 * they saw, and a retry gets a new layout. The random and shuffle vectors of scoring-vectors.json
 * hold both to it.
 */
(function (ImmunoLearn) {
  "use strict";

  /** FNV-1a over UTF-16 code units, as Java's String.charAt sees them. */
  function hash(text) {
    var h = 0x811C9DC5 | 0;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h;
  }

  /** mulberry32: 32-bit integer arithmetic, exact in JavaScript through Math.imul and | 0. */
  function SeededRandom(seed) {
    this.state = hash(seed);
  }

  SeededRandom.prototype.next = function () {
    this.state = (this.state + 0x6D2B79F5) | 0;
    var a = this.state;
    var t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  SeededRandom.prototype.nextInt = function (bound) {
    return Math.floor(this.next() * bound);
  };

  /** Fisher-Yates, from the last element down, in place. */
  SeededRandom.prototype.shuffle = function (items) {
    for (var i = items.length - 1; i > 0; i--) {
      var j = this.nextInt(i + 1);
      var swap = items[i];
      items[i] = items[j];
      items[j] = swap;
    }
    return items;
  };

  function optionIds(question) {
    var list = question.choices || question.pairs || question.items || [];
    return list.map(function (option) { return option.id; });
  }

  /** A pool draw takes from each lesson in turn, so that every attempt covers the whole course. */
  function draw(quiz, random) {
    var pool = quiz.questions;
    if (quiz.draw >= pool.length) return pool.slice();
    var groupNames = [];
    var groups = {};
    pool.forEach(function (question) {
      if (!groups.hasOwnProperty(question.lesson)) {
        groups[question.lesson] = [];
        groupNames.push(question.lesson);
      }
      groups[question.lesson].push(question);
    });
    groupNames.forEach(function (name) { random.shuffle(groups[name]); });
    var drawn = [];
    for (var round = 0; drawn.length < quiz.draw; round++) {
      groupNames.forEach(function (name) {
        if (round < groups[name].length && drawn.length < quiz.draw) drawn.push(groups[name][round]);
      });
    }
    return drawn;
  }

  /**
   * The layout of one attempt (from 1) of a quiz for a seed (the learner's id):
   * {questions: [question], options: {questionId: [option ids in the order shown]}}.
   */
  function plan(quiz, seed, attempt) {
    var random = new SeededRandom(seed + "|" + quiz.id + "|" + attempt);
    var drawn = draw(quiz, random);
    if (quiz.shuffleQuestions) random.shuffle(drawn);
    var options = {};
    drawn.forEach(function (question) {
      var order = optionIds(question);
      if (order.length === 0) return;
      var shuffled = order.slice();
      if (question.type === "ordering") {
        random.shuffle(shuffled);
        if (shuffled.join("\u0000") === order.join("\u0000")) {
          // Handing out the answer as the starting order would test nothing.
          shuffled.push(shuffled.shift());
        }
      } else if (quiz.shuffleChoices) {
        random.shuffle(shuffled);
      }
      options[question.id] = shuffled;
    });
    return { questions: drawn, options: options };
  }

  ImmunoLearn.layout = { SeededRandom: SeededRandom, plan: plan };
})(window.ImmunoLearn = window.ImmunoLearn || {});

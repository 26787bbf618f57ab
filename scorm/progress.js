/*
 * A learner's progress through the course, the course's rules over it (when a lesson is done, when
 * the final assessment opens, when the course is completed and passed), and its compact encoding
 * for suspend_data.
 *
 * The encoding keeps only what cannot be recomputed. An attempt's layout comes back from the seed
 * (layout.js), so an answer is stored as indexes into the question's options in content order: a
 * choice is one base-36 digit, an ordering one digit per item. Only typed answers are text. The
 * course's end state takes a few hundred characters, far from SCORM 1.2's 4,096; when a long course
 * full of long typed answers would not fit, the encoding gives up, in this order, the text of typed
 * answers it can rebuild or does not need for scoring, then the review of finished attempts, never
 * a score, an attempt count or the answers of an attempt in progress.
 *
 * The state says which course and which version of its content wrote it (version "3"): the course's
 * key and content fingerprint, and every lesson, quiz and answered question by its short key, all
 * computed when the package is made (StateKeys.java) and baked into course.js. An LMS may hand a
 * new version of the package the state an old one wrote (SuccessFactors and Cornerstone do): what
 * still applies is kept (lessons read, attempts, best scores, answers to questions that still
 * stand where they stood) and the rest is dropped and counted, for the learner to be told. A state
 * of another course is not used. Version "1", which packages already in LMSs wrote, names things by position: it is
 * read when its shape fits this course exactly, and is unreadable otherwise.
 *
 * Version "3" adds one field, the last answer to each inline knowledge check (checks.js), as
 * "checkId:digits" where the digits are the chosen choices' indexes in content order. Version "2"
 * is version "3" without that field: it is read as a state with no check answered. A check that
 * is gone, or whose answer no longer fits it, is dropped and counted. Check answers are ungraded,
 * so they are the last thing given up to stay within the limit, after the review of finished
 * attempts; the lesson a check made read stays read, as that is kept on its own.
 */
(function (ImmunoLearn) {
  "use strict";

  var scoring = ImmunoLearn.scoring;
  var layout = ImmunoLearn.layout;
  var VERSION = "3";
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

  /*
   * The course rules, ported one function per rule from progress.CourseRules (Java), with the same
   * names and the same records: a quiz record {quizId, passMark, maxAttempts, attempts, open,
   * answered, best (percent or null)}, a course state {lessons: [{lessonId, opened, quiz}],
   * finalAssessment, unlock, completion} (the rules' keys as course.yaml writes them), a position
   * {lesson, passage} | {quiz, question} | {results}. course-rules-vectors.json is run through these
   * very functions (PlayerCourseRulesIT) and through the Java ones (CourseRulesVectorsTest). See
   * CourseRules.java for why each rule is what it is.
   */
  var CourseRules = {
    lessonRead: function (wentToQuiz, checksAnswered, checks) {
      return wentToQuiz || (checks > 0 && checksAnswered >= checks);
    },
    passed: function (quiz) {
      return quiz.best !== null && quiz.best >= quiz.passMark;
    },
    /** -1 when there is no limit. */
    attemptsLeft: function (quiz) {
      return quiz.maxAttempts === 0 ? -1 : Math.max(0, quiz.maxAttempts - quiz.attempts);
    },
    exhausted: function (quiz) {
      return !quiz.open && !CourseRules.passed(quiz) && CourseRules.attemptsLeft(quiz) === 0;
    },
    lessonDone: function (lessonQuiz) {
      return CourseRules.passed(lessonQuiz) || CourseRules.exhausted(lessonQuiz);
    },
    allLessonsDone: function (state) {
      return state.lessons.every(function (l) { return CourseRules.lessonDone(l.quiz); });
    },
    finalUnlocked: function (state) {
      return state.unlock === "always" || CourseRules.allLessonsDone(state);
    },
    /** mayStart(quiz), or mayStart(state, quizId), which also wants the final unlocked. */
    mayStart: function (quizOrState, quizId) {
      if (quizId === undefined) return !quizOrState.open && CourseRules.attemptsLeft(quizOrState) !== 0;
      var state = quizOrState;
      if (state.finalAssessment.quizId === quizId) {
        return CourseRules.finalUnlocked(state) && CourseRules.mayStart(state.finalAssessment);
      }
      var found = quizzesOf(state).filter(function (q) { return q.quizId === quizId; })[0];
      return !!found && CourseRules.mayStart(found);
    },
    progressPercent: function (state) {
      var done = state.lessons.filter(function (l) { return CourseRules.lessonDone(l.quiz); }).length
        + (CourseRules.passed(state.finalAssessment) ? 1 : 0);
      return Math.round(100 * done / (state.lessons.length + 1));
    },
    /** {completed, success: "PASSED" | "FAILED" | "UNKNOWN", score, finished}. */
    outcome: function (state) {
      var lessons = state.lessons.map(function (l) { return l.quiz; });
      var allScored = lessons.every(function (q) { return q.best !== null; });
      var completed, success, score = null;
      if (state.completion === "final-assessment-passed") {
        var last = state.finalAssessment;
        completed = CourseRules.passed(last);
        success = completed ? "PASSED" : CourseRules.exhausted(last) ? "FAILED" : "UNKNOWN";
        score = last.best;
      } else if (state.completion === "all-quizzes-passed") {
        completed = lessons.every(CourseRules.passed);
        success = completed ? "PASSED" : lessons.some(CourseRules.exhausted) ? "FAILED" : "UNKNOWN";
        if (allScored) score = Math.min.apply(null, lessons.map(function (q) { return q.best; }));
      } else {
        completed = lessons.every(CourseRules.lessonDone);
        success = "UNKNOWN";
        if (allScored) {
          var sum = 0;
          lessons.forEach(function (q) { sum += q.best; });
          score = Math.round(sum / lessons.length * 10) / 10;
        }
      }
      return { completed: completed, success: success, score: score, finished: completed || success === "FAILED" };
    },
    resume: function (state, last) {
      var finalQuiz = state.finalAssessment;
      if (CourseRules.allLessonsDone(state) && CourseRules.lessonDone(finalQuiz)) return { results: finalQuiz.quizId };
      var usable = last ? usablePosition(state, last) : null;
      if (usable) return usable;
      var quizzes = quizzesOf(state);
      for (var i = 0; i < quizzes.length; i++) {
        if (quizzes[i].open && (quizzes[i] !== finalQuiz || CourseRules.finalUnlocked(state))) {
          return { quiz: quizzes[i].quizId, question: quizzes[i].answered };
        }
      }
      for (var j = 0; j < state.lessons.length; j++) {
        if (!CourseRules.lessonDone(state.lessons[j].quiz)) return { lesson: state.lessons[j].lessonId, passage: null };
      }
      if (CourseRules.finalUnlocked(state)) return quizPlace(finalQuiz, 0);
      return { lesson: state.lessons[0].lessonId, passage: null };
    },
    verdict: function (credit) {
      return credit >= 1 ? "CORRECT" : credit > 0 ? "PARTLY" : "INCORRECT";
    },
    feedbackParts: function (verdict, lead, choiceFeedback, explanation, passage) {
      var parts = ["VERDICT"];
      if (lead) parts.push("LEAD");
      if (choiceFeedback) parts.push("CHOICE");
      if (verdict !== "CORRECT") parts.push("RIGHT_ANSWER");
      if (explanation) parts.push("EXPLANATION");
      if (passage) parts.push("PASSAGE");
      return parts;
    },
    /** scoreText(percent, language) or scoreText(percent, passMark, language); passMark may be null. */
    scoreText: function (percent, passMark, language) {
      if (language === undefined) {
        language = passMark;
        passMark = null;
      }
      var tenths = Math.round(percent * 10);
      if (percent < 100 && tenths >= 1000) tenths = 999;
      if (percent > 0 && tenths <= 0) tenths = 1;
      if (passMark !== null && passMark !== undefined && percent < passMark && tenths >= passMark * 10) tenths = passMark * 10 - 1;
      var whole = String(Math.floor(tenths / 10));
      return tenths % 10 === 0 ? whole : whole + (language === "fr" ? "," : ".") + (tenths % 10);
    }
  };

  function quizzesOf(state) {
    return state.lessons.map(function (l) { return l.quiz; }).concat([state.finalAssessment]);
  }

  function quizPlace(quiz, question) {
    if (quiz.open) return { quiz: quiz.quizId, question: question };
    return quiz.attempts > 0 ? { results: quiz.quizId } : { quiz: quiz.quizId, question: 0 };
  }

  function reachable(state, quizId) {
    if (state.finalAssessment.quizId === quizId) return CourseRules.finalUnlocked(state) ? state.finalAssessment : null;
    return state.lessons.map(function (l) { return l.quiz; }).filter(function (q) { return q.quizId === quizId; })[0] || null;
  }

  function usablePosition(state, position) {
    if (position.lesson !== undefined) {
      return state.lessons.some(function (l) { return l.lessonId === position.lesson; })
        ? { lesson: position.lesson, passage: position.passage === undefined ? null : position.passage } : null;
    }
    var quiz = reachable(state, position.quiz !== undefined ? position.quiz : position.results);
    return quiz ? quizPlace(quiz, position.quiz !== undefined ? position.question : 0) : null;
  }

  function Progress(data, seed) {
    this.course = data.course;
    this.settings = data.settings;
    this.seed = seed;
    this.quizzes = data.course.quizzes;
    this.finalIndex = this.quizzes.length - 1;
    this.state = this.fresh();
  }

  Progress.prototype.fresh = function () {
    return {
      seq: 0,
      at: "home",
      read: this.course.lessons.map(function () { return false; }),
      k: 0,
      // The last answer to each knowledge check, by check id: its choice ids in content order.
      checks: {},
      quizzes: this.quizzes.map(function () {
        return { tries: 0, best: -1, last: -1, open: false, answers: [] };
      })
    };
  };

  /* ---------- the course's rules ---------- */

  Progress.prototype.quizIndex = function (quizId) {
    for (var i = 0; i < this.quizzes.length; i++) if (this.quizzes[i].id === quizId) return i;
    return -1;
  };

  Progress.prototype.lessonIndex = function (lessonId) {
    for (var i = 0; i < this.course.lessons.length; i++) if (this.course.lessons[i].id === lessonId) return i;
    return -1;
  };

  /** The quiz that follows lesson i. */
  Progress.prototype.lessonQuiz = function (i) {
    return this.quizIndex(this.course.lessons[i].quiz);
  };

  /** Quiz q as the course rules see it. */
  Progress.prototype.record = function (q) {
    var s = this.state.quizzes[q];
    var quiz = this.quizzes[q];
    return { quizId: quiz.id, passMark: quiz.passMark, maxAttempts: quiz.maxAttempts, attempts: s.tries,
      open: s.open, answered: s.answers.length, best: s.best < 0 ? null : s.best / 10 };
  };

  /** The learner's course as the course rules see it. */
  Progress.prototype.courseState = function () {
    var self = this;
    return {
      lessons: this.course.lessons.map(function (lesson, i) {
        return { lessonId: lesson.id, opened: self.state.read[i], quiz: self.record(self.lessonQuiz(i)) };
      }),
      finalAssessment: this.record(this.finalIndex),
      unlock: this.settings.finalUnlock,
      completion: this.settings.completion
    };
  };

  Progress.prototype.passed = function (q) {
    return CourseRules.passed(this.record(q));
  };

  /** Attempts left, Infinity when there is no limit. */
  Progress.prototype.attemptsLeft = function (q) {
    var left = CourseRules.attemptsLeft(this.record(q));
    return left < 0 ? Infinity : left;
  };

  Progress.prototype.exhausted = function (q) {
    return CourseRules.exhausted(this.record(q));
  };

  /** A new attempt may start: none open, attempts left, passed or not (CourseRules.mayStart). */
  Progress.prototype.mayStart = function (q) {
    return CourseRules.mayStart(this.record(q));
  };

  Progress.prototype.lessonDone = function (i) {
    return CourseRules.lessonDone(this.record(this.lessonQuiz(i)));
  };

  Progress.prototype.allLessonsDone = function () {
    return CourseRules.allLessonsDone(this.courseState());
  };

  Progress.prototype.finalUnlocked = function () {
    return CourseRules.finalUnlocked(this.courseState());
  };

  Progress.prototype.available = function (q) {
    return q !== this.finalIndex || this.finalUnlocked();
  };

  /** Best score in percent, or null before any finished attempt. */
  Progress.prototype.best = function (q) {
    var best = this.state.quizzes[q].best;
    return best < 0 ? null : best / 10;
  };

  Progress.prototype.last = function (q) {
    var last = this.state.quizzes[q].last;
    return last < 0 ? null : last / 10;
  };

  /**
   * The course as the LMS is told (CourseRules.outcome), with success in the LMS's words: passed,
   * failed or unknown.
   */
  Progress.prototype.outcome = function () {
    var o = CourseRules.outcome(this.courseState());
    return { completed: o.completed, success: o.success.toLowerCase(), score: o.score, finished: o.finished };
  };

  /**
   * Where a launch takes the learner back to (CourseRules.resume), as a screen address: `at` is
   * the screen last shown ("lesson/<id>", "quiz/<id>", "results/<id>").
   */
  Progress.prototype.resumeAt = function (at) {
    var parts = String(at || "").split("/");
    var last = parts[0] === "lesson" ? { lesson: parts[1], passage: null }
      : parts[0] === "quiz" ? { quiz: parts[1], question: this.quizIndex(parts[1]) >= 0 ? this.position(this.quizIndex(parts[1])) : 0 }
      : parts[0] === "results" ? { results: parts[1] } : null;
    var position = CourseRules.resume(this.courseState(), last);
    if (position.lesson !== undefined) return "lesson/" + position.lesson;
    if (position.quiz !== undefined) return "quiz/" + position.quiz;
    return "results/" + position.results;
  };

  /** One objective per lesson, as the LMS is told. */
  Progress.prototype.objectives = function () {
    var self = this;
    return this.course.lessons.map(function (lesson, i) {
      var q = self.lessonQuiz(i);
      var s = self.state.quizzes[q];
      var status = self.passed(q) ? "passed" : self.exhausted(q) ? "failed"
        : (self.state.read[i] || s.tries > 0) ? "incomplete" : "not attempted";
      return { id: lesson.id, lms: lesson.lms, status: status, score: self.best(q) };
    });
  };

  /** Every knowledge check of the course, by id, as course.js bakes it. */
  Progress.prototype.checkBlocks = function () {
    if (!this.checksById) {
      var byId = this.checksById = {};
      this.course.lessons.forEach(function (lesson) {
        ImmunoLearn.checks.ofLesson(lesson).forEach(function (check) { byId[check.id] = check; });
      });
    }
    return this.checksById;
  };

  /** The choice ids last given to a check, or null. */
  Progress.prototype.checkAnswer = function (checkId) {
    return this.state.checks[checkId] || null;
  };

  /**
   * Keeps an answer to a check of lesson i and gives its verdict (CourseRules.checkVerdict); the
   * lesson becomes read when CourseRules.lessonRead says. Throws checks.Refused, keeping nothing.
   */
  Progress.prototype.answerCheck = function (i, check, chosen) {
    var verdict = ImmunoLearn.checks.verdict(check, chosen);
    this.state.checks[check.id] = check.choices.filter(function (c) { return chosen.indexOf(c.id) >= 0; })
      .map(function (c) { return c.id; });
    this.touch();
    if (this.lessonRead(i)) this.markRead(i);
    return verdict;
  };

  /**
   * Whether lesson i counts as read by CourseRules.lessonRead: its quiz was started, or all its
   * checks are answered. (state.read says more: a lesson opened, for "in progress".)
   */
  Progress.prototype.lessonRead = function (i) {
    var self = this;
    var checks = ImmunoLearn.checks.ofLesson(this.course.lessons[i]);
    var answered = checks.filter(function (c) { return self.state.checks[c.id]; }).length;
    return ImmunoLearn.checks.lessonRead(this.state.quizzes[this.lessonQuiz(i)].tries > 0, answered, checks.length);
  };

  /* ---------- attempts and answers ---------- */

  /** The layout of the current (or last) attempt at quiz q. */
  Progress.prototype.plan = function (q) {
    var tries = Math.max(1, this.state.quizzes[q].tries);
    var key = q + "/" + tries;
    this.plans = this.plans || {};
    if (!this.plans[key]) this.plans[key] = layout.plan(this.quizzes[q], this.seed, tries);
    return this.plans[key];
  };

  Progress.prototype.touch = function () {
    this.state.seq++;
  };

  Progress.prototype.markRead = function (i) {
    if (!this.state.read[i]) {
      this.state.read[i] = true;
      this.touch();
    }
  };

  Progress.prototype.goTo = function (at) {
    if (this.state.at !== at) {
      this.state.at = at;
      this.touch();
    }
  };

  Progress.prototype.start = function (q) {
    if (!this.mayStart(q) || !this.available(q)) throw new Error("quiz " + this.quizzes[q].id + " cannot start");
    var s = this.state.quizzes[q];
    s.tries++;
    s.open = true;
    s.answers = [];
    this.touch();
  };

  /** The position (from 0) of the question the open attempt waits for. */
  Progress.prototype.position = function (q) {
    return this.state.quizzes[q].answers.length;
  };

  /**
   * Marks and keeps the answer to the current question; the last answer also scores and closes the
   * attempt. Throws scoring.InvalidAnswer, keeping nothing, when the answer does not fit.
   */
  Progress.prototype.answer = function (q, answer) {
    var s = this.state.quizzes[q];
    if (!s.open) throw new Error("no attempt open at " + this.quizzes[q].id);
    var plan = this.plan(q);
    var question = plan.questions[s.answers.length];
    var mark = scoring.mark(question, answer);
    s.answers.push({ answer: answer, credit: mark.credit });
    var result = { question: question, attempt: s.tries, mark: mark, closed: false, interaction: this.state.k };
    this.state.k++;
    if (s.answers.length === plan.questions.length) {
      result.closed = true;
      result.score = this.close(q);
    }
    this.touch();
    return result;
  };

  Progress.prototype.close = function (q) {
    var s = this.state.quizzes[q];
    var plan = this.plan(q);
    var marks = plan.questions.map(function (question, i) {
      return { weight: question.weight, credit: s.answers[i].credit };
    });
    var score = scoring.score(marks, this.quizzes[q].passMark);
    s.last = Math.round(score.percent * 10);
    s.best = Math.max(s.best, s.last);
    s.open = false;
    return score;
  };

  /* ---------- the compact encoding ---------- */

  function escapeText(text) {
    return text.replace(/[\\|;.,]/g, "\\$&");
  }

  function unescapeText(text) {
    return text.replace(/\\([\s\S])/g, "$1");
  }

  /** Splits on separators that are not escaped, keeping escapes for the next level. */
  function split(text, separator) {
    var parts = [], current = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === "\\" && i + 1 < text.length) {
        current += c + text.charAt(++i);
      } else if (c === separator) {
        parts.push(current);
        current = "";
      } else {
        current += c;
      }
    }
    parts.push(current);
    return parts;
  }

  function digit(n) {
    if (n < 0 || n >= DIGITS.length) throw new Error("no single digit for " + n);
    return DIGITS.charAt(n);
  }

  function indexOfId(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return i;
    return -1;
  }

  /**
   * One answer as a token. A typed answer is "'text"; once shortened, "=k" when it matched accepted
   * answer k, or "~" when it was wrong: its credit (0) is all a score needs.
   */
  function encodeAnswer(question, entry, shorten) {
    var answer = entry.answer;
    switch (question.type) {
      case "single-choice":
      case "multiple-response":
        // A set: each choice once, in content order, however it was ticked.
        return question.choices.filter(function (c) { return answer.choices.indexOf(c.id) >= 0; })
          .map(function (c) { return digit(indexOfId(question.choices, c.id)); }).join("");
      case "true-false":
        return answer.value ? "t" : "f";
      case "fill-in":
        if (!shorten && !entry.cut) return "'" + escapeText(answer.text);
        if (entry.credit === 1) {
          var given = scoring.normalise(answer.text);
          for (var k = 0; k < question.accepted.length; k++) {
            if (scoring.normalise(question.accepted[k]) === given) return "=" + digit(k);
          }
        }
        return "~";
      case "matching":
        return question.pairs.map(function (pair) {
          var response = answer.matches[pair.id];
          return response === undefined ? "-" : digit(indexOfId(question.pairs, response));
        }).join("");
      case "ordering":
        return answer.sequence.map(function (id) { return digit(indexOfId(question.items, id)); }).join("");
    }
    throw new Error("unknown question type " + question.type);
  }

  /** The answer a token stands for, with its credit; null when it does not fit the question. */
  function decodeAnswer(question, token) {
    var answer, cut = false, i, n;
    function indexes(max) {
      var list = [];
      for (var j = 0; j < token.length; j++) {
        var index = DIGITS.indexOf(token.charAt(j));
        if (index < 0 || index >= max || list.indexOf(index) >= 0) return null;
        list.push(index);
      }
      return list;
    }
    switch (question.type) {
      case "single-choice":
      case "multiple-response":
        n = indexes(question.choices.length);
        if (!n || n.length === 0) return null;
        answer = { choices: n.map(function (index) { return question.choices[index].id; }) };
        break;
      case "true-false":
        if (token !== "t" && token !== "f") return null;
        answer = { value: token === "t" };
        break;
      case "fill-in":
        if (token.charAt(0) === "'") {
          answer = { text: unescapeText(token.substring(1)) };
        } else if (token.charAt(0) === "=") {
          i = DIGITS.indexOf(token.charAt(1));
          if (token.length !== 2 || i < 0 || i >= question.accepted.length) return null;
          answer = { text: question.accepted[i] };
        } else if (token === "~") {
          answer = { text: "" };
          cut = true;
        } else {
          return null;
        }
        break;
      case "matching":
        if (token.length !== question.pairs.length) return null;
        answer = { matches: {} };
        for (i = 0; i < token.length; i++) {
          if (token.charAt(i) === "-") continue;
          n = DIGITS.indexOf(token.charAt(i));
          if (n < 0 || n >= question.pairs.length) return null;
          answer.matches[question.pairs[i].id] = question.pairs[n].id;
        }
        break;
      case "ordering":
        n = indexes(question.items.length);
        if (!n || n.length !== question.items.length) return null;
        answer = { sequence: n.map(function (index) { return question.items[index].id; }) };
        break;
      default:
        return null;
    }
    if (cut) return { answer: answer, credit: 0, cut: true };
    try {
      return { answer: answer, credit: scoring.mark(question, answer).credit };
    } catch (invalid) {
      return null;
    }
  }

  function number(n) {
    return n < 0 ? "" : n.toString(36);
  }

  Progress.prototype.serialise = function (level) {
    var self = this;
    var state = this.state;
    var quizzes = state.quizzes.map(function (s, q) {
      var keepReview = s.open || level < 2;
      var shorten = s.open ? level >= 3 : level >= 1;
      var answers = "";
      if (keepReview && s.tries > 0) {
        var questions = self.plan(q).questions;
        answers = s.answers.map(function (entry, i) {
          return questions[i].key + ":" + encodeAnswer(questions[i], entry, shorten);
        }).join(",");
      }
      return [self.quizzes[q].key, number(s.tries), number(s.best), number(s.last), s.open ? "1" : "0", answers].join(".");
    });
    var read = this.course.lessons.filter(function (lesson, i) { return state.read[i]; })
      .map(function (lesson) { return lesson.key; });
    var checks = this.checkBlocks();
    var answered = level >= 4 ? [] : Object.keys(state.checks).filter(function (id) { return checks[id]; }).sort()
      .map(function (id) {
        return escapeText(id) + ":" + state.checks[id].map(function (choiceId) {
          return digit(indexOfId(checks[id].choices, choiceId));
        }).join("");
      });
    return [VERSION, this.course.key, this.course.version, number(state.seq), escapeText(state.at),
      read.join(","), number(state.k), quizzes.join(";"), answered.join(",")].join("|");
  };

  /**
   * The state as suspend_data, within `limit` characters whenever the course allows it: each level
   * gives up a little more of what can be lost without changing a score (see the top of this file).
   */
  Progress.prototype.encode = function (limit) {
    var text = "";
    for (var level = 0; level <= 4; level++) {
      text = this.serialise(level);
      if (limit === undefined || text.length <= limit) return text;
    }
    return text;
  };

  function whole(text, allowEmpty) {
    if (text === "") return allowEmpty ? -1 : NaN;
    return /^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : NaN;
  }

  function indexOfKey(list, key) {
    for (var i = 0; i < list.length; i++) if (list[i].key === key) return i;
    return -1;
  }

  /**
   * Reads an encoded state back. Returns null when the text is not a state of this course (empty,
   * damaged, another course's, or a version "1" state of another shape), so the caller can fall
   * back on another copy. A state of another version of this course is migrated: `migration` then
   * says what was dropped ({answers, lessons, quizzes}).
   */
  Progress.prototype.decode = function (text) {
    if (typeof text !== "string" || text === "") return null;
    var fields = split(text, "|");
    if (fields[0] === "1") return this.decodePositions(fields);
    // Version "2" is version "3" without the check answers.
    var checkField = fields[0] === VERSION ? 9 : fields[0] === "2" ? 8 : -1;
    if (fields.length !== checkField || fields[1] !== this.course.key) return null;
    var seq = whole(fields[3]), k = whole(fields[6]);
    if (isNaN(seq) || isNaN(k)) return null;
    var migration = { answers: 0, lessons: 0, quizzes: 0, checks: 0 };
    var state = this.fresh();
    state.seq = seq;
    state.at = unescapeText(fields[4]);
    state.k = k;
    var lessons = this.course.lessons;
    var readKeys = fields[5] === "" ? [] : fields[5].split(",");
    for (var r = 0; r < readKeys.length; r++) {
      var i = indexOfKey(lessons, readKeys[r]);
      if (i < 0) migration.lessons++;
      else state.read[i] = true;
    }
    var quizTexts = fields[7] === "" ? [] : split(fields[7], ";");
    var tokens = {};
    for (var t = 0; t < quizTexts.length; t++) {
      var parts = split(quizTexts[t], ".");
      var tries = whole(parts[1]), best = whole(parts[2], true), last = whole(parts[3], true);
      if (parts.length !== 6 || isNaN(tries) || isNaN(best) || isNaN(last) || (parts[4] !== "0" && parts[4] !== "1")) {
        return null;
      }
      var q = indexOfKey(this.quizzes, parts[0]);
      if (q < 0) {
        if (tries > 0) migration.quizzes++;
        continue;
      }
      state.quizzes[q] = { tries: tries, best: best, last: last, open: parts[4] === "1", answers: [] };
      tokens[q] = parts[5] === "" ? [] : split(parts[5], ",");
    }
    if (fields.length === 9) migration.checks = this.restoreChecks(state, fields[8]);
    this.state = state;
    this.plans = {};
    for (q = 0; q < state.quizzes.length; q++) {
      if (tokens[q] && state.quizzes[q].tries > 0) migration.answers += this.restoreAnswers(q, tokens[q]);
    }
    this.migration = fields[2] === this.course.version ? null : migration;
    return this.state;
  };

  /**
   * Puts back the answers of quiz q's current attempt from "key:token"s, in the attempt's order:
   * an answer stays while its question is the one the attempt's layout has at its place (the
   * layout comes again from the seed, so a changed quiz may lay out otherwise). A finished attempt
   * keeps its answers only whole, for its review; an open one keeps the answers before the first
   * that no longer applies, and goes on from there. Returns how many answers were dropped.
   */
  Progress.prototype.restoreAnswers = function (q, tokens) {
    var s = this.state.quizzes[q];
    var questions = this.plan(q).questions;
    var answers = [];
    for (var i = 0; i < tokens.length && i < questions.length; i++) {
      var colon = tokens[i].indexOf(":");
      if (colon < 0 || tokens[i].substring(0, colon) !== questions[i].key) break;
      var entry = decodeAnswer(questions[i], tokens[i].substring(colon + 1));
      if (!entry) break;
      answers.push(entry);
    }
    if (!s.open && answers.length !== questions.length) answers = [];
    s.answers = answers;
    // Every question of an open attempt answered: the questions it was waiting for are gone.
    if (s.open && answers.length === questions.length) this.close(q);
    return tokens.length - answers.length;
  };

  /**
   * Puts back the check answers from "checkId:digits"s; one whose check is gone or whose digits do
   * not fit it (an index out of range or repeated, none, several for a single choice) is dropped.
   * Returns how many were dropped.
   */
  Progress.prototype.restoreChecks = function (state, text) {
    var checks = this.checkBlocks();
    var tokens = text === "" ? [] : split(text, ",");
    var dropped = 0;
    tokens.forEach(function (token) {
      var parts = split(token, ":");
      var check = parts.length === 2 ? checks[unescapeText(parts[0])] : null;
      var ids = [];
      for (var j = 0; check && j < parts[1].length; j++) {
        var index = DIGITS.indexOf(parts[1].charAt(j));
        if (index < 0 || index >= check.choices.length || ids.indexOf(check.choices[index].id) >= 0) { check = null; break; }
        ids.push(check.choices[index].id);
      }
      if (!check || ids.length === 0 || (!check.multiple && ids.length > 1)) { dropped++; return; }
      state.checks[check.id] = ids;
    });
    return dropped;
  };

  /** Version "1": lessons and quizzes by position, answers in the attempt's order. */
  Progress.prototype.decodePositions = function (fields) {
    if (fields.length !== 6) return null;
    var seq = whole(fields[1]), k = whole(fields[4]);
    var read = fields[3];
    if (isNaN(seq) || isNaN(k) || read.length !== this.course.lessons.length || /[^01]/.test(read)) return null;
    var quizTexts = split(fields[5], ";");
    if (quizTexts.length !== this.quizzes.length) return null;
    var state = {
      seq: seq, at: unescapeText(fields[2]), k: k, checks: {},
      read: read.split("").map(function (r) { return r === "1"; }),
      quizzes: []
    };
    for (var q = 0; q < quizTexts.length; q++) {
      var parts = split(quizTexts[q], ".");
      var tries = whole(parts[0]), best = whole(parts[1], true), last = whole(parts[2], true);
      if (parts.length !== 5 || isNaN(tries) || isNaN(best) || isNaN(last) || (parts[3] !== "0" && parts[3] !== "1")) {
        return null;
      }
      state.quizzes.push({ tries: tries, best: best, last: last, open: parts[3] === "1", answers: [], tokens: parts[4] });
    }
    this.state = state;
    this.plans = {};
    this.migration = null;
    for (q = 0; q < state.quizzes.length; q++) {
      var s = state.quizzes[q];
      var tokens = s.tokens === "" ? [] : split(s.tokens, ",");
      delete s.tokens;
      if (s.tries === 0) continue;
      var questions = this.plan(q).questions;
      var answers = [];
      for (var i = 0; i < tokens.length && i < questions.length; i++) {
        var entry = decodeAnswer(questions[i], tokens[i]);
        if (!entry) { answers = []; break; }
        answers.push(entry);
      }
      if (tokens.length > questions.length || (s.open && answers.length === questions.length)) answers = [];
      s.answers = answers;
    }
    return this.state;
  };

  /**
   * Takes back what the LMS's own record says when no state could be read: a lesson whose
   * objective is passed (or failed) is done, with its score as best score; the final assessment
   * is passed when the course is and the completion rule is the final assessment. A passed
   * objective without a score counts the pass mark, just enough to stay passed. `held` is
   * {outcome: {completed, success, score}, objectives: {id: {status, score}}}, as lms.js reads it.
   * Returns how many lessons the record gave back.
   */
  Progress.prototype.recover = function (held) {
    if (!held) return 0;
    var self = this;
    var recovered = 0;
    function take(q, status, score) {
      var s = self.state.quizzes[q];
      if (s.open) return false;
      var quiz = self.quizzes[q];
      if (status === "passed") {
        s.best = Math.max(s.best, Math.round((score === null ? quiz.passMark : Math.max(score, quiz.passMark)) * 10));
        s.tries = Math.max(s.tries, 1);
      } else if (status === "failed") {
        if (score !== null) s.best = Math.max(s.best, Math.round(score * 10));
        s.tries = Math.max(s.tries, quiz.maxAttempts || 1);
      } else {
        return false;
      }
      if (s.last < 0) s.last = s.best;
      return true;
    }
    this.course.lessons.forEach(function (lesson, i) {
      var objective = held.objectives && held.objectives[lesson.lms];
      if (!objective) return;
      if (objective.status !== "not attempted" && objective.status !== "unknown") self.state.read[i] = true;
      if (take(self.lessonQuiz(i), objective.status, objective.score)) recovered++;
    });
    if (this.settings.completion === "final-assessment-passed" && held.outcome) {
      take(this.finalIndex, held.outcome.success, held.outcome.score);
    }
    this.touch();
    return recovered;
  };

  /** Whether a finished attempt's answers are still known, for its review. */
  Progress.prototype.hasReview = function (q) {
    var s = this.state.quizzes[q];
    return s.tries > 0 && s.answers.length === this.plan(q).questions.length;
  };

  ImmunoLearn.CourseRules = CourseRules;
  ImmunoLearn.Progress = Progress;
})(window.ImmunoLearn = window.ImmunoLearn || {});

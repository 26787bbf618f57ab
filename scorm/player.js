/*
 * The player: the course's screens (home, lessons, questions, results), in the words baked into
 * course.js. It keeps the learner's progress (progress.js) and, before showing a change's
 * consequence, keeps it in this browser and hands it to the LMS connection (lms.js), which tells
 * the LMS when the learner is not waiting on the screen: an answer is saved before its feedback
 * appears, and the feedback never waits on the LMS.
 */
(function (ImmunoLearn) {
  "use strict";

  var data = window.ImmunoLearnCourse;
  var course = data.course;
  var settings = data.settings;
  var strings = data.strings;
  var scoring = ImmunoLearn.scoring;

  var connection, progress, learnerId;
  var main, statusLine, exitButton;
  var returnTo = null;
  var ended = false;
  /** The LMS's mode for this session (lms.js Connection.allowed says what each one writes). */
  var mode = "normal";
  var credit = "credit";
  // After a launch whose state could not be read or fetched, nothing is written to the LMS until the
  // learner does something: the LMS's record stays as it was (and is never lowered after: lms.js).
  var holding = false;
  // What the learner is told on the home screen about their saved state: {key, args}, or null.
  var notice = null;
  // Whether suspend_data could not be fetched, so it is asked for once more.
  var unfetched = false;
  var REFETCH_MS = 2000;

  /* ---------- words and elements ---------- */

  /** The string for `key`, with {0}, {1}... replaced by the arguments that follow. */
  function t(key) {
    var text = strings[key];
    if (text === undefined) throw new Error("no player string " + key);
    var args = arguments;
    return text.replace(/\{(\d+)\}/g, function (whole, i) {
      var value = args[Number(i) + 1];
      return value === undefined ? whole : String(value);
    });
  }

  /** A score with its unit, shown as CourseRules.scoreText says; against `passMark` when it is judged by one. */
  function percent(n, passMark) {
    return t("format.percent", ImmunoLearn.CourseRules.scoreText(n, passMark === undefined ? null : passMark, course.language));
  }

  /** h("p", {class: "x", onclick: f}, child, ...): text children are text nodes, never HTML. */
  function h(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name.indexOf("on") === 0) node.addEventListener(name.substring(2), value);
      else if (name === "html") node.innerHTML = value; // only the course's own HTML, sanitised by the exporter
      else node.setAttribute(name, value === true ? "" : value);
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }

  function button(label, onclick, extra) {
    var attributes = { type: "button", onclick: onclick };
    Object.keys(extra || {}).forEach(function (k) { attributes[k] = extra[k]; });
    return h("button", attributes, label);
  }

  /** Replaces the screen and moves focus to its heading, as a new page would. */
  function render(nodes, focus) {
    main.textContent = "";
    append(main, nodes);
    window.scrollTo(0, 0);
    var target = focus || main.querySelector("h1");
    if (target) target.focus();
  }

  function heading(level, text) {
    return h("h" + level, { tabindex: level === 1 ? "-1" : null }, text);
  }

  /* ---------- saving ---------- */

  function report() {
    var outcome = progress.outcome();
    // A finished course ends its attempt only when the package was exported to (see scorm2004.js).
    outcome.endsAttempt = outcome.finished && settings.newAttemptWhenFinished === true;
    return {
      outcome: outcome,
      objectives: progress.objectives(),
      location: progress.state.at,
      suspendData: progress.encode(settings.suspendDataLimit)
    };
  }

  /**
   * This browser first, synchronously, then the LMS when the connection finds the moment: a
   * failing or slow LMS never costs the learner an answer, nor a wait.
   */
  function save() {
    if (ended || holding) return;
    connection.saveLocal(learnerId, progress.encode());
    connection.update(report());
  }

  function showHealth(healthy) {
    statusLine.textContent = healthy ? t("app.online") : t("app.offline");
    statusLine.className = healthy ? "status ok" : "status problem";
  }

  function leave(byLearner) {
    if (ended) return;
    var confirmed = connection.end(holding ? null : report());
    if (!holding) connection.saveLocal(learnerId, progress.encode());
    ended = true;
    if (!byLearner) return;
    exitButton.hidden = true;
    render([heading(1, t("end.heading")),
      h("p", { class: "end-message" }, connection.preview() ? t("end.preview") : !connection.recording() ? t("end.notRecorded")
        : confirmed ? t("end.saved") : t("end.unsaved"))]);
  }

  /** A review shows the learner's record read-only: no attempt starts, no question is answered. */
  function reviewing() {
    return mode === "review";
  }

  /* ---------- home ---------- */

  function lessonState(i) {
    var q = progress.lessonQuiz(i);
    if (progress.passed(q)) return t("home.state.passed", percent(progress.best(q), course.quizzes[q].passMark));
    if (progress.exhausted(q)) return t("home.state.exhausted", percent(progress.best(q), course.quizzes[q].passMark));
    if (progress.state.read[i] || progress.state.quizzes[q].tries > 0) return t("home.state.reading");
    return t("home.state.new");
  }

  function home() {
    returnTo = null;
    progress.goTo("home");
    var outcome = progress.outcome();
    var fq = progress.finalIndex;
    var finalQuiz = course.quizzes[fq];
    var finalState = progress.state.quizzes[fq];
    var finalSection = [heading(2, finalQuiz.title)];
    if (!progress.available(fq)) {
      finalSection.push(h("p", { class: "state" }, t("home.final.locked")));
    } else if (finalState.open) {
      finalSection.push(h("p", { class: "state" }, t("home.final.inProgress")), reviewing() ? null
        : button(t("home.final.resume"), function () { openQuiz(fq); }, { class: "primary", "data-quiz": finalQuiz.id }));
    } else if (finalState.tries > 0) {
      finalSection.push(h("p", { class: "state" }, progress.passed(fq) ? t("home.final.passed", percent(progress.best(fq), finalQuiz.passMark))
        : t("home.final.failed", percent(progress.best(fq), finalQuiz.passMark))),
        button(t("home.final.results"), function () { results(fq); }, { "data-quiz": finalQuiz.id }));
    } else {
      finalSection.push(h("p", { class: "state" }, t("home.final.notStarted")), reviewing() ? null
        : button(t("home.final.start"), function () { begin(fq); }, { class: "primary", "data-quiz": finalQuiz.id }));
    }
    var outcomeLine = null;
    if (outcome.success === "passed") outcomeLine = t("home.outcome.passed", percent(outcome.score));
    else if (outcome.success === "failed") outcomeLine = t("home.outcome.failed", percent(outcome.score));
    else if (outcome.completed) outcomeLine = t("home.outcome.completed");
    render([
      heading(1, course.title),
      notice ? h("p", { class: "notice", role: "note" }, t.apply(null, [notice.key].concat(notice.args || []))) : null,
      course.description ? h("p", { class: "description" }, course.description) : null,
      outcomeLine ? h("p", { class: "outcome" }, outcomeLine) : null,
      heading(2, t("home.lessons")),
      h("ol", { class: "lessons" }, course.lessons.map(function (lesson, i) {
        return h("li", null,
          button(t("home.lesson", i + 1, lesson.title), function () { openLesson(i); },
            { class: "link lesson-link", "data-lesson": lesson.id }),
          h("span", { class: "state" }, lessonState(i)));
      })),
      h("section", { class: "final" }, finalSection)
    ]);
    save();
  }

  /* ---------- lessons ---------- */

  /**
   * What the check blocks (checks.js) keep and read of lesson i: an answer is kept in the state
   * and saved before its verdict is shown. In review the record stays as it was: the check judges
   * and keeps nothing.
   */
  function lessonChecks(i) {
    return {
      answer: function (block) { return progress.checkAnswer(block.id); },
      choose: function (block, ids) {
        if (reviewing()) return ImmunoLearn.checks.verdict(block, ids);
        var verdict = progress.answerCheck(i, block, ids);
        save();
        return verdict;
      }
    };
  }

  function openLesson(i, passageId) {
    var lesson = course.lessons[i];
    var q = progress.lessonQuiz(i);
    progress.markRead(i);
    progress.goTo("lesson/" + lesson.id);
    var s = progress.state.quizzes[q];
    var nav = [button(t("nav.home"), home, { class: "link" })];
    if (returnTo !== null) {
      var back = returnTo;
      nav.push(button(t("nav.backToQuestion"), function () { returnTo = null; openQuiz(back); }, { class: "link back-to-quiz" }));
    }
    var action = reviewing() ? (!s.open && s.tries > 0
      ? button(t("lesson.quiz.results"), function () { results(q); }, { class: "primary quiz-start" }) : null)
      : s.open ? button(t("lesson.quiz.resume"), function () { openQuiz(q); }, { class: "primary quiz-start" })
      : s.tries > 0 ? button(t("lesson.quiz.results"), function () { results(q); }, { class: "primary quiz-start" })
        : button(t("lesson.quiz.start"), function () { begin(q); }, { class: "primary quiz-start" });
    var passageHeadings = {};
    var checks = lessonChecks(i);
    render([
      h("nav", { class: "crumbs" }, nav),
      heading(1, t("lesson.heading", i + 1, lesson.title)),
      h("section", { class: "objectives" }, heading(2, t("lesson.objectives")), h("p", null, t("lesson.objectivesIntro")),
        h("ul", null, lesson.objectives.map(function (o) { return h("li", null, o); }))),
      lesson.introHtml ? h("div", { class: "intro", html: lesson.introHtml }) : null,
      lesson.passages.map(function (passage) {
        var title = h("h2", { id: "h-" + passage.id, tabindex: "-1" }, passage.title);
        passageHeadings[passage.id] = title;
        return h("section", { class: "passage", id: "passage-" + passage.id, "aria-labelledby": "h-" + passage.id },
          title, h("div", { class: "passage-body" }, passage.body.map(function (block) {
            return ImmunoBlocks.render(block, { t: t, h: h, lesson: lesson, passage: passage, checks: checks });
          })));
      }),
      h("section", { class: "key-points" }, heading(2, t("lesson.keyPoints")),
        h("ul", null, lesson.keyPoints.map(function (k) { return h("li", null, k); }))),
      lesson.terms.length ? h("section", { class: "glossary" }, heading(2, t("lesson.glossary")),
        h("dl", null, lesson.terms.map(function (id) {
          var entry = course.glossary[id];
          return [h("dt", null, entry.term), h("dd", null, entry.definition)];
        }))) : null,
      h("div", { class: "actions" }, action)
    ], passageId ? passageHeadings[passageId] : null);
    if (passageId && passageHeadings[passageId]) passageHeadings[passageId].scrollIntoView();
    save();
  }

  /** The lesson and passage that teach a question, for the link back from its feedback. */
  function passageLink(question, q) {
    for (var i = 0; i < course.lessons.length; i++) {
      var passages = course.lessons[i].passages;
      for (var j = 0; j < passages.length; j++) {
        if (passages[j].id !== question.passage) continue;
        var lessonIndex = i;
        return h("a", {
          href: "#passage-" + question.passage, class: "passage-link",
          onclick: function (event) {
            event.preventDefault();
            returnTo = progress.state.quizzes[q].open ? q : null;
            openLesson(lessonIndex, question.passage);
          }
        }, t("feedback.passage", passages[j].title));
      }
    }
    return null;
  }

  /* ---------- quizzes ---------- */

  function begin(q) {
    if (reviewing()) return openQuiz(q);
    progress.start(q);
    save();
    question(q);
  }

  function openQuiz(q) {
    var s = progress.state.quizzes[q];
    if (reviewing()) return !s.open && s.tries > 0 ? results(q) : home();
    if (s.open) question(q);
    else if (s.tries > 0) results(q);
    else begin(q);
  }

  function attemptLine(q) {
    var s = progress.state.quizzes[q];
    var max = course.quizzes[q].maxAttempts;
    return max === 0 ? t("quiz.attemptUnlimited", s.tries) : t("quiz.attempt", s.tries, max);
  }

  function optionText(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i].text;
    return id;
  }

  /** Builds the controls of a question: {node, hint, read()} where read() gives the answer. */
  var controls = {
    "single-choice": function (question, order) { return choiceControls(question, order, "radio", "quiz.hint.single"); },
    "multiple-response": function (question, order) { return choiceControls(question, order, "checkbox", "quiz.hint.multiple"); },
    "true-false": function () {
      var inputs = [];
      var node = h("div", { class: "options" }, [true, false].map(function (value) {
        var input = h("input", { type: "radio", name: "answer", id: "tf-" + value, value: String(value) });
        inputs.push(input);
        return h("div", { class: "option" }, input, h("label", { for: "tf-" + value }, t(value ? "quiz.true" : "quiz.false")));
      }));
      return {
        node: node, hint: "quiz.hint.trueFalse", empty: "quiz.error.choose",
        read: function () {
          var checked = inputs.filter(function (i) { return i.checked; })[0];
          return checked ? { value: checked.value === "true" } : null;
        }
      };
    },
    "fill-in": function () {
      var input = h("input", { type: "text", id: "typed", name: "answer", maxlength: String(settings.maxTextLength),
        autocomplete: "off", spellcheck: "false" });
      return {
        node: h("div", { class: "typed" }, h("label", { for: "typed" }, t("quiz.answerLabel")), input),
        hint: "quiz.hint.fillIn", empty: "quiz.error.type",
        read: function () { return { text: input.value }; }
      };
    },
    "matching": function (question, order) {
      var selects = question.pairs.map(function (pair, i) {
        return h("select", { id: "match-" + i, "data-premise": pair.id },
          h("option", { value: "" }, t("quiz.choose")),
          order.map(function (id) {
            var response = question.pairs.filter(function (p) { return p.id === id; })[0];
            return h("option", { value: id }, response.response);
          }));
      });
      return {
        node: h("div", { class: "matching" }, question.pairs.map(function (pair, i) {
          return h("div", { class: "match" }, h("label", { for: "match-" + i }, pair.premise), selects[i]);
        })),
        hint: "quiz.hint.matching", empty: "quiz.error.match",
        read: function () {
          var matches = {};
          selects.forEach(function (select) {
            if (select.value) matches[select.getAttribute("data-premise")] = select.value;
          });
          return { matches: matches };
        }
      };
    },
    "ordering": function (question, order) {
      var sequence = order.slice();
      var list = h("ol", { class: "ordering" });
      var announce = h("p", { class: "visually-hidden", "aria-live": "polite" });
      function move(from, to, which) {
        var item = sequence.splice(from, 1)[0];
        sequence.splice(to, 0, item);
        draw();
        var buttons = list.children[to].querySelectorAll("button");
        var target = which === "up" ? buttons[0] : buttons[1];
        (target.disabled ? (which === "up" ? buttons[1] : buttons[0]) : target).focus();
        announce.textContent = t("quiz.moved", optionText(question.items, item), to + 1, sequence.length);
      }
      function draw() {
        list.textContent = "";
        sequence.forEach(function (id, i) {
          var text = optionText(question.items, id);
          append(list, h("li", { "data-item": id },
            h("span", { class: "item-text" }, text),
            h("span", { class: "moves" },
              button(t("quiz.moveUp"), function () { move(i, i - 1, "up"); },
                { "aria-label": t("quiz.moveUpItem", text), disabled: i === 0, class: "move-up" }),
              button(t("quiz.moveDown"), function () { move(i, i + 1, "down"); },
                { "aria-label": t("quiz.moveDownItem", text), disabled: i === sequence.length - 1, class: "move-down" }))));
        });
      }
      draw();
      return {
        node: h("div", null, list, announce), hint: "quiz.hint.ordering", empty: "quiz.error.other",
        read: function () { return { sequence: sequence.slice() }; }
      };
    }
  };

  function choiceControls(question, order, kind, hint) {
    var inputs = [];
    var node = h("div", { class: "options" }, order.map(function (id, i) {
      var input = h("input", { type: kind, name: "answer", id: "option-" + i, value: id });
      inputs.push(input);
      return h("div", { class: "option" }, input, h("label", { for: "option-" + i }, optionText(question.choices, id)));
    }));
    return {
      node: node, hint: hint, empty: "quiz.error.choose",
      read: function () {
        return { choices: inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; }) };
      }
    };
  }

  function errorMessage(question, control, invalid) {
    if (invalid.invalid === "EMPTY") return t(control.empty);
    if (invalid.invalid === "TOO_LONG") return t("quiz.error.tooLong", settings.maxTextLength);
    return t("quiz.error.other");
  }

  function question(q) {
    if (reviewing()) return openQuiz(q);
    var quiz = course.quizzes[q];
    var plan = progress.plan(q);
    var position = progress.position(q);
    var current = plan.questions[position];
    progress.goTo("quiz/" + quiz.id);
    var control = controls[current.type](current, plan.options[current.id] || []);
    var error = h("p", { class: "form-error", id: "answer-error", role: "alert" });
    var feedback = h("div", { class: "feedback", id: "feedback", "aria-live": "polite" });
    var validate = h("button", { type: "submit", class: "primary validate" }, t("quiz.validate"));
    var last = position === plan.questions.length - 1;
    var next = button(t(last ? "quiz.results" : "quiz.next"), function () {
      if (last) results(q); else question(q);
    }, { class: "primary next" });
    var nextActions = h("div", { class: "actions", hidden: true }, next);
    var fieldset = h("fieldset", { "aria-describedby": "answer-hint answer-error" },
      h("legend", null, current.prompt), h("p", { class: "hint", id: "answer-hint" }, t(control.hint)), control.node);
    var shownAt = Date.now();
    var form = h("form", { class: "question", "data-question-id": current.id, "data-type": current.type, novalidate: true,
      onsubmit: function (event) {
        event.preventDefault();
        if (!validate.isConnected || nextActions.hidden === false) return;
        var answer = control.read();
        var result;
        try {
          if (answer === null) throw new scoring.InvalidAnswer("EMPTY", "nothing chosen");
          result = progress.answer(q, answer);
        } catch (invalid) {
          if (!(invalid instanceof scoring.InvalidAnswer)) throw invalid;
          error.textContent = errorMessage(current, control, invalid);
          return;
        }
        connection.record(result.interaction, {
          // The attempt in the id keeps retries apart in LMS reports, and keeps LMSs that file
          // interactions by id from overwriting the first attempt with the second.
          id: current.lms + "_" + result.attempt, question: current, answer: answer,
          correct: result.mark.correct, when: new Date(), latencyMs: Date.now() - shownAt
        });
        // Kept in this browser before anything is shown: feedback never gets ahead of the record.
        save();
        error.textContent = "";
        fieldset.disabled = true;
        validate.remove();
        append(feedback, feedbackFor(current, answer, result.mark, q));
        nextActions.hidden = false;
        next.focus();
      }
    }, fieldset, error, h("div", { class: "actions" }, validate));
    var lessonIndex = quiz.lesson === null ? -1 : progress.lessonIndex(quiz.lesson);
    render([
      h("nav", { class: "crumbs" }, button(t("nav.home"), home, { class: "link" }),
        lessonIndex < 0 ? null : button(t("nav.lesson"), function () { returnTo = q; openLesson(lessonIndex); }, { class: "link" })),
      heading(1, quiz.title),
      h("p", { class: "quiz-meta" }, h("span", { class: "quiz-progress" }, t("quiz.progress", position + 1, plan.questions.length)),
        " \u00b7 ", attemptLine(q)),
      h("div", { class: "progress-bar", "aria-hidden": "true" }, h("span", { style: "width:" + (position / plan.questions.length * 100) + "%" })),
      form, feedback, nextActions
    ]);
    save();
  }

  /* ---------- feedback and review ---------- */

  /** An answer in words: a list for several parts, a paragraph for one. */
  function answerText(question, answer) {
    if (!answer) return h("p", null, t("answer.none"));
    switch (question.type) {
      case "single-choice":
      case "multiple-response":
        var picked = question.choices.filter(function (c) { return answer.choices.indexOf(c.id) >= 0; });
        return picked.length === 1 ? h("p", null, picked[0].text)
          : h("ul", null, picked.map(function (c) { return h("li", null, c.text); }));
      case "true-false":
        return h("p", null, t(answer.value ? "quiz.true" : "quiz.false"));
      case "fill-in":
        return h("p", { class: "typed-answer" }, answer.text === "" ? t("answer.notKept") : "\u201C" + answer.text + "\u201D");
      case "matching":
        return h("ul", null, question.pairs.map(function (pair) {
          var response = answer.matches[pair.id];
          return h("li", null, pair.premise + " \u2192 " + (response === undefined ? t("answer.unmatched")
            : question.pairs.filter(function (p) { return p.id === response; })[0].response));
        }));
      case "ordering":
        return h("ol", null, answer.sequence.map(function (id) { return h("li", null, optionText(question.items, id)); }));
    }
    return null;
  }

  function rightAnswer(question) {
    switch (question.type) {
      case "single-choice":
      case "multiple-response":
        return answerText(question, { choices: question.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.id; }) });
      case "true-false":
        return answerText(question, { value: question.answer });
      case "fill-in":
        return h("p", null, question.accepted[0]);
      case "matching":
        var matches = {};
        question.pairs.forEach(function (p) { matches[p.id] = p.id; });
        return answerText(question, { matches: matches });
      case "ordering":
        return answerText(question, { sequence: question.items.map(function (i) { return i.id; }) });
    }
    return null;
  }

  function verdict(mark) {
    switch (ImmunoLearn.CourseRules.verdict(mark.credit)) {
      case "CORRECT": return h("p", { class: "verdict correct" }, t("feedback.correct"));
      case "PARTLY": return h("p", { class: "verdict partial" }, t("feedback.partial", percent(mark.credit * 100)));
      default: return h("p", { class: "verdict incorrect" }, t("feedback.incorrect"));
    }
  }

  /**
   * A question's feedback, its parts in the order CourseRules.feedbackParts gives; `answer` is null
   * in a review, which shows no lead or choice feedback, as the app's review does not.
   */
  function feedbackFor(question, answer, mark, q) {
    var lead = answer ? (mark.credit >= 1 ? question.ifCorrect : question.ifIncorrect) : null;
    var chosen = (question.choices || []).filter(function (c) {
      return c.feedback && answer && answer.choices && answer.choices.indexOf(c.id) >= 0;
    });
    var link = passageLink(question, q);
    var parts = {
      VERDICT: function () { return verdict(mark); },
      LEAD: function () { return h("p", { class: "lead" }, lead); },
      CHOICE: function () {
        return h("ul", { class: "choice-feedback" }, chosen.map(function (c) {
          return h("li", null, t("feedback.yourChoice", c.text, c.feedback));
        }));
      },
      RIGHT_ANSWER: function () { return h("div", { class: "right-answer" }, h("p", null, t("feedback.rightAnswer")), rightAnswer(question)); },
      EXPLANATION: function () { return h("p", { class: "explanation" }, question.explanation); },
      PASSAGE: function () { return h("p", null, link); }
    };
    return ImmunoLearn.CourseRules.feedbackParts(ImmunoLearn.CourseRules.verdict(mark.credit), !!lead, chosen.length > 0,
      !!question.explanation, !!link).map(function (part) { return parts[part](); });
  }

  function results(q) {
    var quiz = course.quizzes[q];
    var s = progress.state.quizzes[q];
    if (s.open || s.tries === 0) return openQuiz(q);
    returnTo = null;
    progress.goTo("results/" + quiz.id);
    var last = progress.last(q);
    var passedThisTime = last !== null && last >= quiz.passMark;
    var actions = [];
    var notes = [t("results.passMark", percent(quiz.passMark)), " ", attemptLine(q) + ".", " "];
    if (progress.best(q) !== null && progress.best(q) !== last) notes.push(t("results.best", percent(progress.best(q), quiz.passMark)), " ");
    if (progress.mayStart(q) && !reviewing()) {
      var left = progress.attemptsLeft(q);
      if (left !== Infinity) notes.push(left === 1 ? t("results.attemptsLeft.one") : t("results.attemptsLeft.other", left));
      actions.push(button(t("results.retry"), function () { begin(q); }, { class: "primary retry" }));
    } else if (!progress.passed(q)) {
      notes.push(t("results.noAttemptLeft"));
    }
    var lessonIndex = quiz.lesson === null ? -1 : progress.lessonIndex(quiz.lesson);
    if (lessonIndex >= 0 && lessonIndex + 1 < course.lessons.length) {
      actions.push(button(t("results.nextLesson"), function () { openLesson(lessonIndex + 1); }, { class: "next-step" }));
    } else if (lessonIndex >= 0 && progress.available(progress.finalIndex)) {
      actions.push(button(t("results.final"), function () { openQuiz(progress.finalIndex); }, { class: "next-step" }));
    }
    actions.push(button(t("nav.home"), home, { class: "link" }));
    var plan = progress.plan(q);
    var review = progress.hasReview(q)
      ? h("ol", { class: "review" }, plan.questions.map(function (question, i) {
        var entry = s.answers[i];
        var mark = { credit: entry.credit, correct: entry.credit === 1 };
        return h("li", { "data-question-id": question.id },
          heading(3, t("results.question", i + 1)),
          h("p", { class: "prompt" }, question.prompt),
          h("p", null, t("results.yourAnswer")), answerText(question, entry.answer),
          feedbackFor(question, null, mark, q));
      }))
      : h("p", null, t("results.reviewUnavailable"));
    render([
      heading(1, t("results.heading", quiz.title)),
      h("p", { class: "score" }, t("results.score", percent(last, quiz.passMark)), " \u2014 ",
        h("strong", { class: passedThisTime ? "passed" : "failed" }, t(passedThisTime ? "results.passed" : "results.failed"))),
      h("p", null, notes),
      h("div", { class: "actions" }, actions),
      heading(2, t("results.review")),
      review
    ]);
    save();
  }

  /* ---------- start ---------- */

  /** Where a saved bookmark leads; anything unknown leads home. */
  /**
   * Where a launch opens: the home screen when the learner left from it (or never left it), else
   * where the course rules resume (CourseRules.resume), e.g. a finished course's final results.
   */
  function resumeScreen() {
    var at = progress.state.at;
    return !at || at === "home" ? "home" : progress.resumeAt(at);
  }

  function show(at) {
    var parts = String(at || "").split("/");
    var i = parts[0] === "lesson" ? progress.lessonIndex(parts[1]) : -1;
    var q = parts[0] === "quiz" || parts[0] === "results" ? progress.quizIndex(parts[1]) : -1;
    if (i >= 0) return openLesson(i);
    if (q >= 0 && progress.available(q) && progress.state.quizzes[q].tries > 0) return parts[0] === "quiz" ? openQuiz(q) : results(q);
    return home();
  }

  function newest(texts) {
    var best = null;
    texts.forEach(function (text) {
      var candidate = readState(text);
      if (candidate && (best === null || candidate.state.seq > best.state.seq)) best = candidate;
    });
    return best;
  }

  /** A saved state as this course's progress, or null when it is not one (see Progress.decode). */
  function readState(text) {
    var candidate = new ImmunoLearn.Progress(data, learnerId);
    return candidate.decode(text) ? candidate : null;
  }

  /**
   * Picks up where the learner was: from the LMS's suspend_data or from this browser's copy,
   * whichever is further along (the LMS may have missed the end of the last session). A first
   * attempt in the LMS after a finished, fully confirmed course starts afresh.
   *
   * When the LMS's suspend_data cannot be read (damaged, another course's) or fetched (the read
   * failed), or the LMS did not answer at all, the player takes back what the LMS's record says
   * (Progress.recover), holds every write until the learner acts, and says so on the home screen.
   */
  function restore(launch) {
    var local = connection.loadLocal(learnerId);
    var localState = local && newest([local.state]);
    if (launch && launch.entry === "ab-initio" && localState && localState.outcome().finished
      && !(local.pending && local.pending.length)) {
      connection.clearLocal(learnerId);
      local = null;
      localState = null;
    }
    connection.adopt(local);
    var text = launch && launch.suspendData;
    var fromLms = text ? readState(text) : null;
    unfetched = !connection.preview() && (!launch || !!launch.failed.suspendData);
    var unreadable = !!text && !fromLms;
    // The browser's copy is listed first: on a tie it wins, as it is never shortened.
    progress = [localState, fromLms].reduce(function (best, candidate) {
      return candidate && (best === null || candidate.state.seq > best.state.seq) ? candidate : best;
    }, null) || new ImmunoLearn.Progress(data, learnerId);
    if (progress.state.seq === 0 && launch && launch.location) progress.state.at = launch.location;
    if (unfetched || unreadable) {
      progress.recover(launch && launch.held);
      holding = true;
      var fromHere = progress === localState;
      notice = { key: unfetched ? (fromHere ? "home.notice.unfetched.local" : "home.notice.unfetched")
        : (fromHere ? "home.notice.unreadable.local" : "home.notice.unreadable") };
    } else if (progress.migration) {
      var m = progress.migration;
      // A dropped check answer is an answer the learner gave that is gone: told as one.
      var answers = m.answers + (m.checks || 0);
      notice = answers + m.lessons + m.quizzes === 0 ? { key: "home.notice.updated" }
        : { key: "home.notice.migrated", args: [answers, m.lessons, m.quizzes] };
    }
  }

  /**
   * The learner's first action after a held launch: suspend_data is asked for once more if it
   * could not be fetched. If it comes now, the learner is taken where they were (this action,
   * made on a screen that did not know their state, is not carried out); otherwise the action
   * goes on and from now on the learner's work is saved, never below the LMS's record.
   */
  function release(event) {
    if (!holding) return;
    if (refetched()) {
      if (event) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    holding = false;
  }

  /** Asks once more for a suspend_data that could not be fetched; true when it came and was taken. */
  function refetched() {
    if (!unfetched || ended) return false;
    unfetched = false;
    var again = connection.readAgain();
    if (!again || again.failed.suspendData) return false;
    var fetched = again.suspendData ? readState(again.suspendData) : null;
    if (again.suspendData && !fetched) {
      notice = { key: "home.notice.unreadable" };
      return false;
    }
    if (fetched) {
      var local = connection.loadLocal(learnerId);
      var localState = local && readState(local.state);
      progress = localState && localState.state.seq > fetched.state.seq ? localState : fetched;
    } else {
      progress.recover(again.held);
    }
    notice = null;
    holding = false;
    show(resumeScreen());
    return true;
  }

  /**
   * Who the learner is: the LMS's id when it gives one, else the last one this browser saw (an LMS
   * slow to start must not change the layouts, which are seeded from this id), else one made up for
   * a preview. The id is kept for the next launch.
   */
  function learner(fromLms, key) {
    var id = fromLms;
    try {
      id = id || window.localStorage.getItem(key) || "preview-" + Math.floor(Math.random() * 1e9).toString(36);
      window.localStorage.setItem(key, id);
    } catch (unavailable) {
      id = id || "preview";
    }
    return id;
  }

  /** What the learner is told of a session that does not count as usual: review, browse, no credit. */
  function modeNotice() {
    var key = mode === "review" ? "app.mode.review" : mode === "browse" ? "app.mode.browse"
      : credit === "no-credit" ? "app.mode.noCredit" : null;
    return key ? h("p", { class: "mode-notice", role: "note", "data-mode": mode }, t(key)) : null;
  }

  function frame() {
    var app = document.getElementById("app");
    exitButton = button(t("app.exit"), function () { leave(true); }, { class: "exit" });
    statusLine = h("div", { class: "status", role: "status" });
    main = h("main", { id: "main", tabindex: "-1" });
    var source = course.source;
    append(app, [
      h("header", { class: "bar" }, h("p", { class: "course-name" }, course.title), exitButton),
      connection.preview() ? h("p", { class: "preview" }, t("app.preview")) : null,
      modeNotice(),
      main,
      // After the screen, not above it: the line appears whenever a Commit fails or succeeds again,
      // at a moment of the LMS's choosing; above the screen it pushed the choices and buttons down
      // under the learner's pointer as they were about to click (and the click landed elsewhere).
      statusLine,
      h("footer", { class: "source" },
        h("p", null, t("footer.source"), " ", source.url ? h("a", { href: source.url }, source.title) : h("cite", null, source.title),
          source.author ? " " + t("footer.author", source.author) : ""),
        source.note ? h("p", null, source.note) : null,
        h("p", { class: "disclaimer" }, course.disclaimer))
    ]);
  }

  function start() {
    if (!data || data.format !== 3) throw new Error("course.js is missing or from another version of the player");
    document.documentElement.lang = course.language;
    document.title = course.title;
    connection = ImmunoLearn.Connection.find(ImmunoLearn.adapters[settings.edition],
      "immunolearn/" + course.id + "/" + course.language + "/" + settings.edition);
    var launch = connection.start();
    mode = launch && launch.mode || "normal";
    credit = launch && launch.credit || "credit";
    learnerId = learner(launch && launch.learnerId, "immunolearn/" + course.id + "/learner");
    restore(launch);
    frame();
    connection.onHealth(showHealth);
    window.addEventListener("pagehide", function () { leave(false); });
    // Captured before any button's own handler, so a held launch is released (or refetched) first.
    document.addEventListener("click", function (event) {
      if (holding && event.target.closest && event.target.closest("button, a")) release(event);
    }, true);
    if (unfetched) window.setTimeout(function () { if (holding) refetched(); }, REFETCH_MS);
    window.addEventListener("pageshow", function (event) {
      // Back from the browser's page cache after its session ended: a fresh launch, never a page that
      // looks alive but can no longer save.
      if (event.persisted && ended) window.location.reload();
    });
    document.addEventListener("keydown", function (event) {
      // A definition shown on focus closes with Escape (WCAG 1.4.13), and shows again on the next focus.
      var term = event.target.closest && event.target.closest(".term");
      if (event.key === "Escape" && term) term.classList.add("closed");
    });
    document.addEventListener("focusout", function (event) {
      var term = event.target.closest && event.target.closest(".term");
      if (term) term.classList.remove("closed");
    });
    // A notice is read on the home screen, before going anywhere.
    show(notice ? "home" : resumeScreen());
  }

  ImmunoLearn.player = { start: start };
})(window.ImmunoLearn = window.ImmunoLearn || {});

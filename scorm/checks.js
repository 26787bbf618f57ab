/*
 * The two blocks a learner answers inside a lesson, as plain DOM: the inline knowledge check
 * ("check") and the scenario, registered in window.ImmunoBlocks.renderers like the other blocks
 * (blocks.js). Also the course rules they follow, ported from progress.CourseRules and run against
 * the same vectors (lesson-check-vectors.json): the verdict on a check, and when a lesson is read.
 *
 * A check is ungraded. Its last answer is kept in the player's state (progress.js, suspend_data
 * format "3"), so it survives a reopen and counts for the lesson being read; it never counts for a
 * score. A scenario's explored choices are not kept: a scenario is there to be explored, counts for
 * nothing, and coming back to it means starting from the situation again, which is what "try
 * another choice" does anyway; keeping them would cost suspend_data (4,096 characters in SCORM 1.2)
 * for no gain.
 *
 * Neither is reported to the LMS as cmi.interactions. Moodle's reports (and most LMSs') list
 * every interaction as a question of the activity, beside the quiz's real ones, so ungraded
 * exploration would read to a trainer as answers to graded questions, even without a weight. In
 * SCORM 1.2 interactions are write-only, so they could not hold the answers for a reopen either:
 * suspend_data does that. The quiz's interactions stay what they are: the graded questions.
 */
(function (ImmunoLearn, ImmunoBlocks) {
  "use strict";

  var renderers = ImmunoBlocks.renderers;
  var counter = 0;
  var VERDICT_WORDS = { correct: "block.check.correct", partly: "block.check.partly", incorrect: "block.check.incorrect" };

  function uid(prefix) {
    counter += 1;
    return prefix + "-" + counter;
  }

  /** Thrown for an answer the rules refuse to judge (nothing chosen, an unknown choice, two for a single). */
  function RefusedError(message) {
    this.name = "RefusedError";
    this.message = message;
  }
  RefusedError.prototype = Object.create(Error.prototype);

  /* ---------- the rules (progress.CourseRules) ---------- */

  /**
   * "correct", "partly" or "incorrect" for the choice ids chosen; throws Refused. Single: correct
   * only for the correct choice. Multiple: correct for exactly the correct set; partly for some
   * correct ones and no wrong one; incorrect as soon as a wrong one is ticked.
   */
  function verdict(check, chosen) {
    var given = [];
    chosen.forEach(function (id) { if (given.indexOf(id) < 0) given.push(id); });
    if (given.length === 0) throw new RefusedError("check " + check.id + ": no choice given");
    var known = check.choices.map(function (c) { return c.id; });
    var correct = check.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.id; });
    given.forEach(function (id) {
      if (known.indexOf(id) < 0) throw new RefusedError("check " + check.id + ": unknown choice " + id);
    });
    if (!check.multiple && given.length > 1) throw new RefusedError("check " + check.id + ": one choice only");
    var allCorrect = given.every(function (id) { return correct.indexOf(id) >= 0; });
    if (allCorrect && given.length === correct.length) return "correct";
    return check.multiple && allCorrect ? "partly" : "incorrect";
  }

  /** Whether a lesson counts as read: its quiz was gone on to, or every check of a lesson with some answered. */
  function lessonRead(wentToQuiz, checksAnswered, checks) {
    return wentToQuiz || (checks > 0 && checksAnswered >= checks);
  }

  /** The checks of a lesson as course.js bakes it, in reading order. */
  function ofLesson(lesson) {
    var found = [];
    lesson.passages.forEach(function (passage) {
      (passage.body || []).forEach(function (block) { if (block.type === "check") found.push(block); });
    });
    return found;
  }

  ImmunoLearn.checks = { verdict: verdict, lessonRead: lessonRead, ofLesson: ofLesson, Refused: RefusedError };

  /* ---------- the check ---------- */

  /**
   * ctx.checks, from the player: answer(block) gives the kept choice ids or null; choose(block, ids)
   * keeps the answer (before anything is shown) and gives the verdict. Without it (a page that
   * renders blocks alone) the check judges and keeps nothing.
   */
  renderers.check = function (block, ctx) {
    var h = ctx.h, t = ctx.t;
    var store = ctx.checks || { answer: function () { return null; }, choose: function (b, ids) { return verdict(b, ids); } };
    var name = uid("check");
    var promptId = name + "-prompt";
    var inputs = block.choices.map(function (choice, i) {
      var input = h("input", { type: block.multiple ? "checkbox" : "radio", name: name, id: name + "-" + i, value: choice.id });
      return input;
    });
    var live = h("div", { class: "check-feedback", "aria-live": "polite" });
    var node = h("div", { "data-block": "check", "data-block-id": block.id, class: "block block-check" },
      h("fieldset", { class: "check-choices" },
        h("legend", { id: promptId, class: "check-prompt" }, block.prompt),
        block.choices.map(function (choice, i) {
          return h("div", { class: "check-choice" }, inputs[i], h("label", { for: inputs[i].id }, choice.text));
        })),
      h("p", { class: "check-note" }, t("block.check.ungraded")),
      h("button", { type: "button", class: "check-submit", onclick: submit }, t("block.check.submit")),
      live);

    function chosen() {
      return inputs.filter(function (input) { return input.checked; }).map(function (input) { return input.value; });
    }

    function show(ids, result) {
      live.innerHTML = "";
      live.className = "check-feedback verdict-" + result;
      live.appendChild(h("p", { class: "check-verdict" }, t(VERDICT_WORDS[result])));
      live.appendChild(h("ul", { class: "check-choice-feedback" }, block.choices.filter(function (choice) {
        return ids.indexOf(choice.id) >= 0;
      }).map(function (choice) {
        return h("li", { class: choice.correct ? "choice-right" : "choice-wrong", "data-choice": choice.id },
          t(choice.correct ? "block.check.chosenRight" : "block.check.chosenWrong", choice.text),
          choice.feedback ? " " + choice.feedback : null);
      })));
    }

    function submit() {
      var ids = chosen();
      if (ids.length === 0) {
        live.className = "check-feedback check-refused";
        live.innerHTML = "";
        live.appendChild(h("p", { class: "check-refusal" }, t(block.multiple ? "block.check.emptyMultiple" : "block.check.emptySingle")));
        inputs[0].focus();
        return;
      }
      show(ids, store.choose(block, ids));
    }

    var kept = store.answer(block);
    if (kept && kept.length) {
      inputs.forEach(function (input) { input.checked = kept.indexOf(input.value) >= 0; });
      show(kept, verdict(block, kept));
    }
    return node;
  };

  /* ---------- the scenario ---------- */

  renderers.scenario = function (block, ctx) {
    var h = ctx.h, t = ctx.t;
    var situationId = uid("scenario");
    var live = h("div", { class: "scenario-outcome", "aria-live": "polite" });
    var again = h("button", { type: "button", class: "scenario-again", hidden: true, onclick: back }, t("block.scenario.again"));
    var last = 0;
    var buttons = block.choices.map(function (choice, i) {
      return h("button", { type: "button", class: "scenario-choice", "data-choice": choice.id,
        onclick: function () { choose(i); } }, choice.text);
    });
    var choices = h("div", { class: "scenario-choices", role: "group", "aria-labelledby": situationId }, buttons);
    var node = h("div", { "data-block": "scenario", "data-block-id": block.id, class: "block block-scenario" },
      h("div", { class: "scenario-situation", id: situationId, html: block.situationHtml }),
      choices, live, again);

    function choose(i) {
      var choice = block.choices[i];
      last = i;
      buttons[i].classList.add("explored");
      choices.hidden = true;
      live.innerHTML = "";
      live.appendChild(h("p", { class: "scenario-chosen" }, t("block.scenario.chosen", choice.text)));
      live.appendChild(h("p", { class: "scenario-consequence" },
        h("strong", null, t("block.scenario.consequence")), " ", choice.consequence));
      live.appendChild(h("p", { class: "scenario-explanation" },
        h("strong", null, t("block.scenario.explanation")), " ", choice.explanation));
      again.hidden = false;
      again.focus();
    }

    function back() {
      live.innerHTML = "";
      again.hidden = true;
      choices.hidden = false;
      buttons[last].focus();
    }
    return node;
  };
})(window.ImmunoLearn = window.ImmunoLearn || {}, window.ImmunoBlocks = window.ImmunoBlocks || { renderers: {} });

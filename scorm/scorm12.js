/*
 * What SCORM 1.2 calls things: the API object and its functions, the cmi elements, and how the
 * player's progress, objectives and answers are written in them. lms.js does the talking; this
 * file only says what to say.
 */
(function (ImmunoLearn) {
  "use strict";

  var types = ImmunoLearn.cmiTypes.scorm12;

  function indexOf(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return i;
    return -1;
  }

  function letters(list, ids) {
    return ids.map(function (id) { return types.letter(indexOf(list, id)); }).join(",");
  }

  /** A set of choices, in content order whatever order they were ticked in. */
  function choiceSet(question, ids) {
    return letters(question.choices, question.choices.filter(function (c) { return ids.indexOf(c.id) >= 0; })
      .map(function (c) { return c.id; }));
  }

  function matching(question, matches) {
    return question.pairs.filter(function (pair) { return matches[pair.id] !== undefined; }).map(function (pair) {
      return types.number(indexOf(question.pairs, pair.id)) + "." + types.letter(indexOf(question.pairs, matches[pair.id]));
    }).join(",");
  }

  /** [interaction type, learner response, [correct response patterns]] for an answer. */
  function responses(question, answer) {
    switch (question.type) {
      case "single-choice":
      case "multiple-response":
        return ["choice", choiceSet(question, answer.choices),
          [choiceSet(question, question.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.id; }))]];
      case "true-false":
        return ["true-false", answer.value ? "t" : "f", [question.answer ? "t" : "f"]];
      case "fill-in":
        return ["fill-in", types.text(answer.text), question.accepted.map(types.text)];
      case "matching":
        var key = {};
        question.pairs.forEach(function (pair) { key[pair.id] = pair.id; });
        return ["matching", matching(question, answer.matches), [matching(question, key)]];
      case "ordering":
        return ["sequencing", letters(question.items, answer.sequence),
          [letters(question.items, question.items.map(function (i) { return i.id; }))]];
    }
    throw new Error("unknown question type " + question.type);
  }

  ImmunoLearn.adapters = ImmunoLearn.adapters || {};
  ImmunoLearn.adapters.scorm12 = {
    edition: "1.2",
    apiName: "API",
    calls: {
      initialize: "LMSInitialize", terminate: "LMSFinish", getValue: "LMSGetValue", setValue: "LMSSetValue",
      commit: "LMSCommit", lastError: "LMSGetLastError", errorString: "LMSGetErrorString"
    },
    learnerId: "cmi.core.student_id",
    entry: "cmi.core.entry",
    location: "cmi.core.lesson_location",
    suspendData: "cmi.suspend_data",
    sessionTime: "cmi.core.session_time",
    interactionCount: "cmi.interactions._count",
    objectiveCount: "cmi.objectives._count",
    objectiveId: function (n) { return "cmi.objectives." + n + ".id"; },
    mode: "cmi.core.lesson_mode",
    credit: "cmi.core.credit",
    sessionTime: "cmi.core.session_time",
    /** The course's status elements: a session never sets one below what the LMS holds (lms.js RANK). */
    statusElements: ["cmi.core.lesson_status"],
    /** What a browse session reports (RTE 1.2 3.4.4 cmi.core.lesson_status: "browsed"). */
    browsed: ["cmi.core.lesson_status", "browsed"],
    /**
     * A value as a no-credit session writes it, or null to leave it out: no score, and a course or
     * objective that is passed or failed is only "completed" (see Connection.allowed).
     */
    uncredited: function (element, value) {
      if (/^cmi\.(core|objectives\.\d+)\.score\./.test(element)) return null;
      if (/^cmi\.(core\.lesson_status|objectives\.\d+\.status)$/.test(element) && (value === "passed" || value === "failed")) {
        return "completed";
      }
      return value;
    },
    /** 1.2 reads of unset elements return "" without error, so a resume is always looked for. */
    mayResume: function () { return true; },
    alreadyInitialized: function () { return false; },
    /** 1.2 has no error for a second LMSFinish. */
    alreadyTerminated: function () { return false; },

    /** 1.2 reads an unset element as "" with no error; 401 is an element this LMS does not implement. */
    unset: function (code) { return String(code) === "401"; },

    /** The course's record as the LMS holds it, in the player's terms (see Connection.floor). */
    heldOutcome: function (read) {
      var status = read("cmi.core.lesson_status");
      var score = parseFloat(read("cmi.core.score.raw"));
      return {
        completed: status === "completed" || status === "passed" || status === "failed",
        success: status === "passed" || status === "failed" ? status : "unknown",
        score: isNaN(score) ? null : score
      };
    },

    heldObjective: function (n, read) {
      var score = parseFloat(read("cmi.objectives." + n + ".score.raw"));
      return { status: read("cmi.objectives." + n + ".status") || "not attempted", score: isNaN(score) ? null : score };
    },

    /**
     * Errors that retrying cannot cure (RTE 1.2 3.3.2): an argument, element or value the LMS
     * refuses. Anything else (101 general exception, 301 not initialized) may pass.
     */
    permanent: function (code) {
      return ["201", "401", "402", "403", "404", "405"].indexOf(String(code)) >= 0;
    },

    /** The course's state as [element, value] pairs, in the order they are set. */
    course: function (outcome, location, suspendData, sessionMs) {
      var status = outcome.success === "passed" ? "passed" : outcome.success === "failed" ? "failed"
        : outcome.completed ? "completed" : "incomplete";
      var values = [["cmi.core.lesson_status", status]];
      if (outcome.score !== null) {
        values.push(["cmi.core.score.min", "0"], ["cmi.core.score.max", "100"],
          ["cmi.core.score.raw", types.decimal(outcome.score)]);
      }
      values.push(
        ["cmi.core.lesson_location", types.text(location)],
        ["cmi.suspend_data", suspendData],
        // "suspend" keeps the attempt open for a resume until the course is finished.
        ["cmi.core.exit", outcome.finished ? "" : "suspend"],
        ["cmi.core.session_time", types.timespan(sessionMs)]);
      return values;
    },

    objective: function (n, objective) {
      var prefix = "cmi.objectives." + n + ".";
      var values = [[prefix + "id", objective.lms]];
      if (objective.score !== null) {
        values.push([prefix + "score.min", "0"], [prefix + "score.max", "100"],
          [prefix + "score.raw", types.decimal(objective.score)]);
      }
      values.push([prefix + "status", objective.status]);
      return values;
    },

    /** An answered question as [element suffix, value] pairs under cmi.interactions.n. */
    interaction: function (record) {
      var r = responses(record.question, record.answer);
      var values = [
        // Identifiers as course.js gives them (LmsIdentifiers): printable ASCII, as CMIIdentifier wants.
        ["id", record.id],
        ["objectives.0.id", record.question.objective],
        ["time", types.time(record.when)],
        ["type", r[0]]
      ];
      r[2].forEach(function (pattern, i) { values.push(["correct_responses." + i + ".pattern", pattern]); });
      values.push(
        ["weighting", types.decimal(record.question.weight)],
        ["student_response", r[1]],
        ["result", record.correct ? "correct" : "wrong"],
        ["latency", types.timespan(record.latencyMs)]);
      return values;
    }
  };
})(window.ImmunoLearn = window.ImmunoLearn || {});

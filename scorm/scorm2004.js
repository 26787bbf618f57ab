/*
 * What SCORM 2004 (4th edition) calls things: the API object and its functions, the cmi elements,
 * and how the player's progress, objectives and answers are written in them. lms.js does the
 * talking; this file only says what to say.
 */
(function (ImmunoLearn) {
  "use strict";

  var types = ImmunoLearn.cmiTypes.scorm2004;

  /* Choices, pairs and items are named by the LMS identifiers course.js carries ("lms"), never by
     their content ids: LMSs such as Moodle refuse most characters content ids may hold. */

  function lmsIds(list) {
    return list.map(function (entry) { return entry.lms; });
  }

  function lmsOf(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i].lms;
    throw new Error("no entry " + id);
  }

  /** A set of choices, in content order whatever order they were ticked in. */
  function choiceSet(question, chosen) {
    return lmsIds(question.choices.filter(function (c) { return chosen.indexOf(c.id) >= 0; })).join(types.LIST);
  }

  /** Pairs are named by their identifier on both sides: "premise[.]response". */
  function matching(question, matches) {
    return question.pairs.filter(function (pair) { return matches[pair.id] !== undefined; }).map(function (pair) {
      return pair.lms + types.PAIR + lmsOf(question.pairs, matches[pair.id]);
    }).join(types.LIST);
  }

  /** [interaction type, learner response, [correct response patterns]] for an answer. */
  function responses(question, answer) {
    switch (question.type) {
      case "single-choice":
      case "multiple-response":
        return ["choice", choiceSet(question, answer.choices),
          [choiceSet(question, question.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.id; }))]];
      case "true-false":
        return ["true-false", String(answer.value), [String(question.answer)]];
      case "fill-in":
        // The player ignores case, accents and spacing; the pattern says so for the case at least.
        return ["fill-in", types.text(answer.text), question.accepted.map(function (accepted) {
          return "{case_matters=false}" + types.text(accepted);
        })];
      case "matching":
        var key = {};
        question.pairs.forEach(function (pair) { key[pair.id] = pair.id; });
        return ["matching", matching(question, answer.matches), [matching(question, key)]];
      case "ordering":
        return ["sequencing", answer.sequence.map(function (id) { return lmsOf(question.items, id); }).join(types.LIST),
          [lmsIds(question.items).join(types.LIST)]];
    }
    throw new Error("unknown question type " + question.type);
  }

  var OBJECTIVE = {
    "passed": ["completed", "passed"],
    "failed": ["completed", "failed"],
    "completed": ["completed", "unknown"],
    "incomplete": ["incomplete", "unknown"],
    "browsed": ["incomplete", "unknown"],
    "not attempted": ["not attempted", "unknown"]
  };

  ImmunoLearn.adapters = ImmunoLearn.adapters || {};
  ImmunoLearn.adapters.scorm2004 = {
    edition: "2004",
    apiName: "API_1484_11",
    calls: {
      initialize: "Initialize", terminate: "Terminate", getValue: "GetValue", setValue: "SetValue",
      commit: "Commit", lastError: "GetLastError", errorString: "GetErrorString"
    },
    learnerId: "cmi.learner_id",
    entry: "cmi.entry",
    location: "cmi.location",
    suspendData: "cmi.suspend_data",
    sessionTime: "cmi.session_time",
    interactionCount: "cmi.interactions._count",
    objectiveCount: "cmi.objectives._count",
    objectiveId: function (n) { return "cmi.objectives." + n + ".id"; },
    mode: "cmi.mode",
    credit: "cmi.credit",
    sessionTime: "cmi.session_time",
    /** The course's status elements: a session never sets one below what the LMS holds (lms.js RANK). */
    statusElements: ["cmi.completion_status", "cmi.success_status"],
    /** 2004 has no status for a browse session (RTE 2004 4.2.4): it reports none. */
    browsed: null,
    /** A value as a no-credit session writes it, or null to leave it out: no score, no success (see Connection.allowed). */
    uncredited: function (element, value) {
      return /^cmi\.(objectives\.\d+\.)?(score\.|success_status$)/.test(element) ? null : value;
    },
    /**
     * A first attempt ("ab-initio") has no location or suspend_data: reading them would only make
     * the LMS report error 403.
     */
    mayResume: function (entry) { return entry !== "ab-initio"; },
    /** 103: Initialize was already called for this attempt, by an earlier page of the same SCO. */
    alreadyInitialized: function (code) { return String(code) === "103"; },
    /** 113: Terminate after Terminate; a first call that answered false ended the session after all. */
    alreadyTerminated: function (code) { return String(code) === "113"; },

    /** 403: the element has no value yet (RTE 2004 3.1.7.6); 401: this LMS does not implement it. */
    unset: function (code) { return String(code) === "403" || String(code) === "401"; },

    /** The course's record as the LMS holds it, in the player's terms (see Connection.floor). */
    heldOutcome: function (read) {
      var score = parseFloat(read("cmi.score.raw"));
      return {
        completed: read("cmi.completion_status") === "completed",
        success: read("cmi.success_status") || "unknown",
        score: isNaN(score) ? null : score
      };
    },

    /** An objective's two statuses as the one status the player reports (OBJECTIVE, read backwards). */
    heldObjective: function (n, read) {
      var prefix = "cmi.objectives." + n + ".";
      var score = parseFloat(read(prefix + "score.raw"));
      var success = read(prefix + "success_status"), completion = read(prefix + "completion_status");
      var status = success === "passed" || success === "failed" ? success
        : completion === "completed" ? "completed" : completion === "incomplete" ? "incomplete" : "not attempted";
      return { status: status, score: isNaN(score) ? null : score };
    },

    /**
     * Errors that retrying cannot cure (RTE 2004 table 3.1.7.6a): an argument, element or value
     * the LMS refuses. Anything else (101, 351 set failure, 391 commit failure...) may pass.
     */
    permanent: function (code) {
      return ["201", "401", "402", "403", "404", "405", "406", "407", "408"].indexOf(String(code)) >= 0;
    },

    /** The course's state as [element, value] pairs, in the order they are set. */
    course: function (outcome, location, suspendData, sessionMs) {
      var values = [
        ["cmi.completion_status", outcome.completed ? "completed" : "incomplete"],
        ["cmi.success_status", outcome.success]
      ];
      if (outcome.score !== null) {
        values.push(["cmi.score.min", "0"], ["cmi.score.max", "100"],
          ["cmi.score.raw", types.decimal(outcome.score)], ["cmi.score.scaled", types.scaled(outcome.score)]);
      }
      values.push(
        ["cmi.location", location.substring(0, 1000)],
        ["cmi.suspend_data", suspendData],
        // "suspend" keeps the attempt open for a resume, even once the course is finished: after
        // "normal" an LMS opens a new, empty attempt at the next launch (RTE 2004 4.2.8 cmi.exit,
        // 4.2.7 cmi.entry), and LMSs that grade the last attempt would then report a finished
        // learner as not finished. With "suspend" the next launch resumes the record: the course
        // stays finished and the learner reopens their results. A package exported to start a new
        // attempt once finished (ExportOptions.newAttemptWhenFinished) ends the attempt instead.
        ["cmi.exit", outcome.endsAttempt ? "normal" : "suspend"],
        ["cmi.session_time", types.duration(sessionMs)]);
      return values;
    },

    objective: function (n, objective) {
      var prefix = "cmi.objectives." + n + ".";
      var status = OBJECTIVE[objective.status];
      var values = [[prefix + "id", objective.lms]];
      if (objective.score !== null) {
        values.push([prefix + "score.min", "0"], [prefix + "score.max", "100"],
          [prefix + "score.raw", types.decimal(objective.score)], [prefix + "score.scaled", types.scaled(objective.score)]);
      }
      values.push([prefix + "completion_status", status[0]], [prefix + "success_status", status[1]]);
      return values;
    },

    /** An answered question as [element suffix, value] pairs under cmi.interactions.n. */
    interaction: function (record) {
      var r = responses(record.question, record.answer);
      // The type comes before the responses: the LMS checks their format against it.
      var values = [
        ["id", record.id],
        ["type", r[0]],
        ["objectives.0.id", record.question.objective],
        ["timestamp", types.timestamp(record.when)],
        ["description", types.text(record.question.prompt)]
      ];
      r[2].forEach(function (pattern, i) { values.push(["correct_responses." + i + ".pattern", pattern]); });
      values.push(
        ["weighting", types.decimal(record.question.weight)],
        ["learner_response", r[1]],
        ["result", record.correct ? "correct" : "incorrect"],
        ["latency", types.duration(record.latencyMs)]);
      return values;
    }
  };
})(window.ImmunoLearn = window.ImmunoLearn || {});

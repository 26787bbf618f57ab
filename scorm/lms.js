/*
 * The conversation with the LMS, whichever the edition: find its API, start the session, keep it
 * told, end it once. The edition's adapter (scorm12.js or scorm2004.js) says which elements and
 * formats to use.
 *
 * The learner is never kept waiting on the LMS and nothing they did is lost because of it: every
 * change is first kept in this browser's local storage, then written to the LMS and committed; a
 * call that fails is retried later, and whatever the LMS never confirmed is sent again, from local
 * storage, at the next launch. With no LMS at all the package runs as a preview on local storage.
 */
(function (ImmunoLearn) {
  "use strict";

  var RETRY_FIRST_MS = 2000;
  var RETRY_MOST_MS = 30000;

  /** The API object in `win` or one of its parents, as the SCORM run-time environment describes. */
  function scan(win, name) {
    for (var hops = 0; win && hops < 500; hops++) {
      try {
        if (win[name]) return win[name];
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      } catch (crossOrigin) {
        // A frame of another origin cannot be looked into; nothing above it can be reached either.
        return null;
      }
    }
    return null;
  }

  function findApi(name) {
    var api = scan(window, name);
    if (!api) {
      try {
        if (window.opener) api = scan(window.opener, name);
        if (!api && window.top && window.top.opener) api = scan(window.top.opener, name);
      } catch (crossOrigin) {
        api = null;
      }
    }
    return api;
  }

  function Connection(adapter, keyPrefix) {
    this.adapter = adapter;
    this.keyPrefix = keyPrefix;
    this.api = findApi(adapter.apiName);
    this.initialized = false;
    this.ended = false;
    this.pending = [];
    this.objectiveIndex = {};
    this.objectiveCount = 0;
    this.interactionCount = null;
    this.retryMs = RETRY_FIRST_MS;
    this.retryTimer = null;
    this.healthy = true;
    this.listeners = [];
    this.started = Date.now();
    this.mode = "normal";
    this.credit = "credit";
    this.held = {};
  }

  Connection.find = function (adapter, keyPrefix) {
    return new Connection(adapter, keyPrefix);
  };

  Connection.prototype.preview = function () {
    return !this.api;
  };

  /** Calls an API function; any exception a broken LMS throws counts as a failed call. */
  Connection.prototype.call = function (fn) {
    try {
      var f = this.api[this.adapter.calls[fn]];
      return f.apply(this.api, Array.prototype.slice.call(arguments, 1));
    } catch (broken) {
      return "false";
    }
  };

  Connection.prototype.ok = function (result) {
    return String(result) === "true";
  };

  Connection.prototype.lastError = function () {
    return String(this.call("lastError"));
  };

  Connection.prototype.get = function (element) {
    var value = this.call("getValue", element);
    return value === null || value === undefined ? "" : String(value);
  };

  /**
   * Starts the session and reads what the LMS holds: {learnerId, entry, location, suspendData}.
   * Returns null for a preview, or when the LMS does not answer yet (it is asked again later).
   */
  Connection.prototype.start = function () {
    if (!this.api) return null;
    if (!this.ok(this.call("initialize", "")) && !this.adapter.alreadyInitialized(this.lastError())) return null;
    this.initialized = true;
    var launch = { learnerId: this.get(this.adapter.learnerId), entry: this.get(this.adapter.entry) };
    this.readMode(launch);
    if (this.adapter.mayResume(launch.entry)) {
      launch.location = this.get(this.adapter.location);
      launch.suspendData = this.get(this.adapter.suspendData);
    }
    var count = parseInt(this.get(this.adapter.interactionCount), 10);
    this.interactionCount = isNaN(count) ? null : count;
    var objectives = parseInt(this.get(this.adapter.objectiveCount), 10) || 0;
    for (var n = 0; n < objectives; n++) this.objectiveIndex[this.get(this.adapter.objectiveId(n))] = n;
    this.objectiveCount = objectives;
    return launch;
  };

  /* ---------- modes and credit ---------- */

  /**
   * Adds the session's mode ("normal", "browse" or "review") and credit ("credit" or "no-credit")
   * to the launch, and keeps the course statuses the LMS holds, which no session writes below.
   * Anything else an LMS answers counts as the standard's default: normal, credit.
   */
  Connection.prototype.readMode = function (launch) {
    var mode = this.get(this.adapter.mode), credit = this.get(this.adapter.credit);
    this.mode = launch.mode = mode === "review" || mode === "browse" ? mode : "normal";
    this.credit = launch.credit = credit === "no-credit" ? credit : "credit";
    for (var element in this.adapter.statusRanks) this.held[element] = this.get(element);
  };

  /**
   * The value this session may set for an element, or null to leave what the LMS holds; every
   * SetValue goes through here.
   * - review: the learner looks at an attempt the LMS already recorded, "without the intent of
   *   updating" it (RTE 1.2 3.4.4 cmi.core.lesson_mode; RTE 2004 4.2.13 cmi.mode): only the
   *   session's time is written, as real LMSs discard the rest.
   * - browse: presented "without the intent of recording any information about the current
   *   learner session" (same sections): the learner may try things, but their tries are not the
   *   learner's record and would spend attempts of the real one. Only the session's time is
   *   written, and in 1.2 the status "browsed" the standard has for it, never over a status that
   *   says more. 2004 has no such status (RTE 2004 4.2.4 cmi.completion_status), so nothing else.
   * - no-credit: the learner "will not be credited for performance" (RTE 1.2 3.4.4 cmi.core.credit,
   *   "pass/fail and score"; RTE 2004 4.2.5 cmi.credit). The session is recorded (answers,
   *   completion, bookmark) but claims no credit: no score, no pass or fail (the adapter's
   *   uncredited), as an LMS that keeps whatever it receives would otherwise credit them.
   * And in every mode, a course status never goes below the one the LMS holds.
   */
  Connection.prototype.allowed = function (element, value) {
    var adapter = this.adapter;
    if (element === adapter.sessionTime) return value;
    if (this.mode === "review") return null;
    if (this.mode === "browse") {
      if (!adapter.browsed || element !== adapter.browsed[0]) return null;
      value = adapter.browsed[1];
    } else if (this.credit === "no-credit") {
      value = adapter.uncredited(element, value);
      if (value === null) return null;
    }
    return this.notBelowHeld(element, value) ? value : null;
  };

  Connection.prototype.notBelowHeld = function (element, value) {
    var ranks = this.adapter.statusRanks[element];
    if (!ranks || ranks[value] === undefined) return true;
    var held = ranks[this.held[element]] === undefined ? -1 : ranks[this.held[element]];
    if (ranks[value] < held) return false;
    this.held[element] = value;
    return true;
  };

  /** Whether this session keeps what the learner does: a review or a browse leaves no trace, here or in the LMS. */
  Connection.prototype.recording = function () {
    return this.mode === "normal";
  };

  /* ---------- local storage ---------- */

  Connection.prototype.storageKey = function (learnerId) {
    return this.keyPrefix + "/" + learnerId;
  };

  /** {state, pending} kept in this browser for a learner, or null. */
  Connection.prototype.loadLocal = function (learnerId) {
    try {
      var text = window.localStorage.getItem(this.storageKey(learnerId));
      return text ? JSON.parse(text) : null;
    } catch (unavailable) {
      return null;
    }
  };

  Connection.prototype.clearLocal = function (learnerId) {
    if (!this.recording()) return;
    try {
      window.localStorage.removeItem(this.storageKey(learnerId));
    } catch (unavailable) {
      // Nothing to clear where nothing can be kept.
    }
  };

  /**
   * Adopts what a previous session left unconfirmed. Interactions the LMS already counts arrived
   * after all (their commit failed but the session's end saved them) and are not sent twice.
   */
  Connection.prototype.adopt = function (local) {
    var count = this.interactionCount;
    this.pending = (local && local.pending || []).filter(function (p) { return count === null || p.m >= count; });
  };

  Connection.prototype.saveLocal = function (learnerId, encodedState) {
    if (!this.recording()) return true;
    try {
      window.localStorage.setItem(this.storageKey(learnerId), JSON.stringify({
        state: encodedState,
        pending: this.pending.map(function (p) { return { m: p.m, values: p.values }; })
      }));
      return true;
    } catch (full) {
      return false;
    }
  };

  /* ---------- keeping the LMS told ---------- */

  /** Queues an answered question for the LMS; m is its number in the learner's course. */
  Connection.prototype.record = function (m, record) {
    if (this.api) this.pending.push({ m: m, values: this.adapter.interaction(record), written: false });
  };

  Connection.prototype.onHealth = function (listener) {
    this.listeners.push(listener);
  };

  Connection.prototype.setHealthy = function (healthy) {
    if (healthy === this.healthy) return;
    this.healthy = healthy;
    this.listeners.forEach(function (listener) { listener(healthy); });
  };

  /**
   * Sets each value; false as soon as the LMS fails in a way that may pass (the caller retries
   * later). A value the LMS refuses for good is left out, so one bad value never holds back the rest.
   */
  Connection.prototype.setAll = function (values) {
    for (var i = 0; i < values.length; i++) {
      var value = this.allowed(values[i][0], values[i][1]);
      if (value === null || this.ok(this.call("setValue", values[i][0], value))) continue;
      var code = this.lastError();
      if (!this.adapter.permanent(code)) return false;
      if (window.console) console.warn("SCORM: the LMS refused " + values[i][0] + " = " + value + " (error " + code + ")");
    }
    return true;
  };

  /**
   * Writes the whole current state and every unconfirmed answer, then commits. `report` is
   * {outcome, objectives, location, suspendData}. Returns whether the LMS confirmed it all.
   */
  Connection.prototype.sync = function (report) {
    if (!this.api || this.ended) return !this.api;
    this.lastReport = report;
    if (!this.initialized && !this.start()) return this.retryLater();
    var ok = this.setAll(this.adapter.course(report.outcome, report.location, report.suspendData, Date.now() - this.started));
    for (var i = 0; ok && i < report.objectives.length; i++) ok = this.writeObjective(report.objectives[i]);
    for (i = 0; ok && i < this.pending.length; i++) ok = this.writeInteraction(this.pending[i]);
    if (ok) ok = this.ok(this.call("commit", ""));
    if (!ok) return this.retryLater();
    this.pending = [];
    this.retryMs = RETRY_FIRST_MS;
    this.setHealthy(true);
    return true;
  };

  /** Objectives are found by the identifier the LMS holds (objective.lms), not the lesson's id. */
  Connection.prototype.writeObjective = function (objective) {
    var n = this.objectiveIndex[objective.lms];
    var known = n !== undefined;
    if (!known) n = this.objectiveCount;
    if (!this.setAll(this.adapter.objective(n, objective))) return false;
    if (!known) {
      this.objectiveIndex[objective.lms] = n;
      this.objectiveCount++;
    }
    return true;
  };

  /** Interactions are a list the LMS numbers: each new one goes at the end, written once per session. */
  Connection.prototype.writeInteraction = function (pending) {
    if (pending.written) return true;
    var n = this.interactionCount === null ? pending.m : this.interactionCount;
    var values = pending.values.map(function (v) { return ["cmi.interactions." + n + "." + v[0], v[1]]; });
    if (!this.setAll(values)) return false;
    pending.written = true;
    if (this.interactionCount !== null) this.interactionCount++;
    return true;
  };

  Connection.prototype.retryLater = function () {
    this.setHealthy(false);
    if (!this.retryTimer && !this.ended) {
      var self = this;
      this.retryTimer = window.setTimeout(function () {
        self.retryTimer = null;
        if (self.onRetry) self.onRetry();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MOST_MS);
    }
    return false;
  };

  /**
   * Ends the session, once, whether the learner chose to leave or the page is going away: a last
   * write of everything, then Terminate (LMSFinish in 1.2). Returns whether the LMS confirmed it.
   */
  Connection.prototype.end = function (report) {
    if (this.ended) return true;
    if (!this.api) {
      this.ended = true;
      return true;
    }
    var saved = this.sync(report);
    this.ended = true;
    if (this.retryTimer) window.clearTimeout(this.retryTimer);
    if (!this.initialized) return false;
    var terminated = this.ok(this.call("terminate", ""));
    return saved && terminated;
  };

  ImmunoLearn.Connection = Connection;
})(window.ImmunoLearn = window.ImmunoLearn || {});

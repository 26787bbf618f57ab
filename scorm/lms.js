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
  /** Reads of one element at start before it counts as failed: an LMS's passing fault is usually over by then. */
  var READ_TRIES = 3;

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
    this.heldStatus = {};
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
   * Reads one element, asking GetLastError each time: {value, failed}. An unset element (per the
   * edition) reads as "" and is no failure; any other error is retried a few times at once (a
   * passing fault of the LMS), then reported as failed, never taken for an empty value.
   */
  Connection.prototype.read = function (element) {
    for (var tries = 0; tries < READ_TRIES; tries++) {
      var value = this.get(element);
      var code = this.lastError();
      if (code === "0" || code === "") return { value: value, failed: false };
      if (this.adapter.unset(code)) return { value: "", failed: false };
    }
    return { value: "", failed: true };
  };

  /**
   * Starts the session and reads what the LMS holds: {learnerId, entry, location, suspendData,
   * held, failed}, where held is its record (see readHeld) and failed names each element whose
   * read failed. Returns null for a preview, or when the LMS does not answer yet (it is asked
   * again later).
   */
  Connection.prototype.start = function () {
    if (!this.api) return null;
    if (!this.ok(this.call("initialize", "")) && !this.adapter.alreadyInitialized(this.lastError())) return null;
    this.initialized = true;
    var self = this;
    var failed = {};
    function value(name, element) {
      var got = self.read(element);
      if (got.failed) failed[name] = true;
      return got.value;
    }
    var launch = { learnerId: value("learnerId", this.adapter.learnerId), entry: value("entry", this.adapter.entry) };
    this.readMode(launch);
    if (failed.entry || this.adapter.mayResume(launch.entry)) {
      launch.location = value("location", this.adapter.location);
      launch.suspendData = value("suspendData", this.adapter.suspendData);
    }
    var count = parseInt(value("interactionCount", this.adapter.interactionCount), 10);
    this.interactionCount = isNaN(count) ? null : count;
    this.held = this.readHeld(failed);
    launch.held = this.held;
    launch.failed = failed;
    this.launch = launch;
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
    var self = this;
    this.adapter.statusElements.forEach(function (element) { self.heldStatus[element] = self.get(element); });
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

  /** Element by element, after the mode's changes: a course status is never set below the LMS's (RANK). */
  Connection.prototype.notBelowHeld = function (element, value) {
    if (this.adapter.statusElements.indexOf(element) < 0 || RANK[value] === undefined) return true;
    var held = this.heldStatus[element];
    if (RANK[held] !== undefined && RANK[value] < RANK[held]) return false;
    this.heldStatus[element] = value;
    return true;
  };

  /** Whether this session keeps what the learner does: a review or a browse leaves no trace, here or in the LMS. */
  Connection.prototype.recording = function () {
    return this.mode === "normal";
  };

  /**
   * What the LMS holds of the learner's record, in the player's terms: {outcome: {completed,
   * success, score}, objectives: {id: {status, score}}, failed}; failed when some of it could not
   * be read, and it is then read again before the next write.
   */
  Connection.prototype.readHeld = function (failed) {
    var self = this;
    var missing = false;
    function read(element) {
      var got = self.read(element);
      if (got.failed) missing = true;
      return got.value;
    }
    var objectives = {};
    var counted = this.read(this.adapter.objectiveCount);
    var count = parseInt(counted.value, 10) || 0;
    if (counted.failed) missing = true;
    this.objectiveIndex = {};
    for (var n = 0; n < count; n++) {
      var id = read(this.adapter.objectiveId(n));
      this.objectiveIndex[id] = n;
      objectives[id] = this.adapter.heldObjective(n, read);
    }
    this.objectiveCount = count;
    var held = { outcome: this.adapter.heldOutcome(read), objectives: objectives, failed: missing };
    if (missing && failed) failed.record = true;
    return held;
  };

  /**
   * Asks the LMS again for suspend_data after a failed read: {suspendData, failed}. Also starts the
   * session if it had not started, and reads the record again if part of it was missing.
   */
  Connection.prototype.readAgain = function () {
    if (!this.api) return null;
    if (!this.initialized) return this.start();
    if (this.held && this.held.failed) this.held = this.readHeld();
    var got = this.read(this.adapter.suspendData);
    return { suspendData: got.value, failed: got.failed ? { suspendData: true } : {}, held: this.held };
  };

  /* ---------- never lower than the LMS holds ---------- */

  /**
   * How far a status goes, one scale for the course's and each objective's status and success,
   * in SCORM 1.2's words (2004's success "unknown" sits with "not attempted"; "browsed" sits below
   * "incomplete", as Moodle turns only "not attempted" into "browsed"). A learner only moves
   * up it: having failed (no attempt left) is as final as having completed, and passing is the end.
   * So an LMS that holds a status never sees a lower one, whatever state this launch could or could
   * not read: Moodle and others keep the last value they are sent, and grade on it.
   */
  var RANK = { "unknown": 0, "not attempted": 0, "browsed": 1, "incomplete": 2, "completed": 3, "failed": 3, "passed": 4 };

  function higher(mine, theirs) {
    return (RANK[theirs] || 0) > (RANK[mine] || 0) ? theirs : mine;
  }

  function most(mine, theirs) {
    if (theirs === null || theirs === undefined) return mine;
    return mine === null || mine === undefined || theirs > mine ? theirs : mine;
  }

  /**
   * The report raised to what the LMS holds (`held`, from readHeld): the course's completion,
   * success and score, and each objective's status and score, are never lower than the LMS's. A
   * pure function: what is written is decided here and nowhere else. Objectives the report leaves
   * out are left as the LMS holds them.
   */
  function floor(report, held) {
    if (!report || !held) return report;
    var outcome = report.outcome, h = held.outcome || {};
    var raised = {
      completed: outcome.completed || !!h.completed,
      success: higher(outcome.success, h.success),
      score: most(outcome.score, h.score),
      // Whether the session ends the attempt (finished, endsAttempt) is the learner's state's to say, not the record's.
      finished: outcome.finished
    };
    if (outcome.endsAttempt !== undefined) raised.endsAttempt = outcome.endsAttempt;
    var objectives = report.objectives.map(function (objective) {
      // The LMS holds objectives under their LMS identifiers (objective.lms, baked by LmsIdentifiers).
      var o = held.objectives && held.objectives[objective.lms];
      if (!o) return objective;
      return { id: objective.id, lms: objective.lms, status: higher(objective.status, o.status),
        score: most(objective.score, o.score) };
    });
    return { outcome: raised, objectives: objectives, location: report.location, suspendData: report.suspendData };
  }

  Connection.floor = floor;

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
    report = floor(report, this.heldNow());
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

  /** The record to write above: read again first when part of it could not be read at start. */
  Connection.prototype.heldNow = function () {
    if (this.initialized && this.held && this.held.failed) this.held = this.readHeld();
    return this.held;
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
   * write of everything, then Terminate (LMSFinish in 1.2). With no report (the learner did
   * nothing since a launch whose state could not be read), nothing is written before Terminate.
   * Returns whether the LMS confirmed it.
   */
  Connection.prototype.end = function (report) {
    if (this.ended) return true;
    if (!this.api) {
      this.ended = true;
      return true;
    }
    var saved = report ? this.sync(report) : this.initialized;
    this.ended = true;
    if (this.retryTimer) window.clearTimeout(this.retryTimer);
    if (!this.initialized) return false;
    var terminated = this.ok(this.call("terminate", ""));
    return saved && terminated;
  };

  ImmunoLearn.Connection = Connection;
})(window.ImmunoLearn = window.ImmunoLearn || {});

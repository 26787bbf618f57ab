/*
 * The conversation with the LMS, whichever the edition: find its API, start the session, keep it
 * told, end it once. The edition's adapter (scorm12.js or scorm2004.js) says which elements and
 * formats to use.
 *
 * The learner is never kept waiting on the LMS and nothing they did is lost because of it: every
 * change is first kept in this browser's local storage, synchronously, then written to the LMS and
 * committed when the learner is not waiting on the screen; a call that fails is retried later, and
 * whatever the LMS never confirmed is sent again, from local storage, at the next launch. With no
 * LMS at all the package runs as a preview on local storage.
 *
 * Cheap on the LMS: only the elements whose value changed are written (`written` remembers what
 * the LMS holds from this session), and a Commit is made only for what matters to the LMS's record
 * (an answer, a status, score or objective change, leaving); the bookmark, a lesson read or a quiz
 * begun wait for the next Commit.
 */
(function (ImmunoLearn) {
  "use strict";

  var RETRY_FIRST_MS = 2000;
  var RETRY_MOST_MS = 30000;
  /** Reads of one element at start before it counts as failed: an LMS's passing fault is usually over by then. */
  var READ_TRIES = 3;

  /*
   * When to commit. Moodle commits with a synchronous request: a Commit holds the page's thread as
   * long as the server takes (seconds on a busy one), and nothing the page does can shorten that.
   * So the Commit is made when the learner is not waiting on the screen: never in a click handler,
   * but after the frame that shows the click's consequence is painted (the feedback, which the
   * learner then reads), once no input came for QUIET_MS (a learner clicking on at once is not
   * held up by each answer's Commit: several answers share one). The wait is bounded: an answer is
   * committed at most LATEST_MS after it was given, even to a learner who never pauses, so the
   * LMS's record is never far behind; leaving the page, or hiding it, commits at once.
   */
  var QUIET_MS = 250;
  var LATEST_MS = 10000;
  /** How long the frame after a change may take to come before the Commit goes ahead anyway (a hidden page paints none). */
  var PAINT_MOST_MS = 500;

  /** Calls `callback` once the next frame is painted: requestAnimationFrame runs just before it, a task queued there runs after. */
  function afterPaint(callback) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      callback();
    }
    if (window.requestAnimationFrame) window.requestAnimationFrame(function () { window.setTimeout(once, 0); });
    window.setTimeout(once, PAINT_MOST_MS);
  }

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
    // Every answer of this session, kept for local storage in case the LMS never ends the session.
    this.recorded = [];
    // element -> the value the LMS holds from this session (or gave at start): equal values are not written again.
    this.written = {};
    // The Commit waiting for its moment (a token, so that a cancelled wait's callbacks do nothing), its timer, its deadline.
    this.commitWait = null;
    this.commitTimer = null;
    this.commitBy = null;
    this.lastInput = 0;
    this.objectiveIndex = {};
    this.objectiveCount = 0;
    this.mode = "normal";
    this.credit = "credit";
    this.heldStatus = {};
    this.interactionCount = null;
    this.retryMs = RETRY_FIRST_MS;
    this.retryTimer = null;
    this.healthy = true;
    this.listeners = [];
    this.started = Date.now();
    if (this.api) this.watchLearner();
  }

  /** Notes when the learner last acted, and commits what is due when the page is hidden (no one waits on it then). */
  Connection.prototype.watchLearner = function () {
    var self = this;
    function acted() { self.lastInput = Date.now(); }
    ["pointerdown", "keydown", "input"].forEach(function (type) { document.addEventListener(type, acted, true); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && self.commitWait !== null) self.commitNow();
    });
  };

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
    this.holds(launch);
    return launch;
  };

  /** What the LMS gave at start need not be written back unchanged; an empty read may be a failed one, and is not trusted. */
  Connection.prototype.holds = function (launch) {
    if (launch.location) this.written[this.adapter.location] = launch.location;
    if (launch.suspendData) this.written[this.adapter.suspendData] = launch.suspendData;
    for (var id in this.objectiveIndex) {
      if (Object.prototype.hasOwnProperty.call(this.objectiveIndex, id) && id) this.written[this.adapter.objectiveId(this.objectiveIndex[id])] = id;
    }
  };

  /* ---------- modes and credit ---------- */

  /**
   * Adds the session's mode ("normal", "browse" or "review") and credit ("credit" or "no-credit")
   * to the launch, and keeps the course statuses the LMS holds, which no session writes below.
   * Anything else an LMS answers counts as the standard's default: normal, credit.
   */
  Connection.prototype.readMode = function (launch) {
    // Through read(), as every launch read: checked with GetLastError and retried, never raw.
    var mode = this.read(this.adapter.mode).value, credit = this.read(this.adapter.credit).value;
    this.mode = launch.mode = mode === "review" || mode === "browse" ? mode : "normal";
    this.credit = launch.credit = credit === "no-credit" ? credit : "credit";
    var self = this;
    this.adapter.statusElements.forEach(function (element) { self.heldStatus[element] = self.read(element).value; });
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

  /** Element by element, after the mode's changes: a course status is never set below the LMS's (RANK); setAll keeps heldStatus. */
  Connection.prototype.notBelowHeld = function (element, value) {
    if (this.adapter.statusElements.indexOf(element) < 0 || RANK[value] === undefined) return true;
    var held = this.heldStatus[element];
    return RANK[held] === undefined || RANK[value] >= RANK[held];
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
    this.recorded = this.pending.slice();
  };

  Connection.prototype.saveLocal = function (learnerId, encodedState) {
    if (!this.recording()) return true;
    this.lastLocal = [learnerId, encodedState];
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
    // A review or a browse records no answer (see allowed).
    if (!this.api || !this.recording()) return;
    var pending = { m: m, values: this.adapter.interaction(record), written: false };
    this.pending.push(pending);
    this.recorded.push(pending);
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
      var element = values[i][0], value = this.allowed(element, values[i][1]);
      if (value === null) continue;
      if (!this.ok(this.call("setValue", element, value))) {
        var code = this.lastError();
        if (!this.adapter.permanent(code)) return false;
        // Refused for good: asking again at every Commit would only be refused again.
        if (window.console) console.warn("SCORM: the LMS refused " + element + " = " + value + " (error " + code + ")");
      } else if (this.adapter.statusElements.indexOf(element) >= 0) {
        this.heldStatus[element] = value;
      }
      this.written[element] = values[i][1];
    }
    return true;
  };

  /**
   * The one place where what to write is decided: the course's state and every objective as
   * [element, value] pairs, less what the LMS already holds from this session. `report` is
   * {outcome, objectives, location, suspendData}. Objectives new to the LMS take the next free
   * slots, in the report's order (register() keeps them once written). Interactions are apart:
   * each is written once, in a slot of its own. The report is first raised to the LMS's record
   * (floor), and each value passes the session's mode (allowed), so neither is ever bypassed.
   */
  Connection.prototype.changes = function (report) {
    report = floor(report, this.held);
    var values = this.adapter.course(report.outcome, report.location, report.suspendData, Date.now() - this.started);
    var next = this.objectiveCount;
    for (var i = 0; i < report.objectives.length; i++) {
      // The LMS knows objectives by their LMS identifiers (objective.lms, baked by LmsIdentifiers).
      var n = this.objectiveIndex[report.objectives[i].lms];
      values = values.concat(this.adapter.objective(n === undefined ? next++ : n, report.objectives[i]));
    }
    var self = this;
    return values.filter(function (v) { return self.written[v[0]] !== v[1] && self.allowed(v[0], v[1]) !== null; });
  };

  Connection.prototype.register = function (objectives) {
    for (var i = 0; i < objectives.length; i++) {
      if (this.objectiveIndex[objectives[i].lms] === undefined) this.objectiveIndex[objectives[i].lms] = this.objectiveCount++;
    }
  };

  /**
   * Whether a report calls for a Commit of its own: an answer not yet written, or a change in
   * anything but the bookmark, suspend_data and session time (which wait for the next Commit).
   */
  Connection.prototype.matters = function (report) {
    for (var i = 0; i < this.pending.length; i++) if (!this.pending[i].written) return true;
    var batched = [this.adapter.location, this.adapter.suspendData, this.adapter.sessionTime];
    return this.changes(report).some(function (v) { return batched.indexOf(v[0]) < 0; });
  };

  /**
   * Hands the LMS the learner's latest report, already kept in local storage: a Commit is
   * scheduled when it matters (see QUIET_MS), else it waits for the next one. Never calls the LMS
   * itself, so it never holds up the screen that called it.
   */
  Connection.prototype.update = function (report) {
    if (!this.api || this.ended) return;
    this.lastReport = report;
    // A retry already due writes this report too.
    if (!this.retryTimer && this.matters(report)) this.commitSoon();
  };

  Connection.prototype.commitSoon = function () {
    if (this.commitBy === null) this.commitBy = Date.now() + LATEST_MS;
    if (this.commitWait !== null) return;
    var self = this;
    var wait = this.commitWait = {};
    afterPaint(function () { if (self.commitWait === wait) self.whenQuiet(wait); });
  };

  Connection.prototype.whenQuiet = function (wait) {
    var self = this;
    var now = Date.now();
    var ms = Math.min(this.lastInput + QUIET_MS - now, this.commitBy - now);
    if (ms > 0) {
      this.commitTimer = window.setTimeout(function () { if (self.commitWait === wait) self.whenQuiet(wait); }, ms);
    } else if (this.lastInput + QUIET_MS > now) {
      // Due while the learner is acting: still after the frame that answers their last click.
      afterPaint(function () { if (self.commitWait === wait) self.commitNow(); });
    } else {
      this.commitNow();
    }
  };

  Connection.prototype.cancelCommit = function () {
    if (this.commitTimer !== null) window.clearTimeout(this.commitTimer);
    this.commitWait = null;
    this.commitTimer = null;
    this.commitBy = null;
  };

  Connection.prototype.commitNow = function () {
    if (this.commitWait === null || this.ended) return;
    this.cancelCommit();
    if (this.lastReport) this.sync(this.lastReport);
  };

  /**
   * Writes what changed and every unconfirmed answer, then commits, now. `report` is
   * {outcome, objectives, location, suspendData}. Returns whether the LMS confirmed it all.
   */
  Connection.prototype.sync = function (report) {
    if (!this.api || this.ended) return !this.api;
    this.lastReport = report;
    this.cancelCommit();
    if (!this.initialized && !this.start()) return this.retryLater();
    this.heldNow();
    var ok = this.setAll(this.changes(report));
    if (ok) this.register(report.objectives);
    for (var i = 0; ok && i < this.pending.length; i++) ok = this.writeInteraction(this.pending[i]);
    if (ok) ok = this.ok(this.call("commit", ""));
    if (!ok) return this.retryLater();
    this.pending = [];
    this.retryMs = RETRY_FIRST_MS;
    this.setHealthy(true);
    // The local copy no longer needs to list the answers the LMS now holds.
    if (this.lastLocal) this.saveLocal(this.lastLocal[0], this.lastLocal[1]);
    return true;
  };

  /** The record to write above: read again first when part of it could not be read at start. */
  Connection.prototype.heldNow = function () {
    if (this.initialized && this.held && this.held.failed) this.held = this.readHeld();
    return this.held;
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
        // Like any Commit: when the learner is not waiting on the screen.
        self.commitSoon();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MOST_MS);
    }
    return false;
  };

  /**
   * Ends the session, once, whether the learner chose to leave or the page is going away: what
   * changed is written and committed, then Terminate (LMSFinish in 1.2), tried a second time if it
   * fails. Returns whether the LMS confirmed it all; when it did not, every answer of the session
   * stays listed for local storage, and the next launch sends again whatever the LMS does not hold.
   */
  Connection.prototype.end = function (report) {
    if (this.ended) return true;
    if (!this.api) {
      this.ended = true;
      return true;
    }
    // No report: the learner did nothing since a launch whose state could not be read, so nothing
    // is written before Terminate.
    var saved = report ? this.sync(report) : this.initialized;
    this.ended = true;
    this.cancelCommit();
    if (this.retryTimer) window.clearTimeout(this.retryTimer);
    if (!this.initialized) return false;
    var terminated = this.terminate();
    if (!terminated) {
      // An LMS whose session never ended may not keep it: keep it all here until an LMS counts it.
      this.pending = this.recorded.map(function (p) { return { m: p.m, values: p.values, written: false }; });
    }
    return saved && terminated;
  };

  /** Terminate, and once more if it fails: the page may be going away, there is no later to retry in. */
  Connection.prototype.terminate = function () {
    var code = "";
    for (var attempt = 0; attempt < 2; attempt++) {
      if (this.ok(this.call("terminate", ""))) return true;
      code = this.lastError();
      // The first call ended the session after all, and only its answer was lost.
      if (this.adapter.alreadyTerminated(code)) return true;
    }
    if (window.console) console.warn("SCORM: " + this.adapter.calls.terminate + " failed twice (error " + code + "); the session's answers stay in this browser for the next launch");
    return false;
  };

  ImmunoLearn.Connection = Connection;
})(window.ImmunoLearn = window.ImmunoLearn || {});

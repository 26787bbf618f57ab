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
   * Starts the session and reads what the LMS holds: {learnerId, entry, location, suspendData}.
   * Returns null for a preview, or when the LMS does not answer yet (it is asked again later).
   */
  Connection.prototype.start = function () {
    if (!this.api) return null;
    if (!this.ok(this.call("initialize", "")) && !this.adapter.alreadyInitialized(this.lastError())) return null;
    this.initialized = true;
    var launch = { learnerId: this.get(this.adapter.learnerId), entry: this.get(this.adapter.entry) };
    if (this.adapter.mayResume(launch.entry)) {
      launch.location = this.get(this.adapter.location);
      launch.suspendData = this.get(this.adapter.suspendData);
    }
    var count = parseInt(this.get(this.adapter.interactionCount), 10);
    this.interactionCount = isNaN(count) ? null : count;
    var objectives = parseInt(this.get(this.adapter.objectiveCount), 10) || 0;
    for (var n = 0; n < objectives; n++) this.objectiveIndex[this.get(this.adapter.objectiveId(n))] = n;
    this.objectiveCount = objectives;
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
    if (!this.api) return;
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
      if (!this.ok(this.call("setValue", values[i][0], values[i][1]))) {
        var code = this.lastError();
        if (!this.adapter.permanent(code)) return false;
        // Refused for good: asking again at every Commit would only be refused again.
        if (window.console) console.warn("SCORM: the LMS refused " + values[i][0] + " = " + values[i][1] + " (error " + code + ")");
      }
      this.written[values[i][0]] = values[i][1];
    }
    return true;
  };

  /**
   * The one place where what to write is decided: the course's state and every objective as
   * [element, value] pairs, less what the LMS already holds from this session. `report` is
   * {outcome, objectives, location, suspendData}. Objectives new to the LMS take the next free
   * slots, in the report's order (register() keeps them once written). Interactions are apart:
   * each is written once, in a slot of its own.
   */
  Connection.prototype.changes = function (report) {
    var values = this.adapter.course(report.outcome, report.location, report.suspendData, Date.now() - this.started);
    var next = this.objectiveCount;
    for (var i = 0; i < report.objectives.length; i++) {
      var n = this.objectiveIndex[report.objectives[i].id];
      values = values.concat(this.adapter.objective(n === undefined ? next++ : n, report.objectives[i]));
    }
    var written = this.written;
    return values.filter(function (v) { return written[v[0]] !== v[1]; });
  };

  Connection.prototype.register = function (objectives) {
    for (var i = 0; i < objectives.length; i++) {
      if (this.objectiveIndex[objectives[i].id] === undefined) this.objectiveIndex[objectives[i].id] = this.objectiveCount++;
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
    var saved = this.sync(report);
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

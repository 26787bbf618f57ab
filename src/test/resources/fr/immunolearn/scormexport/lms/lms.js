/*
 * The test LMS: starts scorm-again for an edition with the data an LMS would hand a launch, puts
 * the package in the frame, and keeps what the tests check: every SetValue the package made (with
 * its result), every error the runtime logged, and failures injected on demand. It can also make
 * Commit slow, as an LMS that commits with a synchronous request does, and times each click in the
 * package from the input event to the next frame.
 */
(function () {
  "use strict";

  var lms = {
    edition: null,
    runtime: null,
    sets: [],
    calls: [],
    errors: [],
    // Calls listed here return "false" and make GetLastError answer `code`, until the list is emptied
    // or, when `left` is a number, for that many calls.
    faults: { calls: [], code: "101", left: null, reads: {} },
    terminated: false,
    // Each Commit holds the page's thread this long, as Moodle's synchronous XHR does.
    commitMs: 0,
    // [start, end] of every Commit, in milliseconds since the epoch.
    commits: [],
    // Every click in the package: {button, at (epoch ms), latency (ms to the next frame), waited}.
    clicks: []
  };

  function epochNow(win) {
    return win.performance.timeOrigin + win.performance.now();
  }

  var NAMES = {
    scorm12: { global: "API", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", end: "LMSFinish",
      error: "LMSGetLastError", all: ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit",
        "LMSGetLastError", "LMSGetErrorString", "LMSGetDiagnostic"] },
    scorm2004: { global: "API_1484_11", get: "GetValue", set: "SetValue", commit: "Commit", end: "Terminate",
      error: "GetLastError", all: ["Initialize", "Terminate", "GetValue", "SetValue", "Commit", "GetLastError",
        "GetErrorString", "GetDiagnostic"] }
  };

  /** The API object the package finds: the runtime's, with the injected failures in front of it. */
  function facade(runtime, names) {
    var api = {};
    var faulted = false;
    names.all.forEach(function (name) {
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        if (name === names.error && faulted) return lms.faults.code;
        if (name !== names.error && name.indexOf("GetErrorString") < 0 && name.indexOf("GetDiagnostic") < 0) {
          faulted = lms.faults.calls.indexOf(name) >= 0;
          // A read of one element that fails its next n times: returns "" and GetLastError gives the code.
          var reads = lms.faults.reads[args[0]];
          if (name === names.get && reads && reads.left !== 0) {
            if (reads.left > 0) reads.left--;
            faulted = true;
            lms.faults.code = reads.code;
            lms.calls.push(name + " " + args[0] + " (failed)");
            return "";
          }
          lms.calls.push(name + (name === names.set ? " " + args[0] : "") + (faulted ? " (failed)" : ""));
          if (faulted && lms.faults.left !== null && --lms.faults.left <= 0) {
            lms.faults.calls = [];
            lms.faults.left = null;
          }
          if (faulted) return "false";
        }
        var began = epochNow(window);
        if (name === names.commit) {
          // A busy wait, not a timer: a synchronous request blocks the thread of the page that makes it.
          while (epochNow(window) - began < lms.commitMs) { /* waiting on the LMS */ }
        }
        var result = runtime[name].apply(runtime, args);
        if (name === names.commit) lms.commits.push([began, epochNow(window)]);
        if (name === names.set) lms.sets.push([args[0], args[1], String(result), String(runtime[names.error]())]);
        if (name === names.end) lms.terminated = String(result) === "true";
        return result;
      };
    });
    return api;
  }

  /**
   * Times every click in the package's page: from the input event (its timeStamp) to the next
   * animation frame, the one that paints what the click changed. A click waited on a Commit when one
   * ran in that time.
   */
  function timeClicks(frame) {
    var win;
    try {
      win = frame.contentWindow;
      if (!win.document || win.location.href === "about:blank") return;
    } catch (crossOrigin) {
      return;
    }
    win.document.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("button, a") : null;
      if (!target) return;
      var at = win.performance.timeOrigin + event.timeStamp;
      var label = target.className || target.tagName.toLowerCase();
      win.requestAnimationFrame(function () {
        var latency = win.performance.now() - event.timeStamp;
        var waited = lms.commits.some(function (c) { return c[1] > at && c[0] < at + latency; });
        lms.clicks.push({ button: label, at: at, latency: latency, waited: waited });
      });
    }, true);
  }

  /**
   * Starts the runtime with `cmi` (as the LMS stored it) and launches the package page `url`.
   * `done` is called once the runtime is ready; the frame loads after. `reads` holds the read faults
   * to set before the package starts ({element: {left: n or -1 for ever, code}}).
   */
  lms.launch = function (edition, cmi, url, done, reads) {
    lms.faults.reads = reads || {};
    var names = NAMES[edition];
    var script = document.createElement("script");
    script.src = "/runtime/" + edition + ".min.js";
    script.onload = function () {
      var settings = {
        autocommit: false,
        logLevel: 1,
        onLogMessage: function (level, message) {
          if (level === 4 || level === "ERROR") lms.errors.push(message);
        }
      };
      var runtime = edition === "scorm12" ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
      runtime.loadFromJSON(cmi);
      lms.edition = edition;
      lms.runtime = runtime;
      window[names.global] = facade(runtime, names);
      var frame = document.getElementById("sco");
      frame.addEventListener("load", function () { timeClicks(frame); });
      frame.src = url;
      done();
    };
    script.onerror = function () { done("cannot load the runtime " + script.src); };
    document.head.appendChild(script);
  };

  /** The data model as the LMS would store it at this point. */
  lms.snapshot = function () {
    return JSON.stringify(lms.runtime.renderCMIToJSONObject().cmi);
  };

  /** Takes the package off the page, as an LMS does when the learner leaves it: its pagehide runs. */
  lms.unload = function () {
    document.getElementById("sco").src = "about:blank";
  };

  window.lms = lms;
})();

/*
 * A preview LMS for trainers: just enough of the SCORM 1.2 (window.API) and SCORM 2004
 * (window.API_1484_11) runtime for a package to run in the trainer's browser, keeping the data
 * model in memory and showing the values an LMS would record. It checks nothing: conformance is
 * tested against a real runtime (scorm-again) in the build, not here.
 */
var previewLms = (function () {
  'use strict';
  var data = {};
  var edition = new URLSearchParams(location.search).get('edition') === 'scorm2004' ? 'scorm2004' : 'scorm12';
  var keys = edition === 'scorm12'
    ? { status: 'cmi.core.lesson_status', score: 'cmi.core.score.raw', location: 'cmi.core.lesson_location' }
    : { status: 'cmi.completion_status', score: 'cmi.score.raw', location: 'cmi.location', success: 'cmi.success_status' };

  function show(id, value) {
    var element = document.getElementById(id);
    if (element) { element.textContent = value === undefined || value === '' ? '–' : String(value); }
  }

  function refresh() {
    var status = data[keys.status];
    if (keys.success && data[keys.success]) { status = (status || '–') + ' / ' + data[keys.success]; }
    show('state-status', status);
    show('state-score', data[keys.score]);
    show('state-location', data[keys.location]);
    show('state-interactions', data[edition === 'scorm12' ? 'cmi.interactions._count' : 'cmi.interactions._count'] || 0);
    show('state-suspend', (data['cmi.suspend_data'] || '').length);
  }

  function count(name, value) {
    var match = /^cmi\.interactions\.(\d+)\.id$/.exec(name);
    if (match) {
      var next = Math.max(Number(data['cmi.interactions._count'] || 0), Number(match[1]) + 1);
      data['cmi.interactions._count'] = String(next);
    }
    return value;
  }

  function getValue(name) {
    if (name === 'cmi.interactions._count' || name === 'cmi.objectives._count') { return data[name] || '0'; }
    if (name === 'cmi.core.student_id' || name === 'cmi.learner_id') { return 'apercu'; }
    if (name === 'cmi.core.student_name' || name === 'cmi.learner_name') { return 'Aperçu, Formateur'; }
    if (name === 'cmi.core.entry' || name === 'cmi.entry') { return data[name] || 'ab-initio'; }
    return data[name] === undefined ? '' : data[name];
  }

  function setValue(name, value) {
    data[name] = count(name, String(value));
    refresh();
    return 'true';
  }

  var ok = function () { return 'true'; };
  var none = function () { return '0'; };
  var text = function () { return ''; };

  window.API = {
    LMSInitialize: ok, LMSFinish: ok, LMSCommit: ok,
    LMSGetValue: getValue, LMSSetValue: setValue,
    LMSGetLastError: none, LMSGetErrorString: text, LMSGetDiagnostic: text
  };
  window.API_1484_11 = {
    Initialize: ok, Terminate: ok, Commit: ok,
    GetValue: getValue, SetValue: setValue,
    GetLastError: none, GetErrorString: text, GetDiagnostic: text
  };

  return {
    start: function () {
      show('preview-edition', edition === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004');
      document.getElementById('sco').src = 'package/index.html';
      refresh();
    },
    data: function () { return data; }
  };
}());

// Started from here rather than from an inline script, which the preview's Content-Security-Policy refuses.
document.addEventListener('DOMContentLoaded', previewLms.start);

/*
 * The one place that writes SCORM data types. Each edition has its own formats (RTE 1.2 section
 * 3.4.1 and appendix; SCORM 2004 RTE appendix C); the adapters (scorm12.js, scorm2004.js) pick
 * from here, so a format is fixed once and an LMS never receives a value its data model rejects.
 * Identifiers are not formatted here: course.js carries each one ready to write ("lms"), made by
 * the exporter's one rule (LmsIdentifiers.java).
 */
(function (ImmunoLearn) {
  "use strict";

  function pad(n, width) {
    var text = String(n);
    while (text.length < width) text = "0" + text;
    return text;
  }

  function centiseconds(ms) {
    return Math.max(0, Math.round(ms / 10));
  }

  /** A real number without exponent and with at most 4 decimals, as CMIDecimal and real(10,7) want. */
  function decimal(n) {
    var text = (Math.round(n * 10000) / 10000).toFixed(4);
    return text.replace(/\.?0+$/, "");
  }

  /** Characters the learner typed, without control characters, which no LMS field expects. */
  function printable(text) {
    return String(text).replace(/[\u0000-\u001F\u007F]+/g, " ");
  }

  var scorm12 = {
    /** CMITimespan: HHHH:MM:SS.SS (hours on up to 4 digits, here always 4). */
    timespan: function (ms) {
      var cs = Math.min(centiseconds(ms), 9999 * 360000 + 359999);
      var hours = Math.floor(cs / 360000);
      var minutes = Math.floor(cs % 360000 / 6000);
      var seconds = Math.floor(cs % 6000 / 100);
      return pad(hours, 4) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(cs % 100, 2);
    },
    /** CMITime: the time of day, HH:MM:SS, local as the learner lived it. */
    time: function (date) {
      return pad(date.getHours(), 2) + ":" + pad(date.getMinutes(), 2) + ":" + pad(date.getSeconds(), 2);
    },
    decimal: decimal,
    /** CMIString255. */
    text: function (text) {
      return printable(text).substring(0, 255);
    },
    /**
     * A response character (RTE 1.2 3.4.2.7.5): choices, responses and sequence items are single
     * characters [0-9a-z], here letters first, from their index in content order.
     */
    letter: function (index) {
      return "abcdefghijklmnopqrstuvwxyz0123456789".charAt(index);
    },
    /** A matching premise's character, numbers first, so a pair reads like "1.a". */
    number: function (index) {
      return "1234567890abcdefghijklmnopqrstuvwxyz".charAt(index);
    }
  };

  var scorm2004 = {
    /** timeinterval (second,10,2): ISO 8601 duration, such as PT1M30.5S, at most centiseconds. */
    duration: function (ms) {
      var cs = centiseconds(ms);
      var hours = Math.floor(cs / 360000);
      var minutes = Math.floor(cs % 360000 / 6000);
      var seconds = cs % 6000 / 100;
      var text = "PT";
      if (hours) text += hours + "H";
      if (minutes) text += minutes + "M";
      if (seconds || (!hours && !minutes)) text += decimal(seconds) + "S";
      return text;
    },
    /** time (second,10,0): an instant, in UTC so it needs no offset, to the centisecond. */
    timestamp: function (date) {
      return date.getUTCFullYear() + "-" + pad(date.getUTCMonth() + 1, 2) + "-" + pad(date.getUTCDate(), 2)
        + "T" + pad(date.getUTCHours(), 2) + ":" + pad(date.getUTCMinutes(), 2) + ":" + pad(date.getUTCSeconds(), 2)
        + "." + pad(Math.floor(date.getUTCMilliseconds() / 10), 2) + "Z";
    },
    decimal: decimal,
    /** scaled score: -1 to 1. */
    scaled: function (percent) {
      return decimal(Math.max(-1, Math.min(1, percent / 100)));
    },
    /**
     * localized_string_type (SPM 250) as a fill-in response or a description: a leading "{" would
     * read as a language tag, and "[,]" or "[.]" as the delimiters of a response.
     */
    text: function (text) {
      return printable(text).replace(/\[([,.])\]/g, "[ $1 ]").replace(/^\{+/, "").substring(0, 250);
    },
    /** The delimiters of a response list and of a matching pair. */
    LIST: "[,]",
    PAIR: "[.]"
  };

  ImmunoLearn.cmiTypes = { scorm12: scorm12, scorm2004: scorm2004 };
})(window.ImmunoLearn = window.ImmunoLearn || {});

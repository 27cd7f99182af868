// The little JavaScript there is. Every page works without it; this only moves focus where a
// keyboard or screen-reader user needs it.
document.addEventListener('DOMContentLoaded', function () {
  // GOV.UK pattern: after a failed submit, focus the error summary so it is read out first.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
});

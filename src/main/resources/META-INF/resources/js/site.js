// The little JavaScript there is. Every page works without it; this only moves focus where a
// keyboard or screen-reader user needs it.
document.addEventListener('DOMContentLoaded', function () {
  // GOV.UK pattern: after a failed submit, focus the error summary so it is read out first.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }

  // "Copy the link" buttons: shown only when the browser can copy; the field stays selectable anyway.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById('copy-status');
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied') || 'The link is copied.';
        }
      });
    });
  });
});
